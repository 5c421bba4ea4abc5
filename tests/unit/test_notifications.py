"""What the officer is told after a sync: computed from store snapshots before and after a pass."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.store import ErrorKind, open_store
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.workbench.notifications import (
    Notification,
    NotificationKind,
    SyncWatcher,
    compare,
    take_snapshot,
    tray_counts,
)
from tests.unit.store.conftest import FixedClock, make_complaint

# Tuesday 27 January 2026, 10:00 WIB; the next week has no holidays.
START = dt.datetime(2026, 1, 27, 3, 0, tzinfo=dt.UTC)
TEXT = "Terima kasih, laporan sedang kami periksa bersama UPT Jalan dan akan ditindaklanjuti."


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def store(tmp_path, clock):
    s = open_store(tmp_path / "lapor.db", clock=clock)
    yield s
    s.close()


def _put(store, *complaints) -> None:
    with store.transaction() as session:
        store.complaints.upsert_snapshots(session, complaints)
        store.sync_state.set_cursor(session, "10")


def _due(day: int) -> dt.datetime:
    """23:59 WIB on ``day`` February 2026."""
    return dt.datetime(2026, 2, day, 16, 59, tzinfo=dt.UTC)


def test_new_assignment_and_reporter_reply(store, clock):
    _put(store, make_complaint(1, status=Status.DITINDAKLANJUTI, completion_due=_due(27)))
    before = take_snapshot(store, clock())
    _put(store, make_complaint(1, status=Status.DITANGGAPI_PELAPOR, completion_due=_due(27),
                               revision=2),
         make_complaint(2, first_response_due=_due(27), title="Lampu jalan padam"))
    found = compare(before, take_snapshot(store, clock()))
    assert [(n.kind, n.complaint_id) for n in found] == [
        (NotificationKind.REPORTER_REPLIED, 1), (NotificationKind.NEW_COMPLAINT, 2)]
    new = found[1]
    assert new.title == "Laporan baru"
    assert new.text == "LPR-2026-0000002: Lampu jalan padam"
    # Nothing changed: nothing to say.
    assert compare(take_snapshot(store, clock()), take_snapshot(store, clock())) == []


def test_first_download_is_not_new_work(store, clock):
    before = take_snapshot(store, clock())  # no cursor yet: never synced
    _put(store, make_complaint(1, first_response_due=_due(27)))
    assert compare(before, take_snapshot(store, clock())) == []


def test_due_within_one_working_day_is_told_once(store, clock):
    _put(store, make_complaint(1, first_response_due=_due(4), title="Jalan rusak"),
         make_complaint(2, first_response_due=_due(20)))
    before = take_snapshot(store, clock())
    clock.now = dt.datetime(2026, 2, 3, 3, 0, tzinfo=dt.UTC)  # Tuesday: due Wednesday
    after = take_snapshot(store, clock())
    found = compare(before, after)
    assert [(n.kind, n.complaint_id) for n in found] == [(NotificationKind.DUE_SOON, 1)]
    assert found[0].text == "LPR-2026-0000001: Jalan rusak (sisa 1 hari kerja)"
    assert compare(after, take_snapshot(store, clock())) == []  # still due soon: no repeat
    clock.now = dt.datetime(2026, 2, 5, 3, 0, tzinfo=dt.UTC)
    late = compare(after, take_snapshot(store, clock()))
    assert [(n.kind, n.complaint_id) for n in late] == [(NotificationKind.OVERDUE, 1)]


def test_many_of_a_kind_become_one_summary(store, clock):
    _put(store, make_complaint(1, first_response_due=_due(27)))
    before = take_snapshot(store, clock())
    _put(store, *[make_complaint(i, first_response_due=_due(27)) for i in range(2, 12)])
    (summary,) = compare(before, take_snapshot(store, clock()))
    assert summary == Notification(NotificationKind.NEW_COMPLAINT, None, count=10)
    assert summary.title == "10 laporan baru"


def test_refused_action_and_tray_counts(store, clock):
    _put(store, make_complaint(1, first_response_due=_due(27)),
         make_complaint(2, first_response_due=dt.datetime(2026, 1, 26, 16, 59, tzinfo=dt.UTC)),
         make_complaint(3, status=Status.SELESAI))
    op1 = queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text=TEXT))
    queue_action(store, 2, ActionInput(ActionKind.FOLLOW_UP, text=TEXT))
    counts = tray_counts(store, clock())
    assert (counts.open, counts.overdue, counts.waiting, counts.attention) == (2, 1, 2, 0)

    watcher = SyncWatcher(store, clock)

    def engine_pass():
        with store.transaction() as session:
            store.outbox.mark_needs_attention(session, op1, ErrorKind.CONFLICT,
                                              "Laporan sudah selesai")
        return "report"

    assert watcher.watch(engine_pass)() == "report"
    (refused,) = watcher.take()
    assert (refused.kind, refused.complaint_id) == (NotificationKind.NEEDS_ATTENTION, 1)
    assert refused.text == "LPR-2026-0000001: Laporan sudah selesai"
    assert watcher.take() == []
    assert tray_counts(store, clock()).attention == 1


def test_render_with_translated_templates():
    note = Notification(NotificationKind.NEW_COMPLAINT, 7,
                        {"tracking_id": "T1", "title": "Jalan"})
    templates = {NotificationKind.NEW_COMPLAINT: ("New complaint", "{tracking_id} – {title}")}
    assert note.render(templates) == ("New complaint", "T1 – Jalan")
    assert dataclasses.replace(note, complaint_id=None, count=2).title == "2 laporan baru"
