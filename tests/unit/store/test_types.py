"""Instants read back from the store are aware UTC whatever wrote the text.

The store reads DATETIME columns with its own fast reader (``store/types.py``); these tests pin
that it agrees with what the app writes and stays tolerant of text other writers leave (SQLite's
own functions, a tool that kept an offset).
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from lapor_desktop.store import Store
from lapor_desktop.store.orm import ComplaintRow
from tests.unit.store.conftest import make_complaint


def _stored_then_read(store: Store, text: str) -> dt.datetime | None:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(1)])
        s.execute(sa.text("UPDATE complaints SET next_due_at = :v WHERE id = 1"), {"v": text})
    with store.reading() as s:
        return s.scalar(sa.select(ComplaintRow.next_due_at).where(ComplaintRow.id == 1))


@pytest.mark.parametrize(("text", "expected"), [
    # what the app writes: fixed width, microseconds, naive UTC
    ("2026-03-17 03:00:00.000000", dt.datetime(2026, 3, 17, 3, tzinfo=dt.UTC)),
    ("2026-03-17 03:00:00.250000", dt.datetime(2026, 3, 17, 3, 0, 0, 250000, tzinfo=dt.UTC)),
    # SQLite's datetime('now') and strftime('%Y-%m-%d %H:%M:%f')
    ("2026-03-17 03:00:00", dt.datetime(2026, 3, 17, 3, tzinfo=dt.UTC)),
    ("2026-03-17 03:00:00.125", dt.datetime(2026, 3, 17, 3, 0, 0, 125000, tzinfo=dt.UTC)),
    # another tool's text: an offset, a "T", a two-digit fraction
    ("2026-03-17T10:00:00+07:00", dt.datetime(2026, 3, 17, 3, tzinfo=dt.UTC)),
    ("2026-03-17 03:00:00.25", dt.datetime(2026, 3, 17, 3, 0, 0, 250000, tzinfo=dt.UTC)),
])
def test_stored_text_reads_back_as_aware_utc(store: Store, text: str,
                                             expected: dt.datetime) -> None:
    value = _stored_then_read(store, text)
    assert value == expected
    assert value is not None and value.utcoffset() == dt.timedelta(0)


def test_what_the_app_writes_reads_back_equal(store: Store) -> None:
    due = dt.datetime(2026, 3, 31, 16, 59, 59, 999999, tzinfo=dt.UTC)
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(1, completion_due=due)])
    assert store.complaints.get(1).completion_due == due
