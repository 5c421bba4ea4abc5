"""The KemenPANRB indicators of an OPD for a period, computed from complaint facts.

Pure Python over the store's :class:`~lapor_desktop.store.reporting.ComplaintFacts` (any object
with the same attributes will do, see :class:`Facts`). A complaint belongs to a period by the local
date of its disposition to the OPD in the agency's time zone.

Definitions (domain notes section 4):

- *diterima*: disposed to the OPD in the period;
- *ditindaklanjuti*: has at least one follow-up (TL) event by the OPD;
- *selesai*: server status Selesai;
- *dalam proses*: followed up, still open (Ditindaklanjuti or Ditanggapi Pelapor, or
  Terdisposisi after a TL); so % ditindaklanjuti >= % selesai + % dalam proses;
- *terlambat* as of ``now``: still open and past the first follow-up deadline with no TL yet, or
  past the completion deadline. Working days late are counted with the working-day calendar.

Rahasia complaints are counted everywhere but never appear in :attr:`MonthlyReport.overdue` or
:attr:`MonthlyReport.lines`; those lists carry no reporter identity at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import Classification, Status, TimeZone
from lapor_desktop.core.status import CLASSIFICATION_LABELS, OPEN_STATUSES
from lapor_desktop.reports.period import Period, trend_months


class Facts(Protocol):
    """The attributes of a complaint a report reads (see ``store.reporting.ComplaintFacts``)."""

    tracking_id: str
    title: str
    category: str
    classification: Classification
    status: Status
    rahasia: bool
    disposed_at: dt.datetime
    first_response_due: dt.datetime | None
    completion_due: dt.datetime | None
    first_follow_up_at: dt.datetime | None
    finished_at: dt.datetime | None


class Stage(StrEnum):
    """Which deadline an overdue complaint missed."""

    FIRST_FOLLOW_UP = "first_follow_up"
    COMPLETION = "completion"


STAGE_LABELS = {Stage.FIRST_FOLLOW_UP: "Tindak lanjut pertama", Stage.COMPLETION: "Penyelesaian"}


@dataclasses.dataclass(frozen=True, slots=True)
class Indicators:
    """Counts and percentages of one group of complaints."""

    received: int = 0
    followed_up: int = 0
    finished: int = 0
    in_process: int = 0
    not_followed_up: int = 0
    overdue_first_follow_up: int = 0
    overdue_completion: int = 0
    overdue: int = 0  # complaints late at either stage, each counted once
    rahasia: int = 0
    median_days_first_follow_up: float | None = None
    median_days_completion: float | None = None

    @property
    def pct_followed_up(self) -> float:
        """% tindak lanjut (0 when nothing was received)."""
        return _pct(self.followed_up, self.received)

    @property
    def pct_finished(self) -> float:
        """% selesai."""
        return _pct(self.finished, self.received)

    @property
    def pct_in_process(self) -> float:
        """% dalam proses."""
        return _pct(self.in_process, self.received)


@dataclasses.dataclass(frozen=True, slots=True)
class Breakdown:
    """Indicators of one category or classification."""

    key: str
    label: str
    indicators: Indicators


@dataclasses.dataclass(frozen=True, slots=True)
class TrendPoint:
    """One month of the trend."""

    period: Period
    received: int
    followed_up: int
    finished: int


@dataclasses.dataclass(frozen=True, slots=True)
class ReportLine:
    """One non-rahasia complaint of the period, as listed in exports (no reporter, no body)."""

    tracking_id: str
    title: str
    category: str
    classification: Classification
    status: Status
    disposed_on: dt.date
    first_follow_up_on: dt.date | None
    days_to_first_follow_up: int | None
    finished_on: dt.date | None
    days_to_completion: int | None
    first_response_due_on: dt.date | None
    completion_due_on: dt.date | None
    overdue_stage: Stage | None
    days_late: int | None


@dataclasses.dataclass(frozen=True, slots=True)
class OverdueItem:
    """A late, non-rahasia complaint with how many working days it is late."""

    tracking_id: str
    title: str
    category: str
    classification: Classification
    stage: Stage
    due_on: dt.date
    days_late: int


@dataclasses.dataclass(frozen=True, slots=True)
class MonthlyReport:
    """Everything the dashboard and the exports show for one period."""

    period: Period
    now: dt.datetime
    timezone: TimeZone
    indicators: Indicators
    by_status: dict[Status, int]
    by_category: list[Breakdown]
    by_classification: list[Breakdown]
    trend: list[TrendPoint]
    overdue: list[OverdueItem]
    rahasia_overdue: int
    lines: list[ReportLine]
    agency_name: str = ""
    last_sync_at: dt.datetime | None = None
    signoff: Any = None  # reports.signoff_stage.SignoffStage where sign-off is used (issue 15)

    @property
    def overdue_by_category(self) -> list[tuple[str, int]]:
        """Overdue counts per category (rahasia included as counts), largest first."""
        pairs = [(b.label, b.indicators.overdue) for b in self.by_category if b.indicators.overdue]
        return sorted(pairs, key=lambda p: (-p[1], p[0]))


def build_report(facts: Iterable[Facts], period: Period, now: dt.datetime, tz: TimeZone,
                 calendar: WorkingCalendar, *, months: int = 6, agency_name: str = "",
                 last_sync_at: dt.datetime | None = None) -> MonthlyReport:
    """The report of ``period`` as of ``now``; ``facts`` may span more (the trend months)."""
    zone = ZoneInfo(tz.value)
    facts = list(facts)
    in_period = [f for f in facts if period.contains(_local(f.disposed_at, zone))]
    evaluate = _Evaluator(now, zone, calendar)
    by_status = {s: 0 for s in Status}
    for f in in_period:
        by_status[f.status] += 1
    by_category = _group(in_period, lambda f: f.category, lambda k: k, evaluate)
    by_classification = _group(in_period, lambda f: f.classification.value,
                               lambda k: CLASSIFICATION_LABELS[Classification(k)], evaluate)
    trend = []
    for month in trend_months(period.last, months):
        members = [f for f in facts if month.contains(_local(f.disposed_at, zone))]
        trend.append(TrendPoint(month, len(members),
                                sum(1 for f in members if f.first_follow_up_at is not None),
                                sum(1 for f in members if f.status is Status.SELESAI)))
    lines = [evaluate.line(f, evaluate.lateness(f)) for f in in_period if not f.rahasia]
    # The overdue list is every complaint still late whose missed deadline fell by the period's
    # end, whatever month it was assigned in (assigned in October, 28 days late in November:
    # it belongs in November's list). ``facts`` holds the older open complaints for this.
    overdue, rahasia_overdue = [], 0
    for f in facts:
        late = evaluate.lateness(f) if _local(f.disposed_at, zone) <= period.last else None
        if late is None or late[1] > period.last:
            continue
        if f.rahasia:
            rahasia_overdue += 1
            continue
        overdue.append(OverdueItem(f.tracking_id, f.title, f.category, f.classification, *late))
    overdue.sort(key=lambda o: (-o.days_late, o.tracking_id))
    return MonthlyReport(period=period, now=now, timezone=tz,
                         indicators=evaluate.indicators(in_period), by_status=by_status,
                         by_category=by_category, by_classification=by_classification,
                         trend=trend, overdue=overdue, rahasia_overdue=rahasia_overdue,
                         lines=lines, agency_name=agency_name, last_sync_at=last_sync_at)


def facts_range(period: Period, months: int) -> Period:
    """The local dates whose complaints :func:`build_report` needs (period plus trend months)."""
    first = min(period.first, trend_months(period.last, months)[0].first)
    return Period(first, period.last)


class _Evaluator:
    def __init__(self, now: dt.datetime, zone: ZoneInfo, calendar: WorkingCalendar) -> None:
        self.now, self.zone, self.calendar = now, zone, calendar
        self.today = _local(now, zone)

    def days(self, start: dt.datetime, end: dt.datetime) -> int:
        return self.calendar.working_days_between(_local(start, self.zone), _local(end, self.zone))

    def lateness(self, f: Facts) -> tuple[Stage, dt.date, int] | None:
        """(stage, due date, working days late) if ``f`` is late as of now, else None."""
        if f.status not in OPEN_STATUSES:
            return None
        for stage, due, applies in (
                (Stage.FIRST_FOLLOW_UP, f.first_response_due, f.first_follow_up_at is None),
                (Stage.COMPLETION, f.completion_due, True)):
            if applies and due is not None and self.now > due:
                due_on = _local(due, self.zone)
                return stage, due_on, max(1, self.calendar.working_days_between(due_on,
                                                                                self.today))
        return None

    def indicators(self, group: Sequence[Facts]) -> Indicators:
        followed = [f for f in group if f.first_follow_up_at is not None]
        finished = [f for f in group if f.status is Status.SELESAI]
        late = [self.lateness(f) for f in group]
        late_first = sum(1 for f in group if self._late_first(f))
        late_completion = sum(1 for f in group if f.status in OPEN_STATUSES
                              and f.completion_due is not None and self.now > f.completion_due)
        fu_days = [self.days(f.disposed_at, f.first_follow_up_at) for f in followed]
        done_days = [self.days(f.disposed_at, f.finished_at) for f in finished
                     if f.finished_at is not None]
        return Indicators(
            received=len(group), followed_up=len(followed), finished=len(finished),
            in_process=sum(1 for f in followed if f.status in OPEN_STATUSES),
            not_followed_up=sum(1 for f in group if f.first_follow_up_at is None
                                and f.status in OPEN_STATUSES),
            overdue_first_follow_up=late_first, overdue_completion=late_completion,
            overdue=sum(1 for x in late if x is not None),
            rahasia=sum(1 for f in group if f.rahasia),
            median_days_first_follow_up=_median(fu_days),
            median_days_completion=_median(done_days))

    def _late_first(self, f: Facts) -> bool:
        return (f.status in OPEN_STATUSES and f.first_follow_up_at is None
                and f.first_response_due is not None and self.now > f.first_response_due)

    def line(self, f: Facts, late: tuple[Stage, dt.date, int] | None) -> ReportLine:
        fu, fin = f.first_follow_up_at, f.finished_at if f.status is Status.SELESAI else None
        return ReportLine(
            tracking_id=f.tracking_id, title=f.title, category=f.category,
            classification=f.classification, status=f.status,
            disposed_on=_local(f.disposed_at, self.zone),
            first_follow_up_on=_local(fu, self.zone) if fu else None,
            days_to_first_follow_up=self.days(f.disposed_at, fu) if fu else None,
            finished_on=_local(fin, self.zone) if fin else None,
            days_to_completion=self.days(f.disposed_at, fin) if fin else None,
            first_response_due_on=_local(f.first_response_due, self.zone)
            if f.first_response_due else None,
            completion_due_on=_local(f.completion_due, self.zone) if f.completion_due else None,
            overdue_stage=late[0] if late else None, days_late=late[2] if late else None)


def _group(facts: Sequence[Facts], key: Callable[[Facts], str], label: Callable[[str], str],
           evaluate: _Evaluator) -> list[Breakdown]:
    groups: dict[str, list[Facts]] = {}
    for f in facts:
        groups.setdefault(key(f), []).append(f)
    rows = [Breakdown(k, label(k), evaluate.indicators(members)) for k, members in groups.items()]
    return sorted(rows, key=lambda b: (-b.indicators.received, b.label))


def _local(instant: dt.datetime, zone: ZoneInfo) -> dt.date:
    return instant.astimezone(zone).date()


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0
