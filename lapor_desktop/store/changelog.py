"""What a sync pass changed in the store, recorded as it happens.

The sync engine fills one :class:`ChangeLog` per pass; the workbench turns it into the changes
every view refreshes from and into notifications, without re-reading the whole table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from lapor_desktop.core.models import Status
from lapor_desktop.store.orm import ComplaintRow

#: (status, next due) of a complaint before the pass first touched it; None: it was not stored.
Mark = tuple[Status, dt.datetime | None] | None


@dataclasses.dataclass(slots=True)
class ChangeLog:
    """Complaints written or removed, their state before the pass, and what else changed."""

    upserted: set[int] = dataclasses.field(default_factory=set)
    removed: set[int] = dataclasses.field(default_factory=set)
    before: dict[int, Mark] = dataclasses.field(default_factory=dict)
    outbox: bool = False
    reference: bool = False

    def remember(self, session: Session, ids: Collection[int]) -> None:
        """Record the stored state of ``ids`` not yet seen this pass (one indexed query)."""
        fresh = [cid for cid in ids if cid not in self.before]
        if not fresh:
            return
        found: dict[int, Mark] = {
            cid: (Status(status), due) for cid, status, due in session.execute(
                sa.select(ComplaintRow.id, ComplaintRow.status, ComplaintRow.next_due_at)
                .where(ComplaintRow.id.in_(fresh)))}
        for cid in fresh:
            self.before[cid] = found.get(cid)
