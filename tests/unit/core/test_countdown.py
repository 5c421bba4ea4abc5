"""Countdowns to a deadline, their risk levels, text and sort order."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.countdown import (
    CLOSED,
    Countdown,
    RiskLevel,
    complaint_countdown,
    countdown,
    countdown_text,
    countdowns,
    risk_key,
)
from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.models import Classification, Complaint, Status, TimeZone

WIB, WIT = TimeZone.WIB, TimeZone.WIT


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def at(y: int, mo: int, d: int, h: int = 10, mi: int = 0, tz: TimeZone = WIB) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz.value))


def end_of(y: int, mo: int, d: int, tz: TimeZone = WIB) -> dt.datetime:
    return dt.datetime(y, mo, d, 23, 59, 59, 999999, tzinfo=ZoneInfo(tz.value)).astimezone(dt.UTC)


# Due end of Tue 31 Mar 2026 WIB (the DESIGN example). Working days before it: 25, 26, 27, 30 Mar;
# 18-24 Mar are holidays. After it: 1, 2 Apr, (3 Apr Good Friday), 6 Apr ...
DUE = end_of(2026, 3, 31)

COUNTDOWN_CASES = [
    # (id, now, working_days, level, text)
    ("before-holiday-block", at(2026, 3, 17), 5, RiskLevel.ON_TRACK, "sisa 5 hari kerja"),
    ("in-holiday-block", at(2026, 3, 21), 5, RiskLevel.ON_TRACK, "sisa 5 hari kerja"),
    ("four-left", at(2026, 3, 25), 4, RiskLevel.ON_TRACK, "sisa 4 hari kerja"),
    ("three-left", at(2026, 3, 26), 3, RiskLevel.AT_RISK, "sisa 3 hari kerja"),
    ("weekend-two-left", at(2026, 3, 28), 2, RiskLevel.AT_RISK, "sisa 2 hari kerja"),
    ("one-left", at(2026, 3, 30, 8), 1, RiskLevel.DUE_SOON, "sisa 1 hari kerja"),
    ("due-today-morning", at(2026, 3, 31, 7), 0, RiskLevel.DUE_TODAY, "jatuh tempo hari ini"),
    ("due-today-last-minute", at(2026, 3, 31, 23, 59), 0, RiskLevel.DUE_TODAY,
     "jatuh tempo hari ini"),
    ("late-one", at(2026, 4, 1, 0, 1), -1, RiskLevel.OVERDUE, "terlambat 1 hari kerja"),
    ("late-two", at(2026, 4, 2), -2, RiskLevel.OVERDUE, "terlambat 2 hari kerja"),
    # Good Friday and the weekend add nothing: still 2 working days late.
    ("late-over-holiday", at(2026, 4, 5), -2, RiskLevel.OVERDUE, "terlambat 2 hari kerja"),
    ("late-three", at(2026, 4, 6), -3, RiskLevel.OVERDUE, "terlambat 3 hari kerja"),
]


@pytest.mark.parametrize(("now", "days", "level", "text"), [c[1:] for c in COUNTDOWN_CASES],
                         ids=[c[0] for c in COUNTDOWN_CASES])
def test_countdown_table(cal: WorkingCalendar, now: dt.datetime, days: int, level: RiskLevel,
                         text: str) -> None:
    result = countdown(DUE, now, WIB, cal)
    assert result == Countdown(days, level, text, DUE)


def test_late_on_a_weekend_is_at_least_one_day(cal: WorkingCalendar) -> None:
    # Due end of Friday 10 Apr; on Saturday no working day has passed, but it is late.
    result = countdown(end_of(2026, 4, 10), at(2026, 4, 11), WIB, cal)
    assert (result.working_days, result.level) == (-1, RiskLevel.OVERDUE)


def test_due_mid_day_and_passed_on_the_same_day_is_late(cal: WorkingCalendar) -> None:
    # A due instant that is not the end of the day (server data) and has passed today.
    result = countdown(at(2026, 4, 10, 12), at(2026, 4, 10, 13), WIB, cal)
    assert (result.working_days, result.level) == (-1, RiskLevel.OVERDUE)


def test_due_on_a_non_working_day(cal: WorkingCalendar) -> None:
    # Due on Saturday 11 Apr, seen on Friday: no working day left before it, but not late yet.
    result = countdown(end_of(2026, 4, 11), at(2026, 4, 10), WIB, cal)
    assert (result.working_days, result.level) == (0, RiskLevel.DUE_SOON)
    assert result.text == "jatuh tempo sebelum hari kerja berikutnya"


def test_local_date_follows_the_agency_zone(cal: WorkingCalendar) -> None:
    # 2026-03-30 16:30 UTC is 23:30 Monday in WIB but 01:30 Tuesday in WIT.
    now = dt.datetime(2026, 3, 30, 16, 30, tzinfo=dt.UTC)
    assert countdown(end_of(2026, 3, 31, WIB), now, WIB, cal).level is RiskLevel.DUE_SOON
    assert countdown(end_of(2026, 3, 31, WIT), now, WIT, cal).level is RiskLevel.DUE_TODAY


def test_no_deadline_is_closed(cal: WorkingCalendar) -> None:
    result = countdown(None, at(2026, 3, 17), WIB, cal)
    assert result is CLOSED
    assert (result.level, result.working_days, result.text, result.due) == (
        RiskLevel.CLOSED, 0, "", None)


def test_naive_datetimes_raise(cal: WorkingCalendar) -> None:
    with pytest.raises(InvalidDataError):
        countdown(DUE, dt.datetime(2026, 3, 17, 10), WIB, cal)
    with pytest.raises(InvalidDataError):
        countdown(dt.datetime(2026, 3, 31, 23), at(2026, 3, 17), WIB, cal)


@pytest.mark.parametrize(("level", "days", "lang", "text"), [
    (RiskLevel.ON_TRACK, 5, "en", "5 working days left"),
    (RiskLevel.DUE_SOON, 1, "en", "1 working day left"),
    (RiskLevel.DUE_TODAY, 0, "en", "due today"),
    (RiskLevel.OVERDUE, -1, "en", "1 working day late"),
    (RiskLevel.OVERDUE, -4, "en_US", "4 working days late"),
    (RiskLevel.OVERDUE, -4, "id", "terlambat 4 hari kerja"),
    (RiskLevel.AT_RISK, 3, "id_ID", "sisa 3 hari kerja"),
    (RiskLevel.AT_RISK, 3, "jv", "sisa 3 hari kerja"),  # unknown language: Indonesian
    (RiskLevel.CLOSED, 0, "en", ""),
])
def test_countdown_text(level: RiskLevel, days: int, lang: str, text: str) -> None:
    assert countdown_text(level, days, lang) == text


def test_text_in_other_language(cal: WorkingCalendar) -> None:
    result = countdown(DUE, at(2026, 4, 2), WIB, cal)
    assert result.text == "terlambat 2 hari kerja"
    assert result.text_in("en") == "2 working days late"


def test_levels_are_declared_most_urgent_first() -> None:
    assert [level.rank for level in RiskLevel] == list(range(6))
    assert RiskLevel.OVERDUE.rank < RiskLevel.DUE_TODAY.rank < RiskLevel.CLOSED.rank


def test_risk_key_orders_most_urgent_first(cal: WorkingCalendar) -> None:
    now = at(2026, 4, 8)
    dues = {
        "closed": None,
        "late-1": end_of(2026, 4, 7),
        "late-3": end_of(2026, 4, 2),
        "today": end_of(2026, 4, 8),
        "soon-early": at(2026, 4, 9, 9),
        "soon-late": end_of(2026, 4, 9),
        "risk": end_of(2026, 4, 13),
        "track": end_of(2026, 5, 29),
    }
    items = {name: countdown(due, now, WIB, cal) for name, due in dues.items()}
    ordered = sorted(items, key=lambda name: risk_key(items[name]))
    assert ordered == ["late-3", "late-1", "today", "soon-early", "soon-late", "risk", "track",
                       "closed"]


def _complaint(status: Status, **dues: dt.datetime | None) -> Complaint:
    return Complaint(
        id=1, tracking_id="LAP-1", title="t", body="b", category="c", subcategory="s",
        classification=Classification.PENGADUAN, status=status, revision=1, agency_id="opd",
        submitted_at=at(2026, 3, 16), disposed_at=at(2026, 3, 17), **dues)


def test_complaint_countdown_uses_the_next_deadline(cal: WorkingCalendar) -> None:
    dues = {"first_response_due": DUE, "completion_due": end_of(2026, 4, 14)}
    now = at(2026, 4, 1)
    waiting = complaint_countdown(_complaint(Status.TERDISPOSISI, **dues), now, WIB, cal)
    assert (waiting.level, waiting.working_days) == (RiskLevel.OVERDUE, -1)
    answered = complaint_countdown(_complaint(Status.DITINDAKLANJUTI, **dues), now, WIB, cal)
    assert (answered.level, answered.working_days) == (RiskLevel.ON_TRACK, 8)
    done = complaint_countdown(_complaint(Status.SELESAI, **dues), now, WIB, cal)
    assert done.level is RiskLevel.CLOSED


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=dt.date(2025, 6, 1), max_value=dt.date(2027, 3, 1)),
       n=st.integers(min_value=1, max_value=30))
def test_countdown_agrees_with_add_working_days(cal: WorkingCalendar, day: dt.date,
                                                n: int) -> None:
    due_day = cal.add_working_days(day, n)
    due = dt.datetime.combine(due_day, dt.time.max, tzinfo=ZoneInfo(WIB.value))
    result = countdown(due, dt.datetime.combine(day, dt.time(9), tzinfo=ZoneInfo(WIB.value)),
                       WIB, cal)
    assert result.working_days == n
    assert result.level is {1: RiskLevel.DUE_SOON, 2: RiskLevel.AT_RISK,
                            3: RiskLevel.AT_RISK}.get(n, RiskLevel.ON_TRACK)


_INSTANTS = st.datetimes(min_value=dt.datetime(2025, 12, 1), max_value=dt.datetime(2026, 6, 30),
                         timezones=st.just(dt.UTC))


@settings(max_examples=80, deadline=None)
@given(dues=st.lists(st.none() | _INSTANTS | st.sampled_from(
           [dt.datetime(2026, 1, 9, 16, 59, 59, 999999, tzinfo=dt.UTC)]), max_size=40),
       now=_INSTANTS, tz=st.sampled_from(list(TimeZone)))
def test_a_page_of_countdowns_equals_each_countdown(dues: list[dt.datetime | None],
                                                    now: dt.datetime, tz: TimeZone) -> None:
    # A queue page works out shared deadlines once; every row must still get its own answer,
    # and the remembered working-day counts must agree with a fresh calendar's.
    cal = WorkingCalendar()
    page = countdowns(dues, now, tz, cal)
    assert page == [countdown(d, now, tz, WorkingCalendar()) for d in dues]
