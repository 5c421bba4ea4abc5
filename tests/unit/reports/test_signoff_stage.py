"""Sign-off waits as their own report stage (issue 15): median and overdue counts."""

from __future__ import annotations

import datetime as dt

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import TimeZone
from lapor_desktop.reports.period import Period
from lapor_desktop.reports.signoff_stage import signoff_rows, signoff_stage

WIB = dt.timezone(dt.timedelta(hours=7))


def _at(day: int, hour: int = 9) -> str:
    return dt.datetime(2026, 12, day, hour, tzinfo=WIB).isoformat()


def test_median_and_overdue_counted_in_working_days():
    # December 2026: Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Tue 8.
    requests = [
        {"state": "disetujui", "submitted_at": _at(1), "reviewed_at": _at(1, 15)},   # 0 days
        {"state": "dikembalikan", "submitted_at": _at(2), "reviewed_at": _at(3)},    # 1 day
        {"state": "disetujui", "submitted_at": _at(4), "reviewed_at": _at(8)},       # 2: late
        {"state": "menunggu_persetujuan", "submitted_at": _at(3)},                   # late now
        {"state": "menunggu_persetujuan", "submitted_at": _at(7)},                   # 1: on time
        {"state": "ditarik", "submitted_at": _at(2)},                                 # superseded
        {"state": "disetujui", "submitted_at": "2026-11-20T09:00:00+07:00",         # other month
         "reviewed_at": _at(1)},
    ]
    now = dt.datetime(2026, 12, 8, 10, tzinfo=WIB)
    stage = signoff_stage(requests, Period.month(2026, 12), now, TimeZone.WIB,
                          WorkingCalendar())
    assert (stage.submitted, stage.reviewed, stage.waiting) == (6, 3, 2)
    assert stage.median_days_waited == 1.0
    assert (stage.overdue_reviewed, stage.overdue_waiting, stage.overdue) == (1, 1, 2)
    rows = {label: text for label, _n, text in signoff_rows(stage)}
    assert rows["Median hari kerja menunggu persetujuan"] == "1,0"
    assert rows["Terlambat disetujui (lebih dari 1 hari kerja)"] == "2"


def test_no_reviews_means_no_median():
    stage = signoff_stage([], Period.month(2026, 12), dt.datetime(2026, 12, 8, tzinfo=WIB),
                          TimeZone.WIB, WorkingCalendar())
    assert stage.median_days_waited is None and stage.overdue == 0
