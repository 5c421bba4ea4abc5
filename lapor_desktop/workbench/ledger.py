"""The "Kotak Keluar" ledger: every officer action with its delivery state, and the officer's ways
out of a stuck one (retry now, revise and resend, discard), plus a privacy-safe CSV export.

Qt-free; runs on the task manager's database worker. Nothing the officer wrote is ever dropped:
a discarded action's text goes back to a draft in *editing* (a draft is created for actions queued
without one), and the discarded operation itself stays in the ledger with its payload.

Resending reuses the operation's id as Idempotency-Key with the revised body. The reference server
stores only *accepted* actions (``routes_actions.post_action``), so after a 409 or 422 the same
key with a changed body is a new request, not a reuse; the request carries the complaint's
*current* revision.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from lapor_desktop.core.errors import InvalidDataError, KnownError
from lapor_desktop.core.i18n import N_, _
from lapor_desktop.core.models import ActionKind, Complaint, TimeZone
from lapor_desktop.core.status import ACTION_LABELS, check_action
from lapor_desktop.reports.cells import safe_row
from lapor_desktop.store import Store
from lapor_desktop.store.outbox import ErrorKind, OutboxOp, OutboxState
from lapor_desktop.sync.data_budget import held_ops
from lapor_desktop.sync.outbox import build_request, plain_text

Clock = Callable[[], dt.datetime]

# Labels exactly as the officer reads them; UI code wraps them in its translation call.
STATE_LABELS: dict[OutboxState, str] = {
    OutboxState.QUEUED: N_("Dalam antrean"),
    OutboxState.SENDING: N_("Mengirim"),
    OutboxState.ACCEPTED: N_("Diterima server"),
    OutboxState.NEEDS_ATTENTION: N_("Perlu perhatian"),
    OutboxState.DISCARDED: N_("Dibuang"),
    OutboxState.HANDED_OVER: N_("Diserahterimakan"),
}
CSV_COLUMNS = ("no_pelacakan", "jenis", "status", "dibuat", "percobaan", "percobaan_berikutnya",
               "diterima", "no_tanda_terima", "keterangan")
# Error kinds where revising the text and sending again can succeed.
# (A server error repeated until the action was given up counts: the text may be what breaks it.)
REVISABLE_KINDS = frozenset({ErrorKind.CONFLICT.value, ErrorKind.VALIDATION.value,
                             ErrorKind.SERVER.value})
_TEXT_FIELD = {ActionKind.BUKAN_WEWENANG: "reason"}


class NotRevisableError(KnownError):
    """The action cannot be resent (already accepted, discarded, or its complaint is gone)."""


@dataclasses.dataclass(frozen=True, slots=True)
class LedgerRow:
    """One line of the ledger. ``title`` is shown in the app only, never exported."""

    op_id: str
    complaint_id: int
    tracking_id: str
    title: str
    kind: ActionKind
    state: OutboxState
    created_at: dt.datetime
    attempts: int
    next_attempt_at: dt.datetime | None
    reason: str | None
    error_kind: str | None
    receipt_number: str | None
    accepted_at: dt.datetime | None
    has_complaint: bool
    skipped: bool = False
    #: Metered mode: its files wait for the daily budget ("Kirim sekarang" sends them anyway).
    held: bool = False

    @property
    def kind_label(self) -> str:
        """The Indonesian name of the action."""
        return ACTION_LABELS[self.kind]

    @property
    def can_retry(self) -> bool:
        """"Coba lagi sekarang" applies: waiting, or refused for a reason a resend may fix."""
        return self.state is OutboxState.QUEUED or (
            self.state is OutboxState.NEEDS_ATTENTION and self.can_revise)

    @property
    def can_revise(self) -> bool:
        """"Ubah & kirim ulang" applies (a conflict or validation refusal, complaint still here)."""
        return (self.state is OutboxState.NEEDS_ATTENTION and self.has_complaint
                and (self.error_kind or "") in REVISABLE_KINDS)

    @property
    def can_skip(self) -> bool:
        """"Lewati" applies: refused and still holding the later actions of its complaint."""
        return self.state is OutboxState.NEEDS_ATTENTION and not self.skipped

    @property
    def can_discard(self) -> bool:
        """"Buang…" applies (anything not delivered and not on the wire right now)."""
        return self.state in (OutboxState.QUEUED, OutboxState.NEEDS_ATTENTION)


@dataclasses.dataclass(frozen=True, slots=True)
class RevisionContext:
    """What the officer needs to revise a refused action: the complaint as it is now (None if it
    left this OPD), the text they wrote, and the server's reason."""

    op_id: str
    kind: ActionKind
    error_kind: str | None
    reason: str
    text: str
    payload: dict[str, Any]
    complaint: Complaint | None
    timezone: TimeZone


