"""Wire models of sign-off by the Pejabat Penghubung (maker/checker, issue 15).

A follow-up written at an agency whose setting requires sign-off travels as a
``submit_signoff`` action: the server keeps it as a *sign-off request* (never visible to the
reporter, never counted for the deadline). A ``pejabat`` of the same agency answers with
``approve_signoff`` (optionally with an edited text) or ``return_signoff`` (with a comment);
both travel through the same outbox and ``Idempotency-Key`` as every other action. Each request
is carried in its complaint's snapshot (:class:`SignoffSnapshot`), so both sides see its state
after a pull, offline in between.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class SignoffState(StrEnum):
    """Where a sign-off request stands on the server."""

    PENDING = "menunggu_persetujuan"   # waiting for the official
    RETURNED = "dikembalikan"          # sent back with the official's comment
    APPROVED = "disetujui"             # approved and published as a follow-up
    SUPERSEDED = "ditarik"             # the officer sent a revised text since
    CANCELLED = "dibatalkan"           # the complaint closed or left the agency meanwhile


class SignoffAttachment(BaseModel):
    """Evidence attached to a follow-up waiting for sign-off."""

    model_config = ConfigDict(extra="ignore")
    sha256: str
    filename: str
    mime_type: str
    size: int = Field(ge=0)


class SignoffSnapshot(BaseModel):
    """One sign-off request as the officers of its agency see it: the audit trail of who wrote,
    who reviewed, what was decided and when. ``version`` grows with each resubmission; a review
    names the request's ``id`` and is refused (409) once a newer version exists."""

    model_config = ConfigDict(extra="ignore")
    id: int
    version: int = Field(ge=1)
    state: SignoffState
    author: str
    author_username: str
    submitted_at: AwareDatetime
    text: str
    propose_close: bool = False
    attachments: list[SignoffAttachment] = []
    reviewer: str | None = None
    reviewed_at: AwareDatetime | None = None
    comment: str = ""
    edited_text: str | None = Field(default=None, description="the official's edit, if any")
    published_event_id: int | None = None
    receipt_number: str | None = Field(default=None, description="the publication's receipt")


class SignoffSetting(BaseModel):
    """An agency's sign-off setting (reference data): whether follow-ups need sign-off, and
    which officers (role ``pejabat``) may give it."""

    model_config = ConfigDict(extra="ignore")
    required: bool = False
    signers: list[str] = []


class SignoffAuditEntry(BaseModel):
    """One line of an agency's sign-off audit trail (``GET /signoffs/audit``)."""

    model_config = ConfigDict(extra="ignore")
    request_id: int
    complaint_id: int
    tracking_id: str
    version: int
    what: str = Field(description="submitted, superseded, returned, approved, edited_approved")
    officer: str
    at: AwareDatetime
    detail: str = ""


class SignoffAuditPage(BaseModel):
    """The agency's sign-off audit trail, newest first."""

    model_config = ConfigDict(extra="ignore")
    entries: list[SignoffAuditEntry]
