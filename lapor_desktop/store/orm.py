"""ORM models: the tables of the local store. Private to ``lapor_desktop.store``.

These classes never leave this package; repositories translate them to core dataclasses or to the
small frozen dataclasses the store defines. The migrations in ``migrations/versions`` create the same
schema by hand (a test compares the two), so a change here needs a new revision there.

Drafts and outbox rows deliberately have no enforcing foreign key to ``complaints``: a complaint can
be removed by a server tombstone, and nothing the officer wrote may disappear with it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from lapor_desktop.store.types import UTCDateTime


class Base(DeclarativeBase):
    """Declarative base of every table in the store."""

    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: sa.JSON}


class ComplaintRow(Base):
    """A complaint snapshot as last received, plus local bookkeeping (next due, local state)."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    tracking_id: Mapped[str] = mapped_column(sa.String(64), unique=True)
    title: Mapped[str] = mapped_column(sa.Text)
    body: Mapped[str] = mapped_column(sa.Text)
    category: Mapped[str] = mapped_column(sa.String(200))
    subcategory: Mapped[str] = mapped_column(sa.String(200))
    classification: Mapped[str] = mapped_column(sa.String(32))
    status: Mapped[str] = mapped_column(sa.String(32))
    revision: Mapped[int]
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    submitted_at: Mapped[dt.datetime]
    disposed_at: Mapped[dt.datetime]
    location: Mapped[str] = mapped_column(sa.Text, default="")
    channel: Mapped[str] = mapped_column(sa.String(32))
    anonim: Mapped[bool] = mapped_column(default=False)
    rahasia: Mapped[bool] = mapped_column(default=False)
    reporter_name: Mapped[str | None] = mapped_column(sa.Text)
    reporter_phone: Mapped[str | None] = mapped_column(sa.String(64))
    reporter_email: Mapped[str | None] = mapped_column(sa.String(320))
    first_response_due: Mapped[dt.datetime | None]
    completion_due: Mapped[dt.datetime | None]
    auto_close_due: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime | None]
    next_due_at: Mapped[dt.datetime | None]
    local_state: Mapped[str] = mapped_column(sa.String(32), default="none")
    synced_at: Mapped[dt.datetime | None]

    events: Mapped[list[EventRow]] = relationship(
        back_populates="complaint", cascade="all, delete-orphan", passive_deletes=True,
        order_by="EventRow.position")
    attachments: Mapped[list[AttachmentRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AttachmentRow.pk")

    # The (sort value, id) pairs are the keyset pagination keys: an index per sort lets a page
    # be read straight off the index with no temporary sort.
    __table_args__ = (
        sa.Index("ix_complaints_next_due", "next_due_at", "id"),
        sa.Index("ix_complaints_completion_due", "completion_due", "id"),
        sa.Index("ix_complaints_submitted", "submitted_at", "id"),
        sa.Index("ix_complaints_status", "status"),
        sa.Index("ix_complaints_local_state", "local_state"),
    )


class EventRow(Base):
    """One history event of a complaint; dies with the complaint."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    complaint_id: Mapped[int] = mapped_column(
        sa.ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(sa.String(32))
    at: Mapped[dt.datetime]
    actor: Mapped[str] = mapped_column(sa.Text)
    text: Mapped[str] = mapped_column(sa.Text, default="")

    complaint: Mapped[ComplaintRow] = relationship(back_populates="events")


class AttachmentRow(Base):
    """A file reference on a complaint (``event_id`` null) or on one of its events."""

    __tablename__ = "attachments"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(
        sa.ForeignKey("complaints.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(sa.ForeignKey("events.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    filename: Mapped[str] = mapped_column(sa.Text)
    mime_type: Mapped[str] = mapped_column(sa.String(200))
    size: Mapped[int]
    cache_path: Mapped[str | None] = mapped_column(sa.Text)


class DraftRow(Base):
    """An officer's draft action; copies tracking id and title so it outlives a tombstone."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    tracking_id: Mapped[str] = mapped_column(sa.String(64))
    complaint_title: Mapped[str] = mapped_column(sa.Text)
    kind: Mapped[str] = mapped_column(sa.String(32))
    payload: Mapped[dict[str, Any]]
    state: Mapped[str] = mapped_column(sa.String(32))
    base_revision: Mapped[int | None]
    attention_reason: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]


class DraftVersionRow(Base):
    """One autosaved version of a draft's payload."""

    __tablename__ = "draft_versions"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[int] = mapped_column(sa.ForeignKey("drafts.id", ondelete="CASCADE"))
    version_no: Mapped[int]
    payload: Mapped[dict[str, Any]]
    saved_at: Mapped[dt.datetime]

    __table_args__ = (sa.UniqueConstraint("draft_id", "version_no",
                                          name="uq_draft_versions_draft_version"),)


class OutboxRow(Base):
    """An officer action waiting for (or done with) the server. ``seq`` orders ops per complaint."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(sa.String(36), unique=True)
    complaint_id: Mapped[int] = mapped_column(sa.Integer)
    draft_id: Mapped[int | None] = mapped_column(sa.ForeignKey("drafts.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(sa.String(32))
    payload: Mapped[dict[str, Any]]
    base_revision: Mapped[int | None]
    state: Mapped[str] = mapped_column(sa.String(32))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime]
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    error_kind: Mapped[str | None] = mapped_column(sa.String(32))
    receipt_number: Mapped[str | None] = mapped_column(sa.String(128))
    accepted_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    # Identical failures in a row ("HTTP 500 internal_error"), so a poison action stops retrying.
    failure_signature: Mapped[str | None] = mapped_column(sa.String(200))
    failure_repeats: Mapped[int] = mapped_column(default=0, server_default="0")
    # Set when the officer stepped over a *needs attention* action: it no longer holds the queue.
    skipped_at: Mapped[dt.datetime | None]

    # AUTOINCREMENT: seq never goes back, even if the newest row were ever deleted.
    __table_args__ = (
        sa.Index("ix_outbox_complaint_seq", "complaint_id", "seq"),
        sa.Index("ix_outbox_state", "state"),
        {"sqlite_autoincrement": True},
    )


class SyncStateRow(Base):
    """The single row of sync bookkeeping (id is always 1)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    cursor: Mapped[str | None] = mapped_column(sa.Text)
    server_clock_offset_seconds: Mapped[float] = mapped_column(sa.Float, default=0.0)
    last_sync_at: Mapped[dt.datetime | None]
    last_sync_ok: Mapped[bool | None]
    last_error: Mapped[str | None] = mapped_column(sa.Text)


class OfficerProfileRow(Base):
    """The single row describing the signed-in officer and their agency (id is always 1)."""

    __tablename__ = "officer_profile"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    server_url: Mapped[str] = mapped_column(sa.Text)
    username: Mapped[str] = mapped_column(sa.Text)
    display_name: Mapped[str] = mapped_column(sa.Text)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    agency_name: Mapped[str] = mapped_column(sa.Text)
    agency_timezone: Mapped[str] = mapped_column(sa.String(64))
    role: Mapped[str] = mapped_column(sa.String(64))


class ReferenceDataRow(Base):
    """A named blob of reference data from the server (categories, agencies, holidays, ...)."""

    __tablename__ = "reference_data"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    version: Mapped[str] = mapped_column(sa.String(64))
    data: Mapped[Any] = mapped_column(sa.JSON)
    updated_at: Mapped[dt.datetime]


class SecretRow(Base):
    """A secret kept only inside an encrypted database (e.g. the server token on a PC without
    an OS keyring); :class:`~lapor_desktop.store.secrets.SecretRepository` refuses plaintext."""

    __tablename__ = "secrets"

    name: Mapped[str] = mapped_column(sa.String(200), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)
    updated_at: Mapped[dt.datetime]


class HandoverNoteRow(Base):
    """An officer's handover note on a complaint: written by the outgoing officer for the
    successor (``source`` "own"), or brought over in an imported package ("imported")."""

    __tablename__ = "handover_notes"

    id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    complaint_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    tracking_id: Mapped[str] = mapped_column(sa.String(64))
    author: Mapped[str] = mapped_column(sa.Text)
    text: Mapped[str] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(16))
    handover_id: Mapped[str | None] = mapped_column(sa.String(36))
    created_at: Mapped[dt.datetime]


