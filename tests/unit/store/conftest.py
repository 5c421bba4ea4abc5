"""Fixtures of the store tests: a fresh database file per test and a complaint factory."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from lapor_desktop.core.models import (
    Attachment,
    Classification,
    Complaint,
    Event,
    EventKind,
    Reporter,
    Status,
)
from lapor_desktop.store import Store, open_store

T0 = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)


class FixedClock:
    """A clock tests move by hand (no sleeps)."""

    def __init__(self, now: dt.datetime = T0) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path: Path, clock: FixedClock) -> Iterator[Store]:
    s = open_store(tmp_path / "lapor.db", clock=clock)
    yield s
    s.close()


def make_complaint(cid: int, **changes: object) -> Complaint:
    """A realistic complaint; ``changes`` override any field."""
    disposed = T0 + dt.timedelta(hours=cid % 50)
    base = Complaint(
        id=cid, tracking_id=f"LPR-2026-{cid:07d}", title=f"Jalan rusak nomor {cid}",
        body=f"Jalan berlubang di depan pasar blok {cid}; mohon segera diperbaiki.",
        category="Infrastruktur", subcategory="Jalan", classification=Classification.PENGADUAN,
        status=Status.TERDISPOSISI, revision=1, agency_id="DISKOMINFO-KEPRI",
        submitted_at=disposed - dt.timedelta(days=2), disposed_at=disposed,
        location="Ranai, Natuna", reporter=Reporter("Siti Aminah", "0812", "siti@example.id"),
        first_response_due=disposed + dt.timedelta(days=7),
        completion_due=disposed + dt.timedelta(days=20), updated_at=disposed,
        events=(Event(id=cid * 100, kind=EventKind.DISPOSED, at=disposed, actor="Admin",
                      text="Didisposisikan",
                      attachments=(Attachment("cd" * 32, "surat.pdf", "application/pdf", 999),)),
                Event(id=cid * 100 + 1, kind=EventKind.INTERNAL_NOTE, at=disposed, actor="Rina",
                      text="Cek lokasi")),
        attachments=(Attachment(f"{cid:064x}", "foto.jpg", "image/jpeg", 1234),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]
