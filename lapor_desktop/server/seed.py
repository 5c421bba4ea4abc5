"""Seed data: the Kepulauan Riau training province (``seed demo``) and bulk data for benchmarks.

Deterministic (seeded RNG) apart from "now": dates are placed relative to the current time so the
deadlines are live (some overdue, some due this week).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import random
import struct
import zlib
from collections import Counter

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lapor_desktop.core.calendar import COMPLETION_DAYS, FIRST_RESPONSE_DAYS, WorkingCalendar
from lapor_desktop.core.models import ActionKind, Channel, Classification, EventKind, Status
from lapor_desktop.protocol import ActionRequest, tz_from_wire
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.auth import hash_password
from lapor_desktop.server.db import Database, next_seq
from lapor_desktop.server.seed_data import (
    AGENCIES,
    CLASSIFICATION_WEIGHTS,
    DEMO_PASSWORD,
    FIRST,
    FOLLOW_UPS,
    GUEST_AGENCIES,
    GUEST_OFFICER_NAMES,
    GUEST_PLACES,
    ISLANDS,
    LAST,
    NOTES,
    OFFICER_NAMES,
    PLACES,
    REPLIES,
    STATUS_WEIGHTS,
    THEMES,
)
from lapor_desktop.server.seed_repeats import REPEAT_BASE, seed_repeats
from lapor_desktop.server.signoff import set_setting as set_signoff

DEMO_COMPLAINTS = 520
# Complaints of each guest agency (another province, another time zone), tracking ids 9990xxx:
# far above the province's own ids even when a benchmark seeds tens of thousands.
GUEST_COMPLAINTS = 12
GUEST_TRACKING_OFFSET = 90_000
TRACKING_BASE = 9_900_000
SEED = 20260317
PEJABAT_USERNAME = "pejabat.diskominfo"
SIGNOFF_TRAINING_AGENCY = "kepri-diskominfo"
# Officer rotation demo (serah terima): a successor and an agency admin (pejabat) at Kota Batam.
ROTATION_OFFICERS = {"kota-batam": (
    ("demo.kota-batam2", "penghubung", "Rina Marpaung, S.Kom."),
    ("pejabat.kota-batam", "pejabat", "Ir. Yusfa Hendri, M.T."),
)}
LOCAL_AGENCIES = [aid for aid, _, level in AGENCIES if level != "provinsi"]


def png_bytes(width: int, height: int, rgb: tuple[int, int, int], stripe: int = 0) -> bytes:
    """A valid PNG (8-bit RGB) of a flat colour with optional darker stripes, in pure Python."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    dark = bytes(c // 2 for c in rgb)
    rows = b"".join(
        b"\x00" + b"".join(dark if stripe and (x // stripe) % 2 else bytes(rgb)
                           for x in range(width))
        for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def username_for(agency_id: str) -> str:
    """Demo login of an agency: ``demo.<slug>`` (``kepri-`` prefix dropped)."""
    return "demo." + agency_id.removeprefix("kepri-")


@dataclasses.dataclass
class SeedSummary:
    """What ``seed demo`` created, for printing and for tests."""

    complaints: int
    by_status: Counter
    by_classification: Counter
    anonim: int
    rahasia: int
    credentials: list[tuple[str, str, str]]  # (username, role, agency)


def ensure_agencies(session: Session) -> list[tuple[str, str, str]]:
    """Create the demo agencies and one officer each (plus a pejabat) if missing."""
    creds = []
    password_hash = None
    for i, (aid, name, level) in enumerate(AGENCIES):
        if session.get(m.Agency, aid) is None:
            session.add(m.Agency(id=aid, name=name, timezone="WIB", level=level))
        users = [(username_for(aid), "penghubung", OFFICER_NAMES[i % len(OFFICER_NAMES)])]
        if aid == "kepri-diskominfo":
            users.append((PEJABAT_USERNAME, "pejabat", "Drs. H. Hasan Basri, M.Si."))
        users.extend(ROTATION_OFFICERS.get(aid, ()))
        for username, role, display in users:
            if session.execute(select(m.Officer).where(m.Officer.username == username)).first():
                continue
            # One argon2 hash shared by the demo accounts keeps seeding fast; they all use the
            # same published training password anyway.
            password_hash = password_hash or hash_password(DEMO_PASSWORD)
            session.add(m.Officer(username=username, display_name=display,
                                  password_hash=password_hash, role=role, agency_id=aid))
            creds.append((username, role, name))
    for aid, name, level, zone in GUEST_AGENCIES:
        if session.get(m.Agency, aid) is None:
            session.add(m.Agency(id=aid, name=name, timezone=zone, level=level))
        username = username_for(aid)
        if not session.execute(select(m.Officer).where(m.Officer.username == username)).first():
            password_hash = password_hash or hash_password(DEMO_PASSWORD)
            session.add(m.Officer(username=username, display_name=GUEST_OFFICER_NAMES[aid],
                                  password_hash=password_hash, role="penghubung", agency_id=aid))
            creds.append((username, "penghubung", name))
    session.flush()
    return creds


def _blobs(session: Session, now: dt.datetime) -> list[tuple[str, str]]:
    colours = [(200, 60, 50), (40, 120, 200), (60, 160, 80), (230, 180, 40), (120, 80, 160),
               (90, 90, 90)]
    out = []
    for i, rgb in enumerate(colours):
        data = png_bytes(48, 32, rgb, stripe=4 + i)
        sha = hashlib.sha256(data).hexdigest()
        if session.get(m.Blob, sha) is None:
            session.add(m.Blob(sha256=sha, size=len(data), mime_type="image/png", data=data,
                               created_at=now))
        out.append((sha, f"foto-lokasi-{i + 1}.png"))
    session.flush()
    return out


def _pick(rng: random.Random, weights: dict) -> object:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


# Kabupaten/kota agencies only receive complaints from their own area.
AREA_OF = {"kota-batam": "Batam", "kota-tanjungpinang": "Tanjungpinang", "kab-bintan": "Bintan",
           "kab-karimun": "Karimun", "kab-lingga": "Lingga", "kab-natuna": "Natuna",
           "kab-anambas": "Anambas"}


def _complaint_text(rng: random.Random, theme: tuple, agency: str) -> tuple[str, str, str]:
    area = AREA_OF.get(agency)
    places = GUEST_PLACES.get(agency) or [p for p in PLACES if area and area in p] or PLACES
    place, island = rng.choice(places), rng.choice(ISLANDS)
    title = rng.choice(theme[3]).format(place=place, island=island)
    body = rng.choice(theme[4]).format(place=place, island=island)
    body += " Mohon perhatian dan tindak lanjut dari instansi terkait. Terima kasih."
    return title, body, place


def _provincial_agency(category: str) -> str:
    """The provincial OPD that handles ``category`` in the demo themes (Biro Pemerintahan else)."""
    for theme in THEMES:
        if theme[0] == category:
            for agency in theme[2]:
                if agency.startswith("kepri-"):
                    return agency
    return "kepri-biropem"


def _officer_names(session: Session) -> dict[str, str]:
    rows = session.execute(select(m.Officer.agency_id, m.Officer.display_name)
                           .where(m.Officer.role == "penghubung").order_by(m.Officer.id)).all()
    names: dict[str, str] = {}
    for aid, name in rows:
        # The agency's first officer acts in the demo history (a second, rotation-demo officer
        # must not change the seeded complaints).
        names.setdefault(aid, name)
    return names


def _neighbourhood(i: int) -> str:
    """An RT/RW for complaint ``i``, from its number (not the RNG, so every other seeded value
    stays as it was): complaints name a neighbourhood, not just a district, and two unrelated
    complaints rarely share one (duplicate detection compares places)."""
    spread = zlib.crc32(f"rt{i}".encode())
    return f"RT {spread % 20 + 1:03d}/RW {spread // 20 % 12 + 1:03d}"


def _seed_one(session: Session, rng: random.Random, i: int, now: dt.datetime,
              cal: WorkingCalendar, blobs, officers: dict[str, str], opd_names: dict[str, str],
              agency: str | None = None) -> Status:
    theme = rng.choice(THEMES)
    agency = agency or rng.choice(theme[2])
    title, body, place = _complaint_text(rng, theme, agency)
    status: Status = _pick(rng, STATUS_WEIGHTS)  # type: ignore[assignment]
    anonim = rng.random() < 0.15
    first, last = rng.choice(FIRST), rng.choice(LAST)
    # When things happened, chosen per status so the deadlines the officer sees are live.
    if status == Status.DITINDAKLANJUTI:
        fu_at = now - dt.timedelta(hours=rng.uniform(2, 24 * 11))
        disposed = fu_at - dt.timedelta(hours=rng.uniform(4, 24 * 7))
    elif status == Status.TERDISPOSISI:
        disposed = now - dt.timedelta(hours=rng.uniform(1, 24 * 12))
        fu_at = None
    else:
        disposed = now - dt.timedelta(hours=rng.uniform(24 * 8, 24 * 60))
        fu_at = disposed + dt.timedelta(hours=rng.uniform(4, 24 * 6))
    data = workflow.NewComplaint(
        tracking_id=str(TRACKING_BASE + i), title=title, body=body, category=theme[0],
        subcategory=theme[1], classification=_pick(rng, CLASSIFICATION_WEIGHTS),  # type: ignore[arg-type]
        channel=rng.choice(list(Channel)), location=f"{_neighbourhood(i)}, {place}", anonim=anonim,
        rahasia=rng.random() < 0.05,
        reporter_name=f"{first} {last}", reporter_phone=f"08{rng.randrange(10**9, 10**10)}",
        reporter_email=f"{first.lower()}.{last.lower()}{rng.randrange(100)}@contoh.id",
        submitted_at=disposed - dt.timedelta(hours=rng.uniform(2, 72)),
        attachments=(rng.choice(blobs),) if rng.random() < 0.25 else ())
    c = workflow.dispose_new(session, agency, data, disposed, cal)
    actor = officers.get(agency, "Petugas")
    tid, opd = c.tracking_id, opd_names[agency]

    def act(kind: ActionKind, at: dt.datetime, **kw) -> None:
        workflow.apply_action(session, c, ActionRequest(kind=kind, base_revision=c.revision, **kw),
                              actor=actor, agency_id=agency, now=at, calendar=cal)

    if rng.random() < 0.3:
        act(ActionKind.INTERNAL_NOTE, disposed + dt.timedelta(hours=1), text=rng.choice(NOTES))
    if status == Status.DIKEMBALIKAN:
        act(ActionKind.BUKAN_WEWENANG, disposed + dt.timedelta(hours=rng.uniform(2, 48)),
            reason="Lokasi dan kewenangan berada di pemerintah kabupaten/kota setempat.",
            suggested_agency="Pemerintah Kota Batam")
        return status
    if status == Status.TERDISPOSISI:
        return status
    text = rng.choice(FOLLOW_UPS).format(tid=tid, opd=opd)
    workflow.apply_action(
        session, c, ActionRequest(kind=ActionKind.FOLLOW_UP, base_revision=c.revision, text=text,
                                  propose_close=status == Status.SELESAI),
        actor=actor, agency_id=agency, now=fu_at, calendar=cal,
        attachments=[rng.choice(blobs)] if rng.random() < 0.4 else [])
    if status == Status.DITANGGAPI_PELAPOR:
        reply_at = min(now - dt.timedelta(hours=1), fu_at + dt.timedelta(days=rng.uniform(1, 5)))
        workflow.reporter_reply(session, c, rng.choice(REPLIES), reply_at)
    elif status == Status.SELESAI:
        workflow.close(session, c, min(now - dt.timedelta(hours=1),
                                       fu_at + dt.timedelta(days=rng.uniform(1, 5))))
    elif status == Status.ARSIP:
        workflow.close(session, c, fu_at + dt.timedelta(days=1))
        workflow.archive(session, c, fu_at + dt.timedelta(days=3))
    return status


def seed_demo(db_url: str, *, reset: bool = False, complaints: int = DEMO_COMPLAINTS,
              now: dt.datetime | None = None,
              calendar: WorkingCalendar | None = None) -> SeedSummary:
    """Build the training province: agencies, demo officers, ``complaints`` complaints."""
    db = Database(db_url)
    if reset:
        db.drop_schema()
    db.create_schema()
    now = now or dt.datetime.now(dt.UTC)
    cal = calendar or WorkingCalendar()
    rng = random.Random(SEED)
    with db.write() as session:
        creds = ensure_agencies(session)
        # Training: one agency (Diskominfo, with its pejabat) has sign-off on (issue 15).
        set_signoff(session, SIGNOFF_TRAINING_AGENCY, True)
        start = session.execute(select(func.count(m.Complaint.id))).scalar_one()
        blobs = _blobs(session, now)
        officers = _officer_names(session)
        opd_names = {a.id: a.name for a in session.execute(select(m.Agency)).scalars()}
        for i in range(start, start + complaints):
            _seed_one(session, rng, i, now, cal, blobs, officers, opd_names)
        # A few re-dispositions from the kabupaten/kota to the province, so the old OPD's feed has
        # tombstones to show in training.
        moved = session.execute(
            select(m.Complaint).where(m.Complaint.status == Status.TERDISPOSISI.value,
                                      m.Complaint.agency_id.in_(LOCAL_AGENCIES))
            .order_by(m.Complaint.id).limit(6)).scalars().all()
        for c in moved:
            # Re-disposed upwards to the provincial OPD of the same field, as a coordinator would.
            workflow.redispose(session, c, _provincial_agency(c.category),
                               c.disposed_at + dt.timedelta(hours=6), cal)
        # The guest agencies in other time zones, from their own generator so the province's
        # data stays the same whatever is added here.
        first_guest = str(TRACKING_BASE + GUEST_TRACKING_OFFSET)
        if complaints and not session.execute(
                select(m.Complaint.id).where(m.Complaint.tracking_id == first_guest)).first():
            guest_rng = random.Random(SEED + 1)
            for j, (aid, *_rest) in enumerate(GUEST_AGENCIES):
                for k in range(GUEST_COMPLAINTS):
                    _seed_one(session, guest_rng, GUEST_TRACKING_OFFSET + j * 100 + k, now, cal,
                              blobs, officers, opd_names, agency=aid)
        # Clusters of repeat reports with known ground truth (duplicate detection's evaluation).
        if complaints and not session.execute(
                select(m.Complaint.id).where(m.Complaint.tracking_id == str(REPEAT_BASE))).first():
            seed_repeats(session, now, cal, officers)
    summary = summarize(db)
    summary.credentials = creds or [
        (username_for(aid), "penghubung", name) for aid, name, _ in AGENCIES]
    db.dispose()
    return summary


def summarize(db: Database) -> SeedSummary:
    """Counts by status and classification, anonim and rahasia, from the database."""
    with db.read() as s:
        by_status = Counter(dict(s.execute(select(m.Complaint.status, func.count())
                                           .group_by(m.Complaint.status)).all()))
        by_class = Counter(dict(s.execute(select(m.Complaint.classification, func.count())
                                          .group_by(m.Complaint.classification)).all()))
        anonim = s.execute(select(func.count()).where(m.Complaint.anonim.is_(True))).scalar_one()
        rahasia = s.execute(select(func.count()).where(m.Complaint.rahasia.is_(True))
                            ).scalar_one()
    return SeedSummary(complaints=sum(by_status.values()), by_status=by_status,
                       by_classification=by_class, anonim=anonim, rahasia=rahasia,
                       credentials=[])


def describe(summary: SeedSummary) -> str:
    """Human-readable summary with the demo credentials."""
    lines = [f"{summary.complaints} laporan: "
             + ", ".join(f"{k} {v}" for k, v in sorted(summary.by_status.items())),
             f"anonim {summary.anonim}, rahasia {summary.rahasia}",
             f"Akun latihan (kata sandi semua akun: {DEMO_PASSWORD}):"]
    lines += [f"  {u:28} {role:11} {agency}" for u, role, agency in summary.credentials]
    return "\n".join(lines)


def seed_bulk(db_url: str, count: int, *, now: dt.datetime | None = None,
              agency: str | None = None) -> int:
    """Add ``count`` synthetic complaints with bulk inserts (benchmark-size data), disposed to
    their theme's agencies or, with ``agency``, all to that one OPD (one officer's big queue)."""
    db = Database(db_url)
    db.create_schema()
    now = now or dt.datetime.now(dt.UTC)
    cal = WorkingCalendar()
    rng = random.Random(SEED + count)
    agency_id = agency
    memo: dict[tuple[dt.date, int], dt.datetime] = {}

    def due(at: dt.datetime, days: int) -> dt.datetime:
        key = ((at + dt.timedelta(hours=7)).date(), days)  # WIB local date
        if key not in memo:
            memo[key] = cal.deadline(at, days, tz_from_wire("WIB"))
        return memo[key]

    with db.write() as session:
        ensure_agencies(session)
        start_id = (session.execute(select(func.max(m.Complaint.id))).scalar_one() or 0) + 1
        last_seq = next_seq(session, count)
        rows, events = [], []
        for n in range(count):
            cid = start_id + n
            theme = rng.choice(THEMES)
            agency = agency_id or rng.choice(theme[2])
            title, body, place = _complaint_text(rng, theme, agency)
            cls = _pick(rng, CLASSIFICATION_WEIGHTS)
            disposed = now - dt.timedelta(hours=rng.uniform(1, 24 * 90))
            anonim = rng.random() < 0.15
            rows.append(dict(
                id=cid, tracking_id=str(TRACKING_BASE + cid - 1), title=title, body=body,
                category=theme[0], subcategory=theme[1], classification=cls.value,
                status=Status.TERDISPOSISI.value, revision=1, seq=last_seq - count + 1 + n,
                agency_id=agency, submitted_at=disposed, disposed_at=disposed,
                location=place, channel=Channel.WEBSITE.value, anonim=anonim,
                rahasia=rng.random() < 0.05,
                reporter_name=None if anonim else f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                reporter_phone=None, reporter_email=None,
                first_response_due=due(disposed, FIRST_RESPONSE_DAYS),
                completion_due=due(disposed, COMPLETION_DAYS[Classification(cls)]),
                auto_close_due=None, updated_at=disposed))
            events.append(dict(complaint_id=cid, kind=EventKind.DISPOSED.value, at=disposed,
                               actor=workflow.ADMIN_ACTOR, text="Didisposisikan",
                               propose_close=False))
        for i in range(0, count, 5000):
            session.execute(insert(m.Complaint), rows[i:i + 5000])
            session.execute(insert(m.Event), events[i:i + 5000])
    db.dispose()
    return count
