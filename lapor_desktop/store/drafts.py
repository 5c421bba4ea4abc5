"""Drafts of officer actions and their autosaved versions. Nothing here is ever lost silently:
drafts outlive their complaint (tombstones) and every autosave is a new version."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lapor_desktop.core.errors import InvalidDataError, StoreError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind
from lapor_desktop.store._base import DraftState, Repository, refresh_local_state
from lapor_desktop.store.orm import ComplaintRow, DraftRow, DraftVersionRow

# States in which the officer may still change the text.
EDITABLE_STATES = (DraftState.EDITING, DraftState.AWAITING_SIGNOFF, DraftState.NEEDS_ATTENTION)


@dataclasses.dataclass(frozen=True, slots=True)
class Draft:
    """A draft action with its current payload (the latest autosaved version)."""

    id: int
    complaint_id: int
    tracking_id: str
    complaint_title: str
    kind: ActionKind
    payload: dict[str, Any]
    state: DraftState
    base_revision: int | None
    attention_reason: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class DraftVersion:
    """One autosaved version of a draft."""

    draft_id: int
    version_no: int
    payload: dict[str, Any]
    saved_at: dt.datetime


class DraftRepository(Repository):
    """Create, autosave, read and move drafts between states."""

    def create(self, session: Session, complaint_id: int, kind: ActionKind,
               payload: dict[str, Any] | None = None) -> int:
        """Start a draft on a stored complaint (version 1); returns the draft id.

        The complaint's tracking id, title and current revision are copied onto the draft so it
        stays meaningful, and its base revision known, even if the complaint is later removed.
        """
        complaint = session.get(ComplaintRow, complaint_id)
        if complaint is None:
            raise InvalidDataError(_("Laporan {complaint_id} tidak ada di basis data lokal")
                .format(complaint_id=complaint_id),
                                   field="complaint_id", value=complaint_id)
        now = self._clock()
        row = DraftRow(complaint_id=complaint_id, tracking_id=complaint.tracking_id,
                       complaint_title=complaint.title, kind=ActionKind(kind).value,
                       payload=dict(payload or {}), state=DraftState.EDITING.value,
                       base_revision=complaint.revision, created_at=now, updated_at=now)
        session.add(row)
        session.flush()
        session.add(DraftVersionRow(draft_id=row.id, version_no=1, payload=row.payload,
                                    saved_at=now))
        refresh_local_state(session, [complaint_id])
        return row.id

    def autosave(self, session: Session, draft_id: int, payload: dict[str, Any]) -> int:
        """Save ``payload`` as the draft's new latest version; returns its version number.

        An unchanged payload adds no version. A queued or sent draft cannot change: it is what
        the outbox (and maybe the server) holds.
        """
        row = self._row(session, draft_id)
        if row.state not in EDITABLE_STATES:
            raise StoreError(_("Draf {draft_id} sudah dikirim ke antrean dan tidak dapat diubah")
                .format(draft_id=draft_id))
        latest = session.execute(
            sa.select(DraftVersionRow.version_no, DraftVersionRow.payload)
            .where(DraftVersionRow.draft_id == draft_id)
            .order_by(DraftVersionRow.version_no.desc()).limit(1)).first()
        if latest is not None and latest[1] == payload:
            return int(latest[0])
        version_no = (latest[0] if latest else 0) + 1
        now = self._clock()
        session.add(DraftVersionRow(draft_id=draft_id, version_no=version_no,
                                    payload=dict(payload), saved_at=now))
        row.payload = dict(payload)
        row.updated_at = now
        return version_no

    def mark_state(self, session: Session, draft_id: int, state: DraftState,
                   reason: str | None = None) -> None:
        """Move a draft to ``state`` (``reason`` is kept for *needs attention*)."""
        row = self._row(session, draft_id)
        row.state = DraftState(state).value
        row.attention_reason = reason if state is DraftState.NEEDS_ATTENTION else None
        row.updated_at = self._clock()
        session.flush()
        refresh_local_state(session, [row.complaint_id])

    def rebase(self, session: Session, draft_id: int, base_revision: int) -> None:
        """Record that the officer revised the draft against a newer complaint revision."""
        self._row(session, draft_id).base_revision = base_revision

    def delete(self, session: Session, draft_id: int) -> None:
        """Discard a draft and its versions, at the officer's explicit request only."""
        row = self._row(session, draft_id)
        complaint_id = row.complaint_id
        session.delete(row)
        session.flush()
        refresh_local_state(session, [complaint_id])

    def get(self, draft_id: int, *, session: Session | None = None) -> Draft | None:
        """The draft, or None."""
        with self._reading(session) as s:
            row = s.get(DraftRow, draft_id)
            return _to_draft(row) if row else None

    def latest_text(self, draft_id: int, *, session: Session | None = None) -> str:
        """The text of the latest version ("" if the payload has none)."""
        draft = self.get(draft_id, session=session)
        if draft is None:
            raise InvalidDataError(_("Draf {draft_id} tidak ditemukan")
                .format(draft_id=draft_id), field="draft_id",
                                   value=draft_id)
        return str(draft.payload.get("text", draft.payload.get("reason", "")))

    def versions(self, draft_id: int, *, session: Session | None = None) -> list[DraftVersion]:
        """Every autosaved version, oldest first."""
        with self._reading(session) as s:
            rows = s.scalars(sa.select(DraftVersionRow).where(DraftVersionRow.draft_id == draft_id)
                             .order_by(DraftVersionRow.version_no))
            return [DraftVersion(r.draft_id, r.version_no, dict(r.payload), r.saved_at)
                    for r in rows]

    def for_complaint(self, complaint_id: int, *,
                      session: Session | None = None) -> list[Draft]:
        """Drafts of a complaint (any state), oldest first."""
        with self._reading(session) as s:
            rows = s.scalars(sa.select(DraftRow).where(DraftRow.complaint_id == complaint_id)
                             .order_by(DraftRow.id))
            return [_to_draft(r) for r in rows]

    def by_state(self, states: Iterable[DraftState], *,
                 session: Session | None = None) -> list[Draft]:
        """Drafts in any of ``states`` (e.g. the *needs attention* list), oldest first."""
        values = [DraftState(s).value for s in states]
        with self._reading(session) as s:
            rows = s.scalars(sa.select(DraftRow).where(DraftRow.state.in_(values))
                             .order_by(DraftRow.id))
            return [_to_draft(r) for r in rows]

    @staticmethod
    def _row(session: Session, draft_id: int) -> DraftRow:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise InvalidDataError(_("Draf {draft_id} tidak ditemukan")
                .format(draft_id=draft_id), field="draft_id",
                                   value=draft_id)
        return row


def _to_draft(row: DraftRow) -> Draft:
    return Draft(id=row.id, complaint_id=row.complaint_id, tracking_id=row.tracking_id,
                 complaint_title=row.complaint_title, kind=ActionKind(row.kind),
                 payload=dict(row.payload), state=DraftState(row.state),
                 base_revision=row.base_revision, attention_reason=row.attention_reason,
                 created_at=row.created_at, updated_at=row.updated_at)
