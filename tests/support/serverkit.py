"""Helpers for tests against a live reference server: fresh databases, a movable clock, logins."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import threading
import uuid

import pytest
import requests

from lapor_desktop.core.models import Classification
from lapor_desktop.server import models as m
from lapor_desktop.server import seed, workflow
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import LiveServer

API = "/api/v1"
PG_URL = os.environ.get("LAPOR_TEST_PG_URL")
BACKENDS = ["sqlite"] + ([pytest.param("postgres", marks=pytest.mark.postgres)] if PG_URL
                         else [])
_tracking = itertools.count(9_980_000)


def fresh_db_url(backend: str, tmp_dir) -> str:
    """A new empty database: a SQLite file, or a new PostgreSQL database on the test cluster."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_dir}/server-{uuid.uuid4().hex[:8]}.db"
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    name = f"lapor_t_{uuid.uuid4().hex[:10]}"
    plain = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.set(database=name).render_as_string(hide_password=False)


class FakeClock:
    """Real time plus an offset that tests move forward (thread-safe)."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()
        self._lock = threading.Lock()

    def __call__(self) -> dt.datetime:
        with self._lock:
            return dt.datetime.now(dt.UTC) + self.offset

    def advance(self, **kwargs: float) -> None:
        """Move time forward by ``datetime.timedelta(**kwargs)``."""
        with self._lock:
            self.offset += dt.timedelta(**kwargs)


class Server:
    """A live server plus helpers to log in and to play the admin/reporter on its database."""

    def __init__(self, live: LiveServer, clock: FakeClock) -> None:
        self.live = live
        self.url = live.url
        self.api = live.url + API
        self.app = live.app
        self.db: Database = live.app.state.ctx.db
        self.clock = clock
        self._tokens: dict[str, str] = {}

    def token(self, username: str, *, fresh: bool = False) -> str:
        """A bearer token for a demo account (cached: argon2 is slow on purpose)."""
        if fresh or username not in self._tokens:
            r = requests.post(f"{self.api}/auth/login",
                              json={"username": username, "password": seed.DEMO_PASSWORD},
                              timeout=10)
            assert r.status_code == 200, r.text
            self._tokens[username] = r.json()["token"]
        return self._tokens[username]

    def session(self, username: str) -> requests.Session:
        """A requests session logged in as ``username``."""
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {self.token(username)}"
        return s

    def new_complaint(self, agency_id: str, *, anonim: bool = False, **kw) -> int:
        """Dispose a fresh complaint to ``agency_id`` (as the national admin would)."""
        data = workflow.NewComplaint(
            tracking_id=str(next(_tracking)), title=kw.pop("title", "Jalan berlubang uji"),
            body=kw.pop("body", "Isi laporan uji untuk server referensi."),
            category="Pekerjaan Umum dan Penataan Ruang", subcategory="Jalan Berlubang",
            classification=kw.pop("classification", Classification.PENGADUAN), anonim=anonim,
            reporter_name="Pelapor Rahasia Sekali", reporter_phone="081234567890",
            reporter_email="pelapor@contoh.id", **kw)
        with self.db.write() as s:
            return workflow.dispose_new(s, agency_id, data, self.clock(),
                                        self.app.state.ctx.calendar).id

    def mutate(self, complaint_id: int, fn) -> None:
        """Run ``fn(session, complaint, now)`` in one write transaction (admin side effects)."""
        with self.db.write() as s:
            fn(s, s.get(m.Complaint, complaint_id), self.clock())

    def count(self, model) -> int:
        """Rows in a server table."""
        from sqlalchemy import func, select

        with self.db.read() as s:
            return s.execute(select(func.count()).select_from(model)).scalar_one()


def idem() -> dict[str, str]:
    """A fresh Idempotency-Key header."""
    return {"Idempotency-Key": str(uuid.uuid4())}


FOLLOW_UP_TEXT = "Tim teknis sudah meninjau lokasi dan perbaikan dijadwalkan minggu ini."


def sha(data: bytes) -> str:
    """Hex SHA-256 of ``data``."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def upload(session: requests.Session, api: str, data: bytes, *, filename: str = "bukti.png",
           mime: str = "image/png", chunk: int = 64 * 1024) -> dict:
    """Upload ``data`` in chunks through the resumable protocol; returns the final status."""
    r = session.post(f"{api}/uploads", json={"sha256": sha(data), "size": len(data),
                                             "filename": filename, "mime_type": mime})
    assert r.status_code == 201, r.text
    status = r.json()
    while not status["complete"]:
        off = status["offset"]
        r = session.patch(f"{api}/uploads/{status['upload_id']}", data=data[off:off + chunk],
                          headers={"Upload-Offset": str(off),
                                   "Content-Type": "application/offset+octet-stream"})
        assert r.status_code == 200, r.text
        status = r.json()
    return status
