"""The report as tables of plain values (shared by the XLSX, CSV and PDF writers).

Labels are Indonesian: exports are official documents of an Indonesian agency. Nothing here can
leak a rahasia complaint's text or a reporter's identity: the report does not carry them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from lapor_desktop.core.models import TimeZone
from lapor_desktop.core.status import CLASSIFICATION_LABELS, STATUS_LABELS
from lapor_desktop.reports.indicators import (
    STAGE_LABELS,
    Indicators,
    MonthlyReport,
)
from lapor_desktop.reports.period import Period, format_date

Cell = str | int | float | None

LINE_HEADERS = ("No. Pelacakan", "Judul", "Kategori", "Klasifikasi", "Status",
                "Tgl disposisi", "Tgl TL pertama", "Hari kerja ke TL", "Tgl selesai",
                "Hari kerja ke selesai", "Tenggat TL pertama", "Tenggat selesai",
                "Terlambat (tahap)", "Hari kerja terlambat")
LINE_WIDTHS = (16, 48, 22, 22, 18, 13, 13, 10, 13, 10, 13, 13, 20, 10)

OVERDUE_HEADERS = ("No. Pelacakan", "Judul", "Kategori", "Tahap", "Tenggat", "Hari kerja terlambat")


def pct_text(value: float) -> str:
    """"41,5%" (Indonesian decimal comma)."""
    return f"{value:.1f}%".replace(".", ",")


def days_text(value: float | None) -> str:
    """A median in working days, or "-" when there is none."""
    if value is None:
        return "-"
    text = f"{value:.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')} hari kerja"


def _instant_id(instant: dt.datetime, tz: TimeZone) -> str:
    return local_time_text(instant, ZoneInfo(tz.value), tz.name)


@dataclasses.dataclass(frozen=True)
class Formats:
    """How the report's values become text. The default is the Indonesian of the official
    exports (XLSX, CSV: documents of an Indonesian agency); the window and the PDF pass the UI
    language's (``ui/formatting.report_formats``)."""

    date: Callable[[dt.date], str] = format_date
    instant: Callable[[dt.datetime, TimeZone], str] = _instant_id
    percent: Callable[[float], str] = lambda value: pct_text(value)
    days: Callable[[float | None], str] = lambda value: days_text(value)
    period: Callable[[Period], str] = lambda period: period.label
    never: str = "belum pernah"
    stage: Callable[[str], str] = lambda label: label


INDONESIAN = Formats()


def indicator_rows(ind: Indicators, fmt: Formats | None = None) -> list[tuple[str, Cell, str]]:
    """(label, number, shown text) of each headline indicator."""
    pct_text, days_text = (fmt.percent, fmt.days) if fmt else (_pct_id, _days_id)
    return [
        ("Laporan diterima", ind.received, str(ind.received)),
        ("Ditindaklanjuti", ind.followed_up, str(ind.followed_up)),
        ("% Ditindaklanjuti", round(ind.pct_followed_up, 1), pct_text(ind.pct_followed_up)),
        ("Selesai", ind.finished, str(ind.finished)),
        ("% Selesai", round(ind.pct_finished, 1), pct_text(ind.pct_finished)),
        ("Dalam proses", ind.in_process, str(ind.in_process)),
        ("% Dalam proses", round(ind.pct_in_process, 1), pct_text(ind.pct_in_process)),
        ("Belum ditindaklanjuti", ind.not_followed_up, str(ind.not_followed_up)),
        ("Terlambat (semua tahap)", ind.overdue, str(ind.overdue)),
        ("Terlambat TL pertama", ind.overdue_first_follow_up, str(ind.overdue_first_follow_up)),
        ("Terlambat penyelesaian", ind.overdue_completion, str(ind.overdue_completion)),
        ("Median hari kerja ke TL pertama", ind.median_days_first_follow_up,
         days_text(ind.median_days_first_follow_up)),
        ("Median hari kerja ke selesai", ind.median_days_completion,
         days_text(ind.median_days_completion)),
        ("Laporan rahasia (hanya dihitung)", ind.rahasia, str(ind.rahasia)),
    ]


def header_rows(report: MonthlyReport, fmt: Formats | None = None) -> list[tuple[str, str]]:
    """Title block: agency, period, generation and sync times."""
    fmt = fmt or INDONESIAN
    tz = report.timezone
    return [
        ("Instansi", report.agency_name or "-"),
        ("Periode", fmt.period(report.period)),
        ("Dibuat", fmt.instant(report.now, tz)),
        ("Data per sinkronisasi terakhir",
         fmt.instant(report.last_sync_at, tz) if report.last_sync_at else fmt.never),
    ]


def breakdown_rows(report: MonthlyReport) -> list[tuple[Cell, ...]]:
    """Per category and per classification: received, followed up, finished, late."""
    rows: list[tuple[Cell, ...]] = []
    for title, groups in (("Kategori", report.by_category),
                          ("Klasifikasi", report.by_classification)):
        for b in groups:
            i = b.indicators
            rows.append((title, b.label, i.received, i.followed_up,
                         round(i.pct_followed_up, 1), i.finished, round(i.pct_finished, 1),
                         i.overdue))
    return rows


BREAKDOWN_HEADERS = ("Rincian", "Nama", "Diterima", "Ditindaklanjuti", "% TL", "Selesai",
                     "% Selesai", "Terlambat")

TREND_HEADERS = ("Bulan", "Diterima", "Ditindaklanjuti", "Selesai")


def trend_rows(report: MonthlyReport) -> list[tuple[Cell, ...]]:
    """Month-by-month counts, oldest first."""
    return [(p.period.label, p.received, p.followed_up, p.finished) for p in report.trend]


def status_rows(report: MonthlyReport) -> list[tuple[str, int]]:
    """Count per server status, in the status machine's order."""
    return [(STATUS_LABELS[s], n) for s, n in report.by_status.items()]


def line_rows(report: MonthlyReport) -> list[tuple[Cell, ...]]:
    """One row per non-rahasia complaint (dates as ISO text so CSV and XLSX agree)."""
    return [(ln.tracking_id, ln.title, ln.category, CLASSIFICATION_LABELS[ln.classification],
             STATUS_LABELS[ln.status], _iso(ln.disposed_on), _iso(ln.first_follow_up_on),
             ln.days_to_first_follow_up, _iso(ln.finished_on), ln.days_to_completion,
             _iso(ln.first_response_due_on), _iso(ln.completion_due_on),
             STAGE_LABELS[ln.overdue_stage] if ln.overdue_stage else "", ln.days_late)
            for ln in report.lines]


def overdue_rows(report: MonthlyReport, fmt: Formats | None = None) -> list[tuple[Cell, ...]]:
    """The overdue list (non-rahasia), most late first."""
    fmt = fmt or INDONESIAN
    return [(o.tracking_id, o.title, o.category, fmt.stage(STAGE_LABELS[o.stage]),
             fmt.date(o.due_on), o.days_late) for o in report.overdue]


def rahasia_note(report: MonthlyReport) -> str:
    """The sentence that accounts for rahasia complaints without listing them."""
    return (f"{report.indicators.rahasia} laporan rahasia dihitung dalam indikator tetapi tidak "
            f"dirinci ({report.rahasia_overdue} di antaranya terlambat).")


def local_time_text(instant: dt.datetime | None, zone: ZoneInfo, zone_name: str) -> str:
    """"3 Nov 2026 14.05 WIB"."""
    if instant is None:
        return "-"
    local = instant.astimezone(zone)
    return f"{format_date(local.date())} {local:%H.%M} {zone_name}"


_pct_id, _days_id = pct_text, days_text


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""
