"""Wire protocol between LAPOR! Desktop and a central server (DESIGN section 4), API version 1.

These pydantic models are the single definition of every request and response body under
``/api/v1``; the reference server (:mod:`lapor_desktop.server`) and the sync client both import them,
and ``resources/api/openapi.json`` is generated from the server that uses them.

Endpoints (all JSON unless said otherwise; Bearer token on all but login and health):

- ``POST /auth/login`` :class:`LoginRequest` -> :class:`LoginResponse` (429 + ``Retry-After`` after
  repeated failures for one username and client).
- ``GET /me`` -> :class:`OfficerInfo`.
- ``GET /changes?cursor=C&limit=N`` -> :class:`ChangesPage`. Items and tombstones share one
  server-wide sequence; apply them in ``seq`` order, then store ``next_cursor`` in the same local
  transaction. A complaint can appear as a tombstone and later again as an item (re-disposed back).
- ``POST /complaints/{id}/actions`` with ``Idempotency-Key: <uuid>`` :class:`ActionRequest` ->
  201 :class:`ActionReceipt`. A replay of the key returns the stored receipt; only accepted actions are
  stored, so after a 409/422 the same key may be sent again with a revised body. ``base_revision``
  older than the server's is *not* a conflict by itself: only a status that no longer allows the
  action is (409 with the current snapshot in :class:`ErrorBody`).
- ``POST /uploads`` :class:`UploadCreate` -> :class:`UploadStatus`; ``GET``/``PATCH /uploads/{id}``
  (``Upload-Offset`` header, ``application/offset+octet-stream`` body, at most
  :data:`MAX_CHUNK_BYTES`) -> :class:`UploadStatus`; ``GET /attachments/{sha256}`` (``Range``).
- ``GET /health`` -> :class:`Health`; ``GET /reference`` -> :class:`ReferenceData`.

Every 4xx/5xx body is an :class:`ErrorBody`. Every response carries a ``Date`` header (server clock).
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from lapor_desktop.core.models import (
    ActionKind,
    Channel,
    Classification,
    EventKind,
    Status,
    TimeZone,
)
from lapor_desktop.protocol.action_schema import action_schema_rules
from lapor_desktop.protocol.limits import (
    FOLLOW_UP_MIN_CHARS,
    MAX_ATTACHMENTS_PER_ACTION,
    MAX_FILE_BYTES,
    MAX_INT,
    MAX_RELATED_PER_ACTION,
    TEXT_MAX_CHARS,
    TEXT_PATTERN,
    clean_text,
    json_integer,
    reconcile_filename,
    sanitize_filename,
    visible_length,
)
from lapor_desktop.protocol.signoff import SignoffSetting, SignoffSnapshot

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
TrackingId = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z-]{1,64}$")]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=TEXT_MAX_CHARS)]
# Officer-written text under the protocol's text rule (limits.clean_text); the pattern tells the
# OpenAPI document which characters are refused.
_Rule = Field(json_schema_extra={"pattern": TEXT_PATTERN})
RuleLongText = Annotated[str, StringConstraints(max_length=TEXT_MAX_CHARS), _Rule]
RuleReason = Annotated[str, StringConstraints(max_length=2000), _Rule]
RuleShortText = Annotated[str, StringConstraints(max_length=200), _Rule]
MimeType = Literal["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"]
TimeZoneName = Literal["WIB", "WITA", "WIT"]


class OfficerRole(StrEnum):
    """Roles at an OPD: the liaison officer drafts and posts, the official signs off."""

    PENGHUBUNG = "penghubung"
    PEJABAT = "pejabat"


# An integer as JSON Schema means it: "1" and true are refused (422), 140.0 is 140.
WireInt = Annotated[int, BeforeValidator(json_integer)]


class _Request(BaseModel):
    # Unknown fields are refused so a client bug or a protocol drift is loud (422), not silent.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class _Response(BaseModel):
    # Responses ignore unknown fields so an older client keeps working against a newer server.
    model_config = ConfigDict(extra="ignore")


def tz_to_wire(tz: TimeZone) -> TimeZoneName:
    """``TimeZone.WITA`` -> ``"WITA"`` (the wire uses the Indonesian abbreviations)."""
    return tz.name  # type: ignore[return-value]


def tz_from_wire(name: str) -> TimeZone:
    """``"WITA"`` -> ``TimeZone.WITA``; raises ``KeyError`` for anything else."""
    return TimeZone[name]


# --- Auth ----------------------------------------------------------------------------------------


class LoginRequest(_Request):
    """Credentials of one officer (no control characters: a database cannot compare NUL)."""

    username: Annotated[str, StringConstraints(min_length=1, max_length=64), _Rule]
    password: Annotated[str, StringConstraints(min_length=1, max_length=256), _Rule]

    @field_validator("username", "password")
    @classmethod
    def _no_control(cls, value: str) -> str:
        clean_text(value)  # raises for refused characters; the value itself is kept as typed
        return value


class OfficerInfo(_Response):
    """Who is logged in, and the agency (OPD) whose complaints they see."""

    username: str
    display_name: str
    role: OfficerRole
    agency_id: str
    agency_name: str
    agency_timezone: TimeZoneName
    signoff: SignoffSetting = SignoffSetting()


class LoginResponse(_Response):
    """A bearer token (opaque, expiring) and the officer it belongs to."""

    token: str
    expires_at: AwareDatetime
    officer: OfficerInfo


class TokenInfo(_Response):
    """One of the officer's live sessions (the token itself is never shown again)."""

    id: int
    created_at: AwareDatetime
    expires_at: AwareDatetime
    current: bool = Field(description="the session making this request")


