"""Report periods: a calendar month ("2026-11") or a date range, in the agency's local dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import TimeZone

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember")
MONTHS_SHORT_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov",
                   "Des")


@dataclasses.dataclass(frozen=True, slots=True)
class Period:
    """Inclusive range of local dates ``first``..``last`` (a complaint belongs to it by the local
    date of its disposition)."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidDataError(_("Akhir periode sebelum awalnya"), field="period",
                                   value=f"{self.first}..{self.last}")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """The whole calendar month."""
        first = dt.date(year, month, 1)
        return cls(first, _next_month(first) - dt.timedelta(days=1))

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-11`` (a month) or ``2026-11-01..2026-11-30`` (a date range)."""
        text = text.strip()
        try:
            if ".." in text:
                first, last = text.split("..", 1)
                return cls(dt.date.fromisoformat(first.strip()), dt.date.fromisoformat(last.strip()))
            year, month = text.split("-")
            if len(year) != 4:
                raise ValueError(text)
            return cls.month(int(year), int(month))
        except ValueError:
            raise InvalidDataError(_("Periode tidak valid: {value!r} (contoh: 2026-11 atau "
                                      "2026-11-01..2026-11-30)").format(value=text[:40]), field="period",
                                   value=text[:40]) from None

    @property
    def is_month(self) -> bool:
        """True when the period is exactly one calendar month."""
        return self == Period.month(self.first.year, self.first.month)

    @property
    def key(self) -> str:
        """The text :meth:`parse` accepts back (also used in file names)."""
        if self.is_month:
            return f"{self.first:%Y-%m}"
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    @property
    def label(self) -> str:
        """Indonesian label: "November 2026" or "1 Nov 2026 – 15 Nov 2026"."""
        if self.is_month:
            return f"{MONTHS_ID[self.first.month - 1]} {self.first.year}"
        return f"{format_date(self.first)} – {format_date(self.last)}"

    def instants(self, tz: TimeZone) -> tuple[dt.datetime, dt.datetime]:
        """The half-open UTC range [start, end) covering the local dates in ``tz``."""
        zone = ZoneInfo(tz.value)
        start = dt.datetime.combine(self.first, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)

    def contains(self, day: dt.date) -> bool:
        """True if the local date ``day`` is in the period."""
        return self.first <= day <= self.last


def trend_months(last: dt.date, count: int) -> list[Period]:
    """``count`` whole months ending with the month of ``last``, oldest first."""
    year, month = last.year, last.month
    months = []
    for _step in range(count):
        months.append(Period.month(year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months[::-1]


def format_date(day: dt.date) -> str:
    """"3 Nov 2026" (Indonesian month abbreviations, independent of the system locale)."""
    return f"{day.day} {MONTHS_SHORT_ID[day.month - 1]} {day.year}"


def month_label(period: Period) -> str:
    """Short month label for chart axes: "Nov 26"."""
    return f"{MONTHS_SHORT_ID[period.first.month - 1]} {period.first:%y}"


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


#: How many months the dashboard's and the export's month pickers offer.
MONTHS_IN_PICKER = 24


def month_choices(today: dt.date, count: int = MONTHS_IN_PICKER) -> list[Period]:
    """The months a picker offers, newest first."""
    return trend_months(today, count)[::-1]
