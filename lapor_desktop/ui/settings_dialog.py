"""The settings dialog: edits a copy of :class:`~lapor_desktop.workbench.settings.Settings`.

The caller saves the result (``config.save_settings``); the dialog itself writes nothing, so a
cancelled dialog changes nothing. Values are checked on OK and problems shown inline.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.sync.http import InsecureServerError, check_server_url
from lapor_desktop.ui import theme
from lapor_desktop.ui.i18n import LANGUAGES
from lapor_desktop.ui.login_dialog import ERROR_STYLE
from lapor_desktop.workbench.settings import Settings

_MAX_MINUTES = 24 * 60  # the bound config.Settings enforces


class SettingsDialog(QDialog):
    """Edits server address, sync interval, language, extra CA bundle and idle lock time."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Pengaturan"))
        self._original = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.url_edit = QLineEdit(settings.server_url or "")
        self.url_edit.setObjectName("settingsServerUrl")
        self.url_edit.setPlaceholderText("https://lapor.contoh.go.id")
        self._add_row(form, self.tr("Alamat se&rver:"), self.url_edit)

        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("settingsSyncInterval")
        self.interval_spin.setRange(1, _MAX_MINUTES)
        self.interval_spin.setSuffix(self.tr(" menit"))
        self.interval_spin.setValue(settings.sync_interval_minutes)
        self._add_row(form, self.tr("&Interval sinkronisasi:"), self.interval_spin)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settingsLanguage")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        language_box = QWidget()
        language_lay = QVBoxLayout(language_box)
        language_lay.setContentsMargins(0, 0, 0, 0)
        language_lay.setSpacing(2)
        language_lay.addWidget(self.language_combo)
        note = QLabel(self.tr("Bahasa langsung berganti saat disimpan; tulisan Anda tetap ada."))
        note.setObjectName("settingsLanguageNote")
        theme.themed(note, "QLabel {{ color: {note_text}; font-style: italic; }}")
        note.setWordWrap(True)
        language_lay.addWidget(note)
        self._add_row(form, self.tr("Ba&hasa:"), language_box, buddy=self.language_combo)

        self.ca_edit = QLineEdit(settings.ca_bundle or "")
        self.ca_edit.setObjectName("settingsCaBundle")
        self.ca_edit.setPlaceholderText(self.tr("Kosongkan untuk memakai sertifikat sistem"))
        self.ca_button = QPushButton(self.tr("&Pilih…"))
        self.ca_button.setObjectName("settingsCaBrowse")
        self.ca_button.clicked.connect(self._browse_ca)
        ca_box = QWidget()
        ca_lay = QHBoxLayout(ca_box)
        ca_lay.setContentsMargins(0, 0, 0, 0)
        ca_lay.addWidget(self.ca_edit, 1)
        ca_lay.addWidget(self.ca_button)
        self._add_row(form, self.tr("Sertifikat &CA tambahan:"), ca_box, buddy=self.ca_edit)

        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("settingsIdleLock")
        self.idle_spin.setRange(1, _MAX_MINUTES)
        self.idle_spin.setSuffix(self.tr(" menit"))
        self.idle_spin.setValue(settings.idle_lock_minutes)
        self._add_row(form, self.tr("&Kunci otomatis setelah diam:"), self.idle_spin)

        # The approving official signs every follow-up ({pejabat}) and the monthly report.
        self.official_name = QLineEdit(settings.official_name or "")
        self.official_name.setObjectName("settingsOfficialName")
        self.official_name.setPlaceholderText(self.tr("mis. Drs. H. Hasan Basri, M.Si."))
        self._add_row(form, self.tr("Nama pejabat penye&tuju:"), self.official_name)
        self.official_position = QLineEdit(settings.official_position or "")
        self.official_position.setObjectName("settingsOfficialPosition")
        self.official_position.setPlaceholderText(self.tr("mis. Kepala Dinas"))
        self._add_row(form, self.tr("&Jabatan pejabat:"), self.official_position)
        self.official_nip = QLineEdit(settings.official_nip or "")
        self.official_nip.setObjectName("settingsOfficialNip")
        self._add_row(form, self.tr("&NIP pejabat:"), self.official_nip)

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        theme.themed(self.error_label, ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("&Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("settingsOk")
        self.ok_button.setDefault(True)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # No mnemonic: Escape cancels, and "B"/"S" are taken by fields and Save.
        cancel.setText(self.tr("Batal"))
        cancel.setObjectName("settingsCancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit in (self.url_edit, self.ca_edit):
            edit.textChanged.connect(self.error_label.hide)
        self.setMinimumWidth(520)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    def error_text(self) -> str:
        """The inline error on show ("" when none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def settings(self) -> Settings:
        """A copy of the settings given, with the edited values (unchecked; see :meth:`accept`)."""
        url = self.url_edit.text().strip()
        with contextlib.suppress(InsecureServerError):
            url = check_server_url(url) if url else url
        return self._original.model_copy(update={
            "server_url": url or None,
            "sync_interval_minutes": self.interval_spin.value(),
            "language": self.language_combo.currentData(),
            "ca_bundle": self.ca_edit.text().strip() or None,
            "idle_lock_minutes": self.idle_spin.value(),
            "official_name": self.official_name.text().strip() or None,
            "official_position": self.official_position.text().strip() or None,
            "official_nip": self.official_nip.text().strip() or None,
        })

    def accept(self) -> None:
        """Close only when the server address and CA bundle are usable."""
        url = self.url_edit.text().strip()
        if url:
            try:
                check_server_url(url)
            except InsecureServerError as exc:
                self._fail(str(exc), self.url_edit)
                return
        ca = self.ca_edit.text().strip()
        if ca and not Path(ca).is_file():
            self._fail(self.tr("Berkas sertifikat CA tidak ditemukan: {path}").format(path=ca),
                       self.ca_edit)
            return
        super().accept()

    def _fail(self, message: str, field: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        field.setFocus()

    def _browse_ca(self) -> None:
        start = str(Path(self.ca_edit.text()).parent) if self.ca_edit.text().strip() else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas sertifikat CA"), start,
            self.tr("Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)"))
        if path:
            self.ca_edit.setText(path)
