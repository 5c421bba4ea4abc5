"""The Pejabat Penghubung's review queue (issue 15): the follow-ups waiting for sign-off.

The same app, logged in as a ``pejabat``, opens on this tab. Each row is one follow-up with its
time left; beside it the complaint, the follow-up text (editable: an edited text is approved as
edited and the officer sees the edit), the completeness checklist, the attachments and a comment.
"Setujui", "Kembalikan" and the edit all queue a review in the outbox at once, online or not;
reviews the server refused (the officer revised or withdrew the follow-up, the complaint closed)
are listed above the queue so the official sees them, never a silent publish of an old text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.checks import Element
from lapor_desktop.ui import theme
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.checklist_widget import element_text
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.formatting import format_datetime, format_size
from lapor_desktop.ui.plain import plain_label
from lapor_desktop.ui.plain_text_edit import PlainTextEdit
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.signoff import ReviewItem


class ReviewQueue(QWidget):
    """The official's list of follow-ups awaiting sign-off, and the review of the selected one."""

    #: A review went into the outbox: (operation id).
    queued = Signal(str)
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, tasks: TaskManager, bench: Workbench, hub: ChangeHub, errors: ErrorBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewQueue")
        self._tasks, self._bench, self._hub, self._errors = tasks, bench, hub, errors
        self._items: list[ReviewItem] = []
        self._build()
        self.list.currentRowChanged.connect(self._show)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_)
        self.text.textChanged.connect(self._edited)

    def _build(self) -> None:
        self.conflicts = plain_label()
        self.conflicts.setObjectName("reviewConflicts")
        self.conflicts.setWordWrap(True)
        theme.themed(self.conflicts,
            "QLabel {{ background: {conflict_fill}; color: {conflict_text}; "
            "padding: 6px; border-radius: 4px; }}")
        self.conflicts.hide()
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.empty = plain_label(self.tr("Tidak ada tindak lanjut yang menunggu persetujuan."))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Menunggu persetujuan</b>")))
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty)

        self.heading = plain_label()
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("QLabel { font-weight: bold; font-size: 11pt; }")
        self.meta = plain_label()
        self.meta.setWordWrap(True)
        self.time_left = plain_label()
        self.time_left.setObjectName("reviewTimeLeft")
        self.complaint_body = plain_label()
        self.complaint_body.setWordWrap(True)
        complaint_box = QGroupBox(self.tr("Laporan"))
        QVBoxLayout(complaint_box).addWidget(self.complaint_body)
        self.text = PlainTextEdit()
        self.text.setObjectName("reviewText")
        self.edit_note = plain_label()
        self.checklist = plain_label()
        self.checklist.setObjectName("reviewChecklist")
        self.checklist.setWordWrap(True)
        self.attachments = plain_label()
        self.attachments.setWordWrap(True)
        side = QVBoxLayout()
        check_box = QGroupBox(self.tr("Kelengkapan"))
        QVBoxLayout(check_box).addWidget(self.checklist)
        files_box = QGroupBox(self.tr("Lampiran"))
        QVBoxLayout(files_box).addWidget(self.attachments)
        side.addWidget(check_box)
        side.addWidget(files_box)
        side.addStretch(1)
        middle = QHBoxLayout()
        text_col = QVBoxLayout()
        text_col.addWidget(QLabel(self.tr("Tindak lanjut (dapat disunting sebelum disetujui):")))
        text_col.addWidget(self.text, 1)
        text_col.addWidget(self.edit_note)
        middle.addLayout(text_col, 3)
        middle.addLayout(side, 2)
        self.comment = PlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setPlaceholderText(self.tr("Catatan untuk petugas (wajib bila dikembalikan)"))
        self.comment.setMaximumHeight(70)
        self.approve_button = QPushButton(self.tr("&Setujui"))
        self.approve_button.setObjectName("approveButton")
        self.return_button = QPushButton(self.tr("&Kembalikan dengan catatan"))
        self.return_button.setObjectName("returnButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)

        self.review = QWidget()
        right = QVBoxLayout(self.review)
        right.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.meta, self.time_left, complaint_box):
            right.addWidget(widget)
        right.addLayout(middle, 1)
        right.addWidget(QLabel(self.tr("Catatan:")))
        right.addWidget(self.comment)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.review)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.conflicts)
        layout.addWidget(splitter, 1)

    # --- public -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queue and the refused reviews (on the database worker)."""
        signoff = self._bench.signoff
        self._tasks.db(lambda: (signoff.review_queue(), signoff.conflicts()),
                       on_done=self._loaded, on_error=self._errors.handle)

    def current(self) -> ReviewItem | None:
        """The follow-up under review."""
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def approve(self) -> None:
        """Approve the selected follow-up (as edited, if the text was changed)."""
        item = self.current()
        if item is None:
            return
        text = self.text.toPlainText()
        edited = text if text != item.text else None
        comment = self.comment.toPlainText().strip() or None
        self._write(lambda: self._bench.signoff.approve_op(
            item.complaint.id, item.signoff_id, text=edited, comment=comment),
            self.tr("Persetujuan #{id} masuk antrean kirim.").format(
                id=item.complaint.tracking_id))

    def return_(self) -> None:
        """Return the selected follow-up to the officer with the comment."""
        item = self.current()
        if item is None:
            return
        comment = self.comment.toPlainText()
        if not comment.strip():
            self.message.emit(self.tr("Tulis catatan untuk petugas sebelum mengembalikan."))
            self.comment.setFocus()
            return
        self._write(lambda: self._bench.signoff.return_op(
            item.complaint.id, item.signoff_id, comment),
            self.tr("Pengembalian #{id} masuk antrean kirim.").format(
                id=item.complaint.tracking_id))

    # --- behaviour --------------------------------------------------------------------------

    def _write(self, write, done_text: str) -> None:  # noqa: ANN001 - a workbench Op writer
        def done(op_id: str) -> None:
            self.queued.emit(op_id)
            self.message.emit(done_text)
            self.comment.clear()
            self.refresh()

        self._hub.run(write, on_done=done, on_error=self._errors.handle)

    def _loaded(self, result: tuple[list[ReviewItem], list]) -> None:
        items, conflicts = result
        keep = self.current().signoff_id if self.current() is not None else None
        self._items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            waiting = self.tr(" · tinjauan di antrean kirim") if item.queued_review else ""
            row = QListWidgetItem(f"#{item.complaint.tracking_id}  {item.time_left.text}"
                                  f"{waiting}\n{item.complaint.title}")
            self.list.addItem(row)
        self.list.blockSignals(False)
        self.empty.setVisible(not items)
        self.review.setEnabled(bool(items))
        rows = [i for i, item in enumerate(items) if item.signoff_id == keep]
        self.list.setCurrentRow(rows[0] if rows else (0 if items else -1))
        self._show(self.list.currentRow())
        if conflicts:
            lines = [self.tr("Tinjauan ditolak server (laporan #{id}): {reason}").format(
                id=op.complaint_id, reason=op.last_error or "") for op in conflicts]
            self.conflicts.setText("\n".join(lines))
        self.conflicts.setVisible(bool(conflicts))

    def _show(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        if item is None:
            for label in (self.heading, self.meta, self.time_left, self.complaint_body,
                          self.checklist, self.attachments, self.edit_note):
                label.clear()
            self.text.setPlainText("")
            return
        c, r = item.complaint, item.request
        self.heading.setText(f"#{c.tracking_id} · {c.title}")
        self.meta.setText(self.tr("Ditulis oleh {author}, dikirim {at} (versi {version})").format(
            author=r.get("author", ""), at=format_datetime(item.submitted_at, item.timezone),
            version=r.get("version", 1)))
        due = item.time_left.due
        self.time_left.setText(self.tr("Sisa waktu: {left} (batas {due})").format(
            left=item.time_left.text, due=format_datetime(due, item.timezone)))
        self.complaint_body.setText(c.body)
        self.text.blockSignals(True)
        self.text.setPlainText(item.text)
        self.text.blockSignals(False)
        self.edit_note.clear()
        marks = [("✓ " if e in item.checklist.present else "✗ ") + element_text(e)
                 for e in Element]
        self.checklist.setText("\n".join(marks))
        files = [f"{a.get('filename')} ({format_size(int(a.get('size', 0)))})"
                 for a in item.attachments]
        self.attachments.setText("\n".join(files) or self.tr("Tidak ada lampiran"))
        self.approve_button.setEnabled(not item.queued_review)
        self.return_button.setEnabled(not item.queued_review)

    def _edited(self) -> None:
        item = self.current()
        changed = item is not None and self.text.toPlainText() != item.text
        self.approve_button.setText(self.tr("Sunting dan &setujui") if changed
                                    else self.tr("&Setujui"))
        self.edit_note.setText(self.tr("Perubahan Anda akan terlihat oleh petugas.")
                               if changed else "")
