"""Deadline countdowns: how many working days a complaint has left, and how urgent that is.

The server sets due dates; the client turns them into a countdown offline with the same working-day
calendar (DESIGN section 2), so the queue can colour and sort complaints without a connection.
All text lives in :func:`countdown_text` so the UI can route it through its translation layer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
from collections.abc import Iterable
from enum import StrEnum
from zoneinfo import ZoneInfo

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.deadlines import next_due
from lapor_desktop.core.models import Complaint, TimeZone, require_aware

# Thresholds in working days left after today (inclusive).
DUE_SOON_DAYS = 1
AT_RISK_DAYS = 3


class RiskLevel(StrEnum):
    """How urgent a deadline is, declared from most to least urgent (see :attr:`rank`)."""

    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"  # at most DUE_SOON_DAYS working days left after today
    AT_RISK = "at_risk"  # at most AT_RISK_DAYS working days left after today
    ON_TRACK = "on_track"
    CLOSED = "closed"  # no deadline: nothing is owed

    @property
    def rank(self) -> int:
        """0 for the most urgent level; string comparison of the values would not mean urgency."""
        return _RANKS[self]


_RANKS: dict[RiskLevel, int] = {level: index for index, level in enumerate(RiskLevel)}


# Message templates keyed by language, then by level. ``{n}`` is a non-negative day count.
# DUE_SOON with zero days left happens when the due date is itself a non-working day.
_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "overdue": "terlambat {n} hari kerja",
        "due_today": "jatuh tempo hari ini",
        "left": "sisa {n} hari kerja",
        "left_none": "jatuh tempo sebelum hari kerja berikutnya",
        "closed": "",
    },
    "en": {
        "overdue": "{n} working {days} late",
        "due_today": "due today",
        "left": "{n} working {days} left",
        "left_none": "due before the next working day",
        "closed": "",
    },
}
DEFAULT_LANGUAGE = "id"
LANGUAGES: frozenset[str] = frozenset(_TEXTS)


def countdown_text(level: RiskLevel, working_days: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """The human text of a countdown in ``lang`` ("id" or "en"; "en_US" counts as "en").

    Unknown languages fall back to Indonesian, the language of every LAPOR! user, rather than
    failing in the middle of painting a table.
    """
    texts = _TEXTS.get(lang[:2].lower(), _TEXTS[DEFAULT_LANGUAGE])
    n = abs(working_days)
    days = "day" if n == 1 else "days"
    match level:
        case RiskLevel.CLOSED:
            key = "closed"
        case RiskLevel.OVERDUE:
            key = "overdue"
        case RiskLevel.DUE_TODAY:
            key = "due_today"
        case _:
            key = "left" if n > 0 else "left_none"
    return texts[key].format(n=n, days=days)


@dataclasses.dataclass(frozen=True, slots=True)
class Countdown:
    """A deadline seen from one moment.

    ``working_days`` is the number of working days left after today (0 when due today), negative by
    the number of working days late. ``text`` is the Indonesian text; :meth:`text_in` gives others.
    ``due`` is the deadline itself (UTC), kept so lists can break ties by it.
    """

    working_days: int
    level: RiskLevel
    text: str
    due: dt.datetime | None = None

    def text_in(self, lang: str) -> str:
        """The countdown's text in ``lang`` (see :func:`countdown_text`)."""
        return countdown_text(self.level, self.working_days, lang)


CLOSED = Countdown(working_days=0, level=RiskLevel.CLOSED,
                   text=countdown_text(RiskLevel.CLOSED, 0), due=None)


def _level_for_remaining(remaining: int) -> RiskLevel:
    if remaining <= DUE_SOON_DAYS:
        return RiskLevel.DUE_SOON
    if remaining <= AT_RISK_DAYS:
        return RiskLevel.AT_RISK
    return RiskLevel.ON_TRACK


