"""Domain dataclasses: privacy of anonymous reports, parsing, and action payloads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lapor_desktop.core.errors import InvalidDataError, UnknownStatusError
from lapor_desktop.core.models import (
    AcknowledgeReply,
    ActionKind,
    BukanWewenang,
    Classification,
    Complaint,
    FollowUp,
    InternalNote,
    Reporter,
    Status,
    action_from_payload,
    action_to_payload,
    parse_datetime,
    parse_enum,
    require_aware,
)

T0 = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)
REPORTER = Reporter(name="Siti Aminah", phone="081234567890", email="siti@example.id")


def make(**overrides: object) -> Complaint:
    fields: dict[str, object] = dict(
        id=7, tracking_id="LAP-2026-000007", title="Jalan rusak", body="Berlubang dalam.",
        category="Infrastruktur", subcategory="Jalan", classification=Classification.PENGADUAN,
        status=Status.TERDISPOSISI, revision=3, agency_id="dinas-pupr", submitted_at=T0,
        disposed_at=T0, reporter=REPORTER)
    fields.update(overrides)
    return Complaint(**fields)  # type: ignore[arg-type]


def test_anonim_drops_reporter_identity() -> None:
    complaint = make(anonim=True)
    assert complaint.reporter is None
    # And a copy made later cannot smuggle one back in either.
    assert dataclasses.replace(complaint, reporter=REPORTER).reporter is None


def test_named_report_keeps_reporter() -> None:
    assert make().reporter == REPORTER
    assert make(rahasia=True).reporter == REPORTER


def test_complaint_rejects_naive_datetimes() -> None:
    with pytest.raises(InvalidDataError) as err:
        make(disposed_at=dt.datetime(2026, 3, 17, 10))
    assert err.value.field == "disposed_at"
    with pytest.raises(InvalidDataError) as err:
        make(completion_due=dt.datetime(2026, 4, 14, 23))
    assert err.value.field == "completion_due"


def test_complaint_rejects_negative_revision() -> None:
    with pytest.raises(InvalidDataError):
        make(revision=-1)


def test_parse_enum_accepts_values() -> None:
    assert parse_enum(Status, "ditindaklanjuti", field="status") is Status.DITINDAKLANJUTI
    assert parse_enum(Classification, "aspirasi", field="c") is Classification.ASPIRASI


@pytest.mark.parametrize("value", ["Terdisposisi", "closed", "", None, 3, ["selesai"]])
def test_unknown_status_raises_unknown_status_error(value: object) -> None:
    with pytest.raises(UnknownStatusError) as err:
        parse_enum(Status, value, field="status")
    assert err.value.field == "status"


def test_unknown_other_enum_is_plain_invalid_data() -> None:
    with pytest.raises(InvalidDataError) as err:
        parse_enum(Classification, "keluhan", field="classification")
    assert not isinstance(err.value, UnknownStatusError)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-17T10:00:00+07:00", dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)),
    ("2026-03-17T03:00:00Z", dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)),
    ("2026-03-17T12:30:00.250000+09:00", dt.datetime(2026, 3, 17, 3, 30, 0, 250000,
                                                     tzinfo=dt.UTC)),
])
def test_parse_datetime_gives_utc(text: str, expected: dt.datetime) -> None:
    parsed = parse_datetime(text, field="at")
    assert parsed == expected
    assert parsed.tzinfo is dt.UTC


@pytest.mark.parametrize("value", [
    "kemarin sore", "", "2026-13-40T00:00:00Z", "2026-03-17T10:00:00",  # naive
    "2026-03-17", None, 1710640800, dt.date(2026, 3, 17), dt.datetime(2026, 3, 17),
])
def test_parse_datetime_garbage_raises(value: object) -> None:
    with pytest.raises(InvalidDataError) as err:
        parse_datetime(value, field="disposed_at")
    assert err.value.field == "disposed_at"


def test_require_aware_passes_aware_through() -> None:
    assert require_aware(T0, field="x") is T0


ACTIONS = [
    FollowUp(text="Sudah diperbaiki.", attachments=("a" * 64, "b" * 64), propose_close=True),
    FollowUp(text="Sedang ditinjau."),
    InternalNote(text="Minta data ke Bidang Bina Marga."),
    BukanWewenang(reason="Jalan nasional, bukan kewenangan kota.",
                  suggested_agency="BPJN Lampung"),
    AcknowledgeReply(text="Terima kasih, kami cek kembali."),
    AcknowledgeReply(),
]


@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.kind.value)
def test_action_payload_round_trip_through_json(action: object) -> None:
    payload = json.loads(json.dumps(action_to_payload(action)))  # type: ignore[arg-type]
    assert "kind" not in payload
    rebuilt = action_from_payload(action.kind.value, payload)  # type: ignore[attr-defined]
    assert rebuilt == action


@given(text=st.text(), hashes=st.lists(st.text(alphabet="0123456789abcdef", min_size=64,
                                                max_size=64), max_size=5),
       propose_close=st.booleans())
def test_follow_up_round_trip_property(text: str, hashes: list[str],
                                       propose_close: bool) -> None:
    action = FollowUp(text=text, attachments=tuple(hashes), propose_close=propose_close)
    payload = json.loads(json.dumps(action_to_payload(action)))
    assert action_from_payload(ActionKind.FOLLOW_UP, payload) == action


@pytest.mark.parametrize(("kind", "payload", "field"), [
    ("follow_up", {}, "text"),
    ("follow_up", {"text": None}, "text"),
    ("follow_up", {"text": "x", "attachments": "abc"}, "attachments"),
    ("follow_up", {"text": "x", "attachments": [1, 2]}, "attachments"),
    ("follow_up", {"text": "x", "propose_close": "false"}, "propose_close"),
    ("internal_note", {"text": 5}, "text"),
    ("bukan_wewenang", {"reason": "Bukan urusan kami"}, "suggested_agency"),
    ("acknowledge_reply", None, "payload"),
    ("acknowledge_reply", ["text"], "payload"),
    ("teleport", {"text": "x"}, "kind"),
])
def test_action_from_bad_payload_raises(kind: str, payload: object, field: str) -> None:
    with pytest.raises(InvalidDataError) as err:
        action_from_payload(kind, payload)  # type: ignore[arg-type]
    assert err.value.field == field


@pytest.mark.parametrize(("reason", "agency", "field"), [
    ("", "BPJN Lampung", "reason"),
    ("   ", "BPJN Lampung", "reason"),
    ("Jalan nasional", "", "suggested_agency"),
    ("Jalan nasional", " \n", "suggested_agency"),
])
def test_bukan_wewenang_needs_reason_and_agency(reason: str, agency: str, field: str) -> None:
    with pytest.raises(InvalidDataError) as err:
        BukanWewenang(reason=reason, suggested_agency=agency)
    assert err.value.field == field


def test_bukan_wewenang_payload_without_reason_is_rejected() -> None:
    with pytest.raises(InvalidDataError) as err:
        action_from_payload("bukan_wewenang", {"reason": " ", "suggested_agency": "BPJN"})
    assert err.value.field == "reason"


def test_action_kinds_are_fixed() -> None:
    assert FollowUp(text="x").kind is ActionKind.FOLLOW_UP
    assert InternalNote(text="x").kind is ActionKind.INTERNAL_NOTE
    assert AcknowledgeReply().kind is ActionKind.ACKNOWLEDGE_REPLY
    with pytest.raises(TypeError):
        FollowUp(text="x", kind=ActionKind.INTERNAL_NOTE)  # type: ignore[call-arg]
