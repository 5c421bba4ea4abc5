"""Read queries for reports and exports: the facts of each complaint in a date range.

Returns plain frozen dataclasses (no ORM object leaves the store). Privacy is enforced here, at the
source: no reporter column is ever selected, and a *rahasia* complaint comes back without its title
(it may only be counted, never listed with text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa

from lapor_desktop.core.models import Classification, EventKind, Status, TimeZone
from lapor_desktop.core.status import OPEN_STATUSES
from lapor_desktop.store.engine import Store
from lapor_desktop.store.orm import ComplaintRow, EventRow

_FINISH_KINDS = (EventKind.CLOSED.value, EventKind.AUTO_CLOSED.value)


@dataclasses.dataclass(frozen=True, slots=True)
class ComplaintFacts:
    """What a report needs to know about one complaint (no reporter, no body, no event text).

    ``title`` is empty for a rahasia complaint. ``first_follow_up_at`` is the first follow-up
    event posted by the OPD; ``finished_at`` the first closing event (manual or automatic).
    """

    id: int
    tracking_id: str
    title: str
    category: str
    classification: Classification
    status: Status
    rahasia: bool
    disposed_at: dt.datetime
    first_response_due: dt.datetime | None
    completion_due: dt.datetime | None
    first_follow_up_at: dt.datetime | None
    finished_at: dt.datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class ReportContext:
    """Who the report is for and how fresh its data is."""

    agency_name: str
    agency_timezone: TimeZone
    officer_name: str
    last_sync_at: dt.datetime | None


def complaint_facts(store: Store, start: dt.datetime, end: dt.datetime, *,
                    open_before: bool = False) -> list[ComplaintFacts]:
    """Complaints disposed in the half-open instant range [start, end), oldest first; with
    ``open_before`` also the ones disposed earlier that are still open (they can be overdue)."""
    in_range = sa.and_(ComplaintRow.disposed_at >= start, ComplaintRow.disposed_at < end)
    if open_before:
        in_range = sa.or_(in_range, sa.and_(
            ComplaintRow.disposed_at < start,
            ComplaintRow.status.in_([s.value for s in OPEN_STATUSES])))
    first_fu = (sa.select(EventRow.complaint_id, sa.func.min(EventRow.at).label("at"))
                .where(EventRow.kind == EventKind.FOLLOW_UP.value)
                .group_by(EventRow.complaint_id).subquery())
    finished = (sa.select(EventRow.complaint_id, sa.func.min(EventRow.at).label("at"))
                .where(EventRow.kind.in_(_FINISH_KINDS))
                .group_by(EventRow.complaint_id).subquery())
    stmt = (sa.select(ComplaintRow.id, ComplaintRow.tracking_id, ComplaintRow.title,
                      ComplaintRow.category, ComplaintRow.classification, ComplaintRow.status,
                      ComplaintRow.rahasia, ComplaintRow.disposed_at,
                      ComplaintRow.first_response_due, ComplaintRow.completion_due,
                      first_fu.c.at, finished.c.at, ComplaintRow.updated_at)
            .outerjoin(first_fu, first_fu.c.complaint_id == ComplaintRow.id)
            .outerjoin(finished, finished.c.complaint_id == ComplaintRow.id)
            .where(in_range)
            .order_by(ComplaintRow.disposed_at, ComplaintRow.id))
    facts = []
    with store.session_factory() as session:
        for row in session.execute(stmt):
            fu_at, fin_at = row[10], row[11]  # min() keeps the column type: aware UTC
            status = Status(row.status)
            if fin_at is None and status is Status.SELESAI:
                fin_at = row.updated_at  # closed on the server without a closing event
            facts.append(ComplaintFacts(
                id=row.id, tracking_id=row.tracking_id, title="" if row.rahasia else row.title,
                category=row.category, classification=Classification(row.classification),
                status=status, rahasia=bool(row.rahasia), disposed_at=row.disposed_at,
                first_response_due=row.first_response_due, completion_due=row.completion_due,
                first_follow_up_at=fu_at, finished_at=fin_at))
    return facts


def report_context(store: Store) -> ReportContext:
    """Agency, time zone, officer and last sync time (sensible blanks before the first login)."""
    profile = store.profile.get()
    state = store.sync_state.get()
    if profile is None:
        return ReportContext("", TimeZone.WIB, "", state.last_sync_at)
    return ReportContext(profile.agency_name, profile.agency_timezone, profile.display_name,
                         state.last_sync_at)
