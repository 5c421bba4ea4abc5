"""Working-day calendar and the LAPOR! deadlines (DESIGN section 2).

Working days are Monday to Friday minus Indonesia's national holidays and *cuti bersama*: the
``holidays`` package's ``public`` and ``government`` categories together. The server may publish the
official list for a year; where it has, that list replaces the package's for that year (the decree
changes yearly and the server is authoritative).

Counting: day 1 is the first working day after the event; a deadline of N days is the end of working
day N in the agency's local time zone.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from zoneinfo import ZoneInfo

import holidays as holidays_lib

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import Classification, TimeZone, require_aware

FIRST_RESPONSE_DAYS = 5
AUTO_CLOSE_DAYS = 10
OMBUDSMAN_CALENDAR_DAYS = 60
COMPLETION_DAYS: dict[Classification, int] = {
    Classification.ASPIRASI: 5,
    Classification.PERMINTAAN_INFORMASI: 5,
    Classification.PENGADUAN: 14,
    Classification.PENGADUAN_PENGAWASAN: 60,
}

# Guard against runaway loops on absurd input (a year of holidays would still be far below this).
_MAX_SCAN_DAYS = 3660
# Remembered (start, end) pairs of working_days_between: thousands of due dates times a few days.
_MEMO_LIMIT = 20_000


class WorkingCalendar:
    """Indonesian civil-service working days, with the server's published lists taking precedence.

    ``published`` maps a year to the full set of non-working weekdays the server announced for it.
    """

    def __init__(self, published: Mapping[int, Iterable[dt.date]] | None = None) -> None:
        self._published: dict[int, frozenset[dt.date]] = {
            int(year): frozenset(days) for year, days in (published or {}).items()}
        for year, days in self._published.items():
            for day in days:
                # A datetime never equals a date, so it would silently not count as a holiday.
                if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
                    raise InvalidDataError(_("Hari libur bukan tanggal: {day!r}").format(day=day),
                                           field="holidays", value=repr(day)[:40])
                if day.year != year:
                    raise InvalidDataError(
                        _("Hari libur {day} tidak berada di tahun {year}").format(day=day, year=year),
                                           field="holidays", value=str(day))
        # Working days per (start, end): a queue page asks for the same few pairs hundreds of
        # times (most rows share today and a handful of due dates). The calendar never changes
        # after construction, so the memo never goes stale; a new reference list builds a new
        # calendar.
        self._between: dict[tuple[dt.date, dt.date], int] = {}

    @property
    def published_years(self) -> frozenset[int]:
        """Years for which the server's list is in force."""
        return frozenset(self._published)

    def holidays(self, year: int) -> frozenset[dt.date]:
        """Non-working dates of ``year`` other than weekends."""
        if year in self._published:
            return self._published[year]
        return _package_holidays(year)

    def is_working_day(self, day: dt.date) -> bool:
        """True for Monday to Friday that is not a holiday or *cuti bersama*."""
        return day.weekday() < 5 and day not in self.holidays(day.year)

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        """The date of working day ``days`` counted from the day after ``start`` (day 1)."""
        if days < 1:
            raise InvalidDataError(_("Jumlah hari kerja harus positif"), field="days", value=days)
        day, counted = start, 0
        for _step in range(_MAX_SCAN_DAYS):
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                counted += 1
                if counted == days:
                    return day
        raise InvalidDataError(_("Kalender tidak memiliki cukup hari kerja"), field="days", value=days)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in the half-open range (start, end]; negative when end is before start."""
        key = (start, end)
        known = self._between.get(key)
        if known is None:
            if len(self._between) >= _MEMO_LIMIT:
                self._between.clear()  # a long-running window must not grow without bound
            known = self._between[key] = self._count_between(start, end)
        return known

    def _count_between(self, start: dt.date, end: dt.date) -> int:
        if end < start:
            return -self.working_days_between(end, start)
        if (end - start).days > _MAX_SCAN_DAYS:
            raise InvalidDataError(_("Rentang tanggal terlalu panjang"), field="end", value=str(end))
        # Counted, not walked: the queue computes a countdown for every row, and walking day by
        # day cost milliseconds per long-overdue complaint (seconds per page at 100,000).
        weeks, rest = divmod((end - start).days, 7)
        count = weeks * 5  # every full week holds five weekdays, whatever day it starts on
        tail = start + dt.timedelta(days=weeks * 7)
        count += sum(1 for i in range(1, rest + 1)
                     if (tail + dt.timedelta(days=i)).weekday() < 5)
        for year in range(start.year, end.year + 1):
            count -= sum(1 for day in self.holidays(year)
                         if start < day <= end and day.weekday() < 5)
        return count

    def deadline(self, event_at: dt.datetime, days: int, tz: TimeZone) -> dt.datetime:
        """End of working day ``days`` after ``event_at``, in ``tz``, returned as aware UTC.

        The end of a day is represented by the last microsecond before local midnight, so the
        deadline shows as that date in the agency's time zone.
        """
        local = require_aware(event_at, field="event_at").astimezone(ZoneInfo(tz.value))
        due_day = self.add_working_days(local.date(), days)
        end = dt.datetime.combine(due_day, dt.time.max, tzinfo=ZoneInfo(tz.value))
        return end.astimezone(dt.UTC)

    # The three LAPOR! deadlines, named so callers never pass a bare number of days.

    def first_response_due(self, disposed_at: dt.datetime, tz: TimeZone) -> dt.datetime:
        """First follow-up is due 5 working days after disposition to the OPD."""
        return self.deadline(disposed_at, FIRST_RESPONSE_DAYS, tz)

    def completion_due(self, disposed_at: dt.datetime, classification: Classification,
                       tz: TimeZone) -> dt.datetime:
        """Completion deadline by classification (PermenPANRB 62/2018 Bab VI)."""
        return self.deadline(disposed_at, COMPLETION_DAYS[classification], tz)

    def auto_close_due(self, follow_up_at: dt.datetime, tz: TimeZone) -> dt.datetime:
        """A follow-up with no reply closes automatically after 10 working days."""
        return self.deadline(follow_up_at, AUTO_CLOSE_DAYS, tz)


def ombudsman_takeover_at(submitted_at: dt.datetime) -> dt.datetime:
    """Perpres 76/2013: the Ombudsman may take over after 60 (calendar) days unresolved."""
    return require_aware(submitted_at, field="submitted_at") + dt.timedelta(
        days=OMBUDSMAN_CALENDAR_DAYS)


@functools.lru_cache(maxsize=64)
def _package_holidays(year: int) -> frozenset[dt.date]:
    days = holidays_lib.country_holidays("ID", years=[year],
                                         categories=("public", "government"))
    return frozenset(days.keys())
