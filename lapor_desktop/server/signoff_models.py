"""Server tables of sign-off by the Pejabat Penghubung (issue 15): the agency setting, the
requests waiting for (or past) review, and every review (the audit trail).

On the same declarative base as :mod:`lapor_desktop.server.models`, so ``create_schema`` makes
them too; kept apart because they belong to the sign-off feature only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lapor_desktop.server.models import Base, UTCDateTime


class SignoffSettingRow(Base):
    """Whether an agency's follow-ups need sign-off, and who may give it (usernames, JSON list;
    empty means every ``pejabat`` of the agency)."""

    __tablename__ = "signoff_settings"
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), primary_key=True)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    signers: Mapped[str] = mapped_column(Text, default="[]")


class SignoffRequest(Base):
    """A follow-up written by ``author`` and held for sign-off. Resubmitting on the same
    complaint supersedes the open request and raises ``version``."""

    __tablename__ = "signoff_requests"
    __table_args__ = (Index("ix_signoff_complaint_state", "complaint_id", "state"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    agency_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(32))
    author_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    author_username: Mapped[str] = mapped_column(String(64))
    submitted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    text: Mapped[str] = mapped_column(Text)
    propose_close: Mapped[bool] = mapped_column(Boolean, default=False)
    attachments: Mapped[str] = mapped_column(Text, default="[]")  # JSON [{sha256, filename}]
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), nullable=True)
    reviewer_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    edited_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    published_event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    receipt_number: Mapped[str | None] = mapped_column(String(32), nullable=True)


class SignoffAudit(Base):
    """One line of the audit trail: who did what to which request, and when."""

    __tablename__ = "signoff_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("signoff_requests.id"), index=True)
    agency_id: Mapped[str] = mapped_column(String(64), index=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    officer_name: Mapped[str] = mapped_column(String(200))
    what: Mapped[str] = mapped_column(String(32))  # submitted|superseded|returned|approved|...
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    detail: Mapped[str] = mapped_column(Text, default="")
