"""The training-mode banner: impossible to miss, so nobody mistakes demo data for real reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from lapor_desktop.ui import theme


class TrainingBanner(QFrame):
    """A yellow/orange strip saying the app runs on invented data, with the demo officer's name."""

    def __init__(self, officer: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        # Dark text on amber keeps a high contrast whatever the system theme is.
        theme.themed(self,
            "QFrame#trainingBanner {{ background: {training_fill}; border-bottom: 2px solid"
            " {training_border}; }} QFrame#trainingBanner QLabel {{ color: {training_text}; }}")
        self.setAccessibleName(self.tr("Mode latihan"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text_label = QLabel(
            self.tr("MODE LATIHAN — data contoh, tidak terhubung ke server LAPOR! sungguhan"))
        self.text_label.setObjectName("trainingBannerText")
        self.text_label.setWordWrap(True)
        font = self.text_label.font()
        font.setBold(True)
        self.text_label.setFont(font)
        layout.addWidget(self.text_label, 1)
        self.officer_label = QLabel()
        self.officer_label.setObjectName("trainingBannerOfficer")
        self.officer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.officer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.officer_label)
        self.set_officer(officer)

    def set_officer(self, text: str) -> None:
        """Show the demo officer (e.g. "Rina Marlina — Dinas PUPR"); "" hides it."""
        self.officer_label.setText(self.tr("Petugas contoh: {name}").format(name=text) if text else "")
        self.officer_label.setVisible(bool(text))
