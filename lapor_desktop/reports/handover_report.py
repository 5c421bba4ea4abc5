"""The handover record "Berita Acara Serah Terima" (BAST): its content, and the XLSX file.

Qt-free: the PDF is painted by the Qt side's writer (:mod:`lapor_desktop.ui.handover_pdf`),
handed in as ``pdf_writer``, exactly as the monthly report does. The content follows the usual
Indonesian government form: title and number, an opening sentence naming the day and both
parties, the list of open complaints with status and deadline, the unsent work and what became of
it, and signature blocks of the officer handing over, the officer receiving, and the Pejabat
Penghubung who acknowledges it. No reporter identity is in it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from lapor_desktop.core.models import TimeZone
from lapor_desktop.reports.export_files import atomic_path
from lapor_desktop.reports.period import MONTHS_ID

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ZONE_LABELS = {TimeZone.WIB: "WIB", TimeZone.WITA: "WITA", TimeZone.WIT: "WIT"}
COMPLAINT_HEADERS = ("No", "No. Laporan", "Judul", "Status", "Batas waktu",
                     "Janji tindak lanjut terakhir", "Catatan serah terima")
WORK_HEADERS = ("No", "No. Laporan", "Jenis", "Isi (awal)", "Keputusan")

#: ``write_pdf(report, out)`` from the Qt side.
PdfWriter = Callable[..., Path]


@dataclasses.dataclass(frozen=True, slots=True)
class ComplaintLine:
    """One open complaint in the record."""

    tracking_id: str
    title: str
    status: str
    deadline: dt.datetime | None
    promised: str
    note: str


@dataclasses.dataclass(frozen=True, slots=True)
class WorkLine:
    """One piece of unsent work and the decision on it."""

    tracking_id: str
    kind: str
    text: str
    decision: str


@dataclasses.dataclass(frozen=True, slots=True)
class HandoverReport:
    """Everything the BAST shows."""

    number: str
    agency_name: str
    time_zone: TimeZone
    at: dt.datetime
    giver: str
    receiver: str
    pejabat: str
    complaints: tuple[ComplaintLine, ...]
    work: tuple[WorkLine, ...]
    templates: int

    @property
    def zone(self) -> ZoneInfo:
        """The agency's time zone."""
        return ZoneInfo(self.time_zone.value)


def long_date(day: dt.date) -> str:
    """``Senin, 30 November 2026``."""
    return f"{DAYS_ID[day.weekday()]}, {day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def deadline_text(report: HandoverReport, due: dt.datetime | None) -> str:
    """``31 Maret 2026 23.59 WIB`` in the agency's zone, or ``-``."""
    if due is None:
        return "-"
    local = due.astimezone(report.zone)
    return (f"{local.day} {MONTHS_ID[local.month - 1]} {local.year} {local:%H.%M} "
            f"{ZONE_LABELS[report.time_zone]}")


def opening(report: HandoverReport) -> str:
    """The opening sentence of the record."""
    day = report.at.astimezone(report.zone).date()
    return (f"Pada hari ini, {long_date(day)}, kami yang bertanda tangan di bawah ini "
            f"melaksanakan serah terima tugas Admin Penghubung SP4N-LAPOR! pada "
            f"{report.agency_name}: {report.giver} (PIHAK PERTAMA) menyerahkan kepada "
            f"{report.receiver or '(penerima)'} (PIHAK KEDUA) pengelolaan pengaduan yang masih "
            f"terbuka beserta pekerjaan yang belum terkirim, sebagaimana tercantum di bawah ini.")


def summary_line(report: HandoverReport) -> str:
    """Counts at a glance."""
    handed = sum(1 for w in report.work if w.decision == "Diserahkan")
    return (f"Jumlah pengaduan terbuka: {len(report.complaints)}. Pekerjaan belum terkirim: "
            f"{len(report.work)} ({handed} diserahkan, {len(report.work) - handed} dibuang "
            f"dengan alasan). Templat buatan petugas: {report.templates}.")


def complaint_rows(report: HandoverReport) -> list[tuple[object, ...]]:
    """Rows of the complaint table, soonest deadline first (as the package lists them)."""
    return [(n, f"#{c.tracking_id}", c.title, c.status, deadline_text(report, c.deadline),
             _short(c.promised, 160) or "-", c.note or "-")
            for n, c in enumerate(report.complaints, 1)]


def work_rows(report: HandoverReport) -> list[tuple[object, ...]]:
    """Rows of the unsent-work table."""
    return [(n, f"#{w.tracking_id}", w.kind, _short(w.text, 160), w.decision)
            for n, w in enumerate(report.work, 1)]


def signatures(report: HandoverReport) -> list[tuple[str, str]]:
    """(role line, name) of the three signature blocks."""
    return [("PIHAK PERTAMA, yang menyerahkan", report.giver),
            ("PIHAK KEDUA, yang menerima", report.receiver),
            ("Mengetahui, Pejabat Penghubung", report.pejabat)]


def write_xlsx(report: HandoverReport, path: Path) -> Path:
    """The record as a workbook: sheet "Berita Acara" (parties and text), "Pengaduan" and
    "Pekerjaan"; set up for printing with the header row repeated."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE6F0")
    book = Workbook()
    head = book.active
    head.title = "Berita Acara"
    head.append(["BERITA ACARA SERAH TERIMA TUGAS ADMIN PENGHUBUNG SP4N-LAPOR!"])
    head["A1"].font = Font(bold=True, size=14)
    for label, value in (("Nomor", report.number), ("Instansi", report.agency_name),
                         ("Tanggal", long_date(report.at.astimezone(report.zone).date())),
                         ("Pihak pertama", report.giver), ("Pihak kedua", report.receiver),
                         ("Pejabat Penghubung", report.pejabat)):
        head.append([label, value])
    head.append([])
    head.append([opening(report)])
    head.append([summary_line(report)])
    head.append([])
    for role, name in signatures(report):
        head.append([role, name or "(……………………)", "Tanda tangan:"])
    head.column_dimensions["A"].width, head.column_dimensions["B"].width = 34, 60
    for title, headers, rows, widths in (
            ("Pengaduan", COMPLAINT_HEADERS, complaint_rows(report), (5, 14, 40, 20, 24, 50, 40)),
            ("Pekerjaan", WORK_HEADERS, work_rows(report), (5, 14, 18, 60, 40))):
        sheet = book.create_sheet(title)
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            sheet.append(list(row))
        for index, width in enumerate(widths):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(Path(path)) as tmp:
        book.save(tmp)
    return Path(path)


def write_handover_report(report: HandoverReport, fmt: str, out: Path, *,
                          pdf_writer: PdfWriter | None = None) -> Path:
    """Write the record as ``xlsx`` or ``pdf`` (the PDF needs the Qt side's writer)."""
    if fmt == "xlsx":
        return write_xlsx(report, out)
    if fmt == "pdf":
        if pdf_writer is None:
            raise ValueError("a PDF needs the Qt side's writer")
        return pdf_writer(report, out)
    raise ValueError(fmt)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
