"""Conversions between wire snapshots and domain objects, shared by client and server."""

from __future__ import annotations

import datetime as dt

from lapor_desktop.core.models import Attachment, Complaint, Event, Reporter
from lapor_desktop.protocol.limits import sanitize_filename
from lapor_desktop.protocol.models import (
    AttachmentInfo,
    ComplaintSnapshot,
    EventSnapshot,
    ReporterInfo,
    SignoffSnapshot,
)


def _attachment_from_info(info: AttachmentInfo) -> Attachment:
    # A server's name is cleaned on receipt exactly as for saving (RTL overrides, CON.png ...).
    return Attachment(sha256=info.sha256, filename=sanitize_filename(info.filename),
                      mime_type=info.mime_type, size=info.size)


def _attachment_to_info(att: Attachment) -> AttachmentInfo:
    return AttachmentInfo(sha256=att.sha256, filename=att.filename, mime_type=att.mime_type,
                          size=att.size)


def snapshot_to_complaint(s: ComplaintSnapshot) -> Complaint:
    """The domain object for a snapshot (drops wire-only fields: ``seq``, event extras)."""
    reporter = None
    if s.reporter is not None and not s.anonim:
        reporter = Reporter(name=s.reporter.name, phone=s.reporter.phone, email=s.reporter.email)
    events = tuple(
        Event(id=e.id, kind=e.kind, at=e.at.astimezone(dt.UTC), actor=e.actor, text=e.text,
              attachments=tuple(_attachment_from_info(a) for a in e.attachments))
        for e in s.events)

    def utc(value: dt.datetime | None) -> dt.datetime | None:
        return value.astimezone(dt.UTC) if value is not None else None

    return Complaint(
        id=s.id, tracking_id=s.tracking_id, title=s.title, body=s.body, category=s.category,
        subcategory=s.subcategory, classification=s.classification, status=s.status,
        revision=s.revision, agency_id=s.agency_id, submitted_at=s.submitted_at.astimezone(dt.UTC),
        disposed_at=s.disposed_at.astimezone(dt.UTC), location=s.location, channel=s.channel,
        anonim=s.anonim, rahasia=s.rahasia, reporter=reporter,
        first_response_due=utc(s.first_response_due), completion_due=utc(s.completion_due),
        auto_close_due=utc(s.auto_close_due), updated_at=utc(s.updated_at), events=events,
        attachments=tuple(_attachment_from_info(a) for a in s.attachments),
        signoffs=tuple(so.model_dump(mode="json") for so in s.signoffs))


def complaint_to_snapshot(c: Complaint, *, seq: int) -> ComplaintSnapshot:
    """The wire snapshot of a domain complaint at server sequence ``seq``.

    The reporter is dropped for anonim complaints whatever the input holds.
    """
    reporter = None
    if c.reporter is not None and not c.anonim:
        reporter = ReporterInfo(name=c.reporter.name, phone=c.reporter.phone,
                                email=c.reporter.email)
    return ComplaintSnapshot(
        id=c.id, tracking_id=c.tracking_id, title=c.title, body=c.body, category=c.category,
        subcategory=c.subcategory, classification=c.classification, status=c.status,
        revision=c.revision, agency_id=c.agency_id, submitted_at=c.submitted_at,
        disposed_at=c.disposed_at, location=c.location, channel=c.channel, anonim=c.anonim,
        rahasia=c.rahasia, reporter=reporter, first_response_due=c.first_response_due,
        completion_due=c.completion_due, auto_close_due=c.auto_close_due,
        updated_at=c.updated_at, seq=seq,
        events=[EventSnapshot(id=e.id, kind=e.kind, at=e.at, actor=e.actor, text=e.text,
                              attachments=[_attachment_to_info(a) for a in e.attachments])
                for e in c.events],
        attachments=[_attachment_to_info(a) for a in c.attachments],
        signoffs=[SignoffSnapshot.model_validate(so) for so in c.signoffs])
