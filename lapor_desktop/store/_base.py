"""Shared plumbing of the repositories: session handling and local-state bookkeeping."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from lapor_desktop.core.models import LocalState
from lapor_desktop.store.orm import ComplaintRow, DraftRow, OutboxRow

Clock = Callable[[], dt.datetime]


class DraftState(StrEnum):
    """Life of a draft: written, signed off, queued for the server, rejected, or delivered."""

    EDITING = "editing"
    AWAITING_SIGNOFF = "awaiting_signoff"
    QUEUED = "queued"
    NEEDS_ATTENTION = "needs_attention"
    SENT = "sent"
    HANDED_OVER = "handed_over"  # went to a successor in a handover package; never sent from here


class OutboxState(StrEnum):
    """Life of an outbox operation (DESIGN section 4)."""

    QUEUED = "queued"
    SENDING = "sending"
    ACCEPTED = "accepted"
    NEEDS_ATTENTION = "needs_attention"
    DISCARDED = "discarded"  # the officer gave the operation up; kept for the ledger
    HANDED_OVER = "handed_over"  # went to a successor's profile in a handover package


OPEN_DRAFT_STATES = (DraftState.EDITING, DraftState.AWAITING_SIGNOFF, DraftState.QUEUED,
                     DraftState.NEEDS_ATTENTION)
# An operation in one of these states still holds its place in its complaint's order.
PENDING_OUTBOX_STATES = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION)


class Repository:
    """Base of the repositories: reads open a short session unless given one; writes take one."""

    def __init__(self, session_factory: sessionmaker[Session],
                 clock: Clock | None = None) -> None:
        self._session_factory = session_factory
        self._clock: Clock = clock or (lambda: dt.datetime.now(dt.UTC))

    @contextlib.contextmanager
    def _reading(self, session: Session | None) -> Iterator[Session]:
        if session is not None:
            yield session
            return
        with self._session_factory() as own:
            yield own


def local_state_for(draft_states: Iterable[str], outbox_states: Iterable[str]) -> LocalState:
    """The single local state the queue shows, the most urgent one winning."""
    drafts, ops = set(draft_states), set(outbox_states)
    if DraftState.NEEDS_ATTENTION in drafts or OutboxState.NEEDS_ATTENTION in ops:
        return LocalState.NEEDS_ATTENTION
    if DraftState.QUEUED in drafts or ops & {OutboxState.QUEUED, OutboxState.SENDING}:
        return LocalState.QUEUED
    if DraftState.AWAITING_SIGNOFF in drafts:
        return LocalState.AWAITING_SIGNOFF
    if DraftState.EDITING in drafts:
        return LocalState.DRAFT
    return LocalState.NONE


_PENDING_SIGNOFF = sa.text("SELECT 1 FROM signoffs WHERE complaint_id = :c "
                           "AND state = 'menunggu_persetujuan' LIMIT 1")


def refresh_local_state(session: Session, complaint_ids: Iterable[int]) -> None:
    """Recompute ``complaints.local_state`` from drafts and outbox (no-op for absent complaints)."""
    for complaint_id in set(complaint_ids):
        draft_states = session.scalars(
            sa.select(DraftRow.state).where(DraftRow.complaint_id == complaint_id).distinct())
        op_states = session.scalars(
            sa.select(OutboxRow.state).where(OutboxRow.complaint_id == complaint_id).distinct())
        state = local_state_for(draft_states, op_states)
        if state is LocalState.NONE and session.execute(_PENDING_SIGNOFF,
                                                        {"c": complaint_id}).first():
            state = LocalState.AWAITING_SIGNOFF  # sent, waiting for the official (issue 15)
        session.execute(sa.update(ComplaintRow).where(ComplaintRow.id == complaint_id)
                        .where(ComplaintRow.local_state != state.value)
                        .values(local_state=state.value))
