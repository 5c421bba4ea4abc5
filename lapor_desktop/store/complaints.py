"""Complaint snapshots: upsert from the server, tombstones, and reads of whole complaints."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from lapor_desktop.core.deadlines import next_due
from lapor_desktop.core.models import (
    Attachment,
    Channel,
    Classification,
    Complaint,
    Event,
    EventKind,
    LocalState,
    Reporter,
    Status,
)
from lapor_desktop.store._base import (
    OPEN_DRAFT_STATES,
    DraftState,
    OutboxState,
    Repository,
    refresh_local_state,
)
from lapor_desktop.store.orm import AttachmentRow, ComplaintRow, DraftRow, EventRow, OutboxRow
from lapor_desktop.store.signoff import replace_signoffs

REMOVED_ERROR_KIND = "removed"
REMOVED_REASON = ("Laporan ini tidak lagi terdisposisi ke instansi Anda (dihapus dari antrean oleh "
                  "server). Draf tetap disimpan.")


@dataclasses.dataclass(frozen=True, slots=True)
class LocalInfo:
    """Local bookkeeping of a stored complaint that the server snapshot does not carry."""

    local_state: LocalState
    next_due_at: dt.datetime | None
    synced_at: dt.datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class ReporterComplaint:
    """Another complaint of the same reporter: enough to list it and open it."""

    id: int
    tracking_id: str
    title: str
    status: Status
    disposed_at: dt.datetime


class ComplaintRepository(Repository):
    """Complaint snapshots with their events and attachments, keyed by the server id."""

    def same_reporter(self, complaint_id: int, *, session: Session | None = None
                      ) -> list[ReporterComplaint]:
        """The other complaints of this complaint's reporter (same phone or e-mail), newest
        first. Nothing for an anonim complaint (no identity to match) and nothing for or
        from a rahasia one: a confidential report is never linked to its reporter's others."""
        with self._reading(session) as s:
            row = s.get(ComplaintRow, complaint_id)
            if row is None or row.anonim or row.rahasia:
                return []
            keys = []
            if row.reporter_phone and row.reporter_phone.strip():
                keys.append(ComplaintRow.reporter_phone == row.reporter_phone)
            if row.reporter_email and row.reporter_email.strip():
                keys.append(sa.func.lower(ComplaintRow.reporter_email)
                            == row.reporter_email.lower())
            if not keys:
                return []
            stmt = (sa.select(ComplaintRow.id, ComplaintRow.tracking_id, ComplaintRow.title,
                              ComplaintRow.status, ComplaintRow.disposed_at)
                    .where(sa.or_(*keys), ComplaintRow.id != complaint_id,
                           ComplaintRow.anonim.is_(False), ComplaintRow.rahasia.is_(False))
                    .order_by(ComplaintRow.disposed_at.desc(), ComplaintRow.id.desc())
                    .limit(50))
            return [ReporterComplaint(r.id, r.tracking_id, r.title, Status(r.status),
                                      r.disposed_at) for r in s.execute(stmt)]

    def upsert_snapshots(self, session: Session, complaints: Iterable[Complaint]) -> None:
        """Insert or replace each complaint with its events and attachments.

        Local columns survive: ``local_state`` is recomputed from drafts and outbox, and a
        downloaded attachment's ``cache_path`` is kept for any attachment with the same SHA-256.
        """
        complaints = list(complaints)
        if not complaints:
            return
        now = self._clock()
        shas = {a.sha256 for c in complaints for a in _all_attachments(c)}
        cached = dict(session.execute(
            sa.select(AttachmentRow.sha256, sa.func.max(AttachmentRow.cache_path))
            .where(AttachmentRow.sha256.in_(shas), AttachmentRow.cache_path.is_not(None))
            .group_by(AttachmentRow.sha256)).all()) if shas else {}
        ids = [c.id for c in complaints]
        # The snapshot is the full truth about the children, but history events never change
        # once written: rows already stored as they are stay, so a receipt (one new event)
        # writes one event, not the whole history again.
        events = [_event_values(c.id, pos, e) for c in complaints for pos, e in
                  enumerate(c.events)]
        stored = _stored_events(session, ids)
        wanted = {_event_key(v) for v in events}
        stale = [key[0] for key in stored if key not in wanted]
        events = [v for v in events if _event_key(v) not in stored]
        new_events = {v["id"] for v in events}
        session.execute(sa.delete(AttachmentRow).where(AttachmentRow.complaint_id.in_(ids),
                                                       AttachmentRow.event_id.is_(None)))
        for start in range(0, len(stale), _CHUNK):
            chunk = stale[start:start + _CHUNK]
            session.execute(sa.delete(AttachmentRow).where(AttachmentRow.event_id.in_(chunk)))
            session.execute(sa.delete(EventRow).where(EventRow.id.in_(chunk)))
        rows = [_complaint_values(c, now) for c in complaints]
        # Core statements on the tables, not the ORM bulk path: one executemany each (the ORM
        # split the upsert into a statement per group of rows with the same None columns).
        conn = session.connection()
        stmt = sqlite_insert(ComplaintRow.__table__)
        updatable = {k: stmt.excluded[k] for k in rows[0] if k not in ("id", "local_state")}
        conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=updatable), rows)
        if events:
            conn.execute(EventRow.__table__.insert(), events)
        attachments = [_attachment_values(c.id, None, a, cached) for c in complaints
                       for a in c.attachments]
        attachments += [_attachment_values(c.id, e.id, a, cached) for c in complaints
                        for e in c.events if e.id in new_events for a in e.attachments]
        if attachments:
            conn.execute(AttachmentRow.__table__.insert(), attachments)
        replace_signoffs(session, complaints)
        refresh_local_state(session, ids)

    def remove(self, session: Session, complaint_id: int) -> list[int]:
        """Apply a tombstone: drop the complaint with its events and attachments.

        Drafts and outbox operations are never deleted: open drafts and pending operations of the
        complaint become *needs attention* (error kind ``removed``). Returns the affected draft ids.
        """
        now = self._clock()
        session.execute(sa.delete(ComplaintRow).where(ComplaintRow.id == complaint_id))
        draft_ids = list(session.scalars(
            sa.select(DraftRow.id).where(DraftRow.complaint_id == complaint_id,
                                         DraftRow.state.in_(OPEN_DRAFT_STATES))
            .order_by(DraftRow.id)))
        if draft_ids:
            session.execute(sa.update(DraftRow).where(DraftRow.id.in_(draft_ids)).values(
                state=DraftState.NEEDS_ATTENTION.value, attention_reason=REMOVED_REASON,
                updated_at=now))
        session.execute(
            sa.update(OutboxRow)
            .where(OutboxRow.complaint_id == complaint_id,
                   OutboxRow.state.in_((OutboxState.QUEUED, OutboxState.SENDING)))
            .values(state=OutboxState.NEEDS_ATTENTION.value, error_kind=REMOVED_ERROR_KIND,
                    last_error=REMOVED_REASON, updated_at=now))
        return draft_ids

    def get(self, complaint_id: int, *, session: Session | None = None) -> Complaint | None:
        """The full complaint (events and attachments included), or None if not stored."""
        with self._reading(session) as s:
            row = s.scalars(_full_select().where(ComplaintRow.id == complaint_id)).first()
            return _to_complaint(row) if row else None

    def get_by_tracking_id(self, tracking_id: str, *,
                           session: Session | None = None) -> Complaint | None:
        """The full complaint with this tracking id, or None."""
        with self._reading(session) as s:
            row = s.scalars(_full_select().where(ComplaintRow.tracking_id == tracking_id)).first()
            return _to_complaint(row) if row else None

    def local_info(self, complaint_id: int, *,
                   session: Session | None = None) -> LocalInfo | None:
        """Local state, next due date and last sync time of a stored complaint."""
        with self._reading(session) as s:
            row = s.execute(sa.select(ComplaintRow.local_state, ComplaintRow.next_due_at,
                                      ComplaintRow.synced_at)
                            .where(ComplaintRow.id == complaint_id)).first()
            return LocalInfo(LocalState(row[0]), row[1], row[2]) if row else None

    def counts_by_status(self, *, session: Session | None = None) -> dict[Status, int]:
        """Number of stored complaints per server status (every status present, zero if none)."""
        with self._reading(session) as s:
            found = dict(s.execute(sa.select(ComplaintRow.status, sa.func.count())
                                   .group_by(ComplaintRow.status)).all())
        return {status: int(found.get(status.value, 0)) for status in Status}

    def ids(self, *, session: Session | None = None) -> set[int]:
        """Ids of every stored complaint (for reconciliation after a full resync)."""
        with self._reading(session) as s:
            return set(s.scalars(sa.select(ComplaintRow.id)))

    def status_marks(self, ids: Iterable[int] | None = None, *, session: Session | None = None
                     ) -> list[tuple[int, str, str, Status, dt.datetime | None]]:
        """(id, tracking id, title, status, next due) of the complaints ``ids`` (None: all),
        in one light query: no bodies, no events, no row objects."""
        stmt = sa.select(ComplaintRow.id, ComplaintRow.tracking_id, ComplaintRow.title,
                         ComplaintRow.status, ComplaintRow.next_due_at)
        if ids is not None:
            wanted = list(ids)
            if not wanted:
                return []
            stmt = stmt.where(ComplaintRow.id.in_(wanted))
        with self._reading(session) as s:
            return [(cid, tracking, title, Status(status), due)
                    for cid, tracking, title, status, due in s.execute(stmt)]

    def due_between(self, start: dt.datetime, end: dt.datetime, *,
                    session: Session | None = None) -> list[int]:
        """Ids of complaints whose next deadline falls in ``(start, end]`` (the deadline index:
        proportional to what falls due, not to the size of the queue)."""
        stmt = (sa.select(ComplaintRow.id)
                .where(ComplaintRow.next_due_at > start, ComplaintRow.next_due_at <= end))
        with self._reading(session) as s:
            return list(s.scalars(stmt))

    def cache_path(self, sha256: str, *, session: Session | None = None) -> str | None:
        """Where the attachment with this hash is cached locally, if it has been downloaded."""
        with self._reading(session) as s:
            return s.scalar(sa.select(sa.func.max(AttachmentRow.cache_path))
                            .where(AttachmentRow.sha256 == sha256))

    def set_cache_path(self, session: Session, sha256: str, cache_path: str | None) -> int:
        """Record (or clear) the local cache file of every attachment with this hash."""
        result = session.execute(sa.update(AttachmentRow).where(AttachmentRow.sha256 == sha256)
                                 .values(cache_path=cache_path))
        return int(result.rowcount)  # type: ignore[attr-defined]


