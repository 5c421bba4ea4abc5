"""The sync engine against the real reference server: pull, push, offline, conflicts, removal."""

from __future__ import annotations

import pytest
import requests

from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.store import DraftState, OutboxState
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome
from tests.faults.proxy import FaultProxy
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile

pytestmark = pytest.mark.timeout(120)


def _follow_up(profile, complaint_id, text=FOLLOW_UP_TEXT, **kw):
    return queue_action(profile.store, complaint_id, ActionInput(ActionKind.FOLLOW_UP, text=text),
                        **kw)


def test_pull_then_push_with_attachment_exactly_once(world, profile, tmp_path):
    server, w = world
    ids = w.dispose(3)
    report = profile.engine.run_once()
    assert report.outcome is Outcome.DELIVERED, report
    assert report.pulled == 3
    assert profile.store.complaints.get(ids[0]).status is Status.TERDISPOSISI
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes(40, 30, (10, 200, 30), stripe=3))
    op_id = _follow_up(profile, ids[0], attachment_paths=[photo])
    stages = []
    report = profile.engine.run_once(progress=stages.append)
    assert report.outcome is Outcome.DELIVERED, report
    assert (report.pushed, report.uploaded) == (1, 1)
    assert [s.stage.value for s in stages][0] == "connect"
    op = profile.store.outbox.get(op_id)
    assert op.state is OutboxState.ACCEPTED and op.receipt_number.startswith("TL-")
    assert w.follow_ups(ids[0]) == 1
    local = profile.store.complaints.get(ids[0])
    assert local.status is Status.DITINDAKLANJUTI
    assert any(a.filename == "foto.png" for e in local.events for a in e.attachments)
    # Reference data was fetched and the clock offset recorded.
    assert profile.store.reference_data.get("reference") is not None
    assert profile.store.sync_state.get().last_sync_ok is True


def test_offline_queue_then_deliver_once(world, tmp_path):
    server, w = world
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        profile = ClientProfile(tmp_path / "p", proxy.url)
        try:
            [cid] = w.dispose(1)
            assert profile.engine.run_once().outcome is Outcome.DELIVERED
            proxy.set(refuse=True)
            proxy.drop_all()  # kept-alive connections die with the link too
            op_id = _follow_up(profile, cid)
            report = profile.engine.run_once()
            assert report.outcome is Outcome.OFFLINE, report
            assert profile.store.outbox.get(op_id).state is OutboxState.QUEUED
            assert w.follow_ups(cid) == 0
            proxy.set()
            report = profile.engine.run_once()
            assert report.outcome is Outcome.DELIVERED, report
            assert report.pushed == 1
            assert w.follow_ups(cid) == 1
            op = profile.store.outbox.get(op_id)
            assert op.state is OutboxState.ACCEPTED and op.receipt_number
            assert profile.engine.run_once().pushed == 0
            assert w.follow_ups(cid) == 1
        finally:
            profile.close()


def test_conflict_keeps_draft_then_revised_resend_is_accepted(world, profile):
    server, w = world
    [cid] = w.dispose(1)
    profile.engine.run_once()
    store = profile.store
    with store.transaction() as s:
        draft_id = store.drafts.create(s, cid, ActionKind.FOLLOW_UP, {"text": FOLLOW_UP_TEXT})
    op_id = queue_action(store, cid, ActionKind.FOLLOW_UP, draft_id=draft_id)
    w.close(cid)  # the admin closed it while the follow-up waited
    report = profile.engine.run_once()
    assert report.outcome is Outcome.NEEDS_ATTENTION, report
    op = store.outbox.get(op_id)
    assert op.state is OutboxState.NEEDS_ATTENTION and op.error_kind == "conflict"
    draft = store.drafts.get(draft_id)
    assert draft.state is DraftState.NEEDS_ATTENTION and draft.payload["text"] == FOLLOW_UP_TEXT
    assert store.complaints.get(cid).status is Status.SELESAI  # server snapshot applied
    assert w.follow_ups(cid) == 0
    # The reporter writes back, reopening it; the officer revises and resends as a new op.
    from lapor_desktop.server import models as m
    from lapor_desktop.server import workflow

    with w.db.write() as s:
        import datetime as dt

        workflow.reporter_reply(s, s.get(m.Complaint, cid), "Belum diperbaiki.",
                                dt.datetime.now(dt.UTC))
    profile.engine.run_once()
    assert store.complaints.get(cid).status is Status.DITANGGAPI_PELAPOR
    revised = FOLLOW_UP_TEXT + " Revisi: jadwal dimajukan."
    with store.transaction() as s:
        store.outbox.discard(s, op_id)
        store.drafts.autosave(s, draft_id, {"text": revised})
    new_op = queue_action(store, cid, ActionKind.FOLLOW_UP, draft_id=draft_id)
    assert new_op != op_id
    report = profile.engine.run_once()
    assert report.outcome is Outcome.DELIVERED, report
    assert store.outbox.get(new_op).state is OutboxState.ACCEPTED
    assert store.drafts.get(draft_id).state is DraftState.SENT
    assert w.follow_up_texts() == [revised]


