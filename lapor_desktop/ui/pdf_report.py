"""The monthly report as a PDF, painted with Qt's own writer (QPdfWriter + QPainter).

Title, agency, period, headline indicators, the dashboard's charts (the same paint functions),
the overdue table (continued over pages with its header repeated) and a signature block for the
official. Runs on any thread that has a Q(Gui)Application in the process (the database worker in
the window, an offscreen application in the ``export`` command). Rahasia complaints appear only
as counts; no reporter identity is in the report at all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from lapor_desktop import APP_NAME
from lapor_desktop.reports.export_files import Cancelled, Progress, atomic_path, check
from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.reports.monthly import Signatory
from lapor_desktop.reports.signoff_stage import signoff_rows
from lapor_desktop.reports.tables import (
    OVERDUE_HEADERS,
    header_rows,
    indicator_rows,
    overdue_rows,
)
from lapor_desktop.ui import theme
from lapor_desktop.ui.chart_widget import (
    overdue_category_items,
    paint_hbars,
    paint_trend,
    status_items,
    trend_data,
)
from lapor_desktop.ui.formatting import format_percent, period_label, report_formats
from lapor_desktop.ui.i18n import tr

RESOLUTION = 300
FONT_FAMILY = "DejaVu Sans"
_OVERDUE_WIDTHS = (0.12, 0.32, 0.18, 0.15, 0.12, 0.11)
_HEADER_FILL = theme.paper("header_fill")


def _t(text: str) -> str:
    return tr("PdfReport", text)


class _Page:
    """A cursor down the current page; starts a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer, self.painter = writer, painter
        self.width = writer.width()
        self.height = writer.height()
        self.y = 0.0
        self.pages = 1

    def mm(self, value: float) -> float:
        return value * RESOLUTION / 25.4

    def font(self, size: float, *, bold: bool = False) -> None:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)

    def ensure(self, height: float) -> bool:
        """Start a new page if ``height`` does not fit; True if it did."""
        if self.y + height <= self.height:
            return False
        self.writer.newPage()
        self.pages += 1
        self.y = 0.0
        return True

    def text(self, text: str, size: float = 10, *, bold: bool = False,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, left: float = 0.0,
             width: float | None = None) -> None:
        self.font(size, bold=bold)
        width = width if width is not None else self.width - left
        flags = int(align | Qt.TextFlag.TextWordWrap)
        bound = self.painter.boundingRect(QRectF(left, 0, width, 10_000), flags, text)
        self.ensure(bound.height())
        self.painter.setPen(theme.paper("ink"))
        self.painter.drawText(QRectF(left, self.y, width, bound.height()), flags, text)
        self.y += bound.height()

    def gap(self, mm: float) -> None:
        self.y += self.mm(mm)


