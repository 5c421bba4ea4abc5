""""Baru diserahkan": what came over from the predecessor, soonest deadline first, and the
complaints whose follow-up promised something with nothing done since.

The second list also serves an officer whose predecessor left without a handover: the fresh
profile holds every complaint and its history from the server, so the promises are visible.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.models import TimeZone
from lapor_desktop.core.status import STATUS_LABELS
from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.workbench.handover_views import HandedRow, StalePromise

_ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (complaint_id, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_ID_ROLE, complaint_id)
            item.setToolTip(tooltip(text))
            table.setItem(r, c, item)
    table.resizeRowsToContents()


class HandedOverView(QWidget):
    """Two lists for a successor's first days; activating a row opens the complaint."""

    #: The complaint id (int) the officer wants to open.
    complaint_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handedOverView")
        self.setWindowTitle(self.tr("Baru diserahkan"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.handed = _table([self.tr("No. Laporan"), self.tr("Batas waktu"), self.tr("Status"),
                              self.tr("Judul"), self.tr("Draf"), self.tr("Catatan serah terima")])
        self.handed.setObjectName("handedTable")
        self.promises = _table([self.tr("No. Laporan"), self.tr("Dijanjikan"),
                                self.tr("Hari sejak"), self.tr("Judul"),
                                self.tr("Janji tindak lanjut terakhir")])
        self.promises.setObjectName("promisesTable")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.handed, self.tr("Baru diserahkan"))
        self.tabs.addTab(self.promises, self.tr("Janji tanpa kelanjutan"))
        # A hidden tab measured its rows at the wrong width: measure again when it shows.
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().resizeRowsToContents())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs)
        for table in (self.handed, self.promises):
            table.itemActivated.connect(
                lambda item: self.complaint_activated.emit(int(item.data(_ID_ROLE))))
        for column, width in enumerate((95, 190, 120, 230, 50)):
            self.handed.horizontalHeader().resizeSection(column, width)
        for column, width in enumerate((95, 190, 80, 230)):
            self.promises.horizontalHeader().resizeSection(column, width)
        for table in (self.handed, self.promises):
            # Row heights follow the wrapped text once the stretched column has its width.
            table.horizontalHeader().sectionResized.connect(
                lambda *_args, t=table: t.resizeRowsToContents())

    def set_rows(self, handed: list[HandedRow], stale: list[StalePromise],
                 tz: TimeZone | None) -> None:
        """Show the two lists (the first already sorted soonest deadline first)."""
        gone = self.tr("(tidak ada lagi di profil)")
        _fill(self.handed, [(r.complaint_id, [
            f"#{r.tracking_id}", format_datetime(r.deadline, tz),
            tr("Status", STATUS_LABELS[r.status]) if r.status else gone, r.title,
            str(r.drafts), r.note]) for r in handed])
        _fill(self.promises, [(s.complaint_id, [
            f"#{s.tracking_id}", format_datetime(s.promised_at, tz), str(s.days_since),
            s.title + (self.tr(" (pelapor sudah menanggapi)") if s.reporter_replied else ""),
            " ".join(s.promised.split())]) for s in stale])
        senders = sorted({r.from_officer for r in handed})
        self.summary.setText(self.tr(
            "{n} laporan diserahkan oleh {who}; {d} draf menunggu Anda. {p} laporan punya janji "
            "tindak lanjut tanpa kelanjutan.").format(
                n=len(handed), who=", ".join(senders) or "–",
                d=sum(r.drafts for r in handed), p=len(stale)))
        if not handed and stale:
            self.tabs.setCurrentWidget(self.promises)

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        for table in (self.handed, self.promises):
            table.resizeRowsToContents()
