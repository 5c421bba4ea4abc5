"""XLSX (openpyxl) and CSV exports of a :class:`MonthlyReport`. No Qt.

Both writers report progress per row, stop when ``cancelled()`` turns true, and write through a
temporary file renamed into place, so a cancelled or failed export never leaves half a file. Every
text cell goes through :func:`~lapor_desktop.reports.cells.safe_row` (no formula injection).
"""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from lapor_desktop.reports.cells import safe_row
from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.reports.tables import (
    BREAKDOWN_HEADERS,
    LINE_HEADERS,
    LINE_WIDTHS,
    TREND_HEADERS,
    breakdown_rows,
    header_rows,
    indicator_rows,
    line_rows,
    rahasia_note,
    status_rows,
    trend_rows,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FORMATS = ("xlsx", "csv", "pdf")


class ExportCancelled(Exception):  # noqa: N818 - a signal, not an error
    """The officer cancelled the export; no file was written."""


def check(cancelled: Cancelled | None) -> None:
    """Raise :class:`ExportCancelled` if the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise ExportCancelled


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path next to ``target``, renamed onto it only if the block succeeds."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".~" + target.stem, suffix=target.suffix,
                               dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_csv(report: MonthlyReport, path: Path, *, progress: Progress | None = None,
              cancelled: Cancelled | None = None) -> Path:
    """The "Laporan" table as CSV: UTF-8 with BOM (Excel opens it right), one header row."""
    rows = line_rows(report)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(LINE_HEADERS)
        for n, row in enumerate(rows, 1):
            writer.writerow(safe_row("" if v is None else v for v in row))
            _tick(n, len(rows), progress, cancelled)
    return Path(path)


def write_xlsx(report: MonthlyReport, path: Path, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> Path:
    """Workbook with sheets "Indikator" (summary) and "Laporan" (one row per complaint), set up
    for printing: landscape, fit to width, bold header repeated on every page, frozen header."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    book = Workbook()
    ind = book.active
    ind.title = "Indikator"
    ind.append(["Laporan Pengelolaan Pengaduan SP4N-LAPOR!"])
    ind["A1"].font = Font(bold=True, size=14)
    for label, value in header_rows(report):
        ind.append(safe_row([label, value]))
    ind.append([])
    _table(ind, ("Indikator", "Nilai", "Keterangan"),
           [(label, value, text) for label, value, text in indicator_rows(report.indicators)],
           bold, fill)
    ind.append([rahasia_note(report)])
    ind.append([])
    _table(ind, ("Status", "Jumlah"), status_rows(report), bold, fill)
    ind.append([])
    _table(ind, BREAKDOWN_HEADERS, breakdown_rows(report), bold, fill)
    ind.append([])
    _table(ind, TREND_HEADERS, trend_rows(report), bold, fill)
    for column, width in zip("ABCDEFGH", (34, 30, 16, 16, 10, 12, 10, 12), strict=True):
        ind.column_dimensions[column].width = width
    _print_setup(ind, repeat_rows=None)

    sheet = book.create_sheet("Laporan")
    sheet.append(list(LINE_HEADERS))
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = line_rows(report)
    for n, row in enumerate(rows, 1):
        sheet.append(safe_row(row))
        _tick(n, len(rows), progress, cancelled)
    for index, width in enumerate(LINE_WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(LINE_HEADERS))}{len(rows) + 1}"
    _print_setup(sheet, repeat_rows="1:1")
    check(cancelled)
    with atomic_path(path) as tmp:
        book.save(tmp)
    return Path(path)


def _table(sheet, headers, rows, bold, fill) -> None:  # noqa: ANN001 - openpyxl types
    sheet.append(list(headers))
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill = bold, fill
    for row in rows:
        sheet.append(safe_row(row))


def _print_setup(sheet, *, repeat_rows: str | None) -> None:  # noqa: ANN001
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    if repeat_rows:
        sheet.print_title_rows = repeat_rows


def _tick(n: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if n % 200 == 0 or n == total:
        check(cancelled)
        if progress is not None:
            progress(n, total)
