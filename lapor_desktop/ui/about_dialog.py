"""The About dialog: versions and where the data and logs live (what support staff ask first)."""

from __future__ import annotations

from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from lapor_desktop import APP_NAME, __version__


class AboutDialog(QDialog):
    """App name and version, Qt and PySide6 versions, and the data and log folders (selectable)."""

    def __init__(self, data_dir: Path | str, log_dir: Path | str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Tentang {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        title = QLabel(f"{APP_NAME} {__version__}")
        title.setObjectName("aboutTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        layout.addWidget(title)

        description = QLabel(self.tr(
            "Meja kerja Admin Penghubung untuk menindaklanjuti laporan SP4N-LAPOR!: antrean "
            "laporan, tenggat hari kerja, dan draf tindak lanjut yang tetap tersimpan walau "
            "tanpa koneksi, lalu disinkronkan dengan server saat tersambung."))
        description.setObjectName("aboutDescription")
        description.setWordWrap(True)
        layout.addWidget(description)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.version_label = self._value(__version__, "aboutVersion")
        self.qt_label = self._value(qVersion(), "aboutQtVersion")
        self.pyside_label = self._value(pyside_version, "aboutPySideVersion")
        self.data_label = self._value(str(data_dir), "aboutDataDir")
        self.log_label = self._value(str(log_dir), "aboutLogDir")
        form.addRow(self.tr("Versi:"), self.version_label)
        form.addRow(self.tr("Qt:"), self.qt_label)
        form.addRow(self.tr("PySide6:"), self.pyside_label)
        form.addRow(self.tr("Folder data:"), self.data_label)
        form.addRow(self.tr("Folder log:"), self.log_label)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Tutup"))
        close.setObjectName("aboutClose")
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _value(text: str, name: str) -> QLabel:
        # Paths come from the file system: plain text, and selectable so support can copy them.
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label
