"""The working-day calendar and the LAPOR! SLA deadlines (DESIGN section 2).

Every expected date below was counted by hand on a printed calendar against
``holidays.country_holidays('ID', years=[2026, 2027], categories=('public', 'government'))``:
2026 non-working weekdays used here are 1 Jan, 16 Jan, 16-17 Feb, 18-20 and 23-24 Mar (Nyepi,
Idul Fitri and their cuti bersama), 3 Apr, 1 May, 14-15 May, 27-28 May, 1 Jun, 16 Jun, 17 Aug,
25 Aug, 24-25 Dec; 2027: 1 Jan, 5 Jan. Day 1 is the first working day after the event.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lapor_desktop.core.calendar import (
    AUTO_CLOSE_DAYS,
    COMPLETION_DAYS,
    FIRST_RESPONSE_DAYS,
    WorkingCalendar,
    ombudsman_takeover_at,
)
from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.models import Classification, TimeZone

WIB, WITA, WIT = TimeZone.WIB, TimeZone.WITA, TimeZone.WIT
D = dt.date


def local(y: int, mo: int, d: int, h: int = 10, mi: int = 0, tz: TimeZone = WIB) -> dt.datetime:
    """An aware instant given in the agency's local wall-clock time."""
    return dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz.value))


def end_of(day: dt.date, tz: TimeZone) -> dt.datetime:
    """The expected deadline: local 23:59:59.999999 of ``day`` in ``tz``, as UTC."""
    return dt.datetime.combine(day, dt.time(23, 59, 59, 999999),
                               tzinfo=ZoneInfo(tz.value)).astimezone(dt.UTC)


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


