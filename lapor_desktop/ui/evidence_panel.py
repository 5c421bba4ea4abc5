""""What the photo said": the metadata found in the selected attachment and removed from it.

Location is shown as coordinates only (no map, no place name), with the capture time and the
device. The officer may write time and place into the follow-up as visible text; they are never
put back as hidden metadata.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui import theme
from lapor_desktop.workbench.evidence import PreparedEvidence


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


class EvidencePanel(QFrame):
    """Shows what was removed from one prepared attachment; offers it as visible text."""

    #: The officer asked to add this visible text to the follow-up ("Foto diambil …").
    caption_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        theme.themed(self, "#evidencePanel {{ background: {panel_fill};"
                           " border: 1px solid {panel_border}; border-radius: 3px; }}")
        self._evidence: PreparedEvidence | None = None

        self.title = QLabel()
        self.title.setObjectName("evidenceTitle")
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.blocks = QLabel()
        self.blocks.setObjectName("evidenceBlocks")
        self.location = QLabel()
        self.location.setObjectName("evidenceLocation")
        self.time = QLabel()
        self.time.setObjectName("evidenceTime")
        self.device = QLabel()
        self.device.setObjectName("evidenceDevice")
        self.other = QLabel()
        self.other.setObjectName("evidenceOther")
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Lokasi GPS:"), self.location)
        self.form.addRow(self.tr("Waktu:"), self.time)
        self.form.addRow(self.tr("Perangkat:"), self.device)
        self.form.addRow(self.tr("Lainnya:"), self.other)
        for label in (self.location, self.time, self.device):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.keep_time = QCheckBox(self.tr("wa&ktu"))
        self.keep_time.setObjectName("captionTime")
        self.keep_place = QCheckBox(self.tr("lo&kasi"))
        self.keep_place.setObjectName("captionPlace")
        self.add_button = QPushButton(self.tr("Tulis di &tindak lanjut"))
        self.add_button.setObjectName("captionAdd")
        self.add_button.setToolTip(self.tr("Tambahkan waktu dan/atau lokasi sebagai teks yang "
                                           "terlihat oleh pelapor"))
        self.add_button.clicked.connect(self._add)
        self.keep_time.toggled.connect(self._update_button)
        self.keep_place.toggled.connect(self._update_button)
        self.caption_row = QWidget()
        row = QHBoxLayout(self.caption_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Tampilkan sebagai teks:")))
        row.addWidget(self.keep_time)
        row.addWidget(self.keep_place)
        row.addStretch(1)
        row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.blocks)
        layout.addLayout(self.form)
        layout.addWidget(self.caption_row)
        self.show_evidence(None)

    def evidence(self) -> PreparedEvidence | None:
        """The attachment shown, or None."""
        return self._evidence

    def show_evidence(self, evidence: PreparedEvidence | None) -> None:
        """Show what was removed from ``evidence``; None hides the panel."""
        self._evidence = evidence
        self.setVisible(evidence is not None)
        if evidence is None:
            return
        found = evidence.found
        # No word wrap anywhere in the panel: wrapped labels in a scrolled editor get their
        # height wrong; short explicit lines measure exactly.
        name = _short(evidence.filename, 40)
        if found.is_empty:
            self.title.setText(self.tr("{name}: tidak ada metadata tersembunyi.").format(name=name))
        else:
            self.title.setText(self.tr("Ditemukan dan dihapus dari {name}:").format(name=name))
        self.blocks.setText(", ".join(found.blocks))
        self.blocks.setVisible(not found.is_empty)
        self._row(self.location, found.place_text(5))
        self._row(self.time, found.time_text())
        device = found.device
        if found.serial:
            device = self.tr("{device} (nomor seri {serial})").format(
                device=device or "?", serial=found.serial)
        self._row(self.device, device)
        # One line each (no wrapping to measure), shortened so a long value cannot widen the editor.
        self._row(self.other, "\n".join(_short(f"{label}: {value}") for label, value in found.details))
        self.keep_time.setEnabled(found.taken_at is not None)
        self.keep_place.setEnabled(found.has_location)
        self.keep_time.setChecked(False)
        self.keep_place.setChecked(False)
        self.caption_row.setVisible(found.taken_at is not None or found.has_location)
        self._update_button()

    def _row(self, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        self.form.setRowVisible(label, bool(text))

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.keep_time.isChecked() or self.keep_place.isChecked())

    def _add(self) -> None:
        if self._evidence is None:
            return
        caption = self._evidence.found.caption(time=self.keep_time.isChecked(),
                                               place=self.keep_place.isChecked())
        if caption:
            self.caption_requested.emit(caption)
