"""Where the server token lives: the OS keyring, else the encrypted store, else memory.

A token is never written to a plain file. Machines without a keyring backend (many Linux
desktops, CI) keep it in the profile's encrypted database when the app has one open (a
:class:`TokenVault`), otherwise for the session only; :attr:`CredentialStore.persistent` lets
the UI say so plainly, and headless runs can log in again from ``LAPOR_PASSWORD``.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Protocol

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "lapor-desktop"
PASSWORD_ENV = "LAPOR_PASSWORD"

# Backends that exist but keep nothing: treat them like no keyring at all.
_NON_PERSISTENT = ("keyring.backends.fail", "keyring.backends.null")


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url.rstrip('/')}"


class TokenVault(Protocol):
    """A secret store other than the keyring (the encrypted profile database)."""

    def load(self, account: str) -> str | None:
        """The token saved for ``account``."""

    def save(self, account: str, token: str) -> bool:
        """Keep ``token``; True if it was kept."""

    def delete(self, account: str) -> None:
        """Forget ``account``'s token."""


class CredentialStore:
    """Keeps the bearer token per (server, user): keyring, else vault, else memory."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}
        self._vault: TokenVault | None = None

    def set_vault(self, vault: TokenVault | None) -> None:
        """Use ``vault`` where there is no keyring (set once the encrypted store is open)."""
        self._vault = vault

    @property
    def keyring_usable(self) -> bool:
        """False when the OS offers no keyring that keeps anything."""
        return not type(self._backend).__module__.startswith(_NON_PERSISTENT)

    @property
    def persistent(self) -> bool:
        """False when tokens last only as long as this process (no keyring, no vault)."""
        return self.keyring_usable or self._vault is not None

    def save(self, server_url: str, username: str, token: str) -> bool:
        """Store ``token``; returns True if it survives a restart (keyring or vault took it)."""
        account = _account(server_url, username)
        self._memory[account] = token
        if not self.keyring_usable:
            return self._vault.save(account, token) if self._vault is not None else False
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
        if not self.keyring_usable:
            token = self._vault.load(account) if self._vault is not None else None
            if token:
                self._memory[account] = token
            return token
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
        if self._vault is not None:
            self._vault.delete(account)
        if self.keyring_usable:
            # Already gone, or the keyring is locked: either way nothing is left to forget here.
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, account)