# (id, rule, event instant, time zone, expected local due date)
# rule: "first", "auto_close", or a Classification for the completion deadline.
SLA_CASES = [
    # DESIGN's example: the Nyepi / Idul Fitri block 18-24 Mar is skipped; 25,26,27,30,31.
    ("design-example", "first", local(2026, 3, 17), WIB, D(2026, 3, 31)),
    ("aspirasi-5", Classification.ASPIRASI, local(2026, 3, 17), WIB, D(2026, 3, 31)),
    ("informasi-5", Classification.PERMINTAAN_INFORMASI, local(2026, 3, 17), WIB,
     D(2026, 3, 31)),
    # 31 Mar is day 5; 1,2 Apr; Good Friday 3 Apr; 6..10 Apr; 13,14 Apr -> day 14.
    ("pengaduan-14", Classification.PENGADUAN, local(2026, 3, 17), WIB, D(2026, 4, 14)),
    # ... then past 1 May, 14-15 May, 27-28 May, 1 Jun, 16 Jun -> day 60 is Fri 26 Jun.
    ("pengawasan-60", Classification.PENGADUAN_PENGAWASAN, local(2026, 3, 17), WIB,
     D(2026, 6, 26)),
    # A quiet stretch: Mon 20 Apr -> 21,22,23,24,27.
    ("aspirasi-plain", Classification.ASPIRASI, local(2026, 4, 20), WIB, D(2026, 4, 27)),
    # Mon 20 Apr, 14 days: 21..24, 27..30, (1 May holiday), 4..8, 11 May.
    ("pengaduan-labour-day", Classification.PENGADUAN, local(2026, 4, 20), WIB,
     D(2026, 5, 11)),
    # Follow-up Wed 1 Apr: 2, (3 Good Friday), 6..10, 13..16 -> 16 Apr.
    ("auto-close-10", "auto_close", local(2026, 4, 1, 15), WIB, D(2026, 4, 16)),
    # Weekends: Friday, Saturday and Sunday dispositions all start counting on Monday 13 Apr.
    ("friday", "first", local(2026, 4, 10, 16, 30), WIB, D(2026, 4, 17)),
    ("saturday", "first", local(2026, 4, 11, 9), WIB, D(2026, 4, 17)),
    ("sunday", "first", local(2026, 4, 12, 20), WIB, D(2026, 4, 17)),
    # Friday before Imlek: Mon 16 and Tue 17 Feb are off -> 18,19,20,23,24.
    ("friday-before-imlek", "first", local(2026, 2, 13, 14), WIB, D(2026, 2, 24)),
    # Disposed on a holiday (Thu 19 Mar, Nyepi): 25,26,27,30,31.
    ("on-a-holiday", "first", local(2026, 3, 19, 8), WIB, D(2026, 3, 31)),
    # Cuti bersama 24 Dec and Christmas 25 Dec: Mon 21 Dec -> 22, 23, 28, 29, 30.
    ("christmas-cuti-bersama", "first", local(2026, 12, 21), WIB, D(2026, 12, 30)),
    # Year boundary: Wed 23 Dec -> 28, 29, 30, 31, (1 Jan 2027 off), Mon 4 Jan 2027.
    ("year-boundary-first", "first", local(2026, 12, 23), WIB, D(2027, 1, 4)),
    # ... 14 days: Jan 4 is day 5, (5 Jan Isra Mi'raj), 6,7,8, 11..15, 18 Jan.
    ("year-boundary-pengaduan", Classification.PENGADUAN, local(2026, 12, 23), WIB,
     D(2027, 1, 18)),
    # Tue 22 Dec: 23, 28..31, 4, 6, 7, 8, 11 Jan.
    ("year-boundary-auto-close", "auto_close", local(2026, 12, 22), WIB, D(2027, 1, 11)),
    # One instant, 2026-04-09 16:30 UTC: Thu 23:30 WIB, Fri 00:30 WITA, Fri 01:30 WIT.
    ("tz-wib-thursday", "first", dt.datetime(2026, 4, 9, 16, 30, tzinfo=dt.UTC), WIB,
     D(2026, 4, 16)),
    ("tz-wita-friday", "first", dt.datetime(2026, 4, 9, 16, 30, tzinfo=dt.UTC), WITA,
     D(2026, 4, 17)),
    ("tz-wit-friday", "first", dt.datetime(2026, 4, 9, 16, 30, tzinfo=dt.UTC), WIT,
     D(2026, 4, 17)),
    # 2026-04-09 15:30 UTC: Thu 22:30 WIB, Thu 23:30 WITA, Fri 00:30 WIT.
    ("tz-wita-still-thursday", "first", dt.datetime(2026, 4, 9, 15, 30, tzinfo=dt.UTC), WITA,
     D(2026, 4, 16)),
    ("tz-wit-already-friday", "first", dt.datetime(2026, 4, 9, 15, 30, tzinfo=dt.UTC), WIT,
     D(2026, 4, 17)),
    # An event given in another offset is read in the agency's zone: 23:30 WIT Thu is 21:30 WIB.
    ("tz-event-in-other-zone", "first", local(2026, 4, 9, 23, 30, tz=WIT), WIB, D(2026, 4, 16)),
]


@pytest.mark.parametrize(("rule", "event_at", "tz", "expected_day"),
                         [case[1:] for case in SLA_CASES], ids=[case[0] for case in SLA_CASES])
def test_sla_deadline_table(cal: WorkingCalendar, rule: object, event_at: dt.datetime,
                            tz: TimeZone, expected_day: dt.date) -> None:
    if rule == "first":
        due = cal.first_response_due(event_at, tz)
    elif rule == "auto_close":
        due = cal.auto_close_due(event_at, tz)
    else:
        assert isinstance(rule, Classification)
        due = cal.completion_due(event_at, rule, tz)
    assert due == end_of(expected_day, tz)
    assert due.tzinfo is dt.UTC
    shown = due.astimezone(ZoneInfo(tz.value))
    assert shown.date() == expected_day
    assert shown.time() == dt.time(23, 59, 59, 999999)


def test_design_example_as_utc_instant(cal: WorkingCalendar) -> None:
    # End of Tue 31 Mar WIB (UTC+7) is 16:59:59.999999 UTC the same day.
    due = cal.first_response_due(local(2026, 3, 17), WIB)
    assert due == dt.datetime(2026, 3, 31, 16, 59, 59, 999999, tzinfo=dt.UTC)


