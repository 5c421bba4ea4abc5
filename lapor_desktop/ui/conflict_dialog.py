"""Revise a refused action: the complaint as it is now beside the officer's draft.

Shown when the server refused an action because the complaint changed (409) or because of its
content (422). Nothing is dropped without the officer's choice: "Kirim ulang setelah direvisi"
resends the edited text, "Buang draf…" asks for confirmation first (the text then goes back to a
draft), "Nanti saja" leaves everything as it is. Everything that came from the server is shown as
plain text.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.models import Complaint
from lapor_desktop.core.status import STATUS_LABELS, allowed_actions
from lapor_desktop.store.outbox import ErrorKind
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import event_kind_label, format_datetime
from lapor_desktop.workbench.ledger import RevisionContext

LATEST_EVENTS = 5


class ConflictOutcome(StrEnum):
    """What the officer chose."""

    RESEND = "resend"
    DISCARD = "discard"
    LATER = "later"


class ConflictDialog(QDialog):
    """Side by side: the complaint now (read-only) and the draft (editable), with three choices.

    Open it with ``open()`` (window-modal, no nested event loop) and listen to :attr:`decided`,
    or use ``exec()`` and read :meth:`outcome` and :meth:`revised_text`.
    """

    #: The officer decided: (ConflictOutcome value, revised text). Not emitted for "Nanti saja".
    decided = Signal(str, str)

    def __init__(self, context: RevisionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Tindakan perlu perhatian"))
        self.context = context
        self._outcome = ConflictOutcome.LATER
        self.confirm_box: QMessageBox | None = None

        if context.error_kind == ErrorKind.VALIDATION.value:
            intro = self.tr("Server menolak isi tindakan Anda. Perbaiki teks lalu kirim ulang.")
        else:
            intro = self.tr("Laporan ini berubah di server setelah Anda menulis tindakan, sehingga "
                            "server menolaknya. Periksa keadaan laporan sekarang, revisi draf "
                            "Anda, lalu kirim ulang, atau buang draf.")
        self.intro = self._plain(intro, "conflictIntro")
        self.reason = self._plain(self.tr("Alasan dari server: {reason}").format(
            reason=context.reason or "–"), "conflictReason")
        theme.themed(self.reason, "QLabel {{ color: {error_text}; }}")

        self.current = QPlainTextEdit(self._complaint_text(context.complaint))
        self.current.setObjectName("conflictCurrent")
        self.current.setReadOnly(True)
        left = QGroupBox(self.tr("Laporan saat ini (di server)"))
        QVBoxLayout(left).addWidget(self.current)

        self.editor = QPlainTextEdit(context.text)
        self.editor.setObjectName("conflictDraft")
        self.editor.setTabChangesFocus(True)
        right = QGroupBox(self.tr("Draf Anda (dapat diubah)"))
        QVBoxLayout(right).addWidget(self.editor)

        panes = QHBoxLayout()
        panes.addWidget(left, 1)
        panes.addWidget(right, 1)

        self.blocked = self._plain("", "conflictBlocked")
        theme.themed(self.blocked, "QLabel {{ color: {warning_text}; font-style: italic; }}")
        self.resend_button = QPushButton(self.tr("Kirim ulang setelah direvisi"))
        self.resend_button.setObjectName("conflictResend")
        self.resend_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("Buang draf…"))
        self.discard_button.setObjectName("conflictDiscard")
        self.later_button = QPushButton(self.tr("Nanti saja"))
        self.later_button.setObjectName("conflictLater")
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.resend_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reason)
        layout.addLayout(panes, 1)
        layout.addWidget(self.blocked)
        layout.addLayout(buttons)

        self.resend_button.clicked.connect(self._resend)
        self.discard_button.clicked.connect(self._ask_discard)
        self.later_button.clicked.connect(self.reject)
        self.editor.textChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(900, 520)

    # --- results ---------------------------------------------------------------------------

    def outcome(self) -> ConflictOutcome:
        """The choice made (LATER until the officer picks another)."""
        return self._outcome

    def revised_text(self) -> str:
        """The draft text as it stands in the editor."""
        return self.editor.toPlainText()

    # --- internals -------------------------------------------------------------------------

    def _plain(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _complaint_text(self, complaint: Complaint | None) -> str:
        if complaint is None:
            return self.tr("Laporan ini tidak lagi terdisposisi ke instansi Anda.")
        tz = self.context.timezone
        lines = [
            f"{complaint.tracking_id} · {complaint.title}",
            self.tr("Status: {status}").format(
                status=self.tr(STATUS_LABELS[complaint.status])),
            self.tr("Revisi: {n}").format(n=complaint.revision),
            "",
            self.tr("Riwayat terbaru:"),
        ]
        for event in sorted(complaint.events, key=lambda e: e.at)[-LATEST_EVENTS:][::-1]:
            lines.append(f"• {format_datetime(event.at, tz)} — {event_kind_label(event.kind)} "
                         f"({event.actor})")
            if event.text:
                lines.append(f"  {event.text}")
        return "\n".join(lines)

    def _allowed_now(self) -> bool:
        complaint = self.context.complaint
        return complaint is not None and self.context.kind in allowed_actions(complaint.status)

    def _update_buttons(self) -> None:
        allowed = self._allowed_now()
        has_text = bool(self.editor.toPlainText().strip())
        self.resend_button.setEnabled(allowed and has_text)
        if not allowed:
            self.blocked.setText(self.tr(
                "Status laporan saat ini tidak mengizinkan tindakan ini. Simpan draf dengan "
                "\"Nanti saja\" sampai statusnya berubah, atau buang draf."))
        elif not has_text:
            self.blocked.setText(self.tr("Teks tidak boleh kosong."))
        self.blocked.setVisible(not (allowed and has_text))

    def _resend(self) -> None:
        self._outcome = ConflictOutcome.RESEND
        self.decided.emit(self._outcome.value, self.revised_text())
        self.accept()

    def _ask_discard(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Buang draf?"),
                          self.tr("Tindakan ini tidak akan dikirim. Teksnya tetap tersimpan "
                                  "sebagai draf di laporan ini."), parent=self)
        confirm = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("conflictConfirmDiscard")
        self.confirm_box = box

        def finished() -> None:
            self.confirm_box = None
            if box.clickedButton() is confirm:
                self._outcome = ConflictOutcome.DISCARD
                self.decided.emit(self._outcome.value, self.revised_text())
                self.accept()

        box.finished.connect(finished)
        box.open()