# --- Complaint snapshots -------------------------------------------------------------------------


class AttachmentInfo(_Response):
    """A file, addressed by the SHA-256 of its content; download it from ``/attachments/{sha256}``."""

    sha256: Sha256
    filename: str
    mime_type: str
    size: int = Field(ge=0)


class ReporterInfo(_Response):
    """Reporter identity; never present for anonim complaints."""

    name: str
    phone: str | None = None
    email: str | None = None


class EventSnapshot(_Response):
    """One history event. ``internal_note`` events are the OPD's own and never reach reporters."""

    id: int
    kind: EventKind
    at: AwareDatetime
    actor: str
    text: str = ""
    attachments: list[AttachmentInfo] = []
    propose_close: bool = False
    suggested_agency: str | None = None
    approved_by: str | None = Field(default=None, description="official who signed it off")


class ComplaintSnapshot(_Response):
    """The full current state of one complaint as its OPD sees it, with its history."""

    id: int
    tracking_id: str
    title: str
    body: str
    category: str
    subcategory: str
    classification: Classification
    status: Status
    revision: int = Field(ge=0)
    agency_id: str
    submitted_at: AwareDatetime
    disposed_at: AwareDatetime
    location: str = ""
    channel: Channel = Channel.WEBSITE
    anonim: bool = False
    rahasia: bool = False
    reporter: ReporterInfo | None = None
    first_response_due: AwareDatetime | None = None
    completion_due: AwareDatetime | None = None
    auto_close_due: AwareDatetime | None = None
    updated_at: AwareDatetime | None = None
    seq: int = Field(ge=0)
    events: list[EventSnapshot] = []
    attachments: list[AttachmentInfo] = []
    signoffs: list[SignoffSnapshot] = []


class Tombstone(_Response):
    """A complaint no longer visible to this OPD (re-disposed elsewhere): drop the local copy."""

    complaint_id: int
    tracking_id: str
    seq: int
    reason: str


class ChangesPage(_Response):
    """One page of the changes feed: everything with ``cursor < seq <= next_cursor``."""

    items: list[ComplaintSnapshot]
    tombstones: list[Tombstone]
    next_cursor: int
    has_more: bool
    server_time: AwareDatetime
    #: Who asked (as ``GET /me`` answers): a client with a valid session checks its identity
    #: here instead of spending a round trip on ``/me`` every pass.
    officer: OfficerInfo | None = None


# --- Actions -------------------------------------------------------------------------------------