class HandoverRow(Base):
    """A handover this profile made ("out") or received ("in"); ``id`` is the package id, so a
    package is imported at most once. ``summary`` lists what came over (complaints, work)."""

    __tablename__ = "handovers"

    id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(sa.String(8))
    from_officer: Mapped[str] = mapped_column(sa.Text)
    to_officer: Mapped[str] = mapped_column(sa.Text)
    agency_id: Mapped[str] = mapped_column(sa.String(64))
    at: Mapped[dt.datetime]
    summary: Mapped[dict[str, Any]]


class DuplicateKeyRow(Base):
    """What duplicate detection compares for one complaint: salted reporter keys (never the
    identity), the normalised place, the category and the submission time. ``synced_at`` is the
    complaint's, so a newer snapshot is re-keyed."""

    __tablename__ = "duplicate_keys"

    complaint_id: Mapped[int] = mapped_column(
        sa.ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True,
        autoincrement=False)
    phone_key: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    email_key: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    place_key: Mapped[str] = mapped_column(sa.Text)
    category: Mapped[str] = mapped_column(sa.String(200))
    submitted_at: Mapped[dt.datetime]
    synced_at: Mapped[dt.datetime | None]
    words: Mapped[str | None] = mapped_column(sa.Text)  # content words, space-separated

    __table_args__ = (sa.Index("ix_duplicate_keys_place", "place_key", "category",
                               "submitted_at"),)


class ComplaintLinkRow(Base):
    """The officer linked two complaints as one problem ("terkait dengan #…"); ``low_id`` <
    ``high_id``. No foreign key: a link, like a draft, outlives a tombstone of either side."""

    __tablename__ = "complaint_links"

    low_id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False)
    high_id: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=False,
                                         index=True)
    created_at: Mapped[dt.datetime]