def test_same_instant_different_zones_give_different_deadlines(cal: WorkingCalendar) -> None:
    instant = dt.datetime(2026, 4, 9, 16, 30, tzinfo=dt.UTC)
    wib = cal.first_response_due(instant, WIB)
    wit = cal.first_response_due(instant, WIT)
    assert wib == dt.datetime(2026, 4, 16, 16, 59, 59, 999999, tzinfo=dt.UTC)
    assert wit == dt.datetime(2026, 4, 17, 14, 59, 59, 999999, tzinfo=dt.UTC)


def test_rule_constants_match_design() -> None:
    assert FIRST_RESPONSE_DAYS == 5
    assert AUTO_CLOSE_DAYS == 10
    assert COMPLETION_DAYS == {
        Classification.ASPIRASI: 5,
        Classification.PERMINTAAN_INFORMASI: 5,
        Classification.PENGADUAN: 14,
        Classification.PENGADUAN_PENGAWASAN: 60,
    }


@pytest.mark.parametrize(("day", "working"), [
    (D(2026, 3, 17), True),  # ordinary Tuesday
    (D(2026, 3, 18), False),  # cuti bersama Nyepi
    (D(2026, 3, 24), False),  # cuti bersama Idul Fitri
    (D(2026, 3, 25), True),
    (D(2026, 3, 21), False),  # Saturday (and Idul Fitri)
    (D(2026, 4, 12), False),  # plain Sunday
    (D(2026, 12, 24), False),  # cuti bersama Natal
    (D(2027, 1, 1), False),
    (D(2027, 1, 4), True),
])
def test_is_working_day(cal: WorkingCalendar, day: dt.date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_package_list_includes_cuti_bersama(cal: WorkingCalendar) -> None:
    days = cal.holidays(2026)
    assert {D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23), D(2026, 3, 24),
            D(2026, 12, 24)} <= days


def test_published_list_replaces_package_for_that_year_only() -> None:
    # The server says only 20 and 23 March are off in 2026: the rest of the package's 2026 list
    # (18, 19, 24 March, Christmas) no longer counts, while 2027 keeps the package's list.
    cal = WorkingCalendar(published={2026: [D(2026, 3, 20), D(2026, 3, 23)]})
    assert cal.published_years == frozenset({2026})
    assert cal.holidays(2026) == frozenset({D(2026, 3, 20), D(2026, 3, 23)})
    assert cal.is_working_day(D(2026, 3, 18))
    assert not cal.is_working_day(D(2026, 3, 20))
    assert cal.is_working_day(D(2026, 12, 25))
    assert not cal.is_working_day(D(2027, 1, 1))
    assert not cal.is_working_day(D(2027, 1, 5))
    # Tue 17 Mar -> 18, 19, 24, 25, 26.
    assert cal.first_response_due(local(2026, 3, 17), WIB) == end_of(D(2026, 3, 26), WIB)


def test_published_empty_year_across_year_boundary() -> None:
    # An empty 2026 list makes 24-25 Dec working days; 1 Jan 2027 stays off (package list).
    cal = WorkingCalendar(published={2026: []})
    assert cal.first_response_due(local(2026, 12, 23), WIB) == end_of(D(2026, 12, 30), WIB)
    assert cal.add_working_days(D(2026, 12, 30), 2) == D(2027, 1, 4)


def test_published_day_outside_its_year_is_rejected() -> None:
    with pytest.raises(InvalidDataError) as err:
        WorkingCalendar(published={2026: [D(2027, 1, 1)]})
    assert err.value.field == "holidays"


def test_published_datetime_is_rejected() -> None:
    # A datetime never equals a date: it would silently not be a holiday.
    with pytest.raises(InvalidDataError):
        WorkingCalendar(published={2026: [dt.datetime(2026, 3, 31)]})


