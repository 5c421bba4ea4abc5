"""Domain dataclasses and enums: complaints, history events, attachments and officer actions.

Pure Python (no Qt, no SQLAlchemy, no requests) so the store, the sync engine, the reference server
and the GUI all speak the same vocabulary. Datetimes are always timezone-aware (UTC in storage and on
the wire); deadlines are computed in the agency's local time zone by :mod:`lapor_desktop.core.calendar`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from lapor_desktop.core.errors import InvalidDataError, UnknownStatusError
from lapor_desktop.core.i18n import _

E = TypeVar("E", bound=StrEnum)


class Classification(StrEnum):
    """How LAPOR! classifies a report; it sets the completion deadline (PermenPANRB 62/2018 Bab VI)."""

    ASPIRASI = "aspirasi"
    PERMINTAAN_INFORMASI = "permintaan_informasi"
    PENGADUAN = "pengaduan"  # tidak berkadar pengawasan
    PENGADUAN_PENGAWASAN = "pengaduan_pengawasan"  # berkadar pengawasan


class Status(StrEnum):
    """Server-side statuses an OPD sees, as LAPOR! names them. Local-only states are elsewhere."""

    TERDISPOSISI = "terdisposisi"
    DITINDAKLANJUTI = "ditindaklanjuti"
    DITANGGAPI_PELAPOR = "ditanggapi_pelapor"
    SELESAI = "selesai"
    DIKEMBALIKAN = "dikembalikan"
    ARSIP = "arsip"


class LocalState(StrEnum):
    """What the officer has done locally that the server does not know yet. Never a server status."""

    NONE = "none"
    DRAFT = "draft"
    AWAITING_SIGNOFF = "awaiting_signoff"
    QUEUED = "queued"
    NEEDS_ATTENTION = "needs_attention"


class ActionKind(StrEnum):
    """Officer actions that travel to the server through the outbox."""

    FOLLOW_UP = "follow_up"
    INTERNAL_NOTE = "internal_note"
    BUKAN_WEWENANG = "bukan_wewenang"
    ACKNOWLEDGE_REPLY = "acknowledge_reply"
    # Sign-off (issue 15): the officer submits a follow-up for the Pejabat Penghubung's approval;
    # the official approves (optionally with an edit) or returns it with a comment.
    SUBMIT_SIGNOFF = "submit_signoff"
    APPROVE_SIGNOFF = "approve_signoff"
    RETURN_SIGNOFF = "return_signoff"
    WITHDRAW_SIGNOFF = "withdraw_signoff"  # the author takes a waiting follow-up back


class EventKind(StrEnum):
    """Kinds of history events in a complaint's timeline."""

    SUBMITTED = "submitted"
    VERIFIED = "verified"
    DISPOSED = "disposed"
    FOLLOW_UP = "follow_up"
    INTERNAL_NOTE = "internal_note"
    REPORTER_REPLY = "reporter_reply"
    REPLY_ACKNOWLEDGED = "reply_acknowledged"
    REDISPOSITION_REQUESTED = "redisposition_requested"
    RETURNED = "returned"
    CLOSED = "closed"
    AUTO_CLOSED = "auto_closed"
    ARCHIVED = "archived"


class ErrorKind(StrEnum):
    """Why an officer action is waiting or stuck: kept in the outbox ledger (``error_kind``),
    and the kind of a sync failure. Network, timeout, server and rate-limit errors are retried;
    conflict, validation and removal need the officer's attention; login waits for a login."""

    NETWORK = "network"
    TIMEOUT = "timeout"
    SERVER = "server"  # 5xx
    RATE_LIMITED = "rate_limited"  # 429, retried after Retry-After
    LOGIN = "login"  # 401: kept queued until the officer logs in again
    CONFLICT = "conflict"  # 409
    VALIDATION = "validation"  # 422
    PROTOCOL = "protocol"  # a malformed answer
    OUTDATED_CLIENT = "outdated_client"
    REMOVED = "removed"  # the complaint left this OPD (tombstone)


