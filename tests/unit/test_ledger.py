"""The Kotak Keluar ledger: rows, retry, revise and resend, discard, and the privacy-safe CSV."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from lapor_desktop.core.errors import ActionNotAllowedError, InvalidDataError
from lapor_desktop.core.models import ActionKind, Reporter, Status
from lapor_desktop.store import DraftState, ErrorKind, OutboxState, open_store
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.workbench.ledger import LedgerService, NotRevisableError
from tests.unit.store.conftest import T0, FixedClock, make_complaint

SECRET_BODY = "Kepala dinas menerima suap dari kontraktor proyek jalan."
REPLY = "Terima kasih, laporan sedang kami periksa bersama UPT Jalan dan akan ditindaklanjuti."


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def store(tmp_path, clock):
    s = open_store(tmp_path / "lapor.db", clock=clock)
    with s.transaction() as session:
        s.complaints.upsert_snapshots(session, [
            make_complaint(1, reporter=Reporter(name="Siti Aminah", phone="0812-1111-2222")),
            make_complaint(2, rahasia=True, body=SECRET_BODY, title="Dugaan pungli proyek"),
        ])
    yield s
    s.close()


@pytest.fixture
def ledger(store, clock):
    return LedgerService(store, clock)


def _queue_with_draft(store, cid: int, text: str = REPLY) -> tuple[str, int]:
    with store.transaction() as session:
        draft_id = store.drafts.create(session, cid, ActionKind.FOLLOW_UP,
                                       {"text": text, "propose_close": False})
    op_id = queue_action(store, cid, ActionKind.FOLLOW_UP, draft_id=draft_id,
                         cache_dir=store.path.parent / "cache")
    return op_id, draft_id


def _refuse(store, op_id: str, kind: ErrorKind = ErrorKind.CONFLICT,
            reason: str = "Tindak lanjut tidak diizinkan untuk laporan berstatus Selesai"
            ) -> None:
    with store.transaction() as session:
        store.outbox.mark_needs_attention(session, op_id, kind, reason)


def _set_status(store, cid: int, status: Status, revision: int) -> None:
    current = store.complaints.get(cid)
    with store.transaction() as session:
        store.complaints.upsert_snapshots(
            session, [dataclasses.replace(current, status=status, revision=revision)])


def test_rows_show_every_state_newest_first(store, ledger, clock):
    queued, _ = _queue_with_draft(store, 1)
    clock.advance(minutes=5)
    accepted = queue_action(store, 2, ActionInput(ActionKind.INTERNAL_NOTE, text=REPLY))
    with store.transaction() as session:
        store.outbox.mark_sending(session, accepted)
        store.outbox.mark_accepted(session, accepted, "CI-2026-000007", T0)
    rows = ledger.rows()
    assert [r.op_id for r in rows] == [accepted, queued]
    note, follow_up = rows
    assert (note.tracking_id, note.kind_label, note.state) == (
        "LPR-2026-0000002", "Catatan internal", OutboxState.ACCEPTED)
    assert note.receipt_number == "CI-2026-000007" and note.accepted_at == T0
    assert note.next_attempt_at is None and not note.can_retry and not note.can_discard
    assert follow_up.title == "Jalan rusak nomor 1" and follow_up.state is OutboxState.QUEUED
    assert follow_up.can_retry and follow_up.can_discard and not follow_up.can_revise


def test_retry_now_brings_a_backed_off_action_forward(store, ledger, clock):
    op_id, _ = _queue_with_draft(store, 1)
    with store.transaction() as session:
        store.outbox.mark_sending(session, op_id)
        store.outbox.mark_retry(session, op_id, "Server tidak dapat dihubungi",
                                T0.replace(hour=9), ErrorKind.NETWORK)
    assert store.outbox.due_ops(clock()) == []
    ledger.retry_now(op_id)
    assert [op.id for op in store.outbox.due_ops(clock())] == [op_id]


def test_revise_and_resend_uses_same_key_and_current_revision(store, ledger):
    op_id, draft_id = _queue_with_draft(store, 1)
    _set_status(store, 1, Status.SELESAI, revision=5)
    _refuse(store, op_id)
    row = ledger.rows()[0]
    assert row.state is OutboxState.NEEDS_ATTENTION and row.can_revise
    context = ledger.revision_context(op_id)
    assert context.text == REPLY and context.complaint.status is Status.SELESAI
    assert "Selesai" in context.reason

    # Still closed: the local check refuses, nothing changes.
    with pytest.raises(ActionNotAllowedError):
        ledger.resend(op_id, "Teks revisi yang cukup panjang untuk dikirim ke pelapor.")
    assert store.outbox.get(op_id).state is OutboxState.NEEDS_ATTENTION

    _set_status(store, 1, Status.DITANGGAPI_PELAPOR, revision=6)
    revised = "Revisi: perbaikan jalan dijadwalkan ulang pada 10 April 2026 sesuai tanggapan Anda."
    ledger.resend(op_id, revised)
    op = store.outbox.get(op_id)
    assert (op.id, op.state, op.base_revision, op.attempts) == (op_id, OutboxState.QUEUED, 6, 0)
    assert op.payload["text"] == revised and op.last_error is None
    draft = store.drafts.get(draft_id)
    assert draft.state is DraftState.QUEUED and draft.payload["text"] == revised
    # The text the officer first wrote is still in the draft's history.
    assert [v.payload["text"] for v in store.drafts.versions(draft_id)][0] == REPLY


def test_resend_rejects_too_short_text_locally(store, ledger):
    op_id, _ = _queue_with_draft(store, 1)
    _refuse(store, op_id, ErrorKind.VALIDATION, "Teks terlalu pendek")
    with pytest.raises(InvalidDataError):
        ledger.resend(op_id, "ok")
    assert store.outbox.get(op_id).payload["text"] == REPLY


def test_discard_returns_text_to_editing_never_drops_it(store, ledger):
    op_id, draft_id = _queue_with_draft(store, 1)
    _refuse(store, op_id)
    assert ledger.discard(op_id) == draft_id
    assert store.outbox.get(op_id).state is OutboxState.DISCARDED
    draft = store.drafts.get(draft_id)
    assert draft.state is DraftState.EDITING and draft.payload["text"] == REPLY
    with pytest.raises(NotRevisableError):
        ledger.discard(op_id)


def test_discard_without_draft_creates_one(store, ledger):
    op_id = queue_action(store, 1, ActionInput(ActionKind.FOLLOW_UP, text=REPLY))
    draft_id = ledger.discard(op_id)
    assert draft_id is not None
    assert store.drafts.get(draft_id).payload["text"] == REPLY
    assert store.drafts.get(draft_id).state is DraftState.EDITING


def test_removed_complaint_cannot_be_resent_but_can_be_discarded(store, ledger):
    op_id, draft_id = _queue_with_draft(store, 1)
    with store.transaction() as session:
        store.complaints.remove(session, 1)
    row = ledger.rows()[0]
    assert row.state is OutboxState.NEEDS_ATTENTION and row.error_kind == "removed"
    assert row.tracking_id == "LPR-2026-0000001" and not row.has_complaint
    assert not row.can_revise and row.can_discard
    with pytest.raises(NotRevisableError):
        ledger.resend(op_id, REPLY)
    assert ledger.discard(op_id) == draft_id


def test_csv_has_no_reporter_no_title_and_no_text(store, ledger, tmp_path):
    op_secret = queue_action(store, 2, ActionInput(ActionKind.FOLLOW_UP, text=REPLY))
    op_first, _ = _queue_with_draft(store, 1)
    with store.transaction() as session:
        store.outbox.mark_sending(session, op_secret)
        store.outbox.mark_accepted(session, op_secret, "TL-2026-000123", T0)
    _refuse(store, op_first)
    path = tmp_path / "kotak-keluar.csv"
    assert ledger.export_csv(path) == 2
    raw = path.read_text(encoding="utf-8-sig")
    for secret in ("Siti Aminah", "0812-1111-2222", SECRET_BODY, "Dugaan pungli", REPLY,
                   "Jalan rusak"):
        assert secret not in raw
    rows = list(csv.DictReader(raw.splitlines()))
    by_tracking = {r["no_pelacakan"]: r for r in rows}
    accepted = by_tracking["LPR-2026-0000002"]
    assert accepted["no_tanda_terima"] == "TL-2026-000123"
    assert accepted["status"] == "Diterima server" and accepted["jenis"] == "Tindak lanjut"
    assert accepted["diterima"] == "2026-03-17T10:00:00+07:00"
    refused = by_tracking["LPR-2026-0000001"]
    assert refused["status"] == "Perlu perhatian" and "Selesai" in refused["keterangan"]


def test_csv_neutralises_a_server_reason_that_looks_like_a_formula(store, ledger, tmp_path):
    op_id, _ = _queue_with_draft(store, 1)
    _refuse(store, op_id, reason='=HYPERLINK("http://evil.example/","Klik")')
    path = tmp_path / "kotak-keluar.csv"
    ledger.export_csv(path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["keterangan"] == '\'=HYPERLINK("http://evil.example/","Klik")'
