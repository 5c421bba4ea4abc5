""""Ingat di komputer ini": the profile's master key in the OS keyring, never in a file.

Where no usable keyring exists (many Linux desktops, CI) nothing is remembered and
:attr:`KeyRemember.persistent` is False, so the unlock page can hide or explain the option. A key
read back is only a candidate: the caller verifies it against the vault's key check before use.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "lapor-desktop-vault"
_NON_PERSISTENT = ("keyring.backends.fail", "keyring.backends.null")


def _account(profile: Path) -> str:
    return str(Path(profile).expanduser().resolve())


class KeyRemember:
    """Saves, loads and forgets a profile's master key in the keyring (one entry per profile)."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()

    @property
    def persistent(self) -> bool:
        """False when there is no keyring that keeps anything."""
        return not type(self._backend).__module__.startswith(_NON_PERSISTENT)

    def save(self, profile: Path, key: bytes) -> bool:
        """Remember ``key``; True if the keyring took it."""
        if not self.persistent:
            return False
        try:
            self._backend.set_password(SERVICE, _account(profile), key.hex())
        except keyring.errors.KeyringError as exc:
            log.warning("keyring unavailable, key not remembered: %s", type(exc).__name__)
            return False
        return True

    def load(self, profile: Path) -> bytes | None:
        """The remembered key (unverified), or None."""
        if not self.persistent:
            return None
        try:
            text = self._backend.get_password(SERVICE, _account(profile))
        except keyring.errors.KeyringError:
            return None
        try:
            return bytes.fromhex(text) if text else None
        except ValueError:
            return None

    def forget(self, profile: Path) -> None:
        """Remove the remembered key (logout, wipe, or the officer unticked the box)."""
        if self.persistent:
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, _account(profile))
