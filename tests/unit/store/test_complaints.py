"""Complaint snapshots: round trip, privacy, tombstones, cache paths, FTS triggers."""

from __future__ import annotations

import dataclasses
import sqlite3

from lapor_desktop.core.models import ActionKind, LocalState, Reporter, Status
from lapor_desktop.store import DraftState, OutboxState, QueueQuery, Store
from tests.unit.store.conftest import make_complaint


def _upsert(store: Store, *complaints):
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, complaints)


def test_round_trip_with_events_and_attachments(store: Store) -> None:
    c = make_complaint(1)
    _upsert(store, c)
    assert store.complaints.get(1) == c
    assert store.complaints.get_by_tracking_id(c.tracking_id) == c
    assert store.complaints.get(2) is None
    info = store.complaints.local_info(1)
    assert info is not None and info.next_due_at == c.first_response_due
    assert info.local_state is LocalState.NONE


def test_upsert_replaces_snapshot_and_children(store: Store) -> None:
    _upsert(store, make_complaint(1))
    newer = make_complaint(1, title="Judul baru", status=Status.DITINDAKLANJUTI, revision=2,
                           events=(), attachments=())
    _upsert(store, newer)
    assert store.complaints.get(1) == newer
    assert store.complaints.local_info(1).next_due_at == newer.completion_due  # type: ignore[union-attr]


def test_anonymous_reporter_is_never_stored(store: Store) -> None:
    # The core constructor already drops it; a forged object must not get through either.
    c = make_complaint(1, anonim=True)
    object.__setattr__(c, "reporter", Reporter("Rahasia", "0899", "x@example.id"))
    _upsert(store, c)
    db = sqlite3.connect(store.path)
    row = db.execute("SELECT reporter_name, reporter_phone, reporter_email FROM complaints"
                     ).fetchone()
    db.close()
    assert row == (None, None, None)
    got = store.complaints.get(1)
    assert got is not None and got.reporter is None and got.anonim


def test_cache_path_kept_for_same_hash(store: Store) -> None:
    c = make_complaint(1)
    _upsert(store, c)
    sha = c.attachments[0].sha256
    with store.transaction() as s:
        assert store.complaints.set_cache_path(s, sha, "cache/ab/foto.jpg") == 1
    _upsert(store, dataclasses.replace(c, revision=2))
    assert store.complaints.cache_path(sha) == "cache/ab/foto.jpg"


def test_tombstone_keeps_drafts_and_flags_them(store: Store) -> None:
    _upsert(store, make_complaint(1), make_complaint(2))
    with store.transaction() as s:
        d1 = store.drafts.create(s, 1, ActionKind.FOLLOW_UP, {"text": "Sedang ditangani"})
        d2 = store.drafts.create(s, 1, ActionKind.INTERNAL_NOTE, {"text": "catatan"})
        op = store.outbox.enqueue(s, d2, 1, ActionKind.INTERNAL_NOTE, {"text": "catatan"}, 1)
        other = store.drafts.create(s, 2, ActionKind.FOLLOW_UP, {"text": "lain"})
    with store.transaction() as s:
        flagged = store.complaints.remove(s, 1)
    assert flagged == [d1, d2]
    assert store.complaints.get(1) is None
    for draft_id in (d1, d2):
        draft = store.drafts.get(draft_id)
        assert draft is not None and draft.state is DraftState.NEEDS_ATTENTION
        assert draft.tracking_id == "LPR-2026-0000001" and draft.attention_reason
    assert store.drafts.latest_text(d1) == "Sedang ditangani"
    queued = store.outbox.get(op)
    assert queued is not None and queued.state is OutboxState.NEEDS_ATTENTION
    assert queued.error_kind == "removed"
    assert store.drafts.get(other).state is DraftState.EDITING  # type: ignore[union-attr]
    db = sqlite3.connect(store.path)
    assert db.execute("SELECT count(*) FROM events WHERE complaint_id=1").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM attachments WHERE complaint_id=1").fetchone() == (0,)
    db.close()
    # The complaint coming back shows the officer that something needs attention.
    _upsert(store, make_complaint(1))
    assert store.complaints.local_info(1).local_state is LocalState.NEEDS_ATTENTION  # type: ignore[union-attr]


def test_counts_by_status(store: Store) -> None:
    _upsert(store, make_complaint(1), make_complaint(2, status=Status.SELESAI),
            make_complaint(3, status=Status.SELESAI))
    counts = store.complaints.counts_by_status()
    assert counts[Status.SELESAI] == 2 and counts[Status.TERDISPOSISI] == 1
    assert counts[Status.ARSIP] == 0


def test_fts_follows_insert_update_delete(store: Store) -> None:
    _upsert(store, make_complaint(1, title="Lampu jalan padam"), make_complaint(2))

    def hits(text: str) -> list[int]:
        return [r.id for r in store.queue.page(QueueQuery(text=text)).rows]

    assert hits("lampu") == [1]
    _upsert(store, make_complaint(1, title="Saluran air tersumbat"))
    assert hits("lampu") == []
    assert hits("salur") == [1]
    # Status-only changes leave the text (and the index) alone.
    _upsert(store, make_complaint(1, title="Saluran air tersumbat", status=Status.SELESAI))
    assert hits("tersumbat") == [1]
    with store.transaction() as s:
        store.complaints.remove(s, 1)
    assert hits("salur") == []
    db = sqlite3.connect(store.path)
    # The index agrees with its content table (FTS5's own consistency check).
    db.execute("INSERT INTO complaints_fts(complaints_fts, rank) VALUES ('integrity-check', 1)")
    db.close()
