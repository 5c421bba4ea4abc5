"""The "Serah terima tugas" wizard for the outgoing officer.

Three pages: the open complaints (a note for the successor on each), the unsent work (each item
handed over, or discarded with a reason; nothing is dropped silently), and the package (who
receives it, the Pejabat Penghubung, the handover password, where to write the file and the
Berita Acara). The wizard only collects decisions; the caller runs the export on the database
worker with :meth:`HandoverWizard.request`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lapor_desktop.core.models import TimeZone
from lapor_desktop.core.status import ACTION_LABELS, STATUS_LABELS
from lapor_desktop.security.handover_seal import MIN_PASSWORD_CHARS
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.workbench.handover import SUFFIX, Discard
from lapor_desktop.workbench.handover_plan import HandoverPlan

_CTX = "HandoverWizard"
_NOTE_COLUMN = 5


def _t(text: str) -> str:
    return tr(_CTX, text)


def _cell(text: str, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setToolTip(tooltip(text))
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


@dataclasses.dataclass(frozen=True, slots=True)
class HandoverRequest:
    """What the officer decided: notes, the fate of each unsent item, and the package."""

    notes: dict[int, str]
    decisions: dict[str, str | Discard]
    to_name: str
    pejabat: str
    password: str
    out: Path
    pdf: bool
    xlsx: bool


class ComplaintsPage(QWizardPage):
    """Every open complaint, soonest deadline first, with a note for the successor."""

    def __init__(self, plan: HandoverPlan, tz: TimeZone) -> None:
        super().__init__()
        self.setTitle(_t("Laporan yang masih terbuka"))
        self.setSubTitle(_t("Tulis catatan untuk penerus pada laporan yang perlu penjelasan: "
                            "apa yang sudah dijanjikan, siapa yang dihubungi, apa yang ditunggu."))
        self.ids = [c.id for c in plan.complaints]
        self.table = _table([_t("No. Laporan"), _t("Judul"), _t("Status"), _t("Batas waktu"),
                             _t("Janji tindak lanjut terakhir"), _t("Catatan untuk penerus")])
        self.table.setObjectName("handoverComplaints")
        self.table.setRowCount(len(plan.complaints))
        for row, c in enumerate(plan.complaints):
            self.table.setItem(row, 0, _cell(f"#{c.complaint.tracking_id}"))
            self.table.setItem(row, 1, _cell(c.complaint.title))
            self.table.setItem(row, 2, _cell(tr("Status", STATUS_LABELS[c.complaint.status])))
            self.table.setItem(row, 3, _cell(format_datetime(c.deadline, tz)))
            self.table.setItem(row, 4, _cell(c.promised or "–"))
            self.table.setItem(row, _NOTE_COLUMN, _cell(c.handover_note, editable=True))
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 200, 120, 150, 220)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def notes(self) -> dict[int, str]:
        """Complaint id -> the note typed for the successor."""
        return {cid: (self.table.item(row, _NOTE_COLUMN).text() or "").strip()
                for row, cid in enumerate(self.ids)}


class WorkPage(QWizardPage):
    """Unsent work: hand each item over, or discard it with a reason."""

    def __init__(self, plan: HandoverPlan) -> None:
        super().__init__()
        self.setTitle(_t("Pekerjaan yang belum terkirim"))
        self.setSubTitle(_t("Draf dan tindakan di antrean kirim menjadi draf penerus dan dikirim "
                            "atas nama penerus. Yang tidak diserahkan harus dibuang dengan "
                            "alasan; tidak ada yang hilang diam-diam."))
        self.keys = [w.key for w in plan.work]
        self.table = _table([_t("No. Laporan"), _t("Jenis"), _t("Isi"), _t("Keputusan"),
                             _t("Alasan membuang")])
        self.table.setObjectName("handoverWork")
        self.table.setRowCount(len(plan.work))
        self.combos: list[QComboBox] = []
        for row, w in enumerate(plan.work):
            self.table.setItem(row, 0, _cell(f"#{w.tracking_id}"))
            self.table.setItem(row, 1, _cell(tr("Action", ACTION_LABELS[w.kind])))
            text = w.text if not w.blocker else f"{w.text}\n({_t('Belum dapat diserahkan')}: " \
                                                f"{w.blocker})"
            self.table.setItem(row, 2, _cell(text))
            combo = QComboBox()
            if not w.blocker:
                combo.addItem(_t("Serahkan"), "handover")
            combo.addItem(_t("Buang"), "discard")
            self.table.setCellWidget(row, 3, combo)
            self.combos.append(combo)
            self.table.setItem(row, 4, _cell("", editable=True))
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 110, 330, 110)):
            header.resizeSection(column, width)
        self.table.resizeRowsToContents()
        self.error = QLabel()
        theme.themed(self.error, "color: {error_text};")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        if not plan.work:
            layout.addWidget(QLabel(_t("Tidak ada pekerjaan yang belum terkirim.")))
        layout.addWidget(self.table)
        layout.addWidget(self.error)

    def decisions(self) -> dict[str, str | Discard]:
        """Work key -> "handover" or :class:`Discard`."""
        out: dict[str, str | Discard] = {}
        for row, key in enumerate(self.keys):
            if self.combos[row].currentData() == "discard":
                out[key] = Discard((self.table.item(row, 4).text() or "").strip())
            else:
                out[key] = "handover"
        return out

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        missing = [self.table.item(row, 0).text() for row, key in enumerate(self.keys)
                   if isinstance(d := self.decisions()[key], Discard) and not d.reason]
        self.error.setText(_t("Isi alasan membuang untuk: {items}").format(
            items=", ".join(missing)) if missing else "")
        return not missing


class PackagePage(QWizardPage):
    """Receiver, Pejabat Penghubung, handover password and where to write the files."""

    def __init__(self, pejabat: str, folder: Path) -> None:
        super().__init__()
        self.setTitle(_t("Paket serah terima"))
        self.setSubTitle(_t("Sepakati kata sandi serah terima dengan penerus secara langsung "
                            "(bukan lewat pesan). Paket hanya dapat dibuka dengan kata sandi ini."))
        self.to_name = QLineEdit()
        self.to_name.setPlaceholderText(_t("Nama petugas pengganti"))
        self.pejabat = QLineEdit(pejabat)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.out = QLineEdit(str(folder / f"serah-terima{SUFFIX}"))
        browse = QPushButton(_t("Pilih…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out, 1)
        row.addWidget(browse)
        self.pdf = QCheckBox(_t("Tulis juga Berita Acara Serah Terima (PDF)"))
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox(_t("Tulis juga Berita Acara (XLSX)"))
        self.error = QLabel()
        theme.themed(self.error, "color: {error_text};")
        form = QFormLayout(self)
        form.addRow(_t("Diserahkan kepada"), self.to_name)
        form.addRow(_t("Pejabat Penghubung"), self.pejabat)
        form.addRow(_t("Kata sandi serah terima"), self.password)
        form.addRow(_t("Ulangi kata sandi"), self.confirm)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(_t("Berkas paket"), holder)
        form.addRow("", self.pdf)
        form.addRow("", self.xlsx)
        form.addRow("", self.error)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, _t("Simpan paket serah terima"),
                                              self.out.text(), f"*{SUFFIX}")
        if path:
            self.out.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        problem = ""
        if not self.to_name.text().strip():
            problem = _t("Isi nama petugas pengganti.")
        elif len(self.password.text()) < MIN_PASSWORD_CHARS:
            problem = _t("Kata sandi serah terima minimal {n} karakter.").format(
                n=MIN_PASSWORD_CHARS)
        elif self.password.text() != self.confirm.text():
            problem = _t("Kedua kata sandi tidak sama.")
        elif not self.out.text().strip():
            problem = _t("Pilih berkas paket.")
        self.error.setText(problem)
        return not problem


class HandoverWizard(QWizard):
    """"Serah terima tugas": the outgoing officer's three steps."""

    def __init__(self, plan: HandoverPlan, *, tz: TimeZone, pejabat: str, folder: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverWizard")
        self.setWindowTitle(_t("Serah terima tugas"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.complaints_page = ComplaintsPage(plan, tz)
        self.work_page = WorkPage(plan)
        self.package_page = PackagePage(pejabat, folder)
        for page in (self.complaints_page, self.work_page, self.package_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, _t("Buat paket"))
        self.setButtonText(QWizard.WizardButton.NextButton, _t("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _t("< Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _t("Batal"))
        self.resize(960, 600)

    def request(self) -> HandoverRequest:
        """The officer's decisions (call after the wizard was accepted)."""
        page = self.package_page
        out = Path(page.out.text().strip()).expanduser()
        return HandoverRequest(self.complaints_page.notes(), self.work_page.decisions(),
                               page.to_name.text().strip(), page.pejabat.text().strip(),
                               page.password.text(), out, page.pdf.isChecked(),
                               page.xlsx.isChecked())
