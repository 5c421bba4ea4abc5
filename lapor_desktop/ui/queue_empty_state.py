"""What the queue shows instead of a blank table: why it is empty, and a way out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class QueueEmptyState(QFrame):
    """Says why no complaint is listed; offers to clear the search and filters when they are the
    reason."""

    #: The officer asked to clear the search and every filter.
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueEmptyState")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setObjectName("queueEmptyMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_button = QPushButton(self.tr("&Hapus pencarian dan filter"))
        self.clear_button.setObjectName("queueClearFilters")
        self.clear_button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def explain(self, search: str, filtered: bool) -> None:
        """Say why the list is empty: ``search`` typed, other ``filtered`` controls set, or
        nothing synced yet."""
        if search and filtered:
            text = self.tr("Tidak ada laporan yang cocok dengan “{text}” dan filter yang "
                           "dipilih.").format(text=search)
        elif search:
            text = self.tr("Tidak ada laporan yang cocok dengan “{text}”.").format(text=search)
        elif filtered:
            text = self.tr("Tidak ada laporan yang cocok dengan filter yang dipilih.")
        else:
            text = self.tr("Belum ada laporan di antrean. Laporan yang didisposisikan ke OPD "
                           "Anda muncul di sini setelah sinkronisasi.")
        self.message.setText(text)
        self.clear_button.setVisible(bool(search) or filtered)
