"""Indicators on a seeded store against an independent count written with plain loops."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import statistics

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import EventKind, Status
from lapor_desktop.reports.monthly import load_report
from lapor_desktop.reports.period import Period
from lapor_desktop.store import open_store
from tests.unit.reports.seeding import MARKER, NOW, REPORTER, WIB, _complaint, seed_store

OPEN = ("terdisposisi", "ditindaklanjuti", "ditanggapi_pelapor")


def _in_month(c, year, month):
    local = c.disposed_at.astimezone(WIB)
    return local.year == year and local.month == month


def _first(c, kinds):
    times = [e.at for e in c.events if e.kind.value in kinds]
    return min(times) if times else None


def test_indicators_match_an_independent_count(seeded):
    store, complaints = seeded
    report = load_report(store, Period.parse("2026-11"), NOW)
    cal = WorkingCalendar()
    received = followed = finished = in_process = late = late_first = late_done = rahasia = 0
    fu_days, done_days = [], []
    for c in complaints:
        if not _in_month(c, 2026, 11):
            continue
        received += 1
        rahasia += c.rahasia
        fu = _first(c, ("follow_up",))
        if fu is not None:
            followed += 1
            fu_days.append(cal.working_days_between(c.disposed_at.astimezone(WIB).date(),
                                                    fu.astimezone(WIB).date()))
            if c.status.value in OPEN:
                in_process += 1
        if c.status.value == "selesai":
            finished += 1
            done = _first(c, ("closed", "auto_closed"))
            done_days.append(cal.working_days_between(c.disposed_at.astimezone(WIB).date(),
                                                      done.astimezone(WIB).date()))
        is_late = False
        if c.status.value in OPEN:
            if fu is None and c.first_response_due < NOW:
                late_first += 1
                is_late = True
            if c.completion_due < NOW:
                late_done += 1
                is_late = True
        late += is_late
    ind = report.indicators
    assert (ind.received, ind.followed_up, ind.finished, ind.in_process) == (
        received, followed, finished, in_process)
    assert (ind.overdue, ind.overdue_first_follow_up, ind.overdue_completion) == (
        late, late_first, late_done)
    assert ind.rahasia == rahasia == 1
    assert ind.median_days_first_follow_up == statistics.median(fu_days)
    assert ind.median_days_completion == statistics.median(done_days)
    assert round(ind.pct_followed_up, 6) == round(100 * followed / received, 6)
    assert sum(report.by_status.values()) == received
    assert sum(b.indicators.received for b in report.by_category) == received
    assert sum(b.indicators.overdue for b in report.by_classification) == late
    assert received > 20 and 0 < late < received  # the seed exercises every branch


def test_trend_counts_each_month(seeded):
    store, complaints = seeded
    report = load_report(store, Period.parse("2026-11"), NOW, months=6)
    assert [p.period.key for p in report.trend] == [f"2026-{m:02d}" for m in range(6, 12)]
    for point in report.trend:
        month = point.period.first.month
        members = [c for c in complaints if _in_month(c, 2026, month)]
        assert point.received == len(members)
        assert point.finished == sum(1 for c in members if c.status is Status.SELESAI)
        assert point.followed_up == sum(
            1 for c in members if any(e.kind is EventKind.FOLLOW_UP for e in c.events))


def test_overdue_list_excludes_rahasia_and_counts_days_late(seeded):
    store, complaints = seeded
    report = load_report(store, Period.parse("2026-11"), NOW)
    assert report.rahasia_overdue == 1
    # Every complaint still late by the end of November, whatever month it was assigned in.
    late = set()
    for c in complaints:
        if c.status.value not in OPEN or c.rahasia:
            continue
        fu = _first(c, {"follow_up"})
        due = c.first_response_due if fu is None and c.first_response_due < NOW else (
            c.completion_due)
        if due < NOW and due.astimezone(WIB).date() <= dt.date(2026, 11, 30):
            late.add(c.tracking_id)
    assert {o.tracking_id for o in report.overdue} == late
    assert len(report.overdue) >= report.indicators.overdue - 1
    cal = WorkingCalendar()
    for item in report.overdue:
        assert item.days_late == max(1, cal.working_days_between(item.due_on, NOW.astimezone(
            WIB).date()))
    texts = repr(report)
    assert MARKER not in texts and REPORTER not in texts


def test_overdue_list_includes_a_complaint_assigned_in_an_earlier_month(tmp_path):
    """Assigned on 20 October, never followed up: 23 working days late on 27 November. It is
    in November's overdue list (and the PDF's), not only in October's."""
    cal = WorkingCalendar()
    rng = random.Random(3)
    old = _complaint(900, dt.datetime(2026, 10, 20, 9, 0, tzinfo=WIB), rng, cal,
                     status=Status.TERDISPOSISI)
    old = dataclasses.replace(old, events=old.events[:1], updated_at=old.events[0].at)
    recent = _complaint(901, dt.datetime(2026, 11, 3, 9, 0, tzinfo=WIB), rng, cal,
                        status=Status.TERDISPOSISI)
    recent = dataclasses.replace(recent, events=recent.events[:1],
                                 updated_at=recent.events[0].at)
    store = open_store(tmp_path / "lapor.db")
    try:
        seed_store(store, [old, recent])
        report = load_report(store, Period.parse("2026-11"), NOW)
    finally:
        store.close()
    assert report.indicators.received == 1  # received counts November's only
    assert {o.tracking_id for o in report.overdue} == {old.tracking_id, recent.tracking_id}
    item = next(o for o in report.overdue if o.tracking_id == old.tracking_id)
    assert item.days_late == cal.working_days_between(item.due_on, NOW.astimezone(WIB).date())
    assert item.days_late > 20


def test_date_range_period_and_parse():
    period = Period.parse("2026-11-01..2026-11-15")
    assert not period.is_month and period.key == "2026-11-01..2026-11-15"
    assert Period.parse("2026-02") == Period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    start, end = Period.parse("2026-11").instants(__import__(
        "lapor_desktop.core.models", fromlist=["TimeZone"]).TimeZone.WIB)
    assert start == dt.datetime(2026, 10, 31, 17, tzinfo=dt.UTC)
    assert end == dt.datetime(2026, 11, 30, 17, tzinfo=dt.UTC)
