"""Sync state (cursor in the page's transaction), officer profile, reference data."""

from __future__ import annotations

import pytest

from lapor_desktop.core.models import TimeZone
from lapor_desktop.store import OfficerProfile, QueueQuery, Store
from tests.unit.store.conftest import FixedClock, make_complaint


def test_cursor_commits_with_its_page(store: Store) -> None:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(1), make_complaint(2)])
        store.sync_state.set_cursor(s, "seq:2")
    assert store.sync_state.get().cursor == "seq:2"
    assert store.queue.count(QueueQuery()) == 2


def test_rollback_after_upsert_leaves_neither_page_nor_cursor(store: Store) -> None:
    with store.transaction() as s:
        store.sync_state.set_cursor(s, "seq:1")
    with pytest.raises(ConnectionError), store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(5)])
        store.sync_state.set_cursor(s, "seq:9")
        raise ConnectionError("connection lost before the page was complete")
    assert store.sync_state.get().cursor == "seq:1"
    assert store.complaints.get(5) is None


def test_sync_run_bookkeeping(store: Store, clock: FixedClock) -> None:
    assert store.sync_state.get().cursor is None
    with store.transaction() as s:
        store.sync_state.set_clock_offset(s, -42.5)
        store.sync_state.record_run(s, at=clock(), ok=False, error="Server tidak menjawab")
    state = store.sync_state.get()
    assert state.server_clock_offset_seconds == -42.5 and state.last_sync_ok is False
    assert state.last_error == "Server tidak menjawab" and state.last_sync_at == clock()
    with store.transaction() as s:
        store.sync_state.record_run(s, at=clock(), ok=True)
    assert store.sync_state.get().last_error is None


def test_profile_round_trip(store: Store) -> None:
    assert store.profile.get() is None
    profile = OfficerProfile("https://lapor.example", "rina", "Rina Wulandari", "OPD-1",
                             "Dinas PU Natuna", TimeZone.WIB, "admin_penghubung")
    with store.transaction() as s:
        store.profile.save(s, profile)
        store.profile.save(s, profile)  # replacing is fine
    assert store.profile.get() == profile
    with store.transaction() as s:
        store.profile.clear(s)
    assert store.profile.get() is None


def test_reference_data(store: Store) -> None:
    with store.transaction() as s:
        store.reference_data.put(s, "categories", "3", [{"id": "infra", "name": "Infrastruktur"}])
        store.reference_data.put(s, "holidays", "2026-1", {"2026": ["2026-03-18"]})
        store.reference_data.put(s, "categories", "4", [{"id": "kes", "name": "Kesehatan"}])
    entry = store.reference_data.get("categories")
    assert entry is not None and entry.version == "4" and entry.data[0]["id"] == "kes"
    assert store.reference_data.versions() == {"categories": "4", "holidays": "2026-1"}
    assert store.reference_data.get("templates") is None
