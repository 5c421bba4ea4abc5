"""The reference server's own database tables (never shared with the client's store/).

Datetimes are stored as UTC; SQLite drops the offset, so :class:`UTCDateTime` restores it on load.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in and out, on SQLite (naive storage) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # noqa: D102 - SQLAlchemy hook
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base of the server tables."""


class Counter(Base):
    """Single-row table holding the server-wide change sequence (row id 1)."""

    __tablename__ = "counters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Agency(Base):
    """An OPD or a kabupaten/kota government that complaints are disposed to."""

    __tablename__ = "agencies"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(4))  # WIB | WITA | WIT
    level: Mapped[str] = mapped_column(String(16))  # provinsi | kabupaten | kota


class Officer(Base):
    """A login at one agency."""

    __tablename__ = "officers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    agency: Mapped[Agency] = relationship(lazy="joined")


class Token(Base):
    """A bearer token, stored as its SHA-256 so a database leak does not leak sessions."""

    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class LoginThrottle(Base):
    """Failed logins of one account or one client address, shared by every server process.

    ``scope`` is ``account`` (the lower-cased username) or ``address`` (the client address as
    seen after trusted proxies). ``next_allowed_at`` grows exponentially with ``failures`` up to
    a cap: a slower attacker, never a permanent lock of a named officer.
    """

    __tablename__ = "login_throttle"
    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    next_allowed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Complaint(Base):
    """A complaint and its current state; ``seq`` is the sequence of its last visible change."""

    __tablename__ = "complaints"
    __table_args__ = (Index("ix_complaints_agency_seq", "agency_id", "seq"),
                      Index("ix_complaints_status_autoclose", "status", "auto_close_due"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tracking_id: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(200))
    subcategory: Mapped[str] = mapped_column(String(200))
    classification: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(Integer)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"))
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    disposed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    location: Mapped[str] = mapped_column(String(300), default="")
    channel: Mapped[str] = mapped_column(String(16))
    anonim: Mapped[bool] = mapped_column(Boolean, default=False)
    rahasia: Mapped[bool] = mapped_column(Boolean, default=False)
    reporter_name: Mapped[str | None] = mapped_column(String(200))
    reporter_phone: Mapped[str | None] = mapped_column(String(40))
    reporter_email: Mapped[str | None] = mapped_column(String(200))
    first_response_due: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    completion_due: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    auto_close_due: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    events: Mapped[list[Event]] = relationship(order_by="Event.id", lazy="selectin",
                                               back_populates="complaint")
    attachments: Mapped[list[AttachmentLink]] = relationship(
        primaryjoin="and_(AttachmentLink.complaint_id == Complaint.id, "
                    "AttachmentLink.event_id.is_(None))",
        order_by="AttachmentLink.id", lazy="selectin", viewonly=True)


class Event(Base):
    """One history event; ``agency_id`` scopes internal notes to the OPD that wrote them."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    agency_id: Mapped[str | None] = mapped_column(String(64))
    propose_close: Mapped[bool] = mapped_column(Boolean, default=False)
    suggested_agency: Mapped[str | None] = mapped_column(String(200))
    complaint: Mapped[Complaint] = relationship(back_populates="events")
    attachments: Mapped[list[AttachmentLink]] = relationship(order_by="AttachmentLink.id",
                                                             lazy="selectin")


class AttachmentLink(Base):
    """A blob attached to a complaint (``event_id`` null) or to one of its events."""

    __tablename__ = "attachment_links"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)


class Blob(Base):
    """File content, stored once per SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Tombstone(Base):
    """A complaint that left ``agency_id`` (re-disposed): the old OPD's feed reports it at ``seq``."""

    __tablename__ = "tombstones"
    __table_args__ = (Index("ix_tombstones_agency_seq", "agency_id", "seq"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(Integer)
    tracking_id: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Action(Base):
    """An accepted officer action, stored with its response so a replayed key gets the same one."""

    __tablename__ = "actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class UploadSession(Base):
    """A resumable upload; once complete it also records which agency may use the blob."""

    __tablename__ = "upload_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    agency_id: Mapped[str] = mapped_column(String(64), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(200))
    mime_type: Mapped[str] = mapped_column(String(64))
    offset: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class UploadChunk(Base):
    """Bytes received so far for an incomplete upload, in order of ``offset``."""

    __tablename__ = "upload_chunks"
    __table_args__ = (UniqueConstraint("upload_id", "offset"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upload_id: Mapped[str] = mapped_column(ForeignKey("upload_sessions.id"), index=True)
    offset: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ComplaintLink(Base):
    """An officer recorded two of the agency's complaints as the same problem (an internal
    note with ``related``); ``low_id`` < ``high_id``, one row per pair."""

    __tablename__ = "complaint_links"
    __table_args__ = (UniqueConstraint("low_id", "high_id", name="uq_complaint_links_pair"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[str] = mapped_column(String(64), index=True)
    low_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    high_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
