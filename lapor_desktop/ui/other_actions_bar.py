"""The row of actions other than the follow-up: internal note, bukan wewenang, acknowledge.

Each opens its dialog and, when confirmed, puts the action in the outbox through the workbench
(the same path as a follow-up, so it is delivered exactly once).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lapor_desktop.core.models import ActionKind, Complaint, Status
from lapor_desktop.sync.outbox import ActionInput
from lapor_desktop.ui.action_dialogs import (
    AcknowledgeDialog,
    BukanWewenangDialog,
    InternalNoteDialog,
)
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench


class OtherActionsBar(QWidget):
    """Buttons for the complaint's non-follow-up actions, enabled by what its status allows."""

    #: An action went into the outbox: (operation id).
    queued = Signal(str)
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, tasks: TaskManager, bench: Workbench, hub: ChangeHub, errors: ErrorBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._bench = bench
        self._hub = hub
        self._errors = errors
        self._complaint: Complaint | None = None
        self.note_button = QPushButton(self.tr("Catatan &internal…"))
        self.note_button.setObjectName("noteButton")
        self.bw_button = QPushButton(self.tr("&Bukan wewenang…"))
        self.bw_button.setObjectName("bukanWewenangButton")
        self.ack_button = QPushButton(self.tr("Tan&dai balasan pelapor sudah dibaca"))
        self.ack_button.setObjectName("acknowledgeButton")
        # One row when the pane is wide; on a narrow pane (1366x768) the long "acknowledge"
        # button wraps to a second row instead of holding the splitter wide.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        self._first, self._second = QHBoxLayout(), QHBoxLayout()
        for row in (self._first, self._second):
            rows.addLayout(row)
        self._first.addWidget(self.note_button)
        self._first.addWidget(self.bw_button)
        self._first.addWidget(self.ack_button)
        self._first.addStretch(1)
        self._second.addStretch(1)
        self.note_button.clicked.connect(self._note)
        self.bw_button.clicked.connect(self._bukan_wewenang)
        self.ack_button.clicked.connect(self._acknowledge)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the wrapped layout: the widest of its two rows."""
        spacing = max(self._first.spacing(), 0)
        first = (self.note_button.minimumSizeHint().width() + spacing
                 + self.bw_button.minimumSizeHint().width())
        return QSize(max(first, self.ack_button.minimumSizeHint().width()),
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Wrap the last button to its own row when the three do not fit side by side."""
        super().resizeEvent(event)
        spacing = max(self._first.spacing(), 0)
        one_row = sum(b.sizeHint().width() for b in (self.note_button, self.bw_button,
                                                      self.ack_button)) + 2 * spacing
        wrapped = self._second.indexOf(self.ack_button) >= 0
        if event.size().width() < one_row and not wrapped:
            self._first.removeWidget(self.ack_button)
            self._second.insertWidget(0, self.ack_button)
        elif event.size().width() >= one_row and wrapped:
            self._second.removeWidget(self.ack_button)
            self._first.insertWidget(2, self.ack_button)

    def set_complaint(self, complaint: Complaint | None, allowed: frozenset[ActionKind]) -> None:
        """Enable what the complaint's status allows."""
        self._complaint = complaint
        self.note_button.setEnabled(ActionKind.INTERNAL_NOTE in allowed)
        self.bw_button.setEnabled(ActionKind.BUKAN_WEWENANG in allowed)
        self.ack_button.setEnabled(ActionKind.ACKNOWLEDGE_REPLY in allowed
                                   and complaint is not None
                                   and complaint.status is Status.DITANGGAPI_PELAPOR)

    def _note(self) -> None:
        self._queue_from(InternalNoteDialog(self), self.tr("Catatan internal masuk antrean kirim."))

    def _bukan_wewenang(self) -> None:
        own = self._complaint.agency_id if self._complaint else None
        self._tasks.db(self._bench.drafts.agencies,
                       on_done=lambda agencies: self._queue_from(
                           BukanWewenangDialog(agencies, own, self),
                           self.tr("Permintaan disposisi ulang masuk antrean kirim.")),
                       on_error=self._errors.handle)

    def _acknowledge(self) -> None:
        self._queue_from(AcknowledgeDialog(self),
                         self.tr("Tanda sudah dibaca masuk antrean kirim."))

    def _queue_from(self, dialog: QDialog, done_text: str) -> None:
        if self._complaint is None or not dialog.exec():
            return
        action: ActionInput = dialog.action()  # type: ignore[attr-defined]
        complaint_id = self._complaint.id

        def queued(op_id: str) -> None:
            self.queued.emit(op_id)
            self.message.emit(done_text)

        self._hub.run(lambda: self._bench.queue_action(complaint_id, action), on_done=queued,
                      on_error=self._errors.handle)
