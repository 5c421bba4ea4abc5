"""Handover notes and the log of handovers a profile made or received (officer rotation).

A note outlives its complaint like a draft does (no foreign key): what the predecessor wrote for
the successor is never lost to a tombstone. A received package is recorded by its id in the same
transaction as everything it brought, so a second import is recognised and nothing is doubled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lapor_desktop.store._base import DraftState, OutboxState, Repository, refresh_local_state
from lapor_desktop.store.orm import DraftRow, HandoverNoteRow, HandoverRow, OutboxRow

OWN = "own"
IMPORTED = "imported"


@dataclasses.dataclass(frozen=True, slots=True)
class HandoverNote:
    """A handover note on a complaint."""

    id: int
    complaint_id: int
    tracking_id: str
    author: str
    text: str
    source: str  # OWN (written here for a successor) or IMPORTED (from a predecessor)
    handover_id: str | None
    created_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class HandoverRecord:
    """A handover made ("out") or received ("in") by this profile."""

    id: str
    direction: str
    from_officer: str
    to_officer: str
    agency_id: str
    at: dt.datetime
    summary: dict[str, Any]


class HandoverRepository(Repository):
    """Notes per complaint and the handover log."""

    def set_own_note(self, session: Session, complaint_id: int, tracking_id: str, author: str,
                     text: str) -> None:
        """Replace this officer's note for the successor on ``complaint_id`` ("" removes it)."""
        session.execute(sa.delete(HandoverNoteRow).where(
            HandoverNoteRow.complaint_id == complaint_id, HandoverNoteRow.source == OWN))
        if text.strip():
            session.add(HandoverNoteRow(complaint_id=complaint_id, tracking_id=tracking_id,
                                        author=author, text=text.strip(), source=OWN,
                                        handover_id=None, created_at=self._clock()))

    def add_imported_note(self, session: Session, complaint_id: int, tracking_id: str,
                          author: str, text: str, handover_id: str,
                          created_at: dt.datetime) -> None:
        """Keep a predecessor's note that came in package ``handover_id``."""
        session.add(HandoverNoteRow(complaint_id=complaint_id, tracking_id=tracking_id,
                                    author=author, text=text, source=IMPORTED,
                                    handover_id=handover_id, created_at=created_at))

    def notes(self, complaint_id: int | None = None, *, source: str | None = None,
              session: Session | None = None) -> list[HandoverNote]:
        """Notes (of one complaint, of one source), oldest first."""
        stmt = sa.select(HandoverNoteRow).order_by(HandoverNoteRow.id)
        if complaint_id is not None:
            stmt = stmt.where(HandoverNoteRow.complaint_id == complaint_id)
        if source is not None:
            stmt = stmt.where(HandoverNoteRow.source == source)
        with self._reading(session) as s:
            return [HandoverNote(r.id, r.complaint_id, r.tracking_id, r.author, r.text, r.source,
                                 r.handover_id, r.created_at) for r in s.scalars(stmt)]

    def record(self, session: Session, record: HandoverRecord) -> None:
        """Log a handover (the id is unique: a second insert of one package fails)."""
        session.add(HandoverRow(**dataclasses.asdict(record)))
        session.flush()

    def mark_handed_over(self, session: Session, draft_ids: list[int], op_ids: list[str],
                         reason: str, *, discarded: bool = False) -> None:
        """Lock drafts and unsent operations that went to a successor: this profile must never
        send them too (the successor sends them under their own name). ``discarded``: the
        officer dropped them at the handover (operations show as discarded, with the reason);
        the text stays in the draft either way."""
        op_state = OutboxState.DISCARDED if discarded else OutboxState.HANDED_OVER
        now = self._clock()
        complaints: set[int] = set()
        for op_id in op_ids:
            op = session.scalars(sa.select(OutboxRow).where(OutboxRow.id == op_id)).one()
            op.state, op.last_error, op.updated_at = op_state.value, reason, now
            complaints.add(op.complaint_id)
            if op.draft_id is not None:
                draft_ids = [*draft_ids, op.draft_id]
        for draft_id in set(draft_ids):
            draft = session.get(DraftRow, draft_id)
            if draft is not None:
                draft.state, draft.attention_reason = DraftState.HANDED_OVER.value, reason
                draft.updated_at = now
                complaints.add(draft.complaint_id)
        session.flush()
        refresh_local_state(session, complaints)

    def get(self, handover_id: str, *, session: Session | None = None) -> HandoverRecord | None:
        """The logged handover ``handover_id``, or None."""
        with self._reading(session) as s:
            row = s.get(HandoverRow, handover_id)
            return _to_record(row) if row else None

    def received(self, *, session: Session | None = None) -> list[HandoverRecord]:
        """Handovers this profile received, newest first."""
        with self._reading(session) as s:
            rows = s.scalars(sa.select(HandoverRow).where(HandoverRow.direction == "in")
                             .order_by(HandoverRow.at.desc()))
            return [_to_record(r) for r in rows]


def _to_record(row: HandoverRow) -> HandoverRecord:
    return HandoverRecord(row.id, row.direction, row.from_officer, row.to_officer, row.agency_id,
                          row.at, dict(row.summary))
