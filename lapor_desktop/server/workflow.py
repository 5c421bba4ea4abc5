"""Complaint workflow on the server: pure functions over a session, inside the caller's transaction.

Used by the routes (officer actions, auto-close), by ``seed`` and ``simulate``, and by tests to play
the national admin and the reporter. Every change visible to an OPD bumps ``revision`` and takes a
new ``seq`` from the server-wide counter.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind, Channel, Classification, EventKind, Status
from lapor_desktop.core.status import check_action
from lapor_desktop.protocol import ActionRequest, tz_from_wire
from lapor_desktop.server import models as m
from lapor_desktop.server.db import next_seq

SYSTEM_ACTOR = "Sistem LAPOR!"
ADMIN_ACTOR = "Admin Nasional"


@dataclasses.dataclass(frozen=True)
class NewComplaint:
    """What the national admin knows when disposing a new report to an OPD."""

    tracking_id: str
    title: str
    body: str
    category: str
    subcategory: str
    classification: Classification
    channel: Channel = Channel.WEBSITE
    location: str = ""
    anonim: bool = False
    rahasia: bool = False
    reporter_name: str | None = None
    reporter_phone: str | None = None
    reporter_email: str | None = None
    submitted_at: dt.datetime | None = None
    attachments: tuple[tuple[str, str], ...] = ()  # (sha256, filename) of existing blobs


def _touch(session: Session, c: m.Complaint, now: dt.datetime) -> None:
    c.revision += 1
    c.seq = next_seq(session)
    c.updated_at = now


def _event(session: Session, c: m.Complaint, kind: EventKind, now: dt.datetime, actor: str,
           text: str = "", **extra: object) -> m.Event:
    ev = m.Event(complaint_id=c.id, kind=kind.value, at=now, actor=actor, text=text, **extra)
    # Through the relationship, so the loaded complaint already holds its new event (the
    # action's receipt is built from it without reloading anything).
    ev.complaint = c
    session.add(ev)
    session.flush()
    return ev


def _link(session: Session, c: m.Complaint, sha256: str, filename: str,
          event: m.Event | None = None) -> None:
    blob = session.get(m.Blob, sha256)
    if blob is None:
        raise ValueError(f"blob {sha256} missing")
    link = m.AttachmentLink(complaint_id=c.id, event_id=event.id if event else None,
                            sha256=sha256, filename=filename, mime_type=blob.mime_type,
                            size=blob.size)
    if event is not None:
        # Into the event's collection too (the receipt is built from memory); loaded before
        # the link is pending, so the load cannot flush it and list it twice.
        with session.no_autoflush:
            event.attachments.append(link)
    session.add(link)


def _set_dues(c: m.Complaint, agency: m.Agency, calendar: WorkingCalendar) -> None:
    tz = tz_from_wire(agency.timezone)
    c.first_response_due = calendar.first_response_due(c.disposed_at, tz)
    c.completion_due = calendar.completion_due(c.disposed_at, Classification(c.classification),
                                               tz)
    c.auto_close_due = None


def dispose_new(session: Session, agency_id: str, data: NewComplaint, now: dt.datetime,
                calendar: WorkingCalendar) -> m.Complaint:
    """Create a complaint disposed to ``agency_id`` now, with due dates in the agency's tz."""
    agency = session.get(m.Agency, agency_id)
    if agency is None:
        raise ValueError(f"unknown agency {agency_id}")
    anonim = data.anonim
    c = m.Complaint(
        tracking_id=data.tracking_id, title=data.title, body=data.body, category=data.category,
        subcategory=data.subcategory, classification=data.classification.value,
        status=Status.TERDISPOSISI.value, revision=0, seq=0, agency_id=agency_id,
        submitted_at=data.submitted_at or now, disposed_at=now, location=data.location,
        channel=data.channel.value, anonim=anonim, rahasia=data.rahasia,
        # An anonymous report's identity is never stored, so it can never leak.
        reporter_name=None if anonim else data.reporter_name,
        reporter_phone=None if anonim else data.reporter_phone,
        reporter_email=None if anonim else data.reporter_email, updated_at=now)
    _set_dues(c, agency, calendar)
    session.add(c)
    session.flush()
    reporter = "Anonim" if anonim else (data.reporter_name or "Pelapor")
    _event(session, c, EventKind.SUBMITTED, c.submitted_at, reporter, data.body[:500])
    _event(session, c, EventKind.VERIFIED, c.submitted_at, ADMIN_ACTOR)
    _event(session, c, EventKind.DISPOSED, now, ADMIN_ACTOR, f"Didisposisikan ke {agency.name}")
    for sha, name in data.attachments:
        _link(session, c, sha, name)
    _touch(session, c, now)
    return c


