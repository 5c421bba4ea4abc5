"""The handover record (Berita Acara Serah Terima) as a PDF, painted with Qt's own writer.

Same approach and helpers as the monthly report (:mod:`lapor_desktop.ui.pdf_report`): A4
landscape so the complaint table keeps its deadline and notes readable, tables continued over
pages with the header repeated, and three signature blocks at the end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from lapor_desktop import APP_NAME
from lapor_desktop.reports.export_files import atomic_path
from lapor_desktop.reports.handover_report import (
    COMPLAINT_HEADERS,
    WORK_HEADERS,
    HandoverReport,
    complaint_rows,
    opening,
    signatures,
    summary_line,
    work_rows,
)
from lapor_desktop.ui import theme
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.pdf_report import RESOLUTION, _Page, _table

_COMPLAINT_WIDTHS = (0.04, 0.09, 0.20, 0.10, 0.17, 0.21, 0.19)
_WORK_WIDTHS = (0.04, 0.10, 0.14, 0.47, 0.25)


def _t(text: str) -> str:
    return tr("HandoverPdf", text)


def write_handover_pdf(report: HandoverReport, path: Path) -> Path:
    """Write the A4 record to ``path`` (atomically); returns the path."""
    with atomic_path(Path(path)) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setTitle(_t("Berita Acara Serah Terima {number}").format(number=report.number))
        writer.setCreator(APP_NAME)
        painter = QPainter(writer)
        try:
            _paint(_Page(writer, painter), report)
        finally:
            painter.end()
    return Path(path)


def _paint(page: _Page, report: HandoverReport) -> None:
    center = Qt.AlignmentFlag.AlignHCenter
    page.text(_t("BERITA ACARA SERAH TERIMA"), 15, bold=True, align=center)
    page.text(_t("TUGAS ADMIN PENGHUBUNG SP4N-LAPOR!"), 12, bold=True, align=center)
    page.text(report.agency_name, 11, align=center)
    page.text(_t("Nomor: {number}").format(number=report.number), 10, align=center)
    page.gap(2)
    page.painter.setPen(QPen(theme.paper("ink"), page.mm(0.4)))
    page.painter.drawLine(0, int(page.y), page.width, int(page.y))
    page.gap(3)
    page.text(opening(report), 10)
    page.gap(1.5)
    page.text(summary_line(report), 10)
    page.gap(4)
    page.text(_t("I. Pengaduan yang masih terbuka (batas waktu terdekat lebih dahulu)"), 11,
              bold=True)
    page.gap(1.5)
    if report.complaints:
        _table(page, [_t(h) for h in COMPLAINT_HEADERS], complaint_rows(report),
               _COMPLAINT_WIDTHS, size=8)
    else:
        page.text(_t("Tidak ada pengaduan terbuka."), 9)
    page.gap(4)
    page.text(_t("II. Pekerjaan yang belum terkirim"), 11, bold=True)
    page.gap(1.5)
    if report.work:
        _table(page, [_t(h) for h in WORK_HEADERS], work_rows(report), _WORK_WIDTHS, size=8)
    else:
        page.text(_t("Tidak ada pekerjaan yang belum terkirim."), 9)
    page.gap(3)
    page.text(_t("Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya."),
              10)
    _signatures(page, report)


def _signatures(page: _Page, report: HandoverReport) -> None:
    blocks = signatures(report)
    gap = page.mm(8)
    width = (page.width - gap * (len(blocks) - 1)) / len(blocks)
    page.gap(8)
    page.ensure(page.mm(40))
    top = page.y
    bottom = top
    for i, (role, name) in enumerate(blocks):
        page.y = top
        left = i * (width + gap)
        page.text(_t(role), 10, left=left, width=width, align=Qt.AlignmentFlag.AlignHCenter)
        page.gap(20)
        page.text(name or "(…………………………………………)", 10, bold=True, left=left, width=width,
                  align=Qt.AlignmentFlag.AlignHCenter)
        bottom = max(bottom, page.y)
    page.y = bottom
