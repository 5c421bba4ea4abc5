"""The follow-up (tindak lanjut) editor of the selected complaint.

The officer writes plain text (pasted HTML loses its markup), applies a template, watches the
completeness checklist fill, attaches evidence and sends. Every change is autosaved on the
database worker within a second or two of the last keystroke; *Kirim* puts the action in the
outbox at once, online or not, and the editor turns read-only ("Dalam antrean kirim"). Other
actions (internal note, bukan wewenang, acknowledging a reply) go through the same outbox path.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.models import ActionKind, Complaint, TimeZone
from lapor_desktop.core.status import allowed_actions
from lapor_desktop.store import DraftState, OutboxState
from lapor_desktop.ui import theme
from lapor_desktop.ui.attachment_list import AttachmentList
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.checklist_widget import ChecklistWidget
from lapor_desktop.ui.editor_state_badge import EditorStateBadge
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.evidence_panel import EvidencePanel
from lapor_desktop.ui.formatting import format_time
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.other_actions_bar import OtherActionsBar
from lapor_desktop.ui.plain import plain_label, question
from lapor_desktop.ui.plain_text_edit import PlainTextEdit
from lapor_desktop.ui.signoff_panel import SignoffPanel
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.drafts import DraftService, EditorData, SaveResult, render_template

AUTOSAVE_DELAY_MS = 800


class FollowUpEditor(QWidget):
    """Writes, autosaves and sends the follow-up of one complaint; see the module notes."""

    #: An autosave reached the database: (draft id, version number).
    saved = Signal(int, int)
    #: An action went into the outbox: (operation id). The window refreshes its counts.
    queued = Signal(str)
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, tasks: TaskManager, bench: Workbench, hub: ChangeHub, errors: ErrorBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpEditor")
        self._tasks = tasks
        self._bench = bench
        self._hub = hub
        self._service: DraftService = bench.drafts  # reads; writes go through the workbench
        self._errors = errors
        self._complaint: Complaint | None = None
        self._data: EditorData | None = None
        self._loading = False
        self._dirty = False
        self._read_only = True
        self._locked = False  # sending, or the draft is queued
        self._notice_until_sendable = False  # the notice is about a rule the text now meets?
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._build()
        self._connect()
        self.set_complaint(None)

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title = plain_label()
        self.title.setObjectName("editorTitle")
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.state_label = EditorStateBadge()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state_label)

        self.template_box = QComboBox()
        self.template_box.setObjectName("templatePicker")
        self.template_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(16)
        template_label = QLabel(self.tr("Te&mplat:"))
        template_label.setBuddy(self.template_box)
        self.apply_button = QPushButton(self.tr("&Terapkan"))
        self.apply_button.setObjectName("templateApply")
        templates = QHBoxLayout()
        templates.addWidget(template_label)
        templates.addWidget(self.template_box, 1)
        templates.addWidget(self.apply_button)

        self.text = PlainTextEdit()
        self.text.setObjectName("followUpText")
        self.text.setPlaceholderText(self.tr("Tulis tindak lanjut untuk pelapor…"))
        self.text.setAccessibleName(self.tr("Teks tindak lanjut"))
        self.text.setMinimumHeight(140)
        self.save_label = QLabel()
        self.save_label.setObjectName("autosaveLabel")
        theme.themed(self.save_label, "QLabel {{ color: {note_text}; }}")
        self.notice = plain_label()  # may carry a server's message
        self.notice.setObjectName("editorNotice")
        self.notice.setWordWrap(True)
        theme.themed(self.notice, "QLabel {{ color: {error_text}; }}")
        self.notice.hide()

        self.checklist = ChecklistWidget()
        check_group = QGroupBox(self.tr("Kelengkapan tindak lanjut"))
        QVBoxLayout(check_group).addWidget(self.checklist)
        self.attachments = AttachmentList(self._tasks, self._service.cache_dir)
        self.evidence_panel = EvidencePanel()
        attach_group = QGroupBox(self.tr("Lampiran bukti"))
        attach_layout = QVBoxLayout(attach_group)
        attach_layout.addWidget(self.attachments)
        attach_layout.addWidget(self.evidence_panel)

        self.propose_close = QCheckBox(self.tr("&Usulkan selesai"))
        self.propose_close.setObjectName("proposeClose")
        self.propose_close.setToolTip(self.tr("Usulkan agar laporan ditutup setelah tindak "
                                              "lanjut ini diterima."))
        self.send_button = QPushButton(self.tr("&Kirim"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setToolTip(self.tr("Kirim tindak lanjut (Ctrl+Enter)"))
        self.send_button.setDefault(True)
        send_row = QHBoxLayout()
        send_row.addWidget(self.propose_close)
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)

        self.other_actions = OtherActionsBar(self._tasks, self._bench, self._hub, self._errors)
        # Short names kept for the tests and the shortcut overview.
        self.note_button = self.other_actions.note_button
        self.bw_button = self.other_actions.bw_button
        self.ack_button = self.other_actions.ack_button

        # Scrolls instead of squeezing: on a 768-line laptop screen the checklist, the evidence
        # list and what the photo said do not all fit at their natural height.
        body = QWidget()
        scroll = QScrollArea()
        scroll.setObjectName("editorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(head)
        layout.addLayout(templates)
        # Sign-off (issue 15): the official's comment sits beside the draft it is about.
        self.signoff_panel = SignoffPanel(self._bench, self._hub, self._errors)
        text_row = QHBoxLayout()
        text_row.addWidget(self.text, 3)
        text_row.addWidget(self.signoff_panel, 2)
        layout.addLayout(text_row, 1)
        layout.addWidget(self.save_label)
        layout.addWidget(self.notice)
        layout.addWidget(check_group)
        layout.addWidget(attach_group)
        layout.addLayout(send_row)
        layout.addWidget(self.other_actions)
        # Never narrower than the content (nothing may hide behind the right edge).
        scroll.setMinimumWidth(body.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())

    def _connect(self) -> None:
        self.text.textChanged.connect(self._text_changed)
        self.propose_close.toggled.connect(self._text_changed)
        self.attachments.changed.connect(self._text_changed)
        self.attachments.selected.connect(self.evidence_panel.show_evidence)
        self.evidence_panel.caption_requested.connect(self._insert_caption)
        self.apply_button.clicked.connect(self.apply_template)
        self.send_button.clicked.connect(self.send)
        self.signoff_panel.required_changed.connect(self._set_signoff_required)
        self.signoff_panel.reopened.connect(self._reload_draft)
        self.other_actions.queued.connect(self.queued)
        self.other_actions.message.connect(self.message)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        send = QShortcut(self)
        send.setKeys([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        send.setContext(context)
        send.activated.connect(self.send)
        send.setWhatsThis(self.tr("Kirim tindak lanjut"))
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_now,
                         context=context)
        save.setWhatsThis(self.tr("Simpan draf sekarang"))

    # --- public -----------------------------------------------------------------------------

    def complaint(self) -> Complaint | None:
        """The complaint the editor writes for."""
        return self._complaint

    def is_read_only(self) -> bool:
        """True when nothing can be written (queued, status forbids, or no complaint)."""
        return self._read_only

    def set_complaint(self, complaint: Complaint | None) -> None:
        """Show ``complaint``'s draft (saving the previous one first); None empties the editor.

        The same complaint again (after a sync) only updates its status, so typing goes on.
        """
        if (complaint is not None and self._complaint is not None
                and complaint.id == self._complaint.id and self._data is not None):
            self._complaint = complaint
            self.signoff_panel.set_complaint(complaint.id)  # returned or approved since?
            if self._locked and self._data.draft is not None:
                self._load(complaint.id)  # queued before: maybe accepted or refused now
            else:
                self._apply_permissions()
            return
        self.save_now()
        self._complaint = complaint
        self._data = None
        self._set_text("")
        self.attachments.clear()
        self._hide_notice()
        self.save_label.clear()
        if complaint is None:
            self.signoff_panel.set_complaint(None)
            self.title.setText(self.tr("Pilih laporan untuk menulis tindak lanjut."))
            self.state_label.hide()
            self._apply_permissions()
            return
        self.title.setText(self.tr("Tindak lanjut #{id}").format(id=complaint.tracking_id))
        self._locked = False
        self._apply_permissions()  # read-only until the draft is loaded
        self._load(complaint.id)
        self.signoff_panel.set_complaint(complaint.id)

    def save_now(self) -> None:
        """Write pending changes now (Ctrl+S; also before switching complaints)."""
        self._timer.stop()
        if not self._dirty or self._complaint is None or self._read_only:
            return
        self._dirty = False
        complaint_id = self._complaint.id
        payload = {"text": self.text.toPlainText(), "propose_close": self.propose_close.isChecked(),
                   "attachment_paths": self.attachments.originals(),
                   "attachment_redactions": self.attachments.redactions()}
        self._hub.run(lambda: self._bench.save_draft(complaint_id, payload),
                      on_done=lambda result: self._saved(complaint_id, result),
                      on_error=self._save_failed)

    def apply_template(self) -> None:
        """Replace the text with the chosen template, filled for this complaint (undoable)."""
        if self._data is None or self._read_only or self.template_box.currentIndex() < 0:
            return
        template = self._data.templates[self.template_box.currentIndex()]
        text = render_template(template, self._data.complaint, self._data.names, self._data.today)
        ask = self.tr("Ganti teks yang sudah ditulis dengan templat \"{title}\"?").format(
            title=template.title)
        if self.text.toPlainText().strip() and not question(self, self.tr("Terapkan templat"), ask):
            return
        cursor = self.text.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.text.setFocus()

    def send(self) -> None:
        """Queue the follow-up (after a warning if the checklist misses elements)."""
        if self._complaint is None or self._read_only or not self.send_button.isEnabled():
            return
        if self.attachments.pending:
            self._show_notice(self.tr("Tunggu sebentar: lampiran masih diperiksa."))
            return
        blocking = self.checklist.blocking_labels()
        if blocking:
            # The server would refuse it: no "send anyway" for a send that cannot succeed.
            self._show_notice(self.tr("Belum dapat dikirim: {rules}.").format(
                rules="; ".join(blocking)), clears_when_sendable=True)
            self.text.setFocus()
            return
        missing = self.checklist.missing_labels()
        if missing and not self._confirm_incomplete(missing):
            return
        self._timer.stop()
        self._dirty = False
        complaint_id = self._complaint.id
        text, paths = self.text.toPlainText(), self.attachments.prepared()
        propose = self.propose_close.isChecked()
        self._locked = True
        self._apply_permissions()
        drafts = self._bench.drafts
        self._hub.run(lambda: self._bench.signoff.send(complaint_id, text, paths, propose,
                                                       drafts=drafts),
                      on_done=lambda op_id: self._sent(complaint_id, op_id),
                      on_error=self._send_failed)

    # --- behaviour --------------------------------------------------------------------------

    def _set_signoff_required(self, required: bool) -> None:
        self.send_button.setText(self.tr("Kirim untuk &persetujuan") if required
                                 else self.tr("&Kirim"))

    def _reload_draft(self) -> None:
        if self._complaint is not None:
            self._data = None  # take the reopened draft's text
            self._load(self._complaint.id)

    def _load(self, complaint_id: int) -> None:
        self._tasks.db(lambda: self._service.load(complaint_id),
                       on_done=self._loaded, on_error=self._errors.handle)

    def _loaded(self, data: EditorData) -> None:
        if self._complaint is None or data.complaint.id != self._complaint.id:
            return  # the officer moved on
        # The text is taken from the store on the first load, or when nothing could have been
        # typed since (the draft was queued); never over keystrokes not yet saved.
        replace = self._data is None or self._locked
        was_queued = self._locked and self._data is not None and self._data.draft is not None
        self._data = data
        self._complaint = data.complaint
        if self.template_box.count() != len(data.templates):
            self.template_box.clear()
            for template in data.templates:
                # The name in the UI language (the text stays Indonesian: the reporter reads it).
                self.template_box.addItem(tr("Template", template.title))
        draft = data.draft
        payload = draft.payload if draft is not None else {}
        if replace:
            self._set_text(str(payload.get("text", "")))
            self._loading = True
            self.propose_close.setChecked(bool(payload.get("propose_close", False)))
            self._loading = False
            self.attachments.clear()
            if payload.get("attachment_paths"):
                self.attachments.add_files([str(p) for p in payload["attachment_paths"]],
                                           payload.get("attachment_redactions") or {})
        if draft is not None:
            self.save_label.setText(self._saved_text(draft.updated_at))
        else:
            self.save_label.clear()  # the last draft went out; nothing new is saved yet
        self._locked = draft is not None and draft.state is DraftState.QUEUED
        self._apply_permissions()
        last = data.last_follow_up
        if was_queued and draft is None and last is not None \
                and last.state is OutboxState.ACCEPTED:
            self.message.emit(self.tr("Tindak lanjut #{id} diterima server (No. {receipt}).")
                              .format(id=data.complaint.tracking_id,
                                      receipt=last.receipt_number or "–"))
        if draft is not None and draft.state is DraftState.NEEDS_ATTENTION:
            self._show_notice(self.tr("Perlu perhatian: {reason}").format(
                reason=draft.attention_reason or ""))

    def _apply_permissions(self) -> None:
        complaint = self._complaint
        allowed = allowed_actions(complaint.status) if complaint else frozenset()
        can_write = (self._data is not None and not self._locked
                     and ActionKind.FOLLOW_UP in allowed)
        self._set_read_only(not can_write)
        self.other_actions.set_complaint(complaint, allowed)
        self.state_label.show_state(complaint, self._data, locked=self._locked, allowed=allowed)

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.text.setReadOnly(read_only)
        for widget in (self.template_box, self.apply_button, self.send_button,
                       self.propose_close):
            widget.setEnabled(not read_only)
        self.attachments.set_read_only(read_only)
        self.evidence_panel.caption_row.setEnabled(not read_only)

    def _set_text(self, text: str) -> None:
        self._loading = True
        self.text.setPlainText(text)
        self._loading = False
        self._update_checklist()

    def _text_changed(self) -> None:
        self._update_checklist()
        if self._notice_until_sendable and self.checklist.report.can_send:
            self._hide_notice()
        if self._loading or self._read_only:
            return
        self._dirty = True
        self._timer.start()

    def _update_checklist(self) -> None:
        self.checklist.update_text(self.text.toPlainText(),
                                   tracking_id=self._complaint.tracking_id if self._complaint
                                   else "", attachments_count=self.attachments.count())

    def _saved(self, complaint_id: int, result: SaveResult) -> None:
        if self._complaint is not None and self._complaint.id == complaint_id:
            self.save_label.setText(self._saved_text(result.saved_at))
            if self._data is not None and self._data.draft is None:
                self._load(complaint_id)  # the first save created the draft
        self.saved.emit(result.draft_id, result.version)

    def _saved_text(self, at: dt.datetime) -> str:
        # The agency's zone, labelled, like every other time on screen (not the PC's clock).
        tz = self._data.time_zone if self._data is not None else TimeZone.WIB
        return self.tr("Tersimpan otomatis {time}").format(time=format_time(at, tz))

    def _save_failed(self, error: BaseException) -> None:
        self._dirty = True  # keep trying on the next keystroke or Ctrl+S
        self._errors.handle(error)

    def _confirm_incomplete(self, missing: list[str]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Tindak lanjut belum lengkap"),
                          self.tr("Tindak lanjut ini belum menyebutkan:"), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("incompleteWarning")
        box.setInformativeText("\n".join(f"• {label}" for label in missing))
        send_anyway = box.addButton(self.tr("Kirim &tetap"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Kembali"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is send_anyway

    def _sent(self, complaint_id: int, op_id: str) -> None:
        self.queued.emit(op_id)
        self.message.emit(self.tr("Tindak lanjut masuk antrean kirim."))
        if self._complaint is not None and self._complaint.id == complaint_id:
            self._load(complaint_id)

    def _send_failed(self, error: BaseException) -> None:
        self._locked = False
        self._apply_permissions()
        if isinstance(error, KnownError):
            self._show_notice(str(error), clears_when_sendable=True)
        self._errors.handle(error)

    def _insert_caption(self, caption: str) -> None:
        """Add the photo's time and place as a visible line at the end (undoable)."""
        if self._read_only:
            return
        cursor = self.text.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        existing = self.text.toPlainText()
        cursor.insertText(("\n" if existing and not existing.endswith("\n") else "") + caption + ".")
        self.text.setTextCursor(cursor)

    def _show_notice(self, text: str, *, clears_when_sendable: bool = False) -> None:
        self.notice.setText(text)
        self.notice.show()
        self._notice_until_sendable = clears_when_sendable

    def _hide_notice(self) -> None:
        self.notice.hide()
        self._notice_until_sendable = False