def apply_action(session: Session, c: m.Complaint, req: ActionRequest, *, actor: str,
                 agency_id: str, now: dt.datetime, calendar: WorkingCalendar,
                 attachments: list[tuple[str, str]] = ()) -> m.Event:
    """Apply an officer action (already scope- and validity-checked) and return its event.

    Raises :class:`~lapor_desktop.core.errors.ActionNotAllowedError` if the status forbids it.
    """
    check_action(Status(c.status), req.kind)
    match req.kind:
        case ActionKind.FOLLOW_UP:
            agency = session.get(m.Agency, c.agency_id)
            ev = _event(session, c, EventKind.FOLLOW_UP, now, actor, req.text or "",
                        agency_id=agency_id, propose_close=req.propose_close)
            for sha, name in attachments:
                _link(session, c, sha, name, ev)
            c.status = Status.DITINDAKLANJUTI.value
            c.auto_close_due = calendar.auto_close_due(now, tz_from_wire(agency.timezone))
        case ActionKind.INTERNAL_NOTE:
            ev = _event(session, c, EventKind.INTERNAL_NOTE, now, actor, req.text or "",
                        agency_id=agency_id)
        case ActionKind.BUKAN_WEWENANG:
            ev = _event(session, c, EventKind.REDISPOSITION_REQUESTED, now, actor,
                        req.reason or "", agency_id=agency_id,
                        suggested_agency=req.suggested_agency)
            c.status = Status.DIKEMBALIKAN.value
            c.auto_close_due = None
        case ActionKind.ACKNOWLEDGE_REPLY:
            ev = _event(session, c, EventKind.REPLY_ACKNOWLEDGED, now, actor, req.text or "",
                        agency_id=agency_id)
    _touch(session, c, now)
    return ev


def link_related(session: Session, c: m.Complaint, note: m.Event, related: list[m.Complaint], *,
                 actor: str, agency_id: str, now: dt.datetime) -> None:
    """Record ``c`` and each of ``related`` as one problem: a link row per new pair, and an
    internal note on each related complaint so the agency sees the link from either side."""
    for other in related:
        low, high = sorted((c.id, other.id))
        exists = session.execute(select(m.ComplaintLink.id).where(
            m.ComplaintLink.low_id == low, m.ComplaintLink.high_id == high)).first()
        if exists:
            continue
        session.add(m.ComplaintLink(agency_id=agency_id, low_id=low, high_id=high,
                                    event_id=note.id, created_at=now))
        _event(session, other, EventKind.INTERNAL_NOTE, now, actor,
               f"Terkait dengan #{c.tracking_id}", agency_id=agency_id)
        _touch(session, other, now)


def unlink_related(session: Session, c: m.Complaint, unrelated: list[m.Complaint], *,
                   actor: str, agency_id: str, now: dt.datetime) -> None:
    """Remove the recorded link between ``c`` and each of ``unrelated`` (the officer found
    they are different problems), with an internal note on the other side too; a pair that
    was not linked is left as it is."""
    for other in unrelated:
        low, high = sorted((c.id, other.id))
        link = session.execute(select(m.ComplaintLink).where(
            m.ComplaintLink.low_id == low, m.ComplaintLink.high_id == high)).scalar_one_or_none()
        if link is None:
            continue
        session.delete(link)
        _event(session, other, EventKind.INTERNAL_NOTE, now, actor,
               f"Tidak lagi terkait dengan #{c.tracking_id}", agency_id=agency_id)
        _touch(session, other, now)


