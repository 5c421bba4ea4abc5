"""A deterministic store for report tests, the dashboard test and the screenshot.

Complaints are disposed over June to November 2026 (WIB) with known statuses and events; one
rahasia complaint carries a unique marker text and a reporter name that must never reach a report.
"""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import (
    Classification,
    Complaint,
    Event,
    EventKind,
    Reporter,
    Status,
    TimeZone,
)
from lapor_desktop.store import OfficerProfile, Store

WIB = ZoneInfo("Asia/Jakarta")
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=WIB).astimezone(dt.UTC)
SYNCED = dt.datetime(2026, 11, 27, 8, 15, tzinfo=WIB).astimezone(dt.UTC)
MARKER = "RAHASIA-PENANDA-7731"
REPORTER = "Budi Rahasiawan Sentosa"
AGENCY = "Dinas Komunikasi dan Informatika Provinsi Kepulauan Riau"

CATEGORIES = ("Infrastruktur", "Kesehatan", "Pendidikan", "Administrasi Kependudukan",
              "Lingkungan Hidup")
TITLES = ("Jalan berlubang di {loc}", "Lampu jalan padam di {loc}", "Antrean puskesmas {loc}",
          "Pungutan sekolah di {loc}", "Sampah menumpuk di {loc}", "KTP-el belum terbit di {loc}")
PLACES = ("Tanjungpinang", "Ranai", "Tarempa", "Daik Lingga", "Tanjung Balai Karimun", "Bintan")


def build_complaints(count: int = 120, seed: int = 7) -> list[Complaint]:
    """``count`` complaints plus the rahasia marker complaint (disposed 2 Nov 2026)."""
    rng = random.Random(seed)
    cal = WorkingCalendar()
    out = []
    for i in range(1, count + 1):
        month = rng.choice((6, 7, 8, 9, 10, 11, 11, 11))
        day = rng.randint(1, 26 if month == 11 else 28)
        disposed = dt.datetime(2026, month, day, rng.randint(8, 15), 30, tzinfo=WIB)
        out.append(_complaint(i, disposed, rng, cal))
    disposed = dt.datetime(2026, 11, 2, 9, 0, tzinfo=WIB)
    secret = _complaint(count + 1, disposed, rng, cal, status=Status.TERDISPOSISI,
                        rahasia=True)
    out.append(secret)
    return out


def _complaint(i: int, disposed_local: dt.datetime, rng: random.Random, cal: WorkingCalendar, *,
               status: Status | None = None, rahasia: bool = False) -> Complaint:
    disposed = disposed_local.astimezone(dt.UTC)
    classification = rng.choice(list(Classification))
    first_due = cal.first_response_due(disposed, TimeZone.WIB)
    completion_due = cal.completion_due(disposed, classification, TimeZone.WIB)
    events = [Event(i * 10, EventKind.DISPOSED, disposed, "Admin Provinsi", "Didisposisikan")]
    if status is None:
        status = rng.choices(list(Status), weights=(3, 3, 1, 6, 1, 1))[0]
    if not rahasia and (status is not Status.TERDISPOSISI or rng.random() < 0.2):
        fu_at = cal.deadline(disposed, rng.randint(1, 8), TimeZone.WIB) - dt.timedelta(hours=8)
        if fu_at < NOW:
            events.append(Event(i * 10 + 1, EventKind.FOLLOW_UP, fu_at, "Petugas OPD",
                                "Sudah ditinjau ke lokasi."))
    if status in (Status.SELESAI, Status.ARSIP) and len(events) > 1:
        closed = events[-1].at + dt.timedelta(days=rng.randint(1, 20))
        events.append(Event(i * 10 + 2, EventKind.CLOSED, min(closed, NOW), "Admin", ""))
    if status in (Status.SELESAI, Status.ARSIP) and len(events) == 1:
        status = Status.DIKEMBALIKAN
    place = rng.choice(PLACES)
    title = rng.choice(TITLES).format(loc=place)
    body = "Mohon segera ditindaklanjuti."
    if rahasia:
        title, body = f"Dugaan pungli {MARKER}", f"Isi rahasia {MARKER}"
    return Complaint(
        id=i, tracking_id=f"{4410000 + i}", title=title, body=body,
        category=rng.choice(CATEGORIES), subcategory="Umum", classification=classification,
        status=status, revision=1, agency_id="kepri-diskominfo",
        submitted_at=disposed - dt.timedelta(days=1), disposed_at=disposed, location=place,
        rahasia=rahasia, reporter=Reporter(REPORTER if rahasia else f"Warga {i}", "0812000"),
        first_response_due=first_due, completion_due=completion_due,
        updated_at=events[-1].at, events=tuple(events))


def seed_store(store: Store, complaints: list[Complaint] | None = None) -> list[Complaint]:
    """Write the complaints, an officer profile and a last sync time; returns the complaints."""
    complaints = complaints if complaints is not None else build_complaints()
    with store.transaction() as session:
        store.complaints.upsert_snapshots(session, complaints)
        store.profile.save(session, OfficerProfile(
            "http://127.0.0.1:1", "penghubung", "Rina Wulandari", "kepri-diskominfo", AGENCY,
            TimeZone.WIB, "penghubung"))
        store.sync_state.record_run(session, at=SYNCED, ok=True)
    return complaints