class ActionRequest(_Request):
    """An officer action; which fields are required depends on ``kind``.

    - ``follow_up``: ``text`` (20..20000 chars), optional ``attachments`` and ``propose_close``.
    - ``internal_note``: ``text`` (1..20000 chars), optional ``related``: tracking ids of the
      agency's complaints the officer links to this one as the same problem; optional
      ``unrelated``: tracking ids whose link to this one the officer removes.
    - ``bukan_wewenang``: ``reason`` and ``suggested_agency``.
    - ``acknowledge_reply``: optional ``text``.
    - ``submit_signoff``: as ``follow_up``, kept for the Pejabat Penghubung's sign-off.
    - ``approve_signoff``: ``signoff_id``, optional edited ``text`` and ``comment``.
    - ``return_signoff``: ``signoff_id`` and ``comment``.
    - ``withdraw_signoff``: ``signoff_id`` (the author takes a waiting follow-up back).
    Fields that do not belong to the kind are refused.
    """

    model_config = ConfigDict(extra="forbid", json_schema_extra=action_schema_rules)

    kind: ActionKind
    base_revision: WireInt = Field(ge=0, le=MAX_INT)
    text: RuleLongText | None = Field(default=None, validate_default=True)
    attachments: list[Sha256] = Field(default=[], max_length=MAX_ATTACHMENTS_PER_ACTION,
                                      validate_default=True)
    # Strict: 0/1 or "true" are refused (422), as the schema's boolean says.
    propose_close: StrictBool = Field(default=False, validate_default=True)
    reason: RuleReason | None = Field(default=None, validate_default=True)
    suggested_agency: RuleShortText | None = Field(default=None, validate_default=True)
    related: list[TrackingId] = Field(default=[], max_length=MAX_RELATED_PER_ACTION,
                                      validate_default=True,
                                      json_schema_extra={"uniqueItems": True})
    unrelated: list[TrackingId] = Field(default=[], max_length=MAX_RELATED_PER_ACTION,
                                        validate_default=True,
                                        json_schema_extra={"uniqueItems": True})
    signoff_id: int | None = Field(default=None, ge=1, le=MAX_INT, validate_default=True)
    comment: RuleReason | None = Field(default=None, validate_default=True)

    @field_validator("text")
    @classmethod
    def _text_for_kind(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("kind")
        cleaned = clean_text(value) if value is not None else None  # refuses NUL and the like
        visible = visible_length(value or "")
        needs_min = kind in (ActionKind.FOLLOW_UP, ActionKind.SUBMIT_SIGNOFF) or (
            kind == ActionKind.APPROVE_SIGNOFF and value is not None)
        if needs_min and visible < FOLLOW_UP_MIN_CHARS:
            raise ValueError(f"Teks tindak lanjut minimal {FOLLOW_UP_MIN_CHARS} karakter")
        if kind == ActionKind.INTERNAL_NOTE and not visible:
            raise ValueError("Teks catatan internal wajib diisi")
        if kind == ActionKind.BUKAN_WEWENANG and value is not None:
            raise ValueError("Gunakan 'reason' untuk bukan wewenang, bukan 'text'")
        if kind in (ActionKind.RETURN_SIGNOFF, ActionKind.WITHDRAW_SIGNOFF) \
                and value is not None:
            raise ValueError("Gunakan 'comment' untuk mengembalikan, bukan 'text'")
        return cleaned

    @field_validator("attachments", "propose_close")
    @classmethod
    def _follow_up_only(cls, value: object, info: ValidationInfo) -> object:
        kind = info.data.get("kind")
        if value and kind is not None and kind not in (ActionKind.FOLLOW_UP,
                                                       ActionKind.SUBMIT_SIGNOFF):
            raise ValueError("Hanya tindak lanjut yang boleh memuat kolom ini")
        return value

    @field_validator("related", "unrelated")
    @classmethod
    def _note_only(cls, value: list[str], info: ValidationInfo) -> list[str]:
        kind = info.data.get("kind")
        if value and kind is not None and kind != ActionKind.INTERNAL_NOTE:
            raise ValueError("Hanya catatan internal yang boleh memuat kolom ini")
        if len(set(value)) != len(value):
            raise ValueError("Nomor laporan terkait tidak boleh berulang")
        if info.field_name == "unrelated" and set(value) & set(info.data.get("related") or ()):
            raise ValueError("Laporan yang sama tidak boleh dikaitkan dan dilepas sekaligus")
        return value

    @field_validator("reason", "suggested_agency")
    @classmethod
    def _bukan_wewenang_only(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("kind")
        cleaned = clean_text(value) if value is not None else None
        if kind == ActionKind.BUKAN_WEWENANG:
            if value is None or not visible_length(value):
                raise ValueError("Wajib diisi untuk bukan wewenang")
        elif value is not None and kind is not None:
            raise ValueError("Hanya bukan wewenang yang boleh memuat kolom ini")
        return cleaned

    @field_validator("signoff_id")
    @classmethod
    def _review_names_request(cls, value: int | None, info: ValidationInfo) -> int | None:
        kind = info.data.get("kind")
        if kind in _NAMES_REQUEST and value is None:
            raise ValueError("Wajib menyebut permintaan persetujuan yang ditinjau")
        if kind is not None and kind not in _NAMES_REQUEST and value is not None:
            raise ValueError("Hanya tinjauan persetujuan yang boleh memuat kolom ini")
        return value

    @field_validator("comment")
    @classmethod
    def _comment_for_review(cls, value: str | None, info: ValidationInfo) -> str | None:
        kind = info.data.get("kind")
        cleaned = clean_text(value) if value is not None else None
        if kind == ActionKind.RETURN_SIGNOFF and (value is None or not visible_length(value)):
            raise ValueError("Alasan pengembalian wajib diisi")
        if kind is not None and kind not in _REVIEWS and value is not None:
            raise ValueError("Hanya tinjauan persetujuan yang boleh memuat kolom ini")
        return cleaned


_REVIEWS = (ActionKind.APPROVE_SIGNOFF, ActionKind.RETURN_SIGNOFF)
_NAMES_REQUEST = (*_REVIEWS, ActionKind.WITHDRAW_SIGNOFF)


class ActionReceipt(_Response):
    """Proof that the server accepted an action, with the complaint as it is afterwards."""

    action_id: uuid.UUID
    receipt_number: str
    accepted_at: AwareDatetime
    complaint: ComplaintSnapshot


# --- Attachments upload --------------------------------------------------------------------------


class UploadCreate(_Request):
    """Announce a file to upload; the server answers complete at once if it has that hash."""

    sha256: Sha256
    size: int = Field(ge=1, le=MAX_FILE_BYTES)
    filename: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    mime_type: MimeType

    @field_validator("filename")
    @classmethod
    def _clean_name(cls, value: str) -> str:
        return sanitize_filename(value)

    @model_validator(mode="after")
    def _name_matches_type(self) -> UploadCreate:
        # The stored name always carries the extension of the declared type (verified against
        # the content when the last byte arrives), never a misleading one such as ".exe".
        self.filename = reconcile_filename(self.filename, self.mime_type)
        return self


class UploadStatus(_Response):
    """Where an upload stands: send the next chunk from ``offset``."""

    upload_id: uuid.UUID
    sha256: Sha256
    offset: int = Field(ge=0)
    size: int = Field(ge=0)
    complete: bool


# --- Service -------------------------------------------------------------------------------------


class Health(_Response):
    """Liveness and version information (no auth)."""

    server_time: AwareDatetime
    api_version: str
    min_client_version: str


class CategoryInfo(_Response):
    """A LAPOR! category with its subcategories."""

    name: str
    subcategories: list[str]


class AgencyInfo(_Response):
    """An agency (OPD) that complaints can be disposed to."""

    id: str
    name: str
    timezone: TimeZoneName
    signoff: SignoffSetting = SignoffSetting()


class TemplateInfo(_Response):
    """A follow-up template; ``text`` has placeholders such as ``{tracking_id}`` and ``{opd}``."""

    id: str
    version: int
    title: str
    text: str


class ReferenceData(_Response):
    """Reference lists the client caches: categories, agencies, official holidays, templates."""

    version: str
    categories: list[CategoryInfo]
    agencies: list[AgencyInfo]
    holidays: dict[int, list[dt.date]]
    templates: list[TemplateInfo]


class FieldError(_Response):
    """One invalid input: where (``["body", "text"]``) and why (Indonesian text)."""

    loc: list[str | int]
    msg: str


class ErrorBody(_Response):
    """The one error shape of every 4xx/5xx response.

    ``error`` is a stable machine code (``conflict``, ``validation_error``, ``not_found``,
    ``unauthorized``, ``rate_limited``, ``offset_mismatch`` ...); ``message`` is for the officer.
    ``complaint`` is set on action conflicts (409); ``offset`` on upload offset mismatches (409).
    """

    error: str
    message: str
    fields: list[FieldError] | None = None
    complaint: ComplaintSnapshot | None = None
    offset: int | None = None
