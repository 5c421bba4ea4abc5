"""The monthly report read from the store, and the files it is written to.

:func:`load_report` is the one place that reads the store for a report; the dashboard (on the
database worker), the workbench and the ``export`` command use it alike. XLSX and CSV never import
Qt; the PDF is painted with Qt's own writer, so its writer is handed in by the Qt side.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lapor_desktop.reports import export_files
from lapor_desktop.reports.export_files import Cancelled, Progress
from lapor_desktop.reports.indicators import MonthlyReport, build_report, facts_range
from lapor_desktop.reports.period import Period
from lapor_desktop.reports.signoff_stage import signoff_stage

DEFAULT_TREND_MONTHS = 6


@dataclasses.dataclass(frozen=True, slots=True)
class Signatory:
    """The official who signs the PDF report ("Mengetahui, <jabatan>, <nama>, NIP ...")."""

    position: str = ""
    name: str = ""
    nip: str = ""


#: ``write_pdf(report, out, signatory=, progress=, cancelled=)`` from the Qt side.
PdfWriter = Callable[..., Path]


def load_report(store: Any, period: Period, now: dt.datetime, *,
                months: int = DEFAULT_TREND_MONTHS) -> MonthlyReport:
    """Read the facts the report of ``period`` needs and compute it (run on the db worker)."""
    from lapor_desktop.store.reference import working_calendar
    from lapor_desktop.store.reporting import complaint_facts, report_context

    context = report_context(store)
    calendar = working_calendar(store)
    start, end = facts_range(period, months).instants(context.agency_timezone)
    facts = complaint_facts(store, start, end, open_before=True)
    report = build_report(facts, period, now, context.agency_timezone, calendar, months=months,
                          agency_name=context.agency_name, last_sync_at=context.last_sync_at)
    requests = [r for _cid, r in store.signoffs.all()]
    if not requests:
        return report
    stage = signoff_stage(requests, period, now, context.agency_timezone, calendar)
    return dataclasses.replace(report, signoff=stage)


def write_report(report: MonthlyReport, fmt: str, out: Path, *,
                 signatory: Signatory | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, pdf_writer: PdfWriter | None = None) -> Path:
    """Write ``report`` in ``fmt`` (xlsx, csv, pdf); PDF needs ``pdf_writer`` from the Qt side."""
    if fmt == "xlsx":
        return export_files.write_xlsx(report, out, progress=progress, cancelled=cancelled)
    if fmt == "csv":
        return export_files.write_csv(report, out, progress=progress, cancelled=cancelled)
    if fmt == "pdf":
        if pdf_writer is None:
            raise ValueError("a PDF needs the Qt side's writer")
        return pdf_writer(report, out, signatory=signatory or Signatory(), progress=progress,
                          cancelled=cancelled)
    raise ValueError(fmt)
