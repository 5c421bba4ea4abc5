"""The officer's password -> the profile's master key, checked offline against ``vault.json``.

The master key is argon2id (memory-hard) of the password with a random salt. The vault file keeps
only the salt, the KDF parameters and a key-check value (an HMAC of a constant under a sub-key), so
it holds no secret: guessing a password from it costs one argon2id run per guess. Sub-keys for the
database (SQLCipher raw key) and the attachment cache (AES-GCM) come from the master key by HKDF,
so the three uses never share a key.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lapor_desktop.core.errors import KnownError, StoreError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.password_policy import WeakPasswordError, check_strength

VAULT_FILE = "vault.json"
KEY_BYTES = 32
MIN_PASSWORD_CHARS = 8
_CHECK_CONSTANT = b"LAPOR! Desktop key check v1"


class WrongPasswordError(StoreError):
    """The password (or remembered key) does not open this profile; nothing was changed."""

    def __init__(self, message: str = "Kata sandi salah.", *, path: str | None = None) -> None:
        super().__init__(message, path=path)


class VaultError(KnownError):
    """``vault.json`` is missing, damaged, or a new password is not acceptable."""


@dataclasses.dataclass(frozen=True, slots=True)
class KdfParams:
    """argon2id cost parameters (memory in KiB). The defaults follow RFC 9106's second choice."""

    time_cost: int = 3
    memory_cost: int = 64 * 1024
    parallelism: int = 2


#: Cheap parameters for tests only; never used by the app.
TEST_PARAMS = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)


@dataclasses.dataclass(frozen=True, slots=True)
class Vault:
    """What ``vault.json`` holds: salt, KDF parameters and the key-check value (no secret)."""

    salt: bytes
    params: KdfParams
    check: bytes

    def derive(self, password: str) -> bytes:
        """The master key for ``password`` (slow on purpose: run it on a worker thread)."""
        return derive_master_key(password, self.salt, self.params)

    def verify(self, key: bytes) -> bool:
        """True if ``key`` is this profile's master key (constant-time comparison)."""
        return len(key) == KEY_BYTES and hmac.compare_digest(key_check(key), self.check)

    def unlock(self, password: str) -> bytes:
        """The master key, or :class:`WrongPasswordError`."""
        key = self.derive(password)
        if not self.verify(key):
            raise WrongPasswordError()
        return key

    def to_json(self) -> str:
        """The file's text."""
        return json.dumps({
            "version": 1, "kdf": "argon2id",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "time_cost": self.params.time_cost, "memory_cost": self.params.memory_cost,
            "parallelism": self.params.parallelism,
            "check": base64.b64encode(self.check).decode("ascii"),
        }, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Vault:
        """Parse the file's text; :class:`VaultError` when it is not a vault of this version."""
        try:
            raw = json.loads(text)
            if raw.get("version") != 1 or raw.get("kdf") != "argon2id":
                raise ValueError("unknown vault version")
            params = KdfParams(int(raw["time_cost"]), int(raw["memory_cost"]),
                               int(raw["parallelism"]))
            salt = base64.b64decode(raw["salt"], validate=True)
            check = base64.b64decode(raw["check"], validate=True)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultError(_("Berkas kunci profil (vault.json) rusak; profil ini tidak dapat "
                             "dibuka.")) from exc
        if len(salt) < 16 or len(check) != 32 or params.time_cost < 1 or params.memory_cost < 8:
            raise VaultError(_("Berkas kunci profil (vault.json) tidak valid."))
        return cls(salt=salt, params=params, check=check)


def derive_master_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """argon2id(password, salt) -> 32 bytes."""
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=params.time_cost,
                           memory_cost=params.memory_cost, parallelism=params.parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)


def subkey(master: bytes, purpose: str) -> bytes:
    """An independent 32-byte key for ``purpose`` (``"database"``, ``"cache"``, ``"check"``)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"lapor-desktop/v1/{purpose}".encode()).derive(master)


def key_check(master: bytes) -> bytes:
    """The public value that proves a key right without revealing it."""
    return hmac.new(subkey(master, "check"), _CHECK_CONSTANT, hashlib.sha256).digest()


def database_key(master: bytes) -> bytes:
    """The SQLCipher raw key (used as ``PRAGMA key = "x'<hex>'"``, no second KDF)."""
    return subkey(master, "database")


def cache_key(master: bytes) -> bytes:
    """The AES-256-GCM key of the attachment cache."""
    return subkey(master, "cache")


def vault_path(profile: Path) -> Path:
    """Where a profile's vault lives."""
    return profile / VAULT_FILE


def has_vault(profile: Path) -> bool:
    """True once a password was set for this profile."""
    return vault_path(profile).is_file()


def load_vault(profile: Path) -> Vault:
    """Read ``vault.json``; :class:`VaultError` when missing or damaged."""
    try:
        text = vault_path(profile).read_text(encoding="utf-8")
    except OSError as exc:
        raise VaultError(_("Berkas kunci profil (vault.json) tidak dapat dibaca.")) from exc
    return Vault.from_json(text)


def check_new_password(password: str, confirm: str | None = None, *,
                       strength: bool = True, user_inputs: Iterable[str] = ()) -> None:
    """Raise :class:`VaultError` (Indonesian) if ``password`` is too short, too easy to guess
    (:mod:`~lapor_desktop.security.password_policy`; ``user_inputs`` such as the username count
    as known words) or does not match ``confirm``."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise VaultError(_("Kata sandi minimal {MIN_PASSWORD_CHARS} karakter.")
            .format(MIN_PASSWORD_CHARS=MIN_PASSWORD_CHARS))
    if strength:
        try:
            check_strength(password, user_inputs)
        except WeakPasswordError as exc:
            raise VaultError(str(exc)) from None
    if confirm is not None and password != confirm:
        raise VaultError(_("Kedua kata sandi tidak sama."))


def create_vault(profile: Path, password: str, params: KdfParams | None = None) -> bytes:
    """Set the profile's password: write a fresh vault atomically; returns the master key.

    Refuses to overwrite an existing vault (that would make the encrypted data unreadable).
    """
    # The strength check runs where the officer chooses the password (the unlock page, with a
    # clear message before any slow key derivation); here only the floor is enforced.
    check_new_password(password, strength=False)
    if has_vault(profile):
        raise VaultError(_("Profil ini sudah memiliki kata sandi."))
    params = params or KdfParams()
    salt = os.urandom(16)
    key = derive_master_key(password, salt, params)
    vault = Vault(salt=salt, params=params, check=key_check(key))
    profile.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".vault-", dir=profile)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(vault.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, vault_path(profile))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return key
