"""Sign-off by the Pejabat Penghubung end to end (issue 15): two profiles, an officer and an
official of one agency, against the real reference server, each offline in turn (a real TCP
proxy refusing connections)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.models import EventKind, LocalState, Status
from lapor_desktop.protocol import SignoffState
from lapor_desktop.reports.period import Period
from lapor_desktop.server import models as m
from lapor_desktop.server.seed import PEJABAT_USERNAME
from lapor_desktop.server.signoff import set_setting
from lapor_desktop.store import OutboxState
from lapor_desktop.store.reporting import complaint_facts
from lapor_desktop.sync.report import Outcome
from tests.faults.proxy import FaultProxy
from tests.sync_helpers import AGENCY, FOLLOW_UP_TEXT, ClientProfile

REVISED = FOLLOW_UP_TEXT + " Disetujui oleh Kepala Dinas; nomor surat 045/123/DISKOMINFO."
COMMENT = "Cantumkan nomor surat dan nama pejabat yang menyetujui."


@contextlib.contextmanager
def _proxied(server):
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        yield proxy


def _offline(proxy) -> None:
    proxy.set(refuse=True)
    proxy.drop_all()  # kept-alive connections die with the link too


def _sync(profile: ClientProfile):
    report = profile.bench.sync()
    assert report.outcome is Outcome.DELIVERED, report
    return report


@pytest.fixture
def pair(world, tmp_path):
    """(world, officer, official, officer's proxy, official's proxy) with sign-off on."""
    server, w = world
    with w.db.write() as s:
        set_setting(s, AGENCY, True)
    with _proxied(server) as p1, _proxied(server) as p2:
        officer = ClientProfile(tmp_path / "officer", p1.url)
        official = ClientProfile(tmp_path / "official", p2.url, user=PEJABAT_USERNAME)
        try:
            yield w, officer, official, p1, p2
        finally:
            officer.close()
            official.close()


def _submit(officer: ClientProfile, cid: int, text: str) -> str:
    draft = officer.bench.drafts.open_or_create(cid)
    officer.bench.drafts.autosave(draft.id, {"text": text})
    return officer.bench.signoff.submit(draft.id)


def test_officer_and_official_round_trip_publishes_exactly_once(pair):
    w, officer, official, officer_link, official_link = pair
    [cid] = w.dispose(1)
    _sync(officer)
    _sync(official)
    assert officer.bench.signoff.required() and not official.bench.signoff.required()
    assert official.bench.signoff.is_official()

    # The officer drafts offline and sends for sign-off: queued, nothing on the server yet.
    _offline(officer_link)
    first_op = _submit(officer, cid, FOLLOW_UP_TEXT)
    assert officer.bench.sync().outcome is Outcome.OFFLINE
    assert officer.store.outbox.get(first_op).state is OutboxState.QUEUED
    officer_link.set()
    _sync(officer)
    assert officer.store.outbox.get(first_op).receipt_number.startswith("PS-")
    assert officer.bench.signoff.view(cid).state is SignoffState.PENDING
    assert officer.store.complaints.local_info(cid).local_state is LocalState.AWAITING_SIGNOFF
    assert w.follow_ups(cid) == 0  # never visible to the reporter while it waits

    # The official sees it in the review queue, returns it with a comment while offline.
    _sync(official)
    [item] = official.bench.signoff.review_queue()
    assert item.complaint.id == cid and item.text == FOLLOW_UP_TEXT
    assert item.checklist.present and item.time_left.due is not None
    _offline(official_link)
    official.bench.signoff.return_(cid, item.signoff_id, COMMENT)
    assert official.bench.sync().outcome is Outcome.OFFLINE
    official_link.set()
    _sync(official)
    assert official.bench.signoff.review_queue() == []

    # The officer syncs: returned with the comment; the draft reopens with the old text.
    _sync(officer)
    view = officer.bench.signoff.view(cid)
    assert view.state is SignoffState.RETURNED and view.comment == COMMENT
    assert view.reviewer
    draft = officer.bench.signoff.reopen(cid)
    assert draft.payload["text"] == FOLLOW_UP_TEXT
    officer.bench.drafts.autosave(draft.id, {"text": REVISED})
    officer.bench.signoff.submit(draft.id)
    submitted_at = dt.datetime.now(dt.UTC)
    _sync(officer)

    # The official approves the revised text; both sides sync.
    _sync(official)
    [item] = official.bench.signoff.review_queue()
    assert item.text == REVISED and item.request["version"] == 2
    approve_op = official.bench.signoff.approve(cid, item.signoff_id)
    _sync(official)
    published_receipt = official.store.outbox.get(approve_op).receipt_number
    assert published_receipt.startswith("TL-")
    _sync(officer)
    view = officer.bench.signoff.view(cid)
    assert view.state is SignoffState.APPROVED and view.receipt == published_receipt

    # Exactly one published follow-up, under the agency's name, with the official recorded.
    assert w.follow_ups(cid) == 1 and w.follow_up_texts_of(cid) == [REVISED]
    local = officer.store.complaints.get(cid)
    [published] = [e for e in local.events if e.kind is EventKind.FOLLOW_UP]
    assert local.status is Status.DITINDAKLANJUTI
    assert view.request["reviewer"] == "Drs. H. Hasan Basri, M.Si."
    assert view.request["published_event_id"] == published.id
    # The deadline indicator counts the publication time, not the first submission.
    [facts] = [f for f in complaint_facts(officer.store, local.disposed_at - dt.timedelta(1),
                                          published.at + dt.timedelta(1))
               if f.tracking_id == local.tracking_id]
    assert facts.first_follow_up_at == published.at >= submitted_at - dt.timedelta(seconds=5)
    # The report shows sign-off as its own stage.
    today = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=7))).date()
    stage = officer.bench.load_report(Period.month(today.year, today.month)).signoff
    assert (stage.submitted, stage.reviewed, stage.waiting) == (2, 2, 0)
    assert stage.median_days_waited is not None
    # Syncing again publishes nothing more.
    _sync(official)
    _sync(officer)
    assert w.follow_ups(cid) == 1


def test_review_of_a_revised_follow_up_is_a_conflict_for_the_official(pair):
    w, officer, official, _officer_link, official_link = pair
    [cid] = w.dispose(1)
    _sync(officer)
    _submit(officer, cid, FOLLOW_UP_TEXT)
    _sync(officer)
    _sync(official)
    [old] = official.bench.signoff.review_queue()
    # The official approves offline; meanwhile the officer revises and resends.
    _offline(official_link)
    op_id = official.bench.signoff.approve(cid, old.signoff_id)
    draft = officer.bench.drafts.open_or_create(cid)
    officer.bench.drafts.autosave(draft.id, {"text": REVISED})
    officer.bench.signoff.submit(draft.id)
    _sync(officer)
    official_link.set()
    report = official.bench.sync()
    op = official.store.outbox.get(op_id)
    assert op.state is OutboxState.NEEDS_ATTENTION and "merevisi" in (op.last_error or "")
    assert [c.id for c in official.bench.signoff.conflicts()] == [op_id]
    assert any(f.op_id == op_id for f in report.failures)
    assert w.follow_ups(cid) == 0  # the old text was never published
    [new] = official.bench.signoff.review_queue()
    assert new.text == REVISED
    # Approving the revised text is not held back by the refused review; it publishes once.
    official.bench.signoff.approve(cid, new.signoff_id)
    _sync_all = official.bench.sync()
    assert not [f for f in _sync_all.failures if f.op_id != op_id], _sync_all
    assert w.follow_up_texts_of(cid) == [REVISED]
    assert official.store.outbox.get(op_id).state is OutboxState.NEEDS_ATTENTION  # still shown


def test_author_cannot_approve_own_and_other_agency_sees_nothing(pair, tmp_path, world):
    w, officer, official, _l1, _l2 = pair
    server, _ = world
    [cid] = w.dispose(1)
    _sync(officer)
    _submit(officer, cid, FOLLOW_UP_TEXT)
    _sync(officer)
    sid = officer.bench.signoff.view(cid).request["id"]
    # The author's own approval travels like any action and comes back refused with the reason.
    op_id = officer.bench.signoff.approve(cid, sid)
    officer.bench.sync()
    op = officer.store.outbox.get(op_id)
    assert op.state is OutboxState.NEEDS_ATTENTION and "sendiri" in (op.last_error or "")
    assert w.follow_ups(cid) == 0
    # An official of another agency has nothing of it: no complaint, no request to review.
    stranger = ClientProfile(tmp_path / "stranger", server.url, user="pejabat.kota-batam")
    try:
        _sync(stranger)
        assert stranger.store.complaints.get(cid) is None
        assert stranger.bench.signoff.review_queue() == []
    finally:
        stranger.close()


def test_complaint_closed_while_awaiting_signoff_is_clear_on_both_sides(pair):
    w, officer, official, _l1, official_link = pair
    [cid] = w.dispose(1)
    _sync(officer)
    _submit(officer, cid, FOLLOW_UP_TEXT)
    _sync(officer)
    _sync(official)
    [item] = official.bench.signoff.review_queue()
    _offline(official_link)
    op_id = official.bench.signoff.approve(cid, item.signoff_id)
    w.close(cid)
    official_link.set()
    official.bench.sync()
    assert official.store.outbox.get(op_id).state is OutboxState.NEEDS_ATTENTION
    assert official.bench.signoff.review_queue() == []
    _sync(officer)
    assert officer.bench.signoff.view(cid).state is SignoffState.CANCELLED
    assert w.follow_ups(cid) == 0


def test_waiting_with_one_working_day_left_is_warned(pair):
    w, officer, _official, _l1, _l2 = pair
    soon, later = w.dispose(2)
    due = dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)  # due today: no working day left
    with w.db.write() as s:
        s.get(m.Complaint, soon).first_response_due = due
    _sync(officer)
    for cid in (soon, later):
        _submit(officer, cid, FOLLOW_UP_TEXT)
    _sync(officer)
    warned = officer.bench.signoff.warnings()
    assert [c.id for c, _left in warned] == [soon]
    assert warned[0][1].working_days <= 1
    state = officer.bench.signoff.editor_state(soon).value
    assert state.urgent is not None and state.view.state is SignoffState.PENDING
    assert officer.bench.signoff.editor_state(later).value.urgent is None


def test_review_of_a_withdrawn_follow_up_is_a_conflict(pair):
    w, officer, official, _l1, official_link = pair
    [cid] = w.dispose(1)
    _sync(officer)
    _submit(officer, cid, FOLLOW_UP_TEXT)
    _sync(officer)
    _sync(official)
    [item] = official.bench.signoff.review_queue()
    _offline(official_link)
    op_id = official.bench.signoff.approve(cid, item.signoff_id)
    # A second review of the same follow-up is refused here already: one review, sent once.
    with pytest.raises(InvalidDataError, match="sudah ada di antrean"):
        official.bench.signoff.return_(cid, item.signoff_id, "Dua kali")
    officer.bench.signoff.withdraw(cid)
    _sync(officer)
    assert officer.bench.signoff.view(cid).state is SignoffState.SUPERSEDED
    official_link.set()
    official.bench.sync()
    op = official.store.outbox.get(op_id)
    assert op.state is OutboxState.NEEDS_ATTENTION and "menarik" in (op.last_error or "")
    assert official.bench.signoff.review_queue() == []
    assert w.follow_ups(cid) == 0
