"""ORM rows -> wire snapshots, applying the visibility rules in one place.

- anonim complaints never carry a reporter, whatever the row holds;
- internal notes are shown only to the agency that wrote them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, object_session

from lapor_desktop.core.models import EventKind
from lapor_desktop.protocol import (
    AttachmentInfo,
    ComplaintSnapshot,
    EventSnapshot,
    ReporterInfo,
    SignoffSnapshot,
)
from lapor_desktop.server import models as m
from lapor_desktop.server.signoff_view import requests_of, requests_of_many


def attachment_info(link: m.AttachmentLink) -> AttachmentInfo:
    """Wire form of an attachment link."""
    return AttachmentInfo(sha256=link.sha256, filename=link.filename, mime_type=link.mime_type,
                          size=link.size)


def event_visible(event: m.Event, viewer_agency: str) -> bool:
    """Internal notes belong to the OPD that wrote them; every other event is shared."""
    return event.kind != EventKind.INTERNAL_NOTE or event.agency_id == viewer_agency


def complaint_snapshot(row: m.Complaint, viewer_agency: str,
                       signoffs: list[SignoffSnapshot] | None = None) -> ComplaintSnapshot:
    """The snapshot of ``row`` as the officers of ``viewer_agency`` may see it; ``signoffs``
    when the caller loaded them already (:func:`complaint_snapshots` for a page)."""
    reporter = None
    if not row.anonim and row.reporter_name:
        reporter = ReporterInfo(name=row.reporter_name, phone=row.reporter_phone,
                                email=row.reporter_email)
    if signoffs is None:
        session = object_session(row)
        signoffs = requests_of(session, row) if session is not None else []
    approved_by = {s.published_event_id: s.reviewer for s in signoffs if s.published_event_id}
    events = [
        EventSnapshot(id=e.id, kind=EventKind(e.kind), at=e.at, actor=e.actor, text=e.text,
                      attachments=[attachment_info(a) for a in e.attachments],
                      propose_close=e.propose_close, suggested_agency=e.suggested_agency,
                      approved_by=approved_by.get(e.id))
        for e in row.events if event_visible(e, viewer_agency)]
    return ComplaintSnapshot(
        id=row.id, tracking_id=row.tracking_id, title=row.title, body=row.body,
        category=row.category, subcategory=row.subcategory, classification=row.classification,
        status=row.status, revision=row.revision, agency_id=row.agency_id,
        submitted_at=row.submitted_at, disposed_at=row.disposed_at, location=row.location,
        channel=row.channel, anonim=row.anonim, rahasia=row.rahasia, reporter=reporter,
        first_response_due=row.first_response_due, completion_due=row.completion_due,
        auto_close_due=row.auto_close_due, updated_at=row.updated_at, seq=row.seq,
        events=events, attachments=[attachment_info(a) for a in row.attachments],
        signoffs=signoffs)


def complaint_snapshots(session: Session, rows: list[m.Complaint],
                        viewer_agency: str) -> list[ComplaintSnapshot]:
    """Snapshots of ``rows`` (one feed page), their sign-off requests read in one query."""
    signoffs = requests_of_many(session, rows)
    return [complaint_snapshot(r, viewer_agency, signoffs[r.id]) for r in rows]
