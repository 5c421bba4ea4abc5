"""Where the server token lives: the OS keyring, or this process's memory when there is none.

A token is never written to a plain file. Machines without a keyring backend (many Linux
desktops, CI) keep it for the session only; :attr:`CredentialStore.persistent` lets the UI say so
plainly, and headless runs can log in again from ``LAPOR_PASSWORD``.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "lapor-desktop"
PASSWORD_ENV = "LAPOR_PASSWORD"

# Backends that exist but keep nothing: treat them like no keyring at all.
_NON_PERSISTENT = ("keyring.backends.fail", "keyring.backends.null")


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url.rstrip('/')}"


class CredentialStore:
    """Keeps the bearer token per (server, user): in the keyring if usable, else in memory."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        """False when tokens last only as long as this process (no usable keyring)."""
        return not type(self._backend).__module__.startswith(_NON_PERSISTENT)

    def save(self, server_url: str, username: str, token: str) -> bool:
        """Store ``token``; returns True if it survives a restart (the keyring took it)."""
        account = _account(server_url, username)
        self._memory[account] = token
        if not self.persistent:
            return False
        try:
            self._backend.set_password(SERVICE, account, token)
        except keyring.errors.KeyringError as exc:
            # A locked or broken keyring must not stop the officer from working this session.
            log.warning("keyring unavailable, token kept in memory only: %s", type(exc).__name__)
            return False
        return True

    def load(self, server_url: str, username: str) -> str | None:
        """The token for (server, user), or ``None``."""
        account = _account(server_url, username)
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return None
        try:
            token = self._backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError:
            return None
        if token:
            self._memory[account] = token
        return token

    def delete(self, server_url: str, username: str) -> None:
        """Forget the token everywhere (logout, or a 401 from the server)."""
        account = _account(server_url, username)
        self._memory.pop(account, None)
        if self.persistent:
            # Already gone, or the keyring is locked: either way nothing is left to forget here.
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, account)
