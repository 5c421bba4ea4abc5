"""Export dialog: format, period, file and signatory; the work runs on the database worker.

Progress comes back through a relay object (a signal emitted from the worker, delivered on the GUI
thread); "Batal" sets a flag the writer checks between rows, and a cancelled export leaves no file.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.reports.export_files import ExportCancelled
from lapor_desktop.reports.indicators import MonthlyReport
from lapor_desktop.reports.monthly import Signatory, write_report
from lapor_desktop.reports.period import Period
from lapor_desktop.ui.formatting import period_label
from lapor_desktop.ui.pdf_report import write_pdf
from lapor_desktop.ui.plain import plain_label
from lapor_desktop.ui.tasks import TaskManager

FORMAT_FILTERS = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "pdf": "PDF (*.pdf)"}


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog."""

    #: Rows written so far and the total (emitted on the worker, received on the GUI thread).
    progressed = Signal(int, int)


class ExportDialog(QDialog):
    """Choose format, month and file (and the signing official for PDF), then export."""

    #: The export finished: the written file's path.
    exported = Signal(Path)

    def __init__(self, tasks: TaskManager, load: Callable[[Period], MonthlyReport],
                 now: Callable[[], dt.datetime], period: Period,
                 parent: QWidget | None = None, *, signatory: Signatory | None = None) -> None:
        super().__init__(parent)
        from lapor_desktop.reports.period import month_choices

        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Ekspor laporan"))
        self._tasks, self._load = tasks, load
        self._cancel = threading.Event()
        self._running = False
        self.relay = _ProgressRelay(self)
        self.relay.progressed.connect(self._on_progress)

        self.format = QComboBox()
        for key, label in (("xlsx", self.tr("Excel (XLSX)")), ("csv", self.tr("CSV")),
                           ("pdf", self.tr("PDF laporan bulanan"))):
            self.format.addItem(label, key)
        self.period = QComboBox()
        for month in month_choices(now().date()):
            self.period.addItem(period_label(month), month.key)
        if self.period.findData(period.key) < 0:
            self.period.insertItem(0, period_label(period), period.key)
        self.period.setCurrentIndex(self.period.findData(period.key))
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.position = QLineEdit()
        self.position.setPlaceholderText(self.tr("mis. Kepala Dinas Komunikasi dan Informatika"))
        self.name = QLineEdit()
        self.nip = QLineEdit()
        if signatory is not None:  # the official set in Pengaturan, editable for this export
            self.position.setText(signatory.position)
            self.name.setText(signatory.name)
            self.nip.setText(signatory.nip)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Periode:"), self.period)
        form.addRow(self.tr("Berkas:"), file_row)
        form.addRow(self.tr("Jabatan penanda tangan:"), self.position)
        form.addRow(self.tr("Nama penanda tangan:"), self.name)
        form.addRow(self.tr("NIP:"), self.nip)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.message = plain_label()
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Ekspor"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        self.resize(520, self.sizeHint().height())

    def _fmt(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        is_pdf = self._fmt() == "pdf"
        for field in (self.position, self.name, self.nip):
            field.setEnabled(is_pdf)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self._fmt())))

    def _browse(self) -> None:
        fmt = self._fmt()
        suggested = self.path.text() or f"laporan-lapor-{self.period.currentData()}.{fmt}"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan"), suggested,
                                                FORMAT_FILTERS[fmt])
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith("." + fmt) else f"{chosen}.{fmt}")

    def start(self) -> None:
        """Validate and run the export on the database worker."""
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Pilih berkas tujuan terlebih dahulu."))
            return
        out = Path(text)
        if not out.parent.is_dir():
            self.message.setText(self.tr("Folder tujuan tidak ada."))
            return
        fmt, period = self._fmt(), Period.parse(self.period.currentData())
        signatory = Signatory(self.position.text().strip(), self.name.text().strip(),
                              self.nip.text().strip())
        self._cancel.clear()
        self._set_running(True)
        relay, cancel, load = self.relay, self._cancel, self._load

        def job() -> Path:
            report = load(period)
            return write_report(report, fmt, out, signatory=signatory,
                                progress=relay.progressed.emit, cancelled=cancel.is_set,
                                pdf_writer=write_pdf)

        self._tasks.db(job, on_done=self._on_done, on_error=self._on_error)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Batalkan ekspor") if running else self.tr("Tutup"))
        if running:
            self.message.setText(self.tr("Menyiapkan laporan…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.message.setText(self.tr("Menulis {done} dari {total} baris…").format(
            done=done, total=total))

    def _cancel_or_close(self) -> None:
        if self._running:
            self._cancel.set()
            self.message.setText(self.tr("Membatalkan…"))
        else:
            self.reject()

    def _on_done(self, path: Path) -> None:
        self._set_running(False)
        self.message.setText(self.tr("Laporan disimpan ke {path}").format(path=path))
        self.exported.emit(path)

    def _on_error(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, ExportCancelled):
            self.message.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis."))
        else:
            self.message.setText(self.tr("Ekspor gagal: {error}").format(error=error))