def test_naive_event_raises(cal: WorkingCalendar) -> None:
    with pytest.raises(InvalidDataError) as err:
        cal.first_response_due(dt.datetime(2026, 3, 17, 10), WIB)
    assert err.value.field == "event_at"


def test_naive_submission_raises_for_ombudsman() -> None:
    with pytest.raises(InvalidDataError):
        ombudsman_takeover_at(dt.datetime(2026, 3, 17, 10))


@pytest.mark.parametrize("days", [0, -1, -30])
def test_non_positive_days_raise(cal: WorkingCalendar, days: int) -> None:
    with pytest.raises(InvalidDataError):
        cal.add_working_days(D(2026, 3, 17), days)
    with pytest.raises(InvalidDataError):
        cal.deadline(local(2026, 3, 17), days, WIB)


def test_ombudsman_takeover_is_60_calendar_days() -> None:
    submitted = dt.datetime(2026, 3, 17, 3, 0, tzinfo=dt.UTC)
    assert ombudsman_takeover_at(submitted) == dt.datetime(2026, 5, 16, 3, 0, tzinfo=dt.UTC)


def test_working_days_between(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(D(2026, 3, 17), D(2026, 3, 31)) == 5
    assert cal.working_days_between(D(2026, 3, 31), D(2026, 3, 17)) == -5
    assert cal.working_days_between(D(2026, 3, 17), D(2026, 3, 17)) == 0
    assert cal.working_days_between(D(2026, 3, 17), D(2026, 3, 24)) == 0
    with pytest.raises(InvalidDataError):
        cal.working_days_between(D(2000, 1, 1), D(2030, 1, 1))


# Hypothesis: years the package's list covers and the suite can cache.
dates = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 6, 30))


@settings(max_examples=200, deadline=None)
@given(start=dates, n=st.integers(min_value=1, max_value=80))
def test_add_then_count_round_trips(cal: WorkingCalendar, start: dt.date, n: int) -> None:
    end = cal.add_working_days(start, n)
    assert cal.is_working_day(end)
    assert end > start
    assert cal.working_days_between(start, end) == n
    # Working day n is the first day on which n working days have passed.
    assert cal.working_days_between(start, end - dt.timedelta(days=1)) == n - 1


@settings(max_examples=200, deadline=None)
@given(a=dates, b=dates, c=dates)
def test_between_is_antisymmetric_and_additive(cal: WorkingCalendar, a: dt.date, b: dt.date,
                                               c: dt.date) -> None:
    assert cal.working_days_between(a, b) == -cal.working_days_between(b, a)
    assert cal.working_days_between(a, c) == (
        cal.working_days_between(a, b) + cal.working_days_between(b, c))


@settings(max_examples=100, deadline=None)
@given(instant=st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2027, 6, 1),
                            timezones=st.just(dt.UTC)),
       tz=st.sampled_from(list(TimeZone)), days=st.integers(min_value=1, max_value=60))
def test_deadline_is_end_of_a_local_working_day(cal: WorkingCalendar, instant: dt.datetime,
                                                tz: TimeZone, days: int) -> None:
    due = cal.deadline(instant, days, tz)
    shown = due.astimezone(ZoneInfo(tz.value))
    assert shown.time() == dt.time.max
    assert cal.is_working_day(shown.date())
    assert cal.working_days_between(instant.astimezone(ZoneInfo(tz.value)).date(),
                                    shown.date()) == days


@settings(max_examples=300, deadline=None)
@given(start=st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31)),
       span=st.integers(min_value=-800, max_value=800))
def test_working_days_between_matches_walking_the_calendar(start, span):
    calendar = WorkingCalendar()
    end = start + dt.timedelta(days=span)
    lo, hi = min(start, end), max(start, end)
    walked, day = 0, lo
    while day < hi:
        day += dt.timedelta(days=1)
        walked += calendar.is_working_day(day)
    assert calendar.working_days_between(start, end) == (walked if end >= start else -walked)
