"""What a handover package (serah terima) holds: the wire model of the sealed JSON.

Validated on import like any input from outside: a package is read by the successor's app,
possibly a newer or older build, so unknown fields are refused and every list is bounded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from lapor_desktop.protocol import ComplaintSnapshot

PACKAGE_VERSION = 1
MAX_ITEMS = 20_000


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackageOfficer(_Model):
    """An officer named in the package."""

    username: str = Field(max_length=200)
    display_name: str = Field(max_length=200)


class NoteItem(_Model):
    """An internal note from a complaint's history (never shown to the reporter)."""

    at: dt.datetime
    actor: str = Field(max_length=500)
    text: str = Field(max_length=20_000)


class HandedComplaint(_Model):
    """An open complaint as the successor needs it."""

    snapshot: ComplaintSnapshot
    deadline: dt.datetime | None = None
    promised: str = Field(default="", max_length=20_000)
    promised_at: dt.datetime | None = None
    internal_notes: list[NoteItem] = Field(default_factory=list, max_length=1000)
    handover_note: str = Field(default="", max_length=20_000)


class WorkItem(_Model):
    """Unsent work that goes to the successor as a draft under the successor's name."""

    origin: Literal["draft", "outbox"]
    origin_id: str = Field(max_length=64)
    complaint_id: int
    tracking_id: str = Field(max_length=64)
    title: str = Field(max_length=2000)
    kind: str = Field(max_length=32)
    payload: dict[str, Any]
    created_at: dt.datetime


class DiscardedItem(_Model):
    """Unsent work the outgoing officer discarded, with the reason (kept for the record)."""

    origin: Literal["draft", "outbox"]
    origin_id: str = Field(max_length=64)
    tracking_id: str = Field(max_length=64)
    kind: str = Field(max_length=32)
    text: str = Field(max_length=20_000)
    reason: str = Field(min_length=1, max_length=2000)


class TemplateItem(_Model):
    """A follow-up template the officer made or edited."""

    id: str = Field(max_length=200)
    version: int
    title: str = Field(max_length=500)
    text: str = Field(max_length=20_000)


class HandoverPackage(_Model):
    """Everything the successor receives."""

    version: int = PACKAGE_VERSION
    package_id: str = Field(max_length=64)
    created_at: dt.datetime
    app_version: str = Field(max_length=64)
    server_url: str = Field(max_length=2000)
    agency_id: str = Field(max_length=64)
    agency_name: str = Field(max_length=500)
    agency_timezone: str = Field(max_length=64)
    from_officer: PackageOfficer
    to_name: str = Field(default="", max_length=200)
    pejabat: str = Field(default="", max_length=500)
    complaints: list[HandedComplaint] = Field(max_length=MAX_ITEMS)
    work: list[WorkItem] = Field(max_length=MAX_ITEMS)
    discarded: list[DiscardedItem] = Field(max_length=MAX_ITEMS)
    templates: list[TemplateItem] = Field(default_factory=list, max_length=1000)
    #: Complaints that unsent work belongs to but that are not open any more (closed, returned):
    #: the successor's draft needs its complaint.
    related: list[ComplaintSnapshot] = Field(default_factory=list, max_length=MAX_ITEMS)
