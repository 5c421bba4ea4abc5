"""The sign-off state beside the officer's follow-up (issue 15).

Shows where the follow-up stands with the Pejabat Penghubung: waiting (with a warning when one
working day or less is left), returned with the official's comment (the draft reopens with the
comment beside it), or approved and published with the receipt. Tells the editor whether its
send button is "Kirim untuk persetujuan".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from lapor_desktop.protocol import SignoffState
from lapor_desktop.ui import theme
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.plain import plain_label
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.signoff import EditorSignoff

_COLOURS = {
    SignoffState.PENDING: "pending_fill",
    SignoffState.RETURNED: "returned_fill",
    SignoffState.APPROVED: "approved_fill",
}


class SignoffPanel(QFrame):
    """Sign-off state of the editor's complaint (hidden where sign-off plays no part)."""

    #: Whether this officer's follow-ups need sign-off (the send button's wording).
    required_changed = Signal(bool)
    #: A returned follow-up was reopened as a draft: the editor reloads its text.
    reopened = Signal()

    def __init__(self, bench: Workbench, hub: ChangeHub, errors: ErrorBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signoffPanel")
        self._bench, self._hub, self._errors = bench, hub, errors
        self._complaint_id: int | None = None
        self.state = plain_label()
        self.state.setObjectName("signoffState")
        self.state.setStyleSheet("QLabel { font-weight: bold; }")
        self.comment = plain_label()
        self.comment.setObjectName("signoffComment")
        self.comment.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.state)
        layout.addWidget(self.comment)
        self.withdraw_button = QPushButton(self.tr("&Tarik dari persetujuan"))
        self.withdraw_button.setObjectName("withdrawSignoff")
        self.withdraw_button.setToolTip(self.tr("Ambil kembali tindak lanjut ini untuk direvisi; "
                                                "pejabat tidak dapat lagi menyetujuinya."))
        self.withdraw_button.clicked.connect(self.withdraw)
        layout.addWidget(self.withdraw_button)
        layout.addStretch(1)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hide()

    def set_complaint(self, complaint_id: int | None) -> None:
        """Load the sign-off state of ``complaint_id`` (None hides the panel)."""
        self._complaint_id = complaint_id
        if complaint_id is None:
            self.hide()
            return
        signoff = self._bench.signoff
        self._hub.run(lambda: signoff.editor_state(complaint_id),
                      on_done=lambda state: self._show(complaint_id, state),
                      on_error=self._errors.handle)

    def withdraw(self) -> None:
        """Take the waiting follow-up back (queued; the official then sees a conflict)."""
        complaint_id = self._complaint_id
        if complaint_id is None:
            return
        signoff = self._bench.signoff
        self._hub.run(lambda: signoff.withdraw(complaint_id), on_error=self._errors.handle)

    def _show(self, complaint_id: int, data: EditorSignoff) -> None:
        if complaint_id != self._complaint_id:
            return
        self.required_changed.emit(data.required)
        view = data.view
        if view is None or view.state not in _COLOURS:
            self.hide()
            return
        theme.themed(self, "#signoffPanel {{ background: {" + _COLOURS[view.state] + "}; }}")
        self.withdraw_button.setVisible(view.state is SignoffState.PENDING)
        if view.state is SignoffState.PENDING:
            self.state.setText(self.tr("Menunggu persetujuan Pejabat Penghubung"))
            text = self.tr("Dikirim untuk persetujuan; belum terlihat oleh pelapor dan belum "
                           "dihitung sebagai tindak lanjut.")
            if data.urgent is not None:
                text += "\n" + self.tr("Perhatian: tenggat {left}; ingatkan pejabat untuk "
                                        "segera menyetujui.").format(left=data.urgent.text)
            self.comment.setText(text)
        elif view.state is SignoffState.RETURNED:
            self.state.setText(self.tr("Dikembalikan oleh {name}").format(name=view.reviewer))
            self.comment.setText(self.tr("Catatan: {comment}\nPerbaiki draf lalu kirim lagi "
                                         "untuk persetujuan.").format(comment=view.comment))
        else:
            edited = self.tr(" (disunting oleh pejabat)") if view.request.get("edited_text") \
                else ""
            self.state.setText(self.tr("Disetujui oleh {name} dan diterbitkan{edited}").format(
                name=view.reviewer, edited=edited))
            self.comment.setText(self.tr("No. tanda terima: {receipt}").format(
                receipt=view.receipt or "–"))
        self.show()
        if data.reopened:
            self.reopened.emit()
