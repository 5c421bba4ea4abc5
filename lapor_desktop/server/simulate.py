"""``lapor-server simulate``: keep a training server alive with new reports, replies and moves.

Each step runs one write transaction: a new disposition, a reporter reply to a follow-up, a
re-disposition, and the auto-close sweep. Bounded by ``steps``; Ctrl-C stops it.
"""

from __future__ import annotations

import datetime as dt
import random
import threading

from sqlalchemy import func, select

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import Channel, Classification, Status
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.db import Database
from lapor_desktop.server.seed import _complaint_text, _pick, ensure_agencies
from lapor_desktop.server.seed_data import CLASSIFICATION_WEIGHTS, FIRST, LAST, REPLIES, THEMES

# 8-digit ids starting with 99: clearly fake, and apart from the seeded 99xxxxx range.
SIM_TRACKING_BASE = 99_500_000


def step(db: Database, rng: random.Random, now: dt.datetime, cal: WorkingCalendar) -> list[str]:
    """One simulation step; returns a line per thing that happened."""
    done = []
    with db.write() as s:
        agencies = s.execute(select(m.Agency.id).order_by(m.Agency.id)).scalars().all()
        n = (s.execute(select(func.max(m.Complaint.id))).scalar_one() or 0) + 1
        theme = rng.choice(THEMES)
        agency = rng.choice(theme[2]) if theme[2][0] in agencies else rng.choice(agencies)
        title, body, place = _complaint_text(rng, theme, agency)
        anonim = rng.random() < 0.15
        c = workflow.dispose_new(s, agency, workflow.NewComplaint(
            tracking_id=str(SIM_TRACKING_BASE + n), title=title, body=body,
            category=theme[0], subcategory=theme[1],
            classification=Classification(_pick(rng, CLASSIFICATION_WEIGHTS)),
            channel=rng.choice(list(Channel)), location=place, anonim=anonim,
            reporter_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}"), now, cal)
        done.append(f"laporan baru #{c.tracking_id} -> {agency}")
        followed = s.execute(select(m.Complaint).where(
            m.Complaint.status == Status.DITINDAKLANJUTI.value).order_by(func.random()).limit(1)
        ).scalar_one_or_none()
        if followed is not None and rng.random() < 0.5:
            workflow.reporter_reply(s, followed, rng.choice(REPLIES), now)
            done.append(f"tanggapan pelapor #{followed.tracking_id}")
        waiting = s.execute(select(m.Complaint).where(
            m.Complaint.status == Status.TERDISPOSISI.value).order_by(func.random()).limit(1)
        ).scalar_one_or_none()
        if waiting is not None and rng.random() < 0.2:
            target = rng.choice([a for a in agencies if a != waiting.agency_id])
            workflow.redispose(s, waiting, target, now, cal)
            done.append(f"disposisi ulang #{waiting.tracking_id} -> {target}")
        closed = workflow.auto_close_sweep(s, now)
        if closed:
            done.append(f"{closed} laporan ditutup otomatis")
    return done


def run(db_url: str, *, interval: float = 5.0, steps: int = 1000,
        stop: threading.Event | None = None) -> int:
    """Run up to ``steps`` steps, ``interval`` seconds apart (``stop`` ends it early)."""
    db = Database(db_url)
    db.create_schema()
    with db.write() as s:
        ensure_agencies(s)
    rng, cal, stop = random.Random(), WorkingCalendar(), stop or threading.Event()
    try:
        for _ in range(max(0, steps)):
            for line in step(db, rng, dt.datetime.now(dt.UTC), cal):
                print(line, flush=True)
            if stop.wait(interval):
                break
    finally:
        db.dispose()
    return 0


# --- events on demand, for training lessons ---------------------------------------------------

def reply_on_followed(db: Database, agency_id: str, now: dt.datetime,
                      rng: random.Random | None = None) -> tuple[int, str] | None:
    """A reporter replies to one of ``agency_id``'s followed-up complaints; (id, tracking id)."""
    rng = rng or random.Random()
    with db.write() as s:
        c = s.execute(select(m.Complaint).where(
            m.Complaint.agency_id == agency_id, m.Complaint.anonim.is_(False),
            m.Complaint.status == Status.DITINDAKLANJUTI.value).order_by(m.Complaint.id)
        ).scalars().first()
        if c is None:
            return None
        workflow.reporter_reply(s, c, rng.choice(REPLIES), now)
        return c.id, c.tracking_id


def dispose_outside_remit(db: Database, agency_id: str, now: dt.datetime, cal: WorkingCalendar,
                          rng: random.Random | None = None) -> tuple[int, str, list[str]]:
    """Dispose to ``agency_id`` a new report another agency must handle (the admin's mistake).

    Returns (complaint id, tracking id, the agencies that would be right).
    """
    rng = rng or random.Random()
    theme = next(t for t in THEMES if agency_id not in t[2])
    right = list(theme[2])
    with db.write() as s:
        n = (s.execute(select(func.max(m.Complaint.id))).scalar_one() or 0) + 1
        title, body, place = _complaint_text(rng, theme, right[0])
        c = workflow.dispose_new(s, agency_id, workflow.NewComplaint(
            tracking_id=str(SIM_TRACKING_BASE + n), title=title, body=body,
            category=theme[0], subcategory=theme[1],
            classification=Classification(_pick(rng, CLASSIFICATION_WEIGHTS)),
            channel=rng.choice(list(Channel)), location=place, anonim=False,
            reporter_name=f"{rng.choice(FIRST)} {rng.choice(LAST)}"), now, cal)
        return c.id, c.tracking_id, right


def close_by_admin(db: Database, complaint_id: int, now: dt.datetime) -> None:
    """The national admin closes a complaint (the change behind a conflict)."""
    with db.write() as s:
        c = s.get(m.Complaint, complaint_id)
        if c is not None and c.status != Status.SELESAI.value:
            workflow.close(s, c, now, text="Laporan diselesaikan oleh admin nasional")


EVENTS = ("reply", "outside-remit", "close")


def one_event(db_url: str, event: str, agency_id: str, complaint_id: int | None = None) -> str:
    """``simulate --event``: one event on demand (what a training lesson, or a trainer at a
    class, needs); returns the line to print."""
    db = Database(db_url)
    db.create_schema()
    with db.write() as s:
        ensure_agencies(s)
    now = dt.datetime.now(dt.UTC)
    try:
        if event == "reply":
            found = reply_on_followed(db, agency_id, now)
            return (f"tanggapan pelapor #{found[1]}" if found else
                    f"tidak ada laporan Ditindaklanjuti untuk {agency_id}")
        if event == "outside-remit":
            _cid, tracking, right = dispose_outside_remit(db, agency_id, now, WorkingCalendar())
            return f"laporan baru #{tracking} -> {agency_id} (wewenang: {', '.join(right)})"
        if complaint_id is None:
            raise ValueError("--complaint is required for --event close")
        close_by_admin(db, complaint_id, now)
        return f"laporan {complaint_id} ditutup admin"
    finally:
        db.dispose()
