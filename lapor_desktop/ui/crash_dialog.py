"""The dialog shown for an unexpected error (a bug): what happened, and a report to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Shows a crash report (already scrubbed of secrets) with a button to copy it.

    The officer sees, before anything leaves the dialog, what the report holds (versions, the
    platform, the error's trace) and what it never holds (complaints, reporters, passwords), and
    the report itself in full: the copy button copies exactly the text shown, nothing more.
    """

    def __init__(self, report: str, report_path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan tak terduga"))
        self.setObjectName("crashDialog")
        layout = QVBoxLayout(self)
        intro = self.tr("LAPOR! Desktop mengalami kesalahan yang tidak terduga. Pekerjaan Anda yang "
                        "sudah tersimpan tetap aman. Salin laporan di bawah ini dan kirimkan "
                        "kepada pengelola aplikasi.")
        if report_path:
            intro += "\n\n" + self.tr("Laporan juga disimpan di: {path}").format(path=report_path)
        label = QLabel(intro)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the path may hold any character
        label.setWordWrap(True)
        layout.addWidget(label)
        self.contents = QLabel(self.tr(
            "Isi laporan: versi aplikasi, Qt dan Python, sistem operasi, dan jejak kesalahan "
            "(traceback). Laporan tidak memuat isi pengaduan, identitas pelapor, kata sandi, "
            "maupun token. Periksa teks di bawah sebelum menyalinnya; yang disalin persis teks "
            "ini."))
        self.contents.setObjectName("crashContents")
        self.contents.setTextFormat(Qt.TextFormat.PlainText)
        self.contents.setWordWrap(True)
        layout.addWidget(self.contents)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setObjectName("crashReport")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Salin laporan"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