def offscreen_app() -> QGuiApplication:
    """A QGuiApplication on the offscreen platform (the headless ``export --format pdf``)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication(["lapor-desktop-export"])


def write_pdf(report: MonthlyReport, path: Path, *, signatory: Signatory,
              progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Write the A4 PDF report to ``path`` (atomically); returns the path."""
    with atomic_path(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(_t("Laporan Pengelolaan Pengaduan {period}").format(
            period=period_label(report.period)))
        writer.setCreator(APP_NAME)
        painter = QPainter(writer)
        try:
            _paint(_Page(writer, painter), report, signatory, progress, cancelled)
        finally:
            painter.end()
    return Path(path)


def _paint(page: _Page, report: MonthlyReport, signatory: Signatory,
           progress: Progress | None, cancelled: Cancelled | None) -> None:
    page.text(_t("LAPORAN PENGELOLAAN PENGADUAN SP4N-LAPOR!"), 15, bold=True,
              align=Qt.AlignmentFlag.AlignHCenter)
    page.text(report.agency_name or "-", 12, bold=True, align=Qt.AlignmentFlag.AlignHCenter)
    page.text(_t("Periode: {period}").format(period=period_label(report.period)), 11,
              align=Qt.AlignmentFlag.AlignHCenter)
    page.gap(2)
    page.painter.setPen(QPen(theme.paper("ink"), page.mm(0.4)))
    page.painter.drawLine(0, int(page.y), page.width, int(page.y))
    page.gap(3)
    fmt = report_formats()
    for label, value in header_rows(report, fmt)[2:]:
        page.text(f"{_t(label)}: {value}", 9)
    page.gap(3)
    _indicator_cards(page, report)
    page.gap(4)
    _table(page, [_t("Indikator"), _t("Nilai")],
           [(_t(label), text) for label, _v, text in indicator_rows(report.indicators, fmt)],
           (0.6, 0.4), size=9)
    page.text(_t("{n} laporan rahasia dihitung dalam indikator tetapi tidak dirinci ({late} di "
                 "antaranya terlambat).").format(n=report.indicators.rahasia,
                                                 late=report.rahasia_overdue), 8)
    if report.signoff is not None:  # sign-off waits as their own stage (issue 15)
        page.gap(3)
        page.text(_t("Tahap persetujuan Pejabat Penghubung"), 11, bold=True)
        _table(page, [_t("Indikator"), _t("Nilai")],
               [(_t(label), text) for label, _v, text in signoff_rows(report.signoff)],
               (0.6, 0.4), size=9)
    check(cancelled)

    chart_h = page.mm(72)
    page.gap(4)
    page.ensure(chart_h)
    page.font(9)
    paint_trend(page.painter, QRectF(0, page.y, page.width, chart_h),
                _t("Tren bulanan"), *trend_data(report))
    page.y += chart_h + page.mm(6)
    half = (page.width - page.mm(8)) / 2
    page.ensure(page.mm(62))
    paint_hbars(page.painter, QRectF(0, page.y, half, page.mm(56)), _t("Status laporan"),
                status_items(report), _t("Tidak ada data"))
    paint_hbars(page.painter, QRectF(half + page.mm(8), page.y, half, page.mm(56)),
                _t("Terlambat per kategori"), overdue_category_items(report),
                _t("Tidak ada laporan terlambat"))
    page.y += page.mm(62)
    check(cancelled)

    page.text(_t("Daftar laporan terlambat per {time}").format(
        time=header_rows(report, fmt)[2][1]), 11, bold=True)
    page.gap(1.5)
    rows = overdue_rows(report, fmt)
    if rows:
        _table(page, [_t(h) for h in OVERDUE_HEADERS], rows, _OVERDUE_WIDTHS, size=8,
               progress=progress, cancelled=cancelled)
    else:
        page.text(_t("Tidak ada laporan terlambat."), 9)
    if report.rahasia_overdue:
        page.text(_t("Ditambah {n} laporan rahasia yang terlambat (tidak dirinci).").format(
            n=report.rahasia_overdue), 8)
    _signature(page, signatory)


def _indicator_cards(page: _Page, report: MonthlyReport) -> None:
    ind = report.indicators
    cards = [(_t("Diterima"), str(ind.received)),
             (_t("% Ditindaklanjuti"), format_percent(ind.pct_followed_up)),
             (_t("% Selesai"), format_percent(ind.pct_finished)),
             (_t("Dalam proses"), str(ind.in_process)),
             (_t("Terlambat"), str(ind.overdue))]
    gap = page.mm(3)
    width = (page.width - gap * (len(cards) - 1)) / len(cards)
    height = page.mm(22)
    page.ensure(height)
    for i, (label, value) in enumerate(cards):
        rect = QRectF(i * (width + gap), page.y, width, height)
        page.painter.setPen(QPen(theme.paper("rule"), page.mm(0.3)))
        page.painter.setBrush(theme.paper("card_fill"))
        page.painter.drawRoundedRect(rect, page.mm(2), page.mm(2))
        page.painter.setPen(theme.paper("alert") if label == _t("Terlambat") and ind.overdue
                            else theme.paper("figure"))
        page.font(18, bold=True)
        page.painter.drawText(rect.adjusted(0, page.mm(2), 0, -height / 2.6),
                              Qt.AlignmentFlag.AlignCenter, value)
        page.painter.setPen(theme.paper("ink"))
        page.font(8)
        page.painter.drawText(rect.adjusted(0, height * 0.6, 0, -page.mm(1)),
                              Qt.AlignmentFlag.AlignCenter, label)
    page.painter.setBrush(Qt.BrushStyle.NoBrush)
    page.y += height


def _table(page: _Page, headers: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[float], *, size: float, progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> None:
    lefts = [sum(widths[:i]) * page.width for i in range(len(widths))]
    cols = [w * page.width for w in widths]
    pad = page.mm(1)

    def draw_row(cells: Sequence[object], header: bool) -> None:
        page.font(size, bold=header)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        texts = ["" if c is None else str(c) for c in cells]
        height = max(page.painter.boundingRect(QRectF(0, 0, cols[i] - 2 * pad, 10_000), flags,
                                               t).height() for i, t in enumerate(texts))
        height += 2 * pad
        if page.ensure(height) and not header:
            draw_row(headers, True)  # the header repeats on each new page
            page.font(size)
        if header:
            page.painter.fillRect(QRectF(0, page.y, page.width, height), _HEADER_FILL)
        page.painter.setPen(theme.paper("ink"))
        for i, text in enumerate(texts):
            page.painter.drawText(QRectF(lefts[i] + pad, page.y + pad, cols[i] - 2 * pad,
                                         height), flags, text)
        page.painter.setPen(QPen(theme.paper("rule"), 0))
        page.painter.drawLine(0, int(page.y + height), page.width, int(page.y + height))
        page.y += height

    draw_row(headers, True)
    for n, row in enumerate(rows, 1):
        draw_row(row, False)
        if n % 50 == 0 or n == len(rows):
            check(cancelled)
            if progress is not None:
                progress(n, len(rows))


def _signature(page: _Page, signatory: Signatory) -> None:
    block_w = page.width * 0.42
    left = page.width - block_w
    page.gap(10)
    page.ensure(page.mm(45))
    page.text(_t("Mengetahui,"), 10, left=left, width=block_w)
    page.text(signatory.position or "…………………………………………", 10, left=left, width=block_w)
    page.gap(20)
    page.text(signatory.name or "(…………………………………………)", 10, bold=True, left=left,
              width=block_w)
    page.text(_t("NIP {nip}").format(nip=signatory.nip or "……………………………"), 10, left=left,
              width=block_w)
