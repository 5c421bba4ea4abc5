"""Server tables of officer rotation: handovers (the audit trail) and deactivated accounts.

On the same declarative base as :mod:`lapor_desktop.server.models`, so ``create_schema`` makes
them too; kept apart because they belong to the handover feature only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lapor_desktop.server.models import Base, UTCDateTime


class Handover(Base):
    """A handover between two officers of one agency; ``package`` is sealed by the client."""

    __tablename__ = "handovers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agencies.id"), index=True)
    from_officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    to_officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    complaint_ids: Mapped[str] = mapped_column(Text)  # JSON list
    package: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Deactivation(Base):
    """An officer account closed by an agency admin (the account row stays for the history)."""

    __tablename__ = "officer_deactivations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), unique=True)
    by_officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    reason: Mapped[str] = mapped_column(String(500))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
