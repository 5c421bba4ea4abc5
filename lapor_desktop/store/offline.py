"""What the offline readiness check reads from the store (issue 16), in one place.

The open complaints and the attachments they reference, the next deadline among them, and a
small bookkeeping blob of the preparation itself (last successful sync, attachments the server
no longer has). The blob lives in the ``reference_data`` table under its own key: it is local
bookkeeping of the same shape (a versioned JSON blob), so no schema change is needed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import sqlalchemy as sa

from lapor_desktop.core.status import OPEN_STATUSES
from lapor_desktop.store.engine import Store
from lapor_desktop.store.orm import AttachmentRow, ComplaintRow, EventRow

OFFLINE_KEY = "offline_readiness"
_OPEN = sorted(s.value for s in OPEN_STATUSES)


@dataclasses.dataclass(frozen=True, slots=True)
class OpenAttachment:
    """One file (by content) referenced by an open complaint or one of its events."""

    sha256: str
    filename: str
    mime_type: str
    size: int
    tracking_id: str
    next_due_at: dt.datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class OpenSummary:
    """How many open complaints and history events the store holds, the next deadline still
    ahead, and how many deadlines have passed."""

    complaints: int
    events: int
    next_due_at: dt.datetime | None
    next_due_tracking_id: str | None
    overdue: int = 0


def open_summary(store: Store, now: dt.datetime) -> OpenSummary:
    """Counts of open complaints and their events, the first deadline after ``now`` among them,
    and how many are past theirs."""
    with store.session_factory() as s:
        complaints = s.scalar(sa.select(sa.func.count()).select_from(ComplaintRow)
                              .where(ComplaintRow.status.in_(_OPEN))) or 0
        events = s.scalar(sa.select(sa.func.count()).select_from(EventRow)
                          .join(ComplaintRow, ComplaintRow.id == EventRow.complaint_id)
                          .where(ComplaintRow.status.in_(_OPEN))) or 0
        first = s.execute(sa.select(ComplaintRow.next_due_at, ComplaintRow.tracking_id)
                          .where(ComplaintRow.status.in_(_OPEN),
                                 ComplaintRow.next_due_at > now)
                          .order_by(ComplaintRow.next_due_at).limit(1)).first()
        overdue = s.scalar(sa.select(sa.func.count()).select_from(ComplaintRow)
                           .where(ComplaintRow.status.in_(_OPEN),
                                  ComplaintRow.next_due_at <= now)) or 0
    return OpenSummary(int(complaints), int(events), first[0] if first else None,
                       first[1] if first else None, int(overdue))


def open_attachments(store: Store) -> list[OpenAttachment]:
    """Every distinct file of the open complaints, the most urgent complaint's first."""
    stmt = (sa.select(AttachmentRow.sha256, AttachmentRow.filename, AttachmentRow.mime_type,
                      AttachmentRow.size, ComplaintRow.tracking_id, ComplaintRow.next_due_at)
            .join(ComplaintRow, ComplaintRow.id == AttachmentRow.complaint_id)
            .where(ComplaintRow.status.in_(_OPEN))
            .order_by(ComplaintRow.next_due_at.is_(None), ComplaintRow.next_due_at,
                      ComplaintRow.id, AttachmentRow.pk))
    seen: dict[str, OpenAttachment] = {}
    with store.session_factory() as s:
        for sha, name, mime, size, tracking, due in s.execute(stmt):
            if sha not in seen:
                seen[sha] = OpenAttachment(sha, name, mime, int(size), tracking, due)
    return list(seen.values())


def load_state(store: Store) -> dict[str, Any]:
    """The preparation's bookkeeping (empty before the first preparation)."""
    entry = store.reference_data.get(OFFLINE_KEY)
    return dict(entry.data) if entry is not None and isinstance(entry.data, dict) else {}


def update_state(store: Store, **values: Any) -> dict[str, Any]:
    """Merge ``values`` into the bookkeeping blob (one transaction); returns the new blob."""
    with store.transaction() as session:
        entry = store.reference_data.get(OFFLINE_KEY, session=session)
        data = dict(entry.data) if entry is not None and isinstance(entry.data, dict) else {}
        data.update(values)
        store.reference_data.put(session, OFFLINE_KEY, "1", data)
    return data