class Channel(StrEnum):
    """Intake channel of a report."""

    WEBSITE = "website"
    ANDROID = "android"
    IOS = "ios"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    TWITTER = "twitter"


class TimeZone(StrEnum):
    """Indonesia's three time zones; the value is the IANA name used for deadline arithmetic."""

    WIB = "Asia/Jakarta"
    WITA = "Asia/Makassar"
    WIT = "Asia/Jayapura"


def parse_enum(enum_type: type[E], value: object, *, field: str) -> E:
    """Convert ``value`` to ``enum_type`` or raise a typed error naming the field.

    Statuses get :class:`UnknownStatusError` so callers can tell a protocol drift from other bad data.
    """
    try:
        return enum_type(value)  # type: ignore[arg-type]
    except ValueError:
        err = UnknownStatusError if enum_type is Status else InvalidDataError
        raise err(_("Nilai tidak dikenal untuk {field}: {value!r}").format(field=field, value=value),
                  field=field, value=value) from None


def require_aware(value: dt.datetime, *, field: str) -> dt.datetime:
    """Reject naive datetimes: every instant in the domain carries its offset."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise InvalidDataError(_("Waktu tanpa zona waktu pada {field}: {value!r}")
            .format(field=field, value=value), field=field,
                               value=value)
    return value


def parse_datetime(value: object, *, field: str) -> dt.datetime:
    """Parse an ISO-8601 instant with offset (``Z`` allowed) into an aware UTC datetime."""
    if isinstance(value, dt.datetime):
        return require_aware(value, field=field).astimezone(dt.UTC)
    if not isinstance(value, str):
        raise InvalidDataError(_("Tanggal tidak valid pada {field}: {value!r}")
            .format(field=field, value=value), field=field,
                               value=value)
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidDataError(_("Tanggal tidak valid pada {field}: {value!r}")
            .format(field=field, value=value[:40]), field=field,
                               value=value[:40]) from None
    return require_aware(parsed, field=field).astimezone(dt.UTC)


@dataclasses.dataclass(frozen=True, slots=True)
class Reporter:
    """Identity of a non-anonymous reporter, exactly as the server sent it (personal data)."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Attachment:
    """A file attached to a complaint or an event, addressed by the SHA-256 of its content."""

    sha256: str
    filename: str
    mime_type: str
    size: int


@dataclasses.dataclass(frozen=True, slots=True)
class Event:
    """One entry of a complaint's history timeline."""

    id: int
    kind: EventKind
    at: dt.datetime
    actor: str
    text: str = ""
    attachments: tuple[Attachment, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True)
