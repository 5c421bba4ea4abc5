"""The outbox: officer actions waiting for the server (DESIGN section 4).

Each operation's ``id`` is a UUID that doubles as the ``Idempotency-Key``. Operations are ordered
per complaint by ``seq`` (a local, never-decreasing sequence): only the oldest unfinished operation
of a complaint may be sent, so a follow-up never overtakes the one before it; complaints are
independent, so one stuck complaint never blocks another.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, ErrorKind
from lapor_desktop.store._base import (
    PENDING_OUTBOX_STATES,
    DraftState,
    OutboxState,
    Repository,
    refresh_local_state,
)
from lapor_desktop.store.orm import DraftRow, OutboxRow


@dataclasses.dataclass(frozen=True, slots=True)
class OutboxOp:
    """An outbox operation as stored."""

    id: str
    seq: int
    complaint_id: int
    draft_id: int | None
    kind: ActionKind
    payload: dict[str, Any]
    base_revision: int | None
    state: OutboxState
    attempts: int
    next_attempt_at: dt.datetime
    last_error: str | None
    error_kind: str | None
    receipt_number: str | None
    accepted_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    failure_signature: str | None = None
    failure_repeats: int = 0
    skipped_at: dt.datetime | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class OutboxBacklog:
    """What is left to deliver: operations *queued* or *sending*, and the earliest instant one of
    them may be sent (``None`` when every one waits behind a *needs attention* action)."""

    waiting: int
    next_attempt_at: dt.datetime | None


class OutboxRepository(Repository):
    """Queue, deliver and account for officer actions."""

    def enqueue(self, session: Session, draft_id: int | None, complaint_id: int,
                kind: ActionKind, payload: dict[str, Any], base_revision: int | None) -> str:
        """Add an operation; returns its id (the Idempotency-Key).

        With a ``draft_id`` the draft is moved to *queued* in this same session, so the draft
        is locked if and only if its operation exists (commit both or neither).
        """
        now = self._clock()
        if draft_id is not None:
            draft = session.get(DraftRow, draft_id)
            if draft is not None and draft.state in (DraftState.QUEUED, DraftState.SENT):
                raise InvalidDataError(_("Draf {draft_id} sudah ada di antrean kirim")
                    .format(draft_id=draft_id),
                                       field="draft_id", value=draft_id)
        op_id = str(uuid.uuid4())
        session.add(OutboxRow(id=op_id, complaint_id=complaint_id, draft_id=draft_id,
                              kind=ActionKind(kind).value, payload=dict(payload),
                              base_revision=base_revision, state=OutboxState.QUEUED.value,
                              attempts=0, next_attempt_at=now, created_at=now, updated_at=now))
        if draft_id is not None:
            self._set_draft(session, draft_id, DraftState.QUEUED, None, now)
        session.flush()
        refresh_local_state(session, [complaint_id])
        return op_id

    def due_ops(self, now: dt.datetime, *, session: Session | None = None) -> list[OutboxOp]:
        """Operations to send now: per complaint only the oldest unfinished one, and only if it is
        queued with ``next_attempt_at <= now``. Ordered by ``seq``.

        A head operation that is *sending* (interrupted run) or *needs attention* holds back the
        later operations of its complaint; call :meth:`reset_sending` at the start of a run.
        """
        stmt = (sa.select(OutboxRow)
                .where(OutboxRow.seq.in_(_heads()), OutboxRow.state == OutboxState.QUEUED.value,
                       OutboxRow.next_attempt_at <= now)
                .order_by(OutboxRow.seq))
        with self._reading(session) as s:
            return [_to_op(r) for r in s.scalars(stmt)]

    def backlog(self, *, session: Session | None = None) -> OutboxBacklog:
        """How many operations are still *queued* or *sending*, and when the earliest one that
        is free to go (its complaint's head, not behind a *needs attention* one) may be sent."""
        waiting_states = (OutboxState.QUEUED.value, OutboxState.SENDING.value)
        with self._reading(session) as s:
            waiting = s.scalar(sa.select(sa.func.count()).select_from(OutboxRow)
                               .where(OutboxRow.state.in_(waiting_states)))
            earliest = s.scalar(sa.select(sa.func.min(OutboxRow.next_attempt_at))
                                .where(OutboxRow.seq.in_(_heads()),
                                       OutboxRow.state.in_(waiting_states)))
        return OutboxBacklog(int(waiting or 0), earliest)

    def reset_sending(self, session: Session) -> int:
        """After a crash, operations left *sending* go back to *queued* (safe to resend: the
        server deduplicates by Idempotency-Key). Returns how many."""
        result = session.execute(sa.update(OutboxRow)
                                 .where(OutboxRow.state == OutboxState.SENDING.value)
                                 .values(state=OutboxState.QUEUED.value,
                                         updated_at=self._clock()))
        return int(result.rowcount)  # type: ignore[attr-defined]

    def mark_sending(self, session: Session, op_id: str) -> OutboxOp | None:
        """Claim a queued operation for the wire and count an attempt; returns it as it is now.

        Returns ``None`` when it is no longer queued: the officer discarded or revised it after
        the pass listed it, and sending the stale copy would override that choice.
        """
        row = self._row(session, op_id)
        if row.state != OutboxState.QUEUED.value:
            return None
        row.state = OutboxState.SENDING.value
        row.attempts += 1
        row.updated_at = self._clock()
        session.flush()
        return _to_op(row)

    def mark_accepted(self, session: Session, op_id: str, receipt_number: str | None,
                      accepted_at: dt.datetime | None = None, *, refresh: bool = True) -> None:
        """The server accepted the operation; its draft becomes *sent*.

        ``refresh=False`` leaves the complaint's local state to the caller, who refreshes a
        whole batch of receipts at once (:func:`~lapor_desktop.store._base.refresh_local_state`).
        """
        row = self._row(session, op_id)
        self._accept_row(session, row, receipt_number, accepted_at, self._clock())
        session.flush()
        if refresh:
            refresh_local_state(session, [row.complaint_id])

    def mark_sending_many(self, session: Session, op_ids: list[str]) -> list[OutboxOp]:
        """:meth:`mark_sending` for a batch, in order, with one read and one flush for all;
        the operations no longer queued are left out."""
        rows = self._rows(session, op_ids)
        now = self._clock()
        claimed = []
        for op_id in op_ids:
            row = rows[op_id]
            if row.state != OutboxState.QUEUED.value:
                continue
            row.state = OutboxState.SENDING.value
            row.attempts += 1
            row.updated_at = now
            claimed.append(_to_op(row))
        session.flush()
        return claimed

    def mark_accepted_many(self, session: Session,
                           receipts: list[tuple[str, str | None, dt.datetime | None]]) -> None:
        """:meth:`mark_accepted` (``refresh=False``) for a batch of ``(op_id, receipt_number,
        accepted_at)``: one read of the operations, one of their drafts, one flush."""
        rows = self._rows(session, [op_id for op_id, _n, _a in receipts])
        ids = [r.draft_id for r in rows.values() if r.draft_id is not None]
        # Into the session, where _set_draft's get finds them; held in ``drafts`` meanwhile
        # (the session keeps unchanged rows only weakly).
        drafts = session.scalars(sa.select(DraftRow).where(DraftRow.id.in_(ids))).all() \
            if ids else []
        now = self._clock()
        for op_id, number, accepted_at in receipts:
            self._accept_row(session, rows[op_id], number, accepted_at, now)
        session.flush()
        del drafts

    def _accept_row(self, session: Session, row: OutboxRow, number: str,
                    accepted_at: dt.datetime | None, now: dt.datetime) -> None:
        """Mark ``row`` accepted with its receipt, and its draft sent."""
        row.state = OutboxState.ACCEPTED.value
        row.receipt_number = number
        row.accepted_at = accepted_at or now
        row.last_error = row.error_kind = None
        row.updated_at = now
        if row.draft_id is not None:
            self._set_draft(session, row.draft_id, DraftState.SENT, None, now)

    def mark_retry(self, session: Session, op_id: str, error: str,
                   next_attempt_at: dt.datetime, error_kind: ErrorKind = ErrorKind.NETWORK,
                   *, signature: str | None = None) -> None:
        """A transient failure: back to *queued*, not before ``next_attempt_at``.

        ``signature`` identifies the server's answer (e.g. ``"500 internal_error"``); the same
        one as last time counts a repeat, another one starts counting again. ``None`` (the
        network failed, nothing was answered) leaves the count alone.
        """
        row = self._row(session, op_id)
        _count_failure(row, signature)
        row.state = OutboxState.QUEUED.value
        row.last_error = error
        row.error_kind = ErrorKind(error_kind).value
        row.next_attempt_at = next_attempt_at
        row.updated_at = self._clock()
        session.flush()
        refresh_local_state(session, [row.complaint_id])

    def mark_needs_attention(self, session: Session, op_id: str, error_kind: ErrorKind | str,
                             reason: str, *, signature: str | None = None) -> None:
        """The server refused (conflict, validation, the same failure again and again): the
        officer must decide. The draft stays intact and becomes *needs attention* too; the later
        operations of the complaint wait until the officer resends, skips or discards this one."""
        row = self._row(session, op_id)
        _count_failure(row, signature)
        now = self._clock()
        row.state = OutboxState.NEEDS_ATTENTION.value
        row.error_kind = str(getattr(error_kind, "value", error_kind))
        row.last_error = reason
        row.updated_at = now
        if row.draft_id is not None:
            self._set_draft(session, row.draft_id, DraftState.NEEDS_ATTENTION, reason, now)
        session.flush()
        refresh_local_state(session, [row.complaint_id])

    def requeue(self, session: Session, op_id: str, payload: dict[str, Any] | None = None,
                base_revision: int | None = None) -> None:
        """The officer revised and resends a *needs attention* operation (same id: the server
        never accepted it). Attempts and errors are reset."""
        row = self._row(session, op_id)
        now = self._clock()
        if payload is not None:
            row.payload = dict(payload)
        if base_revision is not None:
            row.base_revision = base_revision
        row.state = OutboxState.QUEUED.value
        row.attempts = 0
        row.next_attempt_at = now
        row.last_error = row.error_kind = None
        row.failure_signature, row.failure_repeats, row.skipped_at = None, 0, None
        row.updated_at = now
        if row.draft_id is not None:
            self._set_draft(session, row.draft_id, DraftState.QUEUED, None, now)
            if payload is not None:
                session.get(DraftRow, row.draft_id).payload = dict(payload)  # type: ignore[union-attr]
        session.flush()
        refresh_local_state(session, [row.complaint_id])

    def skip(self, session: Session, op_id: str) -> None:
        """The officer steps over a *needs attention* operation: it stays *needs attention*
        (to be resent or discarded later) but no longer holds the later operations of its
        complaint, which go out at the next pass."""
        row = self._row(session, op_id)
        if row.state != OutboxState.NEEDS_ATTENTION.value:
            raise InvalidDataError(_("Hanya tindakan yang perlu perhatian yang dapat dilewati"),
                                   field="op_id", value=op_id)
        row.skipped_at = row.updated_at = self._clock()
        session.flush()

    def discard(self, session: Session, op_id: str) -> None:
        """The officer gives the operation up. It stays in the ledger as *discarded*; its draft
        goes back to *editing* so the text is still there."""
        row = self._row(session, op_id)
        now = self._clock()
        row.state = OutboxState.DISCARDED.value
        row.updated_at = now
        if row.draft_id is not None:
            self._set_draft(session, row.draft_id, DraftState.EDITING, None, now)
        session.flush()
        refresh_local_state(session, [row.complaint_id])

    def get(self, op_id: str, *, session: Session | None = None) -> OutboxOp | None:
        """One operation, or None."""
        with self._reading(session) as s:
            row = s.scalar(sa.select(OutboxRow).where(OutboxRow.id == op_id))
            return _to_op(row) if row else None

    def counts(self, *, session: Session | None = None) -> dict[OutboxState, int]:
        """Number of operations per state (every state present)."""
        with self._reading(session) as s:
            found = dict(s.execute(sa.select(OutboxRow.state, sa.func.count())
                                   .group_by(OutboxRow.state)).all())
        return {state: int(found.get(state.value, 0)) for state in OutboxState}

    def ledger(self, *, limit: int = 200, states: frozenset[OutboxState] | None = None,
               complaint_id: int | None = None,
               session: Session | None = None) -> list[OutboxOp]:
        """Operations newest first, optionally by state or complaint (the sync ledger view)."""
        stmt = sa.select(OutboxRow).order_by(OutboxRow.seq.desc()).limit(limit)
        if states:
            stmt = stmt.where(OutboxRow.state.in_(sorted(s.value for s in states)))
        if complaint_id is not None:
            stmt = stmt.where(OutboxRow.complaint_id == complaint_id)
        with self._reading(session) as s:
            return [_to_op(r) for r in s.scalars(stmt)]

    @staticmethod
    def _row(session: Session, op_id: str) -> OutboxRow:
        row = session.scalar(sa.select(OutboxRow).where(OutboxRow.id == op_id))
        if row is None:
            raise InvalidDataError(_("Operasi antrean {op_id} tidak ditemukan")
                .format(op_id=op_id), field="op_id",
                                   value=op_id)
        return row

    @classmethod
    def _rows(cls, session: Session, op_ids: list[str]) -> dict[str, OutboxRow]:
        rows = {r.id: r for r in session.scalars(
            sa.select(OutboxRow).where(OutboxRow.id.in_(op_ids)))}
        for op_id in op_ids:
            if op_id not in rows:
                cls._row(session, op_id)  # raises the same error as one at a time
        return rows

    @staticmethod
    def _set_draft(session: Session, draft_id: int, state: DraftState, reason: str | None,
                   now: dt.datetime) -> None:
        draft = session.get(DraftRow, draft_id)
        if draft is None:
            raise InvalidDataError(_("Draf {draft_id} tidak ditemukan")
                .format(draft_id=draft_id), field="draft_id",
                                   value=draft_id)
        draft.state = state.value
        draft.attention_reason = reason
        draft.updated_at = now


def _heads() -> sa.Select:
    """Per complaint, the ``seq`` of its oldest operation that still holds its place (a skipped
    *needs attention* operation does not)."""
    holding = sa.and_(OutboxRow.state.in_(PENDING_OUTBOX_STATES),
                      sa.or_(OutboxRow.state != OutboxState.NEEDS_ATTENTION.value,
                             OutboxRow.skipped_at.is_(None)))
    return (sa.select(sa.func.min(OutboxRow.seq)).where(holding)
            .group_by(OutboxRow.complaint_id))


def _count_failure(row: OutboxRow, signature: str | None) -> None:
    if signature is None:
        return
    if row.failure_signature == signature:
        row.failure_repeats = (row.failure_repeats or 0) + 1
    else:
        row.failure_signature, row.failure_repeats = signature, 1


def _to_op(row: OutboxRow) -> OutboxOp:
    return OutboxOp(id=row.id, seq=row.seq, complaint_id=row.complaint_id, draft_id=row.draft_id,
                    kind=ActionKind(row.kind), payload=dict(row.payload),
                    base_revision=row.base_revision, state=OutboxState(row.state),
                    attempts=row.attempts, next_attempt_at=row.next_attempt_at,
                    last_error=row.last_error, error_kind=row.error_kind,
                    receipt_number=row.receipt_number, accepted_at=row.accepted_at,
                    created_at=row.created_at, updated_at=row.updated_at,
                    failure_signature=row.failure_signature,
                    failure_repeats=row.failure_repeats or 0, skipped_at=row.skipped_at)
