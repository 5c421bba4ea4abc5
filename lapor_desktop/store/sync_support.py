"""Store operations the sync engine needs beyond the shared repositories.

Kept in its own module (owned by the sync work) so the repositories stay small. Everything here
takes the caller's session: the engine groups these writes with the repositories' in one
transaction, e.g. a page of snapshots, its tombstones and the new cursor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.orm import Session

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import Complaint
from lapor_desktop.store._base import OutboxState, refresh_local_state
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.engine import Store
from lapor_desktop.store.orm import ComplaintRow, OutboxRow


def apply_changes(store: Store, changes: Sequence[tuple[int, Complaint | int]],
                  cursor: str | None, log: ChangeLog | None = None) -> tuple[int, int]:
    """Apply a page (``(seq, complaint)`` upserts and ``(seq, complaint_id)`` tombstones) in
    ``seq`` order and store ``cursor``, all in one transaction. Returns (upserted, removed).

    A page that breaks a local constraint (e.g. a tracking id already used by another complaint)
    raises :class:`InvalidDataError` and changes nothing. ``log`` records what was touched.
    """
    upserted = removed = 0
    log = log if log is not None else ChangeLog()
    touched = {change.id if isinstance(change, Complaint) else change for _seq, change in changes}
    try:
        with store.transaction() as session:
            log.remember(session, touched)
            batch: list[Complaint] = []
            for _seq, change in sorted(changes, key=lambda pair: pair[0]):
                if isinstance(change, Complaint):
                    batch.append(change)
                    continue
                _flush_batch(store, session, batch, log)
                upserted += len(batch)
                batch = []
                store.complaints.remove(session, change)
                log.upserted.discard(change)
                log.removed.add(change)
                removed += 1
            _flush_batch(store, session, batch, log)
            upserted += len(batch)
            store.sync_state.set_cursor(session, cursor)
    except exc.IntegrityError as error:
        raise InvalidDataError(_("Halaman perubahan dari server bertentangan dengan data lokal"),
                               field="changes") from error
    return upserted, removed


def _flush_batch(store: Store, session: Session, batch: list[Complaint],
                 log: ChangeLog) -> None:
    # A complaint may appear twice in a batch only from a broken server; keep the last copy.
    unique = list({c.id: c for c in batch}.values())
    if unique:
        store.complaints.upsert_snapshots(session, unique)
        session.flush()
        log.upserted.update(c.id for c in unique)
        log.removed.difference_update(c.id for c in unique)


def upsert_if_newer(store: Store, session: Session, complaint: Complaint) -> bool:
    """Store ``complaint`` unless the local copy has a higher revision (a replayed receipt carries
    the snapshot as it was when first accepted, which may be older than what was pulled since)."""
    local = session.scalar(sa.select(ComplaintRow.revision)
                           .where(ComplaintRow.id == complaint.id))
    if local is not None and local > complaint.revision:
        return False
    try:
        with session.begin_nested():
            store.complaints.upsert_snapshots(session, [complaint])
    except exc.IntegrityError:
        return False
    return True


def upsert_newer(store: Store, session: Session, complaints: Sequence[Complaint]) -> set[int]:
    """:func:`upsert_if_newer` for a batch of receipts: one read of the local revisions, one
    upsert of those not older than stored; returns the ids written. A batch that breaks a
    local constraint falls back to one complaint at a time (each skipped on its own)."""
    ids = [c.id for c in complaints]
    local = dict(session.execute(sa.select(ComplaintRow.id, ComplaintRow.revision)
                                 .where(ComplaintRow.id.in_(ids))).all()) if ids else {}
    newer = list({c.id: c for c in complaints
                  if local.get(c.id) is None or local[c.id] <= c.revision}.values())
    if not newer:
        return set()
    try:
        with session.begin_nested():
            store.complaints.upsert_snapshots(session, newer)
    except exc.IntegrityError:
        return {c.id for c in newer if upsert_if_newer(store, session, c)}
    return {c.id for c in newer}


def release(session: Session, op_id: str) -> None:
    """Undo :meth:`OutboxRepository.mark_sending` when nothing was decided (a 401 or a
    cancellation): the operation is queued again as it was, without counting the attempt."""
    row = session.scalar(sa.select(OutboxRow).where(OutboxRow.id == op_id))
    if row is None or row.state != OutboxState.SENDING.value:
        return
    row.state = OutboxState.QUEUED.value
    row.attempts = max(0, row.attempts - 1)
    session.flush()
    refresh_local_state(session, [row.complaint_id])


def set_payload(session: Session, op_id: str, payload: dict[str, Any]) -> None:
    """Replace an operation's stored payload (the engine records upload ids for resuming; the
    fields sent to the server are unchanged)."""
    session.execute(sa.update(OutboxRow).where(OutboxRow.id == op_id)
                    .values(payload=dict(payload)))


def attention_count(store: Store) -> int:
    """Operations waiting for the officer's decision."""
    with store.session_factory() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(OutboxRow)
                                  .where(OutboxRow.state == OutboxState.NEEDS_ATTENTION.value))
                   or 0)


def complaint_ids(store: Store, ids: Iterable[int]) -> set[int]:
    """Which of ``ids`` are stored locally."""
    wanted = list(ids)
    if not wanted:
        return set()
    with store.session_factory() as session:
        return set(session.scalars(sa.select(ComplaintRow.id).where(ComplaintRow.id.in_(wanted))))