_CHUNK = 900  # ids per IN (...) list


def _event_key(v: dict[str, Any]) -> tuple[Any, ...]:
    return (v["id"], v["complaint_id"], v["position"], v["kind"], v["at"], v["actor"], v["text"])


def _stored_events(session: Session, ids: list[int]) -> set[tuple[Any, ...]]:
    """The stored events of ``ids`` as comparable keys (times as aware UTC, like the domain)."""
    found: set[tuple[Any, ...]] = set()
    for start in range(0, len(ids), _CHUNK):
        found.update(tuple(r) for r in session.execute(
            sa.select(EventRow.id, EventRow.complaint_id, EventRow.position, EventRow.kind,
                      EventRow.at, EventRow.actor, EventRow.text)
            .where(EventRow.complaint_id.in_(ids[start:start + _CHUNK]))))
    return found


def _all_attachments(c: Complaint) -> Iterable[Attachment]:
    yield from c.attachments
    for e in c.events:
        yield from e.attachments


def _complaint_values(c: Complaint, now: dt.datetime) -> dict[str, Any]:
    reporter = None if c.anonim else c.reporter  # never store an anonymous reporter's identity
    return {
        "id": c.id, "tracking_id": c.tracking_id, "title": c.title, "body": c.body,
        "category": c.category, "subcategory": c.subcategory,
        "classification": c.classification.value, "status": c.status.value,
        "revision": c.revision, "agency_id": c.agency_id, "submitted_at": c.submitted_at,
        "disposed_at": c.disposed_at, "location": c.location, "channel": c.channel.value,
        "anonim": c.anonim, "rahasia": c.rahasia,
        "reporter_name": reporter.name if reporter else None,
        "reporter_phone": reporter.phone if reporter else None,
        "reporter_email": reporter.email if reporter else None,
        "first_response_due": c.first_response_due, "completion_due": c.completion_due,
        "auto_close_due": c.auto_close_due, "updated_at": c.updated_at,
        "next_due_at": next_due(c), "local_state": LocalState.NONE.value, "synced_at": now,
    }


