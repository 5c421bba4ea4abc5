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


# Ids per IN (...) list: well under SQLite's variable limit on every supported build.
_CHUNK = 900
# Complaints whose follow-up waits for the Pejabat Penghubung (issue 15).
_PENDING_SIGNOFF = sa.text("SELECT DISTINCT complaint_id FROM signoffs WHERE complaint_id IN "
                           ":ids AND state = 'menunggu_persetujuan'").bindparams(
    sa.bindparam("ids", expanding=True))


def refresh_local_state(session: Session, complaint_ids: Iterable[int]) -> None:
    """Recompute ``complaints.local_state`` from drafts and outbox (no-op for absent complaints).

    Set-based: one read of drafts and one of outbox for the whole set, then one UPDATE for the
    complaints with nothing local (the common case after a pull) and one executemany for the rest,
    each touching only rows whose state really changes. A page of 500 snapshots costs a handful
    of statements, not three per complaint.
    """
    ids = sorted(set(complaint_ids))
    if not ids:
        return
    drafts: dict[int, set[str]] = {}
    ops: dict[int, set[str]] = {}
    waiting: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for cid, state in session.execute(
                sa.select(DraftRow.complaint_id, DraftRow.state)
                .where(DraftRow.complaint_id.in_(chunk)).distinct()):
            drafts.setdefault(cid, set()).add(state)
        for cid, state in session.execute(
                sa.select(OutboxRow.complaint_id, OutboxRow.state)
                .where(OutboxRow.complaint_id.in_(chunk)).distinct()):
            ops.setdefault(cid, set()).add(state)
        waiting.update(session.scalars(_PENDING_SIGNOFF, {"ids": chunk}))
    busy = drafts.keys() | ops.keys() | waiting
    plain = [cid for cid in ids if cid not in busy]
    none = LocalState.NONE.value
    for start in range(0, len(plain), _CHUNK):
        session.execute(sa.update(ComplaintRow)
                        .where(ComplaintRow.id.in_(plain[start:start + _CHUNK]),
                               ComplaintRow.local_state != none)
                        .values(local_state=none))
    if busy:
        table = ComplaintRow.__table__
        stmt = (table.update()
                .where(table.c.id == sa.bindparam("cid"),
                       table.c.local_state != sa.bindparam("state"))
                .values(local_state=sa.bindparam("state")))
        session.connection().execute(stmt, [
            {"cid": cid, "state": _state_of(cid, drafts, ops, waiting).value}
            for cid in sorted(busy)])


def _state_of(cid: int, drafts: dict[int, set[str]], ops: dict[int, set[str]],
              waiting: set[int]) -> LocalState:
    state = local_state_for(drafts.get(cid, ()), ops.get(cid, ()))
    if state is LocalState.NONE and cid in waiting:
        return LocalState.AWAITING_SIGNOFF  # sent, waiting for the official (issue 15)
    return state
