"""Engine, sessions and the change sequence of the reference server.

SQLite (default, WAL) or PostgreSQL (``postgresql+psycopg://``). Every write runs in one transaction
opened by :meth:`Database.write`; on SQLite that transaction starts with ``BEGIN IMMEDIATE`` so two
writers never deadlock upgrading a read lock, and on both databases the sequence counter row is locked
until commit, so commit order equals sequence order (a reader never sees seq N+1 before seq N).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from lapor_desktop.server.models import Base, Counter

DEFAULT_DB_URL = "sqlite:///lapor-server.db"


def make_engine(db_url: str) -> Engine:
    """An engine for ``db_url`` with the settings this server relies on."""
    if db_url.startswith("sqlite"):
        # hide_parameters: a failed statement's error must not carry complaint or reporter data
        # (or a password hash) into the server log.
        engine = create_engine(db_url, hide_parameters=True,
                               connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # pragma: no cover - driver hook
            # Take over transaction control from the driver so "begin" below decides the mode.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # pragma: no cover - driver hook
            immediate = conn.get_execution_options().get("lapor_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    return create_engine(db_url, hide_parameters=True, pool_pre_ping=True, pool_size=10,
                         max_overflow=10)


class Database:
    """Owns the engine and hands out read and write sessions."""

    def __init__(self, db_url: str) -> None:
        self.url = db_url
        self.engine = make_engine(db_url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(lapor_write=True),
                                   expire_on_commit=False)
        # PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement; a read of
        # several statements that must agree (the changes feed) asks for one snapshot. SQLite's
        # read transaction is one snapshot already. psycopg puts the level in its BEGIN: no
        # extra round trip.
        self._snapshot = sessionmaker(
            self.engine.execution_options(isolation_level="REPEATABLE READ"),
            expire_on_commit=False) if self.engine.dialect.name == "postgresql" else self._read

    def create_schema(self) -> None:
        """Create missing tables and the counter row (idempotent)."""
        from lapor_desktop.server import signoff_models  # noqa: F401  (registers its tables)

        Base.metadata.create_all(self.engine)
        with self.write() as session:
            if session.get(Counter, 1) is None:
                session.add(Counter(id=1, value=0))

    def drop_schema(self) -> None:
        """Drop every server table (tests and ``seed --reset``)."""
        Base.metadata.drop_all(self.engine)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """Like :meth:`read`, but every statement sees the same committed state."""
        with self._snapshot() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed if the block succeeds, rolled back on any error."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close pooled connections."""
        self.engine.dispose()


def next_seq(session: Session, count: int = 1) -> int:
    """Reserve ``count`` sequence numbers in this transaction; returns the last one.

    ``SELECT ... FOR UPDATE`` locks the counter row on PostgreSQL until commit; SQLite ignores it and
    is already serialised by ``BEGIN IMMEDIATE``.
    """
    held = session.info.get(LOCKED_COUNTER)
    if held is not None:  # locked for the whole transaction by lock_counter: no read, no flush
        held.value += count
        return held.value
    counter = session.execute(
        select(Counter).where(Counter.id == 1).with_for_update()).scalar_one()
    counter.value += count
    session.flush()
    return counter.value


LOCKED_COUNTER = "lapor_locked_counter"


def lock_counter(session: Session) -> None:
    """Lock the sequence counter now, for the rest of this transaction (a batch of actions
    takes it once, not once per action). Only outside a savepoint: a rolled-back savepoint
    would release a lock taken inside it. The row is kept in the session's info, so each
    :func:`next_seq` adds to it in memory and the next flush writes it."""
    session.info[LOCKED_COUNTER] = session.execute(
        select(Counter).where(Counter.id == 1).with_for_update()).scalar_one()
