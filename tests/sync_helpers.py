"""Helpers shared by the sync integration and fault tests: a seeded reference server that tests can
drive (play the national admin and the reporter), and a client profile wired to it."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.backends.null
from sqlalchemy import func, select

from lapor_desktop.core.models import Classification, EventKind
from lapor_desktop.security.keys import TEST_PARAMS, create_vault, has_vault, load_vault
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.db import Database
from lapor_desktop.server.seed import ensure_agencies, username_for
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store import Store
from lapor_desktop.store.profile import ensure_profile_dir
from lapor_desktop.sync.credentials import CredentialStore
from lapor_desktop.sync.retry import RetryPolicy
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.settings import load_settings, save_settings

AGENCY = "kepri-diskominfo"
USER = username_for(AGENCY)
PASSWORD = DEMO_PASSWORD
FOLLOW_UP_TEXT = ("Tindak lanjut: tim Diskominfo telah memeriksa lokasi dan perbaikan dijadwalkan "
                  "minggu ini. Kontak: 0771-123456.")
NO_WAIT = RetryPolicy(base_seconds=0.0, max_seconds=0.0)


def wait_for(condition: Callable[[], bool], timeout: float = 30.0, what: str = "condition") -> None:
    """Poll ``condition`` until true (raises AssertionError after ``timeout``); no fixed sleeps."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


class ServerWorld:
    """The server's database, seen and changed as the national admin would."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._n = 0

    @classmethod
    def create(cls, db_url: str) -> ServerWorld:
        db = Database(db_url)
        db.create_schema()
        with db.write() as s:
            ensure_agencies(s)
        return cls(db)

    def dispose(self, count: int = 1, agency: str = AGENCY, **extra: object) -> list[int]:
        """Dispose ``count`` new complaints to ``agency``; returns their ids."""
        from lapor_desktop.core.calendar import WorkingCalendar

        ids = []
        with self.db.write() as s:
            for _ in range(count):
                self._n += 1
                total = s.execute(select(func.count(m.Complaint.id))).scalar_one()
                data = workflow.NewComplaint(
                    tracking_id=f"T{total + 1:07d}", title=f"Jalan rusak nomor {total + 1}",
                    body="Jalan di depan sekolah berlubang dan membahayakan pengendara.",
                    category="Infrastruktur", subcategory="Jalan",
                    classification=Classification.PENGADUAN, reporter_name="Budi",
                    **extra)  # type: ignore[arg-type]
                c = workflow.dispose_new(s, agency, data, dt.datetime.now(dt.UTC),
                                         WorkingCalendar())
                ids.append(c.id)
        return ids

    def close(self, complaint_id: int) -> None:
        with self.db.write() as s:
            workflow.close(s, s.get(m.Complaint, complaint_id), dt.datetime.now(dt.UTC))

    def redispose(self, complaint_id: int, agency: str = "kepri-pupr") -> None:
        from lapor_desktop.core.calendar import WorkingCalendar

        with self.db.write() as s:
            workflow.redispose(s, s.get(m.Complaint, complaint_id), agency,
                               dt.datetime.now(dt.UTC), WorkingCalendar())

    def follow_ups(self, complaint_id: int | None = None) -> int:
        """Follow-up events on the server (optionally of one complaint)."""
        stmt = select(func.count(m.Event.id)).where(m.Event.kind == EventKind.FOLLOW_UP.value)
        if complaint_id is not None:
            stmt = stmt.where(m.Event.complaint_id == complaint_id)
        with self.db.read() as s:
            return int(s.execute(stmt).scalar_one())

    def follow_up_texts(self) -> list[str]:
        with self.db.read() as s:
            return list(s.execute(select(m.Event.text).where(
                m.Event.kind == EventKind.FOLLOW_UP.value)).scalars())

    def slow_down_logins(self, username: str, failures: int) -> None:
        """Record ``failures`` recent failed logins of ``username`` (the login throttle's state)."""
        from sqlalchemy import delete

        with self.db.write() as s:
            s.execute(delete(m.LoginThrottle).where(m.LoginThrottle.scope == "account",
                                                    m.LoginThrottle.key == username.lower()))
            now = dt.datetime.now(dt.UTC)
            s.add(m.LoginThrottle(scope="account", key=username.lower(), failures=failures,
                                  last_failure_at=now,
                                  next_allowed_at=now + dt.timedelta(seconds=60)))

    def revoke_tokens(self) -> None:
        """End every session, as an expired or revoked token would."""
        from sqlalchemy import delete

        with self.db.write() as s:
            s.execute(delete(m.Token))

    def follow_up_texts_of(self, complaint_id: int) -> list[str]:
        """Follow-up texts of one complaint on the server, oldest first."""
        with self.db.read() as s:
            return list(s.execute(select(m.Event.text).where(
                m.Event.complaint_id == complaint_id,
                m.Event.kind == EventKind.FOLLOW_UP.value).order_by(m.Event.id)).scalars())

    def actions(self) -> int:
        with self.db.read() as s:
            return int(s.execute(select(func.count(m.Action.id))).scalar_one())


@contextlib.contextmanager
def live_world(tmp_path: Path) -> Iterator[tuple[LiveServer, ServerWorld]]:
    """A seeded server database and the real server on a loopback port."""
    url = f"sqlite:///{tmp_path / 'server.db'}"
    world = ServerWorld.create(url)
    server = LiveServer(url).start()
    try:
        yield server, world
    finally:
        server.stop()
        world.db.dispose()


def memory_credentials() -> CredentialStore:
    return CredentialStore(keyring.backends.null.Keyring())


class ClientProfile:
    """An officer profile on disk (real SQLite file), opened as a :class:`Workbench` the way
    every door opens it; ``store``, ``session`` and ``engine`` are the workbench's own."""

    def __init__(self, root: Path, server_url: str, *, timeout: tuple[float, float] = (5.0, 10.0),
                 retry_policy: RetryPolicy = NO_WAIT, password: str | None = PASSWORD,
                 key: bytes | None = None, user: str = USER,
                 profile_password: str | None = None) -> None:
        self.root = ensure_profile_dir(root)
        if profile_password is not None:
            # Encrypted as a CLI profile is (cheap KDF parameters: tests only).
            key = (load_vault(self.root).unlock(profile_password) if has_vault(self.root)
                   else create_vault(self.root, profile_password, TEST_PARAMS))
        self.key = key
        # The test's server (a restarted one listens on a new port).
        save_settings(self.root, load_settings(self.root).model_copy(
            update={"server_url": server_url, "username": user}))
        self.bench = Workbench.open(self.root, key, credentials=memory_credentials(),
                                    env={"LAPOR_PASSWORD": password} if password else {},
                                    timeout=timeout)
        self.bench.engine.retry_policy = retry_policy
        self.store: Store = self.bench.store
        self.session = self.bench.session
        self.engine = self.bench.engine

    def close(self) -> None:
        self.bench.close()
