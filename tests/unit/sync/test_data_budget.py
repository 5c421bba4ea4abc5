"""Metered mode's daily budget on real outbox rows: admits within the allowance, holds what does
not fit, renews at midnight WIB, steps aside off a metered link, and "Kirim sekarang" forces."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.store import open_store
from lapor_desktop.sync.data_budget import DataBudget, day_of, held_ops
from lapor_desktop.sync.ordering import pending_upload_bytes
from tests.faults.hostile_server import snapshot
from tests.unit.sync.test_push_ordering import PNG, _photo, _text


@pytest.fixture
def store_with_complaints(tmp_path):
    with open_store(tmp_path / "prof" / "lapor.db") as s:
        complaints = [snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(n, n)))
                      for n in (1, 2)]
        with s.transaction() as session:
            s.complaints.upsert_snapshots(session, complaints)
        yield s, [1, 2]


class Clock:
    def __init__(self) -> None:
        # 23:00 WIB on 30 November.
        self.now = dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def test_budget_admits_holds_renews_and_yields_to_the_officer(store_with_complaints):
    store, ids = store_with_complaints
    clock, state = Clock(), {"metered": True, "mb": len(PNG) * 1.5 / (1024 * 1024)}
    budget = DataBudget(store, lambda: state["mb"], lambda: state["metered"], clock)
    first, second = _photo(store, ids[0]), _photo(store, ids[1])
    text = store.outbox.get(_text(store, ids[1], 1))
    one, two = store.outbox.get(first), store.outbox.get(second)
    size = pending_upload_bytes(one)
    assert budget.admit(text)  # text never counts
    assert budget.admit(one)
    assert budget.admit(one)  # asked again (a paused upload): not counted twice
    assert not budget.admit(two)  # 1.5 photos a day: the second waits
    assert held_ops(store, clock()) == {second: size}
    assert budget.usage().spent_bytes == size and budget.usage().remaining_bytes == size // 2

    # Midnight WIB: the allowance is whole again.
    clock.now += dt.timedelta(hours=1, minutes=1)
    assert day_of(clock.now) == "2026-12-01"
    assert held_ops(store, clock()) == {}
    assert budget.admit(two) and held_ops(store, clock()) == {}

    # No budget for files at all (0 MB): only on demand.
    state["mb"] = 0
    third = store.outbox.get(_photo(store, ids[0]))
    assert not budget.admit(third)
    budget.force(third.id)
    assert budget.admit(third) and held_ops(store, clock()) == {}
    # Off a metered link the budget has no say.
    fourth = store.outbox.get(_photo(store, ids[1]))
    state["metered"] = False
    assert budget.admit(fourth)
    assert budget.usage().remaining_bytes is None
