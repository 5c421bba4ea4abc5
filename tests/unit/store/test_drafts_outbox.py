"""Drafts with autosave versions, and the outbox's per-complaint ordering and state changes."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.core.errors import StoreError
from lapor_desktop.core.models import ActionKind, LocalState
from lapor_desktop.store import DraftState, ErrorKind, OutboxState, Store
from tests.unit.store.conftest import FixedClock, make_complaint


@pytest.fixture
def loaded(store: Store) -> Store:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(i) for i in (1, 2, 3)])
    return store


def _state(store: Store, cid: int) -> LocalState:
    info = store.complaints.local_info(cid)
    assert info is not None
    return info.local_state


def test_draft_autosave_versions(loaded: Store, clock: FixedClock) -> None:
    store = loaded
    with store.transaction() as s:
        d = store.drafts.create(s, 1, ActionKind.FOLLOW_UP, {"text": "Draf awal"})
    assert _state(store, 1) is LocalState.DRAFT
    for text in ("Draf kedua", "Draf ketiga", "Draf ketiga"):
        clock.advance(seconds=5)
        with store.transaction() as s:
            store.drafts.autosave(s, d, {"text": text})
    versions = store.drafts.versions(d)
    assert [v.version_no for v in versions] == [1, 2, 3]  # the unchanged save adds nothing
    assert [v.payload["text"] for v in versions] == ["Draf awal", "Draf kedua", "Draf ketiga"]
    assert store.drafts.latest_text(d) == "Draf ketiga"
    draft = store.drafts.get(d)
    assert draft is not None and draft.base_revision == 1 and draft.tracking_id.endswith("1")
    with store.transaction() as s:
        store.drafts.mark_state(s, d, DraftState.AWAITING_SIGNOFF)
    assert _state(store, 1) is LocalState.AWAITING_SIGNOFF
    assert [x.id for x in store.drafts.by_state([DraftState.AWAITING_SIGNOFF])] == [d]


def test_enqueue_locks_draft_in_same_transaction(loaded: Store) -> None:
    store = loaded
    with store.transaction() as s:
        d = store.drafts.create(s, 1, ActionKind.FOLLOW_UP, {"text": "TL"})
    with pytest.raises(RuntimeError), store.transaction() as s:
        store.outbox.enqueue(s, d, 1, ActionKind.FOLLOW_UP, {"text": "TL"}, 1)
        raise RuntimeError("crash before commit")
    assert store.drafts.get(d).state is DraftState.EDITING  # type: ignore[union-attr]
    assert store.outbox.counts()[OutboxState.QUEUED] == 0
    with store.transaction() as s:
        op = store.outbox.enqueue(s, d, 1, ActionKind.FOLLOW_UP, {"text": "TL"}, 1)
    assert store.drafts.get(d).state is DraftState.QUEUED  # type: ignore[union-attr]
    assert _state(store, 1) is LocalState.QUEUED
    with pytest.raises(StoreError), store.transaction() as s:
        store.drafts.autosave(s, d, {"text": "changed after queueing"})
    with store.transaction() as s:
        store.outbox.mark_sending(s, op)
        store.outbox.mark_accepted(s, op, "RCPT-1")
    got = store.outbox.get(op)
    assert got is not None and got.state is OutboxState.ACCEPTED
    assert got.receipt_number == "RCPT-1" and got.attempts == 1
    assert store.drafts.get(d).state is DraftState.SENT  # type: ignore[union-attr]
    assert _state(store, 1) is LocalState.NONE


def test_due_ops_ordered_per_complaint_independent_across(loaded: Store,
                                                          clock: FixedClock) -> None:
    store = loaded
    now = clock()
    with store.transaction() as s:
        a1 = store.outbox.enqueue(s, None, 1, ActionKind.FOLLOW_UP, {"text": "a1"}, 1)
        b1 = store.outbox.enqueue(s, None, 2, ActionKind.FOLLOW_UP, {"text": "b1"}, 1)
        a2 = store.outbox.enqueue(s, None, 1, ActionKind.INTERNAL_NOTE, {"text": "a2"}, 1)
        b2 = store.outbox.enqueue(s, None, 2, ActionKind.INTERNAL_NOTE, {"text": "b2"}, 1)
    assert [o.id for o in store.outbox.due_ops(now)] == [a1, b1]
    # a1 fails transiently: complaint 1 waits (a2 must not overtake), complaint 2 goes on.
    with store.transaction() as s:
        store.outbox.mark_sending(s, a1)
        store.outbox.mark_retry(s, a1, "timeout", now + dt.timedelta(minutes=5),
                                ErrorKind.TIMEOUT)
        store.outbox.mark_sending(s, b1)
        store.outbox.mark_accepted(s, b1, "R-b1")
    assert [o.id for o in store.outbox.due_ops(now)] == [b2]
    later = now + dt.timedelta(minutes=5)
    assert [o.id for o in store.outbox.due_ops(later)] == [a1, b2]
    # a1 conflicts: it needs attention and still holds a2 back.
    with store.transaction() as s:
        store.outbox.mark_needs_attention(s, a1, ErrorKind.CONFLICT, "Laporan sudah selesai")
    assert [o.id for o in store.outbox.due_ops(later)] == [b2]
    assert _state(store, 1) is LocalState.NEEDS_ATTENTION
    a1_op = store.outbox.get(a1)
    assert a1_op is not None and a1_op.error_kind == "conflict" and a1_op.attempts == 1
    with store.transaction() as s:
        store.outbox.requeue(s, a1, {"text": "a1 revisi"}, base_revision=2)
    assert [o.id for o in store.outbox.due_ops(later)] == [a1, b2]
    with store.transaction() as s:
        store.outbox.discard(s, a1)
    assert [o.id for o in store.outbox.due_ops(later)] == [a2, b2]
    counts = store.outbox.counts()
    assert counts[OutboxState.QUEUED] == 2 and counts[OutboxState.ACCEPTED] == 1
    assert counts[OutboxState.DISCARDED] == 1
    assert [o.id for o in store.outbox.ledger()] == [b2, a2, b1, a1]
    assert [o.id for o in store.outbox.ledger(complaint_id=2)] == [b2, b1]


def test_reset_sending_after_crash(loaded: Store, clock: FixedClock) -> None:
    store = loaded
    with store.transaction() as s:
        op = store.outbox.enqueue(s, None, 3, ActionKind.INTERNAL_NOTE, {"text": "n"}, 1)
        store.outbox.mark_sending(s, op)
    assert store.outbox.due_ops(clock()) == []
    with store.transaction() as s:
        assert store.outbox.reset_sending(s) == 1
    assert [o.id for o in store.outbox.due_ops(clock())] == [op]


def test_needs_attention_keeps_draft_text(loaded: Store) -> None:
    store = loaded
    with store.transaction() as s:
        d = store.drafts.create(s, 2, ActionKind.FOLLOW_UP, {"text": "Sudah diperbaiki"})
        op = store.outbox.enqueue(s, d, 2, ActionKind.FOLLOW_UP, {"text": "Sudah diperbaiki"}, 1)
        store.outbox.mark_needs_attention(s, op, ErrorKind.VALIDATION, "Teks terlalu pendek")
    draft = store.drafts.get(d)
    assert draft is not None and draft.state is DraftState.NEEDS_ATTENTION
    assert draft.attention_reason == "Teks terlalu pendek"
    assert store.drafts.latest_text(d) == "Sudah diperbaiki"
    with store.transaction() as s:  # the officer may revise it
        store.drafts.autosave(s, d, {"text": "Sudah diperbaiki pada 20 Maret oleh Dinas PU"})


def test_skip_frees_the_complaint_and_backlog_counts_waiting_work(store):
    """A skipped *needs attention* op stops holding later ops of its complaint; ``backlog`` counts
    queued/sending ops and the earliest time a free one may go."""
    import datetime as dt

    from lapor_desktop.core.models import ActionKind, ErrorKind
    from lapor_desktop.store import OutboxState

    now = dt.datetime.now(dt.UTC)
    with store.transaction() as s:
        first = store.outbox.enqueue(s, None, 1, ActionKind.INTERNAL_NOTE, {"text": "a"}, 1)
        second = store.outbox.enqueue(s, None, 1, ActionKind.INTERNAL_NOTE, {"text": "b"}, 1)
        store.outbox.mark_needs_attention(s, first, ErrorKind.SERVER, "racun", signature="500 -")
    assert store.outbox.due_ops(now + dt.timedelta(seconds=1)) == []
    backlog = store.outbox.backlog()
    assert backlog.waiting == 1 and backlog.next_attempt_at is None  # held, not waiting a time
    with store.transaction() as s:
        store.outbox.skip(s, first)
    assert [o.id for o in store.outbox.due_ops(now + dt.timedelta(seconds=1))] == [second]
    assert store.outbox.backlog().next_attempt_at is not None
    assert store.outbox.get(first).state is OutboxState.NEEDS_ATTENTION
    with store.transaction() as s:  # a resend puts it back in line, counters reset
        store.outbox.requeue(s, first)
    op = store.outbox.get(first)
    assert op.skipped_at is None and op.failure_repeats == 0 and op.failure_signature is None


def test_identical_failures_are_counted_and_a_different_one_restarts(store):
    import datetime as dt

    from lapor_desktop.core.models import ActionKind, ErrorKind

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    with store.transaction() as s:
        op = store.outbox.enqueue(s, None, 1, ActionKind.INTERNAL_NOTE, {"text": "a"}, 1)
        for sig in ("500 -", "500 -", None, "500 -"):
            store.outbox.mark_retry(s, op, "x", later, ErrorKind.SERVER, signature=sig)
    assert store.outbox.get(op).failure_repeats == 3  # a network error in between: no reset
    with store.transaction() as s:
        store.outbox.mark_retry(s, op, "x", later, ErrorKind.SERVER, signature="502 -")
    assert store.outbox.get(op).failure_repeats == 1