def test_redisposed_elsewhere_removes_complaint_but_keeps_draft(world, profile):
    server, w = world
    ids = w.dispose(2)
    profile.engine.run_once()
    store = profile.store
    with store.transaction() as s:
        draft_id = store.drafts.create(s, ids[0], ActionKind.FOLLOW_UP, {"text": FOLLOW_UP_TEXT})
    op_id = queue_action(store, ids[0], ActionKind.FOLLOW_UP, draft_id=draft_id)
    w.redispose(ids[0])
    report = profile.engine.run_once()
    assert report.outcome is Outcome.NEEDS_ATTENTION, report
    assert report.removed == 1
    assert store.complaints.get(ids[0]) is None
    assert store.complaints.get(ids[1]) is not None
    assert store.outbox.get(op_id).state is OutboxState.NEEDS_ATTENTION
    assert store.drafts.get(draft_id).payload["text"] == FOLLOW_UP_TEXT
    assert w.follow_ups() == 0


def test_one_failing_item_never_blocks_the_others(world, profile):
    server, w = world
    ids = w.dispose(3)
    profile.engine.run_once()
    ops = [_follow_up(profile, cid) for cid in ids]
    w.close(ids[1])
    report = profile.engine.run_once()
    assert report.pushed == 2 and len(report.failures) == 1
    states = [profile.store.outbox.get(o).state for o in ops]
    assert states == [OutboxState.ACCEPTED, OutboxState.NEEDS_ATTENTION, OutboxState.ACCEPTED]


def test_ops_of_one_complaint_go_in_order(world, profile):
    server, w = world
    [cid] = w.dispose(1)
    profile.engine.run_once()
    texts = [f"{FOLLOW_UP_TEXT} Tahap {i}." for i in range(4)]
    for text in texts:
        _follow_up(profile, cid, text=text)
    report = profile.engine.run_once()
    # One pass delivers the whole chain, each action only after the one before it was accepted.
    assert report.pushed == 4 and report.outcome is Outcome.DELIVERED, report
    assert report.queued_left == 0
    assert w.follow_up_texts() == texts
    assert profile.engine.run_once().pushed == 0


def test_no_token_and_no_password_is_login_required_and_outbox_untouched(world, tmp_path):
    server, w = world
    [cid] = w.dispose(1)
    p = ClientProfile(tmp_path / "p", server.url)
    try:
        p.engine.run_once()
        op_id = _follow_up(p, cid)
        nopass = ClientProfile(tmp_path / "p", server.url, password=None)
        try:
            report = nopass.engine.run_once()
            assert report.outcome is Outcome.LOGIN_REQUIRED
            op = nopass.store.outbox.get(op_id)
            assert op.state is OutboxState.QUEUED and op.attempts == 0
        finally:
            nopass.close()
    finally:
        p.close()


def test_attachment_fetched_on_demand_and_refetched_when_damaged(world, profile, tmp_path):
    from lapor_desktop.sync.attachments import ensure_cached
    from lapor_desktop.sync.outbox import cached_path, read_cached

    server, w = world
    [cid] = w.dispose(1)
    profile.engine.run_once()
    photo = tmp_path / "bukti.png"
    photo.write_bytes(png_bytes(40, 30, (200, 20, 30), stripe=2))
    _follow_up(profile, cid, attachment_paths=[photo])
    assert profile.engine.run_once().outcome is Outcome.DELIVERED

    # The same officer on another PC: the complaint arrives, its evidence is not downloaded yet.
    other = ClientProfile(tmp_path / "pc-lain", server.url)
    try:
        assert other.engine.run_once().outcome is Outcome.DELIVERED
        attachment = next(a for e in other.store.complaints.get(cid).events
                          for a in e.attachments if a.filename == "bukti.png")
        cache = other.engine.cache_dir
        assert read_cached(cache, attachment.sha256) is None
        ensure_cached(other.session.client(), other.store, cache, attachment)
        assert read_cached(cache, attachment.sha256) == photo.read_bytes()
        # A damaged copy on disk is fetched again instead of being shown as broken.
        cached_path(cache, attachment.sha256).write_bytes(b"rusak")
        ensure_cached(other.session.client(), other.store, cache, attachment)
        assert read_cached(cache, attachment.sha256) == photo.read_bytes()
        assert other.store.complaints.cache_path(attachment.sha256)
    finally:
        other.close()


def test_queue_filters_and_calendar_use_the_reference_data_sync_fetched(world, profile):
    import datetime as dt

    from lapor_desktop.store.reference import published_holidays
    from lapor_desktop.workbench.queue import QueueService

    server, _w = world
    assert profile.engine.run_once().outcome is Outcome.DELIVERED
    published = requests.get(f"{server.url}/api/v1/reference", headers={
        "Authorization": f"Bearer {profile.session.client().token}"}, timeout=10).json()
    service = QueueService(profile.store, lambda: dt.datetime.now(dt.UTC))
    assert service.categories() == [c["name"] for c in published["categories"]]
    assert service.categories()  # the category filter is not empty after a sync
    year = dt.date.today().year
    assert sorted(published_holidays(profile.store)[year]) == sorted(
        dt.date.fromisoformat(d) for d in published["holidays"][str(year)])
