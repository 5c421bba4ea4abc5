"""The reporter's other complaints, listed in the detail view so the officer sees the history
with this citizen (a repeated complaint, a promise made before) and can open each one.

The list comes from the store (``ComplaintRepository.same_reporter``): nothing for an anonim
complaint, and a rahasia complaint is never linked to its reporter's others either way.
Titles came from the server: shown as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lapor_desktop.core.status import STATUS_LABELS
from lapor_desktop.store.complaints import ReporterComplaint
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import tooltip


class ReporterComplaints(QWidget):
    """"Laporan lain dari pelapor ini": one row per complaint; Enter or a double click opens it."""

    #: The officer chose one of the reporter's other complaints (its id).
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reporterComplaints")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("reporterComplaintList")
        self.list.setAccessibleName(tr("ReporterComplaints", "Laporan lain dari pelapor ini"))
        self.heading.setBuddy(self.list)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.list.itemActivated.connect(self._activated)
        self.set_complaints(())

    def set_complaints(self, complaints: Sequence[ReporterComplaint]) -> None:
        """Show ``complaints`` (hidden when there are none)."""
        self.list.clear()
        for c in complaints:
            status = tr("Status", STATUS_LABELS[c.status])
            item = QListWidgetItem(f"#{c.tracking_id} · {status} · {c.title}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(tooltip(c.title))
            self.list.addItem(item)
        self.heading.setText(tr("ReporterComplaints", "&Laporan lain dari pelapor ini ({n}):")
                             .format(n=len(complaints)))
        rows = min(len(complaints), 4)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 if rows else 0)
        self.setVisible(bool(complaints))

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
