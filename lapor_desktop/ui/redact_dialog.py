"""The redaction editor: blur or black out faces, number plates, house numbers or documents.

The officer drags rectangles over the photo; the preview shows them applied (the pixel work is
done by the Qt-free :class:`~lapor_desktop.workbench.evidence.RedactionPreview`). On *Terapkan*
the rectangles go back to the attachment list, which prepares the redacted copy from the
original; that copy is what is queued, and the original never leaves the PC.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui.redact_canvas import RedactCanvas
from lapor_desktop.workbench.evidence import BLACK, BLUR, Redaction, RedactionPreview


class RedactDialog(QDialog):
    """Collects redaction rectangles over one prepared photo; see the module notes."""

    def __init__(self, data: bytes, redactions: Sequence[Redaction], filename: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactDialog")
        self.setWindowTitle(self.tr("Samarkan bagian foto – {name}").format(name=filename))
        self._source = RedactionPreview(data)
        self._redactions: list[Redaction] = list(redactions)
        self.canvas = RedactCanvas(self._preview())
        self.canvas.drawn.connect(self._drawn)

        hint = QLabel(self.tr("Seret dengan tetikus untuk menandai wajah, pelat nomor, nomor "
                              "rumah atau dokumen. Hanya salinan yang disamarkan yang dikirim; "
                              "berkas asli tetap di komputer ini."))
        hint.setWordWrap(True)
        self.blur_choice = QRadioButton(self.tr("&Kaburkan"))
        self.blur_choice.setObjectName("redactBlur")
        self.black_choice = QRadioButton(self.tr("T&utup hitam"))
        self.black_choice.setObjectName("redactBlack")
        self.blur_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.blur_choice)
        group.addButton(self.black_choice)
        self.blur_choice.toggled.connect(self._mode_changed)
        self.undo_button = QPushButton(self.tr("&Urungkan"))
        self.undo_button.setObjectName("redactUndo")
        self.undo_button.clicked.connect(self.undo)
        self.clear_button = QPushButton(self.tr("&Hapus semua"))
        self.clear_button.setObjectName("redactClear")
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel()
        self.count_label.setObjectName("redactCount")
        tools = QHBoxLayout()
        tools.addWidget(self.blur_choice)
        tools.addWidget(self.black_choice)
        tools.addSpacing(12)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(self.tr("&Terapkan"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("redactApply")
        self.buttons.addButton(self.tr("&Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._update()
        # Big enough to see faces and plates, within the screen.
        screen = self.screen().availableGeometry()
        hint = self.sizeHint()
        self.resize(min(hint.width(), int(screen.width() * 0.9)),
                    min(hint.height(), int(screen.height() * 0.9)))

    def redactions(self) -> tuple[Redaction, ...]:
        """The rectangles drawn (fractions of the photo), in drawing order."""
        return tuple(self._redactions)

    def undo(self) -> None:
        """Remove the last rectangle."""
        if self._redactions:
            self._redactions.pop()
            self._refresh()

    def clear(self) -> None:
        """Remove every rectangle."""
        if self._redactions:
            self._redactions.clear()
            self._refresh()

    def _mode_changed(self) -> None:
        self.canvas.mode = BLUR if self.blur_choice.isChecked() else BLACK

    def _drawn(self, redaction: Redaction) -> None:
        self._redactions.append(redaction)
        self._refresh()

    def _preview(self) -> QImage:
        width, height = self._source.size
        pixels = self._source.render(self._redactions)
        # copy(): the QImage must own its pixels, not borrow the Python bytes.
        return QImage(pixels, width, height, width * 3, QImage.Format.Format_RGB888).copy()

    def _refresh(self) -> None:
        self.canvas.set_image(self._preview())
        self._update()

    def _update(self) -> None:
        self.undo_button.setEnabled(bool(self._redactions))
        self.clear_button.setEnabled(bool(self._redactions))
        self.count_label.setText(self.tr("{n} bagian ditandai").format(n=len(self._redactions))
                                 if self._redactions else "")