def countdown(due: dt.datetime | None, now: dt.datetime, tz: TimeZone,
              calendar: WorkingCalendar) -> Countdown:
    """The countdown to ``due`` as of ``now``, in the agency's local time zone ``tz``.

    Let D be the local date of ``due`` and T the local date of ``now``.

    - ``due`` is ``None``: :data:`CLOSED` (nothing is owed; the text is empty).
    - ``now`` after ``due``: OVERDUE, late by the working days in (D, T], but at least 1, because
      a passed deadline is late even when today is a weekend or holiday or still the due day.
      ``working_days`` is that count, negated.
    - T == D (and not yet past): DUE_TODAY, ``working_days`` 0.
    - otherwise: ``working_days`` = working days in (T, D], i.e. after today up to and including
      the due day. At most 1: DUE_SOON; at most 3: AT_RISK; more: ON_TRACK.

    Both instants must be timezone-aware (:class:`~lapor_desktop.core.errors.InvalidDataError`).
    """
    require_aware(now, field="now")
    if due is None:
        return CLOSED
    require_aware(due, field="due")
    zone = _zone(tz)
    due_utc = due.astimezone(dt.UTC)
    days, level, text = _standing(due.astimezone(zone).date(), now.astimezone(zone).date(),
                                  now > due, calendar)
    return Countdown(days, level, text, due_utc)


def countdowns(dues: Iterable[dt.datetime | None], now: dt.datetime, tz: TimeZone,
               calendar: WorkingCalendar) -> list[Countdown]:
    """:func:`countdown` of each deadline as of one moment (a queue page).

    Today's local date is worked out once for the page, and deadlines are the end of a working
    day, so a page's rows share a few instants: each distinct one is worked out once
    (countdowns are immutable and shared).
    """
    require_aware(now, field="now")
    zone = _zone(tz)
    today = now.astimezone(zone).date()
    seen: dict[dt.datetime, Countdown] = {}
    out = []
    for due in dues:
        if due is None:
            out.append(CLOSED)
            continue
        known = seen.get(due)
        if known is None:
            require_aware(due, field="due")
            days, level, text = _standing(due.astimezone(zone).date(), today, now > due,
                                          calendar)
            known = seen[due] = Countdown(days, level, text, due.astimezone(dt.UTC))
        out.append(known)
    return out


@functools.lru_cache(maxsize=16)
def _zone(tz: TimeZone) -> ZoneInfo:
    return ZoneInfo(tz.value)


@functools.lru_cache(maxsize=4096)
def _standing(due_day: dt.date, today: dt.date, past: bool,
              calendar: WorkingCalendar) -> tuple[int, RiskLevel, str]:
    # Rows of a queue page share today and a handful of due dates: the level and its text are
    # worked out once per (due date, today) instead of once per row.
    if past:
        late = max(1, calendar.working_days_between(due_day, today))
        return -late, RiskLevel.OVERDUE, countdown_text(RiskLevel.OVERDUE, -late)
    if today == due_day:
        return 0, RiskLevel.DUE_TODAY, countdown_text(RiskLevel.DUE_TODAY, 0)
    remaining = calendar.working_days_between(today, due_day)
    level = _level_for_remaining(remaining)
    return remaining, level, countdown_text(level, remaining)


def complaint_countdown(complaint: Complaint, now: dt.datetime, tz: TimeZone,
                        calendar: WorkingCalendar) -> Countdown:
    """The countdown to the deadline ``complaint`` faces next (see :func:`deadlines.next_due`)."""
    return countdown(next_due(complaint), now, tz, calendar)


def risk_key(item: Countdown) -> tuple[int, int, float]:
    """Sort key putting the most urgent first.

    Order: by level (overdue first, closed last); within a level by working days (the most late
    first among overdue ones, the fewest left among the rest); then by the earliest due instant.
    """
    due = item.due.timestamp() if item.due is not None else math.inf
    return (item.level.rank, item.working_days, due)
