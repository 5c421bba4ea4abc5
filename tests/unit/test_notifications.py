"""What the officer is told after a sync: computed from what the pass changed (the engine's change
log) and from the deadlines that fell due since the last pass, never from a scan of the table."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.store import ErrorKind, open_store
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.sync_support import apply_changes
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.workbench.notifications import (
    Notification,
    NotificationKind,
    compare,
    snapshots_for_pass,
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


def _put(store, *complaints) -> ChangeLog:
    """Apply a page of the feed as the engine does; returns its change log."""
    log = ChangeLog()
    apply_changes(store, [(c.id, c) for c in complaints], "10", log)
    return log


def _told(store, log, *, since, now, synced_before=True, refused=()):
    return compare(*snapshots_for_pass(store, log, refused, since=since, now=now,
                                       synced_before=synced_before))


def _due(day: int) -> dt.datetime:
    """23:59 WIB on ``day`` February 2026."""
    return dt.datetime(2026, 2, day, 16, 59, tzinfo=dt.UTC)


def test_new_assignment_and_reporter_reply(store, clock):
    _put(store, make_complaint(1, status=Status.DITINDAKLANJUTI, completion_due=_due(27)))
    log = _put(store, make_complaint(1, status=Status.DITANGGAPI_PELAPOR, completion_due=_due(27),
                                     revision=2),
               make_complaint(2, first_response_due=_due(27), title="Lampu jalan padam"))
    found = _told(store, log, since=clock(), now=clock())
    assert [(n.kind, n.complaint_id) for n in found] == [
        (NotificationKind.REPORTER_REPLIED, 1), (NotificationKind.NEW_COMPLAINT, 2)]
    new = found[1]
    assert new.title == "Laporan baru"
    assert new.text == "LPR-2026-0000002: Lampu jalan padam"
    # A pass that changed nothing, with no deadline passing: nothing to say.
    assert _told(store, ChangeLog(), since=clock(), now=clock()) == []


def test_first_download_is_not_new_work(store, clock):
    log = _put(store, make_complaint(1, first_response_due=_due(27)))
    assert _told(store, log, since=clock(), now=clock(), synced_before=False) == []


def test_due_within_one_working_day_is_told_once(store, clock):
    _put(store, make_complaint(1, first_response_due=_due(4), title="Jalan rusak"),
         make_complaint(2, first_response_due=_due(20)))
    tuesday = dt.datetime(2026, 2, 3, 3, 0, tzinfo=dt.UTC)  # due Wednesday
    found = _told(store, ChangeLog(), since=clock(), now=tuesday)
    assert [(n.kind, n.complaint_id) for n in found] == [(NotificationKind.DUE_SOON, 1)]
    assert found[0].text == "LPR-2026-0000001: Jalan rusak (sisa 1 hari kerja)"
    later = tuesday + dt.timedelta(hours=2)
    assert _told(store, ChangeLog(), since=tuesday, now=later) == []  # still due soon: no repeat
    thursday = dt.datetime(2026, 2, 5, 3, 0, tzinfo=dt.UTC)
    late = _told(store, ChangeLog(), since=later, now=thursday)
    assert [(n.kind, n.complaint_id) for n in late] == [(NotificationKind.OVERDUE, 1)]


def test_only_what_changed_or_fell_due_is_read(store, clock, monkeypatch):
    """The cost follows the change: 500 stored complaints, one changed, one read."""
    _put(store, *[make_complaint(i, first_response_due=_due(27)) for i in range(1, 501)])
    log = _put(store, make_complaint(7, status=Status.DITANGGAPI_PELAPOR, revision=2,
                                     first_response_due=_due(27)))
    asked: list[set[int]] = []
    original = store.complaints.status_marks
    monkeypatch.setattr(store.complaints, "status_marks",
                        lambda ids=None, **kw: asked.append(set(ids)) or original(ids, **kw))
    found = _told(store, log, since=clock(), now=clock())
    assert [(n.kind, n.complaint_id) for n in found] == [(NotificationKind.REPORTER_REPLIED, 7)]
    assert asked == [{7}]


def test_many_of_a_kind_become_one_summary(store, clock):
    _put(store, make_complaint(1, first_response_due=_due(27)))
    log = _put(store, *[make_complaint(i, first_response_due=_due(27)) for i in range(2, 12)])
    (summary,) = _told(store, log, since=clock(), now=clock())
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

    with store.transaction() as session:  # what the engine does with a 409
        store.outbox.mark_needs_attention(session, op1, ErrorKind.CONFLICT,
                                          "Laporan sudah selesai")
    (refused,) = _told(store, ChangeLog(outbox=True), since=clock(), now=clock(), refused=[op1])
    assert (refused.kind, refused.complaint_id) == (NotificationKind.NEEDS_ATTENTION, 1)
    assert refused.text == "LPR-2026-0000001: Laporan sudah selesai"
    assert tray_counts(store, clock()).attention == 1


def test_render_with_translated_templates():
    note = Notification(NotificationKind.NEW_COMPLAINT, 7,
                        {"tracking_id": "T1", "title": "Jalan"})
    templates = {NotificationKind.NEW_COMPLAINT: ("New complaint", "{tracking_id} – {title}")}
    assert note.render(templates) == ("New complaint", "T1 – Jalan")
    assert dataclasses.replace(note, complaint_id=None, count=2).title == "2 laporan baru"
