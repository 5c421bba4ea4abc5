"""Opening the local database: checks, backups, migrations, and the :class:`Store` handle.

Threading rule: a :class:`~sqlalchemy.orm.Session` belongs to the thread that made it. Each worker
(the database writer, the GUI's lazy loaders) makes its own sessions from ``Store.session_factory``
or ``Store.transaction()``; sessions and the ORM objects in them never cross threads. The engine's
pool hands connections to any thread (``check_same_thread=False``) because a pooled connection is
only ever used by the one session holding it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.orm import Session, sessionmaker

from lapor_desktop.core.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseTooNewError,
    StoreError,
)
from lapor_desktop.core.i18n import _
from lapor_desktop.security.cache_crypto import CacheCipher, seal_plaintext_cache
from lapor_desktop.security.keys import WrongPasswordError, has_vault
from lapor_desktop.store import encrypted, migrate
from lapor_desktop.store.complaints import ComplaintRepository
from lapor_desktop.store.drafts import DraftRepository
from lapor_desktop.store.duplicates import DuplicateRepository
from lapor_desktop.store.handover import HandoverRepository
from lapor_desktop.store.outbox import OutboxRepository
from lapor_desktop.store.queue import QueueRepository
from lapor_desktop.store.revisions import HEAD_REVISION, KNOWN_REVISIONS
from lapor_desktop.store.secrets import SecretRepository
from lapor_desktop.store.settings import (
    ProfileRepository,
    ReferenceDataRepository,
    SyncStateRepository,
)
from lapor_desktop.store.signoff import SignoffRepository

Clock = Callable[[], dt.datetime]
SQLITE_MAGIC = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
# PRAGMA quick_check reads the whole file (over a second for a big encrypted profile): it runs
# after an unclean shutdown, when the file changed outside the app, and at least this often.
INTEGRITY_EVERY = dt.timedelta(days=7)


def utc_now() -> dt.datetime:
    """The default clock of the store."""
    return dt.datetime.now(dt.UTC)


class Store:
    """An open database: the engine, the session factory, and one instance of each repository.

    Repositories read with their own short sessions; writes take a session so callers can group
    them, e.g. the sync engine applies a page of snapshots and stores the cursor in one
    ``with store.transaction() as s:`` block.
    """

    def __init__(self, engine: sa.Engine, path: Path, *, clock: Clock = utc_now,
                 cache_cipher: CacheCipher | None = None,
                 checked_at: dt.datetime | None = None) -> None:
        self.engine = engine
        self.path = path
        #: When the file's integrity was last checked (``PRAGMA quick_check``), if known.
        self.checked_at = checked_at
        #: Seals the attachment cache of an encrypted store (None: plaintext store, old profiles).
        self.cache_cipher = cache_cipher
        self.session_factory: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        factory = self.session_factory
        self.complaints = ComplaintRepository(factory, clock)
        self.queue = QueueRepository(factory)
        self.drafts = DraftRepository(factory, clock)
        self.outbox = OutboxRepository(factory, clock)
        self.sync_state = SyncStateRepository(factory)
        self.profile = ProfileRepository(factory)
        self.reference_data = ReferenceDataRepository(factory, clock)
        self.secrets = SecretRepository(factory, clock, encrypted=cache_cipher is not None)
        self.handover = HandoverRepository(factory, clock)
        self.duplicates = DuplicateRepository(factory, clock)
        self.signoffs = SignoffRepository(factory, clock)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for several reads that belong together (one snapshot, one connection
        checkout): a queue page reads the profile, the calendar's stamp and the rows in it."""
        with self.session_factory() as session:
            yield session

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a write transaction: committed on success, rolled back on any error.

        The transaction starts with ``BEGIN IMMEDIATE`` so it holds the write lock from the start:
        a second writer waits (busy timeout) instead of failing half-way on a lock upgrade.
        """
        with self.session_factory() as session:
            try:
                session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
                yield session
                session.commit()
            except exc.OperationalError as error:
                session.rollback()
                if _is_locked(error):
                    raise DatabaseLockedError(_locked_message(self.path),
                                              path=str(self.path)) from error
                raise
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Close every pooled connection (checkpoints the WAL when the last one closes) and
        record the clean shutdown, so the next open can skip the integrity check."""
        self.engine.dispose()
        _record_clean_close(self.path, self.checked_at)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(path: Path | str, key: bytes | None = None, *,
               busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, clock: Clock = utc_now) -> Store:
    """Open (creating or upgrading as needed) the database at ``path``.

    With ``key`` (the profile's master key from :mod:`lapor_desktop.security.keys`) the file is a
    SQLCipher database; an existing plaintext file is first encrypted in place (see
    :func:`lapor_desktop.store.encrypted.encrypt_in_place`) and the attachment cache is sealed
    with a sub-key (``Store.cache_cipher``). A wrong key raises
    :class:`~lapor_desktop.security.keys.WrongPasswordError` and leaves the file untouched.

    Raises :class:`DatabaseCorruptError` (a copy is kept, the file is untouched),
    :class:`DatabaseTooNewError` (untouched), :class:`DatabaseLockedError`, or :class:`StoreError`.
    Before an existing file is migrated it is copied to ``<name>.bak-<revision>`` (encrypted with
    the same key when the store is).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    revision: str | None = None
    checked_at = None
    if path.exists() and path.stat().st_size > 0:
        if key is None and not encrypted.is_plaintext(path) and has_vault(path.parent):
            raise WrongPasswordError(_("Profil ini terenkripsi; masukkan kata sandi profil untuk "
                                     "membukanya."), path=str(path))
        checked_at = _clean_close_check(path, clock)
        integrity = checked_at is None
        if key is None or encrypted.is_plaintext(path):
            revision = _inspect_existing(path, busy_timeout_ms, clock, integrity=integrity)
            if key is not None:
                encrypted.encrypt_in_place(path, key)
                seal_plaintext_cache(path.parent / "cache", CacheCipher.from_master(key))
        if key is not None:
            revision = _inspect_encrypted(path, key, busy_timeout_ms, clock,
                                          integrity=integrity)
        if integrity:
            checked_at = clock()
        if revision is not None and revision != HEAD_REVISION:
            _backup(path, revision, clock, key)
    else:
        checked_at = clock()  # a new file: nothing to check
    # Until a clean close says otherwise, this file counts as possibly interrupted.
    _clean_stamp(path).unlink(missing_ok=True)
    engine = _make_engine(path, busy_timeout_ms, key)
    try:
        # Taking the write lock (and migrating inside it when due) proves no other process
        # holds it, so a second copy of the app fails here, not on its first save.
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            if revision != HEAD_REVISION:
                migrate.upgrade(conn)
    except exc.OperationalError as error:
        engine.dispose()
        if _is_locked(error):
            raise DatabaseLockedError(_locked_message(path), path=str(path)) from error
        raise StoreError(_("Basis data {path} tidak dapat dibuka: {orig}").format(path=path, orig=error.orig),
                         path=str(path)) from error
    except exc.DatabaseError as error:
        engine.dispose()
        if key is not None and encrypted.is_wrong_key(error.orig):
            raise WrongPasswordError(path=str(path)) from None
        raise _corrupt(path, clock, str(error.orig)) from error
    except BaseException:
        engine.dispose()
        raise
    cipher = CacheCipher.from_master(key) if key is not None else None
    return Store(engine, path, clock=clock, cache_cipher=cipher, checked_at=checked_at)


def _clean_stamp(path: Path) -> Path:
    return path.with_name(path.name + ".clean")


def _record_clean_close(path: Path, checked_at: dt.datetime | None) -> None:
    """After the last connection closed: the file as it was left, and when it was checked."""
    wal = path.with_name(path.name + "-wal")
    if checked_at is None or not path.exists() or (wal.exists() and wal.stat().st_size):
        return  # another connection still holds it, or never checked: check next time
    stat = path.stat()
    with contextlib.suppress(OSError):
        _clean_stamp(path).write_text(json.dumps({
            "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
            "checked_at": checked_at.astimezone(dt.UTC).isoformat()}), encoding="utf-8")


def _clean_close_check(path: Path, clock: Clock) -> dt.datetime | None:
    """When the file was last checked, if it was closed cleanly since and left untouched (then
    the integrity check can wait); None means check now."""
    try:
        stamp = json.loads(_clean_stamp(path).read_text(encoding="utf-8"))
        checked_at = dt.datetime.fromisoformat(stamp["checked_at"])
        stat = path.stat()
        same = stamp["size"] == stat.st_size and stamp["mtime_ns"] == stat.st_mtime_ns
    except (OSError, ValueError, KeyError, TypeError):
        return None
    wal = path.with_name(path.name + "-wal")
    if not same or (wal.exists() and wal.stat().st_size) or checked_at.tzinfo is None:
        return None
    if not dt.timedelta(0) <= clock() - checked_at < INTEGRITY_EVERY:
        return None
    return checked_at


def _make_engine(path: Path, busy_timeout_ms: int, key: bytes | None = None) -> sa.Engine:
    # hide_parameters: a failed write's error (disk full, constraint) must not carry the
    # complaint or reporter it was writing into a log or crash report.
    if key is None:
        engine = sa.create_engine(
            f"sqlite+pysqlite:///{path}", hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
        )
    else:
        # The pysqlite dialect over the sqlcipher3 module (its exceptions are mapped), with a
        # creator that sets the key before SQLAlchemy or our hooks run any statement.
        engine = sa.create_engine(f"sqlite+pysqlite:///{path}", module=encrypted.dbapi(),
                                  hide_parameters=True, creator=encrypted.creator(path, key, busy_timeout_ms))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (the "begin" hook below) issue BEGIN itself: the driver's own implicit
        # transactions start late (only before DML) and break SAVEPOINT and snapshot reads.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        # WAL: readers (GUI) never block the writer and vice versa, and a crash mid-commit
        # leaves the previous state intact.
        cur.execute("PRAGMA journal_mode=WAL")
        # synchronous=NORMAL in WAL mode fsyncs only at checkpoints. An app crash (even SIGKILL)
        # can never corrupt the database or lose a committed transaction, because the WAL is
        # written before commit returns; only a power loss or OS crash may roll back the last
        # few commits, never corrupt. FULL would fsync every autosave for no app-crash benefit.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def _inspect_existing(path: Path, busy_timeout_ms: int, clock: Clock, *,
                      integrity: bool = True) -> str | None:
    """Check an existing file without writing to it; return its Alembic revision."""
    with path.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _corrupt(path, clock, "bukan berkas SQLite")
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if valid_for == change_counter and page_count * page_size > path.stat().st_size:
        raise _corrupt(path, clock, "berkas terpotong")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                               timeout=busy_timeout_ms / 1000)
    except sqlite3.Error as error:
        raise StoreError(_("Basis data {path} tidak dapat dibuka: {error}").format(path=path, error=error),
                         path=str(path)) from error
    return _check_revision(conn, sqlite3, path, clock, integrity=integrity)


def _check_revision(conn: Any, module: Any, path: Path, clock: Clock,
                    probe: Callable[[], None] | None = None, *,
                    integrity: bool = True) -> str | None:
    """Integrity, ownership and schema revision of a read-only connection (then closed).

    ``module`` is the DB-API module (sqlite3 or sqlcipher3) whose errors ``conn`` raises;
    ``probe`` runs first (the encrypted store checks its key there).
    """
    try:
        if probe is not None:
            probe()
        if integrity:
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                raise _corrupt(path, clock, "; ".join(str(r[0]) for r in rows[:3]))
        revision = migrate.read_revision(conn)
        if revision is None and conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]:
            raise StoreError(_("Berkas {path} bukan basis data LAPOR! Desktop.")
                .format(path=path), path=str(path))
    except module.OperationalError as error:
        if "locked" in str(error):
            raise DatabaseLockedError(_locked_message(path), path=str(path)) from error
        raise _corrupt(path, clock, str(error)) from error
    except module.DatabaseError as error:
        raise _corrupt(path, clock, str(error)) from error
    finally:
        conn.close()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            _("Basis data {path} dibuat oleh versi LAPOR! Desktop yang lebih baru "
               "(revisi skema {revision}). Perbarui aplikasi ini; berkas tidak diubah.")
               .format(path=path, revision=revision),
            path=str(path))
    return revision


def _inspect_encrypted(path: Path, key: bytes, busy_timeout_ms: int, clock: Clock, *,
                       integrity: bool = True) -> str | None:
    """Like :func:`_inspect_existing` for a SQLCipher file; a wrong key touches nothing."""
    module = encrypted.dbapi()
    try:
        conn = encrypted.connect(f"file:{path}?mode=ro", key, timeout=busy_timeout_ms / 1000,
                                 uri=True)
    except module.Error as error:
        raise StoreError(_("Basis data {path} tidak dapat dibuka: {error}").format(path=path, error=error),
                         path=str(path)) from error
    return _check_revision(conn, module, path, clock, probe=lambda: encrypted.probe(conn, path),
                           integrity=integrity)


def _backup(path: Path, revision: str, clock: Clock, key: bytes | None = None) -> Path:
    """Copy the database (through SQLite's backup API, so WAL content is included)."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    if target.exists():
        target = path.with_name(f"{target.name}-{clock():%Y%m%dT%H%M%S%f}")
    if key is not None:
        return encrypted.backup_encrypted(path, target, key)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def _corrupt(path: Path, clock: Clock, detail: str) -> DatabaseCorruptError:
    """Keep a copy of a damaged file (and its WAL) and build the error that names both."""
    copy = path.with_name(f"{path.name}.corrupt-{clock():%Y%m%dT%H%M%S%f}")
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    return DatabaseCorruptError(
        _("Basis data rusak dan tidak dapat dibuka: {path} ({detail}). Salinannya "
           "disimpan di {copy}; berkas asli tidak diubah.")
           .format(path=path, detail=detail, copy=copy), path=str(path))


def _is_locked(error: exc.OperationalError) -> bool:
    text = str(error.orig).lower()
    return "locked" in text or "busy" in text


def _locked_message(path: Path) -> str:
    return (f"Basis data {path} sedang dipakai program lain (mungkin LAPOR! Desktop yang sudah "
            "terbuka). Tutup program tersebut lalu coba lagi.")
