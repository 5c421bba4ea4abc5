"""Read-only questions the training lessons ask of the server's database.

The lessons (lapor_desktop/workbench/lessons.py) check a trainee's work against the training
server's real state; SQL stays here, with the server's own models.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import func, select

from lapor_desktop.core.models import EventKind, Status
from lapor_desktop.server import models as m
from lapor_desktop.server.db import Database


@dataclasses.dataclass(frozen=True)
class EventFacts:
    """What a lesson needs of one event."""

    id: int
    text: str
    suggested_agency: str | None
    attachments: int


def last_event_id(db: Database) -> int:
    """The newest event's id (a lesson's starting line: only later events count)."""
    with db.read() as s:
        return int(s.execute(select(func.max(m.Event.id))).scalar_one() or 0)


def officer_events(db: Database, complaint_id: int, after: int, kind: EventKind,
                   agency_id: str) -> list[EventFacts]:
    """Events of ``kind`` by ``agency_id``'s officers on a complaint, after event ``after``."""
    with db.read() as s:
        rows = s.execute(select(m.Event).where(
            m.Event.complaint_id == complaint_id, m.Event.id > after,
            m.Event.kind == kind.value, m.Event.agency_id == agency_id)
            .order_by(m.Event.id)).scalars().all()
        return [EventFacts(ev.id, ev.text, ev.suggested_agency, len(ev.attachments))
                for ev in rows]


def tracking_id(db: Database, complaint_id: int) -> str:
    """A complaint's tracking id."""
    with db.read() as s:
        return s.get(m.Complaint, complaint_id).tracking_id


def waiting_by_due(db: Database, agency_id: str, *, not_before: dt.datetime | None = None
                   ) -> list[tuple[int, str]]:
    """(id, tracking id) of the agency's *Terdisposisi* complaints, first response due first."""
    stmt = select(m.Complaint.id, m.Complaint.tracking_id).where(
        m.Complaint.agency_id == agency_id, m.Complaint.status == Status.TERDISPOSISI.value)
    if not_before is not None:
        stmt = stmt.where(m.Complaint.first_response_due >= not_before)
    with db.read() as s:
        return [(int(cid), str(t)) for cid, t in s.execute(
            stmt.order_by(m.Complaint.first_response_due, m.Complaint.id)).all()]


def next_due_open(db: Database, agency_id: str, now: dt.datetime) -> tuple[int, str] | None:
    """(id, tracking id) of the agency's open complaint whose next deadline (the rule the
    client's queue shows: first response while *Terdisposisi*, else completion) is the
    nearest one not yet passed."""
    open_statuses = (Status.TERDISPOSISI.value, Status.DITINDAKLANJUTI.value,
                     Status.DITANGGAPI_PELAPOR.value)
    with db.read() as s:
        rows = s.execute(select(m.Complaint.id, m.Complaint.tracking_id, m.Complaint.status,
                                m.Complaint.first_response_due, m.Complaint.completion_due)
                         .where(m.Complaint.agency_id == agency_id,
                                m.Complaint.status.in_(open_statuses))).all()
    best: tuple[dt.datetime, int, str] | None = None
    for cid, tracking, status, first, completion in rows:
        due = (first or completion) if status == Status.TERDISPOSISI.value else completion
        if due is not None and due >= now and (best is None or (due, cid) < best[:2]):
            best = (due, int(cid), str(tracking))
    return None if best is None else (best[1], best[2])