def _event_values(complaint_id: int, position: int, e: Event) -> dict[str, Any]:
    return {"id": e.id, "complaint_id": complaint_id, "position": position,
            "kind": e.kind.value, "at": e.at, "actor": e.actor, "text": e.text}


def _attachment_values(complaint_id: int, event_id: int | None, a: Attachment,
                       cached: dict[str, str]) -> dict[str, Any]:
    return {"complaint_id": complaint_id, "event_id": event_id, "sha256": a.sha256,
            "filename": a.filename, "mime_type": a.mime_type, "size": a.size,
            "cache_path": cached.get(a.sha256)}


def _full_select() -> sa.Select[tuple[ComplaintRow]]:
    return sa.select(ComplaintRow).options(selectinload(ComplaintRow.events),
                                           selectinload(ComplaintRow.attachments))


def _to_attachment(row: AttachmentRow) -> Attachment:
    return Attachment(sha256=row.sha256, filename=row.filename, mime_type=row.mime_type,
                      size=row.size)


def _to_complaint(row: ComplaintRow) -> Complaint:
    by_event: dict[int | None, list[Attachment]] = {}
    for a in row.attachments:
        by_event.setdefault(a.event_id, []).append(_to_attachment(a))
    events = tuple(Event(id=e.id, kind=EventKind(e.kind), at=e.at, actor=e.actor, text=e.text,
                         attachments=tuple(by_event.get(e.id, ()))) for e in row.events)
    reporter = None
    if not row.anonim and row.reporter_name is not None:
        reporter = Reporter(name=row.reporter_name, phone=row.reporter_phone,
                            email=row.reporter_email)
    return Complaint(
        id=row.id, tracking_id=row.tracking_id, title=row.title, body=row.body,
        category=row.category, subcategory=row.subcategory,
        classification=Classification(row.classification), status=Status(row.status),
        revision=row.revision, agency_id=row.agency_id, submitted_at=row.submitted_at,
        disposed_at=row.disposed_at, location=row.location, channel=Channel(row.channel),
        anonim=row.anonim, rahasia=row.rahasia, reporter=reporter,
        first_response_due=row.first_response_due, completion_due=row.completion_due,
        auto_close_due=row.auto_close_due, updated_at=row.updated_at, events=events,
        attachments=tuple(by_event.get(None, ())))