class LedgerService:
    """Reads the ledger and carries out the officer's decisions on outbox operations."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    # --- reading ---------------------------------------------------------------------------

    def timezone(self) -> TimeZone:
        """The agency's time zone for showing times (WIB until the profile says otherwise)."""
        profile = self._store.profile.get()
        return profile.agency_timezone if profile else TimeZone.WIB

    def rows(self, *, limit: int = 500) -> list[LedgerRow]:
        """Operations newest first, with the complaint's tracking id and title."""
        titles: dict[int, tuple[str, str, bool]] = {}
        held = held_ops(self._store, self._clock())
        out = []
        for op in self._store.outbox.ledger(limit=limit):
            tracking, title, present = self._describe(op, titles)
            waiting = op.state in (OutboxState.QUEUED, OutboxState.SENDING)
            out.append(LedgerRow(
                op_id=op.id, complaint_id=op.complaint_id, tracking_id=tracking, title=title,
                kind=op.kind, state=op.state, created_at=op.created_at, attempts=op.attempts,
                next_attempt_at=op.next_attempt_at if waiting else None,
                reason=op.last_error, error_kind=op.error_kind,
                receipt_number=op.receipt_number, accepted_at=op.accepted_at,
                has_complaint=present, skipped=op.skipped_at is not None,
                held=op.id in held and op.state is OutboxState.QUEUED))
        return out

    def _describe(self, op: OutboxOp, cache: dict[int, tuple[str, str, bool]]
                  ) -> tuple[str, str, bool]:
        if op.complaint_id not in cache:
            complaint = self._store.complaints.get(op.complaint_id)
            if complaint is not None:
                cache[op.complaint_id] = (complaint.tracking_id, complaint.title, True)
            else:
                draft = self._store.drafts.get(op.draft_id) if op.draft_id else None
                cache[op.complaint_id] = ((draft.tracking_id, draft.complaint_title, False)
                                          if draft else (str(op.complaint_id), "", False))
        return cache[op.complaint_id]

    def revision_context(self, op_id: str) -> RevisionContext:
        """The refused action with its text and the complaint as the server last described it."""
        op = self._op(op_id)
        if op.state is not OutboxState.NEEDS_ATTENTION:
            raise NotRevisableError(_("Tindakan ini tidak sedang menunggu keputusan Anda."))
        return RevisionContext(op_id=op.id, kind=op.kind, error_kind=op.error_kind,
                               reason=op.last_error or "", text=self._text(op),
                               payload=dict(op.payload),
                               complaint=self._store.complaints.get(op.complaint_id),
                               timezone=self.timezone())

    # --- decisions -------------------------------------------------------------------------

    def retry_now(self, op_id: str) -> None:
        """Send at the next pass without waiting for the back-off. A refused action is resent
        unchanged against the complaint's current revision (checked locally first)."""
        op = self._op(op_id)
        if op.state is OutboxState.QUEUED:
            with self._store.transaction() as session:
                self._store.outbox.requeue(session, op.id)
        elif op.state is OutboxState.NEEDS_ATTENTION:
            self.resend(op_id, None)
        else:
            raise NotRevisableError(_("Tindakan ini sudah diterima, sedang dikirim, atau dibuang."))

    def resend(self, op_id: str, text: str | None) -> None:
        """Requeue a *needs attention* action with ``text`` (None keeps the text) under the same
        id, against the complaint's current revision. Raises a :class:`KnownError` when the
        complaint is gone or its status still does not allow the action; nothing changes then."""
        op = self._op(op_id)
        if op.state is not OutboxState.NEEDS_ATTENTION:
            raise NotRevisableError(_("Tindakan ini tidak sedang menunggu keputusan Anda."))
        complaint = self._store.complaints.get(op.complaint_id)
        if complaint is None:
            raise NotRevisableError(_("Laporan ini tidak lagi terdisposisi ke instansi Anda, jadi "
                                    "tindakan tidak dapat dikirim. Buang tindakan ini; teksnya "
                                    "kembali menjadi draf."))
        check_action(complaint.status, op.kind)
        payload = dict(op.payload)
        if text is not None:
            payload[_TEXT_FIELD.get(op.kind, "text")] = plain_text(text)
        try:
            build_request(op.kind, payload, complaint.revision)
        except ValidationError as exc:
            from lapor_desktop.protocol.messages import validation_message

            raise InvalidDataError(validation_message(exc), field="text") from None
        with self._store.transaction() as session:
            if op.draft_id is not None and self._store.drafts.get(op.draft_id, session=session):
                self._store.drafts.autosave(session, op.draft_id, payload)
                self._store.drafts.rebase(session, op.draft_id, complaint.revision)
            self._store.outbox.requeue(session, op.id, payload, base_revision=complaint.revision)

    def skip(self, op_id: str) -> None:
        """Let the later actions of the complaint go without this refused one; it stays in the
        ledger as *needs attention* to be revised, resent or discarded later."""
        with self._store.transaction() as session:
            self._store.outbox.skip(session, self._op(op_id).id)

    def discard(self, op_id: str) -> int | None:
        """Give the action up. Its text goes back to a draft in *editing* (one is created when the
        action was queued without a draft and the complaint is still here); returns the draft id.
        The operation stays in the ledger as *discarded*, payload included."""
        op = self._op(op_id)
        if op.state not in (OutboxState.QUEUED, OutboxState.NEEDS_ATTENTION):
            raise NotRevisableError(_("Hanya tindakan yang belum terkirim yang dapat dibuang."))
        with self._store.transaction() as session:
            self._store.outbox.discard(session, op.id)
            if op.draft_id is not None:
                return op.draft_id
            if self._store.complaints.get(op.complaint_id, session=session) is None:
                return None
            return self._store.drafts.create(session, op.complaint_id, op.kind, dict(op.payload))

    # --- export ----------------------------------------------------------------------------

    def export_csv(self, path: Path | str, *, translate: Callable[[str], str] = str) -> int:
        """Write the ledger to ``path`` (UTF-8 with BOM for spreadsheet programs); returns rows.

        Only what an audit needs: tracking id, kind, state, times, receipt and the server's
        reason. No complaint title or text, no reporter identity, no action text.
        """
        rows = self.rows(limit=100_000)
        tz = self.timezone()
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for row in rows:
                writer.writerow(safe_row([  # server text may look like a formula
                    row.tracking_id, translate(row.kind_label), translate(STATE_LABELS[row.state]),
                    _iso(row.created_at, tz), row.attempts, _iso(row.next_attempt_at, tz),
                    _iso(row.accepted_at, tz), row.receipt_number or "",
                    (row.reason or "") if row.state is OutboxState.NEEDS_ATTENTION else ""]))
        return len(rows)

    # --- helpers ---------------------------------------------------------------------------

    def _op(self, op_id: str) -> OutboxOp:
        op = self._store.outbox.get(op_id)
        if op is None:
            raise InvalidDataError(_("Operasi antrean {op_id} tidak ditemukan")
                .format(op_id=op_id), field="op_id")
        return op

    def _text(self, op: OutboxOp) -> str:
        value = op.payload.get(_TEXT_FIELD.get(op.kind, "text"))
        if isinstance(value, str):
            return value
        if op.draft_id is not None and self._store.drafts.get(op.draft_id) is not None:
            return self._store.drafts.latest_text(op.draft_id)
        return ""


def _iso(value: dt.datetime | None, tz: TimeZone) -> str:
    if value is None:
        return ""
    return value.astimezone(ZoneInfo(tz.value)).isoformat(timespec="seconds")

