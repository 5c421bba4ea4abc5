"""Time waiting for the Pejabat Penghubung's sign-off, as its own stage of the report (issue 15),
so leadership sees whether delays come from drafting or from approval.

A request waits from its submission until its review (approved or returned), or until now while
still pending. Waits are counted in working days like every other stage; a wait of more than
:data:`SIGNOFF_TARGET_WORKING_DAYS` is overdue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections.abc import Iterable, Mapping
from typing import Any
from zoneinfo import ZoneInfo

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.i18n import N_
from lapor_desktop.core.models import TimeZone
from lapor_desktop.reports.period import Period

SIGNOFF_TARGET_WORKING_DAYS = 1
_REVIEWED = ("disetujui", "dikembalikan")


@dataclasses.dataclass(frozen=True, slots=True)
class SignoffStage:
    """Sign-off figures of one period (requests submitted in it)."""

    submitted: int = 0
    reviewed: int = 0
    waiting: int = 0
    median_days_waited: float | None = None  # reviewed requests, submission to review
    overdue_reviewed: int = 0  # reviewed later than the target
    overdue_waiting: int = 0  # still waiting, already past the target

    @property
    def overdue(self) -> int:
        """Requests past the target, reviewed or not."""
        return self.overdue_reviewed + self.overdue_waiting


def signoff_stage(requests: Iterable[Mapping[str, Any]], period: Period, now: dt.datetime,
                  tz: TimeZone, calendar: WorkingCalendar) -> SignoffStage:
    """The sign-off stage of ``period`` from stored requests (wire dicts)."""
    zone = ZoneInfo(tz.value)

    def local(value: str | dt.datetime) -> dt.date:
        instant = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
        return instant.astimezone(zone).date()

    submitted = reviewed = waiting = late_done = late_wait = 0
    waits: list[int] = []
    for r in requests:
        if not r.get("submitted_at") or not period.contains(local(r["submitted_at"])):
            continue
        submitted += 1
        start = local(r["submitted_at"])
        if r.get("state") in _REVIEWED and r.get("reviewed_at"):
            days = calendar.working_days_between(start, local(r["reviewed_at"]))
            reviewed += 1
            waits.append(days)
            late_done += days > SIGNOFF_TARGET_WORKING_DAYS
        elif r.get("state") == "menunggu_persetujuan":
            waiting += 1
            late_wait += calendar.working_days_between(start, local(now)) \
                > SIGNOFF_TARGET_WORKING_DAYS
    return SignoffStage(submitted, reviewed, waiting,
                        float(statistics.median(waits)) if waits else None, late_done, late_wait)


def signoff_rows(stage: SignoffStage) -> list[tuple[str, object, str]]:
    """(label, number, shown text) rows of the stage, for the PDF and the exports."""
    median = stage.median_days_waited
    return [
        (N_("Dikirim untuk persetujuan"), stage.submitted, str(stage.submitted)),
        (N_("Sudah ditinjau pejabat"), stage.reviewed, str(stage.reviewed)),
        (N_("Masih menunggu persetujuan"), stage.waiting, str(stage.waiting)),
        (N_("Median hari kerja menunggu persetujuan"), median,
         "–" if median is None else f"{median:.1f}".replace(".", ",")),
        (N_("Terlambat disetujui (lebih dari 1 hari kerja)"), stage.overdue, str(stage.overdue)),
    ]
