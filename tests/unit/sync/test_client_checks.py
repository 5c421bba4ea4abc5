"""Pure checks of the client: page consistency, versions, report outcomes."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.protocol import ChangesPage
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import check_page, parse_version, validate
from lapor_desktop.sync.errors import ErrorKind
from lapor_desktop.sync.report import ItemFailure, Outcome, SyncReport
from tests.faults.hostile_server import good_page


def _page(cursor, **over):
    raw = good_page(cursor)
    raw.update(over)
    return validate(ChangesPage, raw, "changes")


def test_good_page_passes():
    check_page(_page(5), 5, 100)


@pytest.mark.parametrize("over", [{"next_cursor": 4}, {"next_cursor": -1},
                                  {"next_cursor": 5, "has_more": True, "items": []}])
def test_cursor_must_move_forward(over):
    with pytest.raises(errors.ProtocolError):
        check_page(_page(5, **over), 5, 100)


def test_duplicates_and_out_of_range_seq_are_refused():
    page = good_page(5)
    page["items"].append(dict(page["items"][0]))
    with pytest.raises(errors.ProtocolError):
        check_page(validate(ChangesPage, page, "changes"), 5, 100)
    with pytest.raises(errors.ProtocolError):
        check_page(_page(5), 5, 0)


def test_validate_refuses_wrong_types_and_huge_strings():
    with pytest.raises(errors.ProtocolError):
        validate(ChangesPage, {"items": "x"}, "changes")
    page = good_page(1)
    page["items"][0]["title"] = "x" * 200_000
    with pytest.raises(errors.ProtocolError):
        validate(ChangesPage, page, "changes")


def test_parse_version():
    assert parse_version("0.10.2") > parse_version("0.9.9")
    with pytest.raises(errors.ProtocolError):
        parse_version("latest")


def test_outcomes():
    now = dt.datetime.now(dt.UTC)
    assert SyncReport(now).outcome is Outcome.DELIVERED
    assert SyncReport(now, error_kind=ErrorKind.LOGIN).outcome is Outcome.LOGIN_REQUIRED
    assert SyncReport(now, error_kind=ErrorKind.TIMEOUT).outcome is Outcome.OFFLINE
    assert SyncReport(now, attention_pending=1).outcome is Outcome.NEEDS_ATTENTION
    retry = ItemFailure("op", "T1", ErrorKind.SERVER, "503", will_retry=True)
    # The server answered, an action waits for its retry time: not "offline", not "delivered".
    assert SyncReport(now, failures=[retry]).outcome is Outcome.WAITING_RETRY
    assert SyncReport(now, queued_left=1).outcome is Outcome.WAITING_RETRY
    refused = ItemFailure("op", "T1", ErrorKind.CONFLICT, "409", will_retry=False)
    assert SyncReport(now, failures=[retry, refused]).outcome is Outcome.NEEDS_ATTENTION