class Complaint:
    """A complaint as last seen from the server (its snapshot), with due dates the server set.

    ``reporter`` is ``None`` whenever ``anonim`` is true: the constructor refuses an identity there,
    so no layer can keep one by accident (UU PDP 27/2022).
    """

    id: int
    tracking_id: str
    title: str
    body: str
    category: str
    subcategory: str
    classification: Classification
    status: Status
    revision: int
    agency_id: str
    submitted_at: dt.datetime
    disposed_at: dt.datetime
    location: str = ""
    channel: Channel = Channel.WEBSITE
    anonim: bool = False
    rahasia: bool = False
    reporter: Reporter | None = None
    first_response_due: dt.datetime | None = None
    completion_due: dt.datetime | None = None
    auto_close_due: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    events: tuple[Event, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    # Sign-off requests of this complaint as the wire carries them (protocol SignoffSnapshot
    # dumped to JSON-able dicts): kept opaque here, read by workbench/signoff.py.
    signoffs: tuple[dict, ...] = dataclasses.field(default=(), compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.anonim and self.reporter is not None:
            # A misbehaving source sent an identity for an anonymous report: drop it here,
            # at the one constructor every layer goes through.
            object.__setattr__(self, "reporter", None)
        for name in ("submitted_at", "disposed_at"):
            require_aware(getattr(self, name), field=name)
        for name in ("first_response_due", "completion_due", "auto_close_due", "updated_at"):
            value = getattr(self, name)
            if value is not None:
                require_aware(value, field=name)
        if self.revision < 0:
            raise InvalidDataError(_("Revisi negatif"), field="revision", value=self.revision)


# --- Officer actions -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class FollowUp:
    """A tindak lanjut: text, evidence attachments (by hash), and an optional proposal to close."""

    text: str
    attachments: tuple[str, ...] = ()
    propose_close: bool = False
    kind: ActionKind = dataclasses.field(default=ActionKind.FOLLOW_UP, init=False)


@dataclasses.dataclass(frozen=True, slots=True)
class InternalNote:
    """A note for colleagues in the agency; never shown to the reporter."""

    text: str
    kind: ActionKind = dataclasses.field(default=ActionKind.INTERNAL_NOTE, init=False)


@dataclasses.dataclass(frozen=True, slots=True)
class BukanWewenang:
    """A request for re-disposition: the complaint is not this OPD's authority."""

    reason: str
    suggested_agency: str
    kind: ActionKind = dataclasses.field(default=ActionKind.BUKAN_WEWENANG, init=False)

    def __post_init__(self) -> None:
        if not self.reason.strip():
            raise InvalidDataError(_("Alasan bukan wewenang wajib diisi"), field="reason")
        if not self.suggested_agency.strip():
            raise InvalidDataError(_("Instansi yang disarankan wajib diisi"),
                                   field="suggested_agency")


@dataclasses.dataclass(frozen=True, slots=True)
class AcknowledgeReply:
    """Acknowledgement of a reporter's reply, with an optional short message."""

    text: str = ""
    kind: ActionKind = dataclasses.field(default=ActionKind.ACKNOWLEDGE_REPLY, init=False)


Action = FollowUp | InternalNote | BukanWewenang | AcknowledgeReply


def action_to_payload(action: Action) -> dict[str, object]:
    """The JSON-ready payload of an action (what the outbox stores and the wire carries)."""
    data = dataclasses.asdict(action)
    data.pop("kind")
    if "attachments" in data:
        data["attachments"] = list(data["attachments"])
    return data


def _payload_str(payload: Mapping[str, object], key: str, default: str | None = None) -> str:
    # str(None) would silently store the text "None": a wrong type is bad data, not a string.
    value = payload.get(key, default)
    if not isinstance(value, str):
        raise InvalidDataError(f"Data tindakan tidak valid pada {key}: {value!r}"[:120],
                               field=key, value=value)
    return value


def action_from_payload(kind: ActionKind | str, payload: Mapping[str, object]) -> Action:
    """Rebuild an action from its stored payload; raises :class:`InvalidDataError` on bad data.

    Types are checked rather than coerced: a string where a list of hashes belongs would otherwise
    become one "hash" per character, and ``bool("false")`` is true.
    """
    kind = parse_enum(ActionKind, kind, field="kind")
    if not isinstance(payload, Mapping):
        raise InvalidDataError(_("Data tindakan harus berupa objek"), field="payload",
                               value=type(payload).__name__)
    match kind:
        case ActionKind.FOLLOW_UP:
            attachments = payload.get("attachments", ())
            if not isinstance(attachments, list | tuple) or not all(
                    isinstance(a, str) for a in attachments):
                raise InvalidDataError(_("Lampiran tindak lanjut harus berupa daftar hash"),
                                       field="attachments", value=repr(attachments)[:40])
            propose_close = payload.get("propose_close", False)
            if not isinstance(propose_close, bool):
                raise InvalidDataError(_("propose_close harus bernilai boolean"),
                                       field="propose_close", value=propose_close)
            return FollowUp(text=_payload_str(payload, "text"), attachments=tuple(attachments),
                            propose_close=propose_close)
        case ActionKind.INTERNAL_NOTE:
            return InternalNote(text=_payload_str(payload, "text"))
        case ActionKind.BUKAN_WEWENANG:
            return BukanWewenang(reason=_payload_str(payload, "reason"),
                                 suggested_agency=_payload_str(payload, "suggested_agency"))
        case ActionKind.ACKNOWLEDGE_REPLY:
            return AcknowledgeReply(text=_payload_str(payload, "text", ""))
    raise AssertionError(kind)  # pragma: no cover - enum is exhaustive