def reporter_reply(session: Session, c: m.Complaint, text: str, now: dt.datetime) -> m.Event:
    """The reporter answers a follow-up: the work is open again (*Ditanggapi Pelapor*)."""
    actor = "Anonim" if c.anonim else (c.reporter_name or "Pelapor")
    ev = _event(session, c, EventKind.REPORTER_REPLY, now, actor, text)
    c.status = Status.DITANGGAPI_PELAPOR.value
    c.auto_close_due = None
    _touch(session, c, now)
    return ev


def close(session: Session, c: m.Complaint, now: dt.datetime, *, auto: bool = False,
          text: str = "") -> m.Event:
    """Close a complaint (*Selesai*), by the admin or by the auto-close rule."""
    kind = EventKind.AUTO_CLOSED if auto else EventKind.CLOSED
    ev = _event(session, c, kind, now, SYSTEM_ACTOR if auto else ADMIN_ACTOR, text or (
        "Ditutup otomatis: tidak ada tanggapan dalam 10 hari kerja" if auto else "Laporan selesai"))
    c.status = Status.SELESAI.value
    c.auto_close_due = None
    _touch(session, c, now)
    return ev


def archive(session: Session, c: m.Complaint, now: dt.datetime) -> m.Event:
    """Archive a complaint (*Arsip*)."""
    ev = _event(session, c, EventKind.ARCHIVED, now, ADMIN_ACTOR, "Laporan diarsipkan")
    c.status = Status.ARSIP.value
    c.auto_close_due = None
    _touch(session, c, now)
    return ev


def auto_close_sweep(session: Session, now: dt.datetime) -> int:
    """Close every *Ditindaklanjuti* complaint whose auto-close time has passed; returns count."""
    due = session.execute(
        select(m.Complaint).where(m.Complaint.status == Status.DITINDAKLANJUTI.value,
                                  m.Complaint.auto_close_due < now)
        .order_by(m.Complaint.id).with_for_update()).scalars().all()
    for c in due:
        close(session, c, now, auto=True)
    return len(due)


def has_auto_close_due(session: Session, now: dt.datetime) -> bool:
    """Cheap read-only check so the sweep only opens a write transaction when needed."""
    return session.execute(
        select(m.Complaint.id).where(m.Complaint.status == Status.DITINDAKLANJUTI.value,
                                     m.Complaint.auto_close_due < now).limit(1)).first() is not None


def redispose(session: Session, c: m.Complaint, new_agency_id: str, now: dt.datetime,
              calendar: WorkingCalendar) -> m.Tombstone:
    """Move a complaint to another agency.

    The old agency gets a tombstone with its own new seq (its feed tells the client to drop the
    copy); the complaint takes a later seq, so the new agency's feed carries it.
    """
    agency = session.get(m.Agency, new_agency_id)
    if agency is None:
        raise ValueError(f"unknown agency {new_agency_id}")
    if new_agency_id == c.agency_id:
        raise ValueError("already disposed to that agency")
    tomb = m.Tombstone(complaint_id=c.id, tracking_id=c.tracking_id, agency_id=c.agency_id,
                       seq=next_seq(session), reason="redisposed", at=now)
    session.add(tomb)
    c.agency_id = new_agency_id
    c.status = Status.TERDISPOSISI.value
    c.disposed_at = now
    _set_dues(c, agency, calendar)
    _event(session, c, EventKind.DISPOSED, now, ADMIN_ACTOR, f"Didisposisikan ke {agency.name}")
    _touch(session, c, now)
    return tomb
