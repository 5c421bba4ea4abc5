"""Small dialogs for the officer actions beside the follow-up: an internal note, "bukan
wewenang" (a reasoned request for re-disposition) and acknowledging a reporter's reply.

Each dialog only collects input and returns an :class:`~lapor_desktop.sync.outbox.ActionInput`;
the editor queues it through the same outbox path as a follow-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.models import ActionKind
from lapor_desktop.sync.outbox import ActionInput, plain_text
from lapor_desktop.ui.plain import plain_label


class _TextDialog(QDialog):
    """A prompt, a plain-text box and OK/Cancel; OK needs text unless ``optional``."""

    def __init__(self, title: str, prompt: str, ok_text: str, parent: QWidget | None, *,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 280)
        self._optional = optional
        self.prompt = plain_label(prompt)
        self.prompt.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("dialogText")
        self.prompt.setBuddy(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.text, 1)
        self.text.textChanged.connect(self._validate)

    def add_before_buttons(self) -> None:
        """Put the button box last (subclasses add their fields first)."""
        self.body.addWidget(self.buttons)
        self._validate()

    def _validate(self) -> None:
        self.ok_button.setEnabled(self._optional or bool(self.text.toPlainText().strip()))

    def value(self) -> str:
        """The text as plain text."""
        return plain_text(self.text.toPlainText()).strip()


class InternalNoteDialog(_TextDialog):
    """Writes an internal note for colleagues (never shown to the reporter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Catatan internal"),
                         self.tr("&Catatan untuk rekan di instansi (tidak terlihat oleh "
                                 "pelapor):"), self.tr("&Simpan ke antrean"), parent)
        self.add_before_buttons()

    def action(self) -> ActionInput:
        """The note to queue."""
        return ActionInput(ActionKind.INTERNAL_NOTE, text=self.value())


class BukanWewenangDialog(_TextDialog):
    """Asks for re-disposition: a mandatory reason and the agency that should handle it."""

    def __init__(self, agencies: list[tuple[str, str]], own_agency: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bukan wewenang"),
                         self.tr("&Alasan laporan ini bukan wewenang instansi Anda (wajib):"),
                         self.tr("&Ajukan disposisi ulang"), parent)
        self.agency = QComboBox()
        self.agency.setObjectName("suggestedAgency")
        self.agency.addItem(self.tr("— pilih instansi —"), "")
        for agency_id, name in agencies:
            if agency_id != own_agency:
                self.agency.addItem(name, agency_id)
        label = QLabel(self.tr("Instansi yang &disarankan (wajib):"))
        label.setBuddy(self.agency)
        self.body.addWidget(label)
        self.body.addWidget(self.agency)
        self.agency.currentIndexChanged.connect(self._validate)
        self.add_before_buttons()

    def _validate(self) -> None:
        agency = getattr(self, "agency", None)
        self.ok_button.setEnabled(bool(self.text.toPlainText().strip()) and agency is not None
                                  and bool(agency.currentData()))

    def action(self) -> ActionInput:
        """The request to queue."""
        return ActionInput(ActionKind.BUKAN_WEWENANG, reason=self.value(),
                           suggested_agency=str(self.agency.currentData()))


class AcknowledgeDialog(_TextDialog):
    """Marks the reporter's reply as read, with an optional short message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tandai balasan pelapor sudah dibaca"),
                         self.tr("&Pesan singkat untuk pelapor (boleh dikosongkan):"),
                         self.tr("&Tandai sudah dibaca"), parent, optional=True)
        self.add_before_buttons()

    def action(self) -> ActionInput:
        """The acknowledgement to queue."""
        return ActionInput(ActionKind.ACKNOWLEDGE_REPLY, text=self.value())
