"""SQLCipher for the local store: keyed connections, checks, backups, and encrypting a plaintext file.

The database key is a raw 256-bit key (``PRAGMA key = "x'<hex>'"``) derived from the officer's
master key (:mod:`lapor_desktop.security.keys`), so SQLCipher runs no second KDF. A wrong key makes
SQLCipher answer "file is not a database": that is reported as
:class:`~lapor_desktop.security.keys.WrongPasswordError` and the file is neither copied nor changed.

Migration of an existing plaintext profile (:func:`encrypt_in_place`): the plaintext database is
exported into an encrypted copy (``ATTACH ... KEY`` + ``sqlcipher_export``), the copy's integrity and
every table's row count are verified, then it atomically replaces the original. No plaintext backup
is kept (it would leave reporters' personal data readable beside the encrypted file, UU PDP
27/2022); older plaintext migration backups (``lapor.db.bak-*``) are deleted for the same reason.
If anything fails before the replace, the original file is untouched and the copy is removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import StoreError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.keys import WrongPasswordError, database_key

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
_NOT_A_DB = "file is not a database"


def dbapi() -> Any:
    """The SQLCipher DB-API module (``sqlcipher3`` from sqlcipher3-binary or sqlcipher3)."""
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def key_pragma(master: bytes) -> str:
    """The ``PRAGMA key`` statement for ``master`` (raw key form: no SQLCipher KDF)."""
    return f"PRAGMA key = \"x'{database_key(master).hex()}'\""


def is_plaintext(path: Path) -> bool:
    """True if ``path`` is an unencrypted SQLite file (an encrypted one starts with random bytes)."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def connect(path: Path | str, master: bytes | None, *, timeout: float = 5.0,
            uri: bool = False) -> Any:
    """A sqlcipher3 connection with the key set before anything else touches the file."""
    conn = dbapi().connect(str(path), timeout=timeout, check_same_thread=False, uri=uri)
    if master is not None:
        with contextlib.suppress(Exception):
            conn.execute("PRAGMA cipher_log_level = NONE")  # no wrong-key noise on stderr
        conn.execute(key_pragma(master))
    return conn


def creator(path: Path, master: bytes, busy_timeout_ms: int) -> Any:
    """A ``create_engine(creator=...)`` callable making keyed connections."""
    def make() -> Any:
        return connect(path, master, timeout=busy_timeout_ms / 1000)
    return make


def is_wrong_key(error: BaseException) -> bool:
    """SQLCipher's answer to a wrong key (also what a non-database file gives)."""
    return _NOT_A_DB in str(error).lower()


def probe(conn: Any, path: Path) -> None:
    """Read the schema once: raises WrongPasswordError if the key does not open ``path``."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError as error:
        if is_wrong_key(error):
            raise WrongPasswordError(path=str(path)) from None
        raise


def table_counts(conn: Any, schema: str = "main") -> dict[str, int]:
    """Row count of every ordinary table (FTS shadow tables included) in ``schema``."""
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' AND sql NOT LIKE "
        "'CREATE VIRTUAL TABLE%' ORDER BY name")]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def export_copy(source: Any, target: Path, master: bytes) -> None:
    """Write an encrypted copy of the database open on ``source`` to ``target``."""
    target.unlink(missing_ok=True)
    source.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{database_key(master).hex()}'\"",
                   (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
    finally:
        source.execute("DETACH DATABASE encrypted")


def backup_encrypted(path: Path, target: Path, master: bytes) -> Path:
    """An encrypted copy (same key) of the encrypted database ``path``, WAL content included."""
    source = connect(path, master)
    try:
        probe(source, path)
        export_copy(source, target, master)
    finally:
        source.close()
    return target


def encrypt_in_place(path: Path, master: bytes) -> dict[str, int]:
    """Replace the plaintext database ``path`` with an encrypted one; returns the row counts.

    Raises :class:`StoreError` (original untouched) if the copy cannot be made or verified.
    """
    tmp = path.with_name(f".{path.name}.encrypting")
    module = dbapi()
    source = connect(path, None)
    try:
        source.isolation_level = None
        # Fold the WAL into the file first, so nothing of the plaintext is left only in the WAL.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        expected = table_counts(source)
        export_copy(source, tmp, master)
        source.execute("PRAGMA journal_mode=DELETE").fetchall()  # removes the plaintext WAL
    except module.Error as error:
        source.close()
        _remove(tmp)
        raise StoreError(_("Basis data {path} tidak dapat dienkripsi: {error}")
            .format(path=path, error=error),
                         path=str(path)) from error
    source.close()
    copy = connect(tmp, master)
    try:
        copy.isolation_level = None
        ok = copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        got = table_counts(copy)
        if ok:
            copy.execute("PRAGMA journal_mode=WAL").fetchall()
    finally:
        copy.close()
    if not ok or got != expected:
        _remove(tmp)
        raise StoreError(_("Salinan terenkripsi dari {path} tidak lengkap; berkas asli tidak diubah.")
            .format(path=path), path=str(path))
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    for old in path.parent.glob(f"{path.name}.bak-*"):
        if is_plaintext(old):
            old.unlink(missing_ok=True)
    log.info("database encrypted in place (%d tables)", len(expected))
    return expected


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
