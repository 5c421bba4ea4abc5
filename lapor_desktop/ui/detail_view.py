"""The complaint detail pane: everything the officer needs to read before writing a follow-up.

Every text that came from the server (title, body, history, reporter, file names) is shown as plain
text: a citizen's report is untrusted input, and Qt labels would otherwise guess it is rich text and
render ``<img src=...>`` (which can even fetch files). Dates are shown in the agency's time zone when
one is given, else in the computer's local time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.models import Attachment, Complaint, TimeZone
from lapor_desktop.core.status import STATUS_LABELS
from lapor_desktop.protocol import sanitize_filename
from lapor_desktop.ui import theme
from lapor_desktop.ui.attachment_menu import attachment_menu
from lapor_desktop.ui.formatting import (
    channel_label,
    classification_label,
    event_kind_label,
    format_datetime,
    format_size,
)
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.reporter_complaints import ReporterComplaint, ReporterComplaints

_CTX = "ComplaintDetail"
_SHA_ROLE = Qt.ItemDataRole.UserRole

# Chip colours: dark text on light fills stays readable in light themes and offscreen.
_CHIP_STYLE = ("QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border};"
               " border-radius: 9px; padding: 2px 10px; font-weight: bold; }}")
_CHIP_COLOURS = {
    "status": ("blue_fill", "blue_text", "blue_border"),
    "local": ("amber_fill", "amber_text", "amber_border"),
    "anonim": ("grey_fill", "grey_text", "grey_border"),
    "rahasia": ("red_fill", "red_text", "red_border"),
}


# Secondary text: grey enough to read as a note, dark enough to stay readable (not "disabled").
_NOTE_STYLE = "QLabel {{ color: {note_text}; font-style: italic; }}"


def _plain_label(text: str = "", *, name: str | None = None, wrap: bool = True) -> QLabel:
    # PlainText is forced, never AutoText: server data must not be parsed as HTML.
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if name:
        label.setObjectName(name)
    return label


def _chip(text: str, kind: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    bg, fg, border = _CHIP_COLOURS[kind]
    theme.themed(label, _CHIP_STYLE.replace("{bg}", "{" + bg + "}").replace("{fg}", "{" + fg + "}")
                 .replace("{border}", "{" + border + "}"))
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class ComplaintDetail(QWidget):
    """Read-only view of one complaint: facts, deadlines, reporter, body, history, attachments.

    ``time_zone`` is the agency's zone for showing dates (None: the computer's local time).
    """

    #: The officer opened an attachment (double-click or Enter): its SHA-256.
    attachment_activated = Signal(str)
    #: An action from an attachment's context menu: (SHA-256, "preview" | "save" | "external").
    attachment_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, time_zone: TimeZone | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintDetail")
        self._tz = time_zone
        self._complaint: Complaint | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget()
        outer.addWidget(self._stack)

        self.empty_label = QLabel(self.tr("Pilih laporan dari antrean untuk melihat rinciannya"))
        self.empty_label.setObjectName("detailEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        theme.themed(self.empty_label, _NOTE_STYLE)
        self._stack.addWidget(self.empty_label)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("detailScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._stack.addWidget(self.scroll)
        self._build_content()
        self._stack.setCurrentWidget(self.empty_label)

    # --- construction -------------------------------------------------------------------------

    def _build_content(self) -> None:
        content = QWidget()
        content.setObjectName("detailContent")
        self.scroll.setWidget(content)
        lay = QVBoxLayout(content)
        lay.setContentsMargins(16, 12, 16, 16)
        lay.setSpacing(6)

        header = QHBoxLayout()
        header.setSpacing(8)
        self.tracking_label = _plain_label(name="detailTrackingId", wrap=False)
        font = self.tracking_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.tracking_label.setFont(font)
        header.addWidget(self.tracking_label)
        self.status_chip = _chip("", "status", "detailStatus")
        self.local_chip = _chip("", "local", "detailLocalState")
        self.anonim_chip = _chip(self.tr("Anonim"), "anonim", "badgeAnonim")
        self.rahasia_chip = _chip(self.tr("Rahasia"), "rahasia", "badgeRahasia")
        for chip in (self.status_chip, self.local_chip, self.anonim_chip, self.rahasia_chip):
            header.addWidget(chip)
        header.addStretch(1)
        lay.addLayout(header)

        self.title_label = _plain_label(name="detailTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        lay.addWidget(self.title_label)
        # What the predecessor wrote for the successor (serah terima); hidden when none.
        self.handover_label = _plain_label(name="detailHandoverNote")
        theme.themed(self.handover_label,
            "QLabel#detailHandoverNote {{ background: {handover_fill};"
            " border: 1px solid {handover_border}; border-radius: 4px; padding: 6px; }}")
        self.handover_label.hide()
        lay.addWidget(self.handover_label)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.setHorizontalSpacing(16)
        self.classification_label = _plain_label(name="detailClassification")
        self.category_label = _plain_label(name="detailCategory")
        self.location_label = _plain_label(name="detailLocation")
        self.channel_label = _plain_label(name="detailChannel")
        self.submitted_label = _plain_label(name="detailSubmitted")
        self.disposed_label = _plain_label(name="detailDisposed")
        facts.addRow(self.tr("Klasifikasi:"), self.classification_label)
        facts.addRow(self.tr("Kategori:"), self.category_label)
        facts.addRow(self.tr("Lokasi:"), self.location_label)
        facts.addRow(self.tr("Kanal:"), self.channel_label)
        facts.addRow(self.tr("Dikirim:"), self.submitted_label)
        facts.addRow(self.tr("Didisposisikan:"), self.disposed_label)
        lay.addLayout(facts)

        lay.addWidget(_heading(self.tr("Tenggat")))
        self.deadlines = QFormLayout()
        self.deadlines.setHorizontalSpacing(16)
        self.first_due_label = _plain_label(name="detailFirstDue")
        self.completion_due_label = _plain_label(name="detailCompletionDue")
        self.auto_close_label = _plain_label(name="detailAutoCloseDue")
        self.deadlines.addRow(self.tr("Tindak lanjut pertama:"), self.first_due_label)
        self.deadlines.addRow(self.tr("Penyelesaian:"), self.completion_due_label)
        self.deadlines.addRow(self.tr("Tutup otomatis:"), self.auto_close_label)
        self.countdown_label = _plain_label(name="detailCountdown")
        font = self.countdown_label.font()
        font.setBold(True)
        self.countdown_label.setFont(font)
        self.deadlines.addRow(self.tr("Sisa waktu:"), self.countdown_label)
        lay.addLayout(self.deadlines)
        self.sync_note = _plain_label(
            self.tr("Tenggat ditetapkan server; sisa waktu dihitung per sinkronisasi terakhir."),
            name="detailSyncNote")
        theme.themed(self.sync_note, _NOTE_STYLE)
        lay.addWidget(self.sync_note)

        lay.addWidget(_heading(self.tr("Pelapor")))
        self.reporter_box = QWidget()
        self.reporter_box.setObjectName("detailReporter")
        reporter_form = QFormLayout(self.reporter_box)
        reporter_form.setContentsMargins(0, 0, 0, 0)
        reporter_form.setHorizontalSpacing(16)
        self.reporter_name = _plain_label(name="reporterName")
        self.reporter_phone = _plain_label(name="reporterPhone")
        self.reporter_email = _plain_label(name="reporterEmail")
        reporter_form.addRow(self.tr("Nama:"), self.reporter_name)
        reporter_form.addRow(self.tr("Telepon:"), self.reporter_phone)
        reporter_form.addRow(self.tr("Surel:"), self.reporter_email)
        lay.addWidget(self.reporter_box)
        self.reporter_hidden = _plain_label(name="reporterHidden")
        lay.addWidget(self.reporter_hidden)
        self.other_complaints = ReporterComplaints()  # the reporter's other complaints
        lay.addWidget(self.other_complaints)

        lay.addWidget(_heading(self.tr("Isi laporan")))
        self.body_label = _plain_label(name="detailBody")
        self.body_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.body_label.setMargin(8)
        self.body_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.body_label)

        lay.addWidget(_heading(self.tr("Riwayat")))
        self.timeline = QWidget()
        self.timeline.setObjectName("detailTimeline")
        self._timeline_layout = QVBoxLayout(self.timeline)
        self._timeline_layout.setContentsMargins(0, 0, 0, 0)
        self._timeline_layout.setSpacing(6)
        lay.addWidget(self.timeline)

        self.attachments_heading = _heading(self.tr("Lampiran"))
        lay.addWidget(self.attachments_heading)
        self.attachments = QTreeWidget()
        self.attachments.setObjectName("detailAttachments")
        self.attachments.setHeaderLabels([self.tr("Nama berkas"), self.tr("Ukuran"), self.tr("Jenis")])
        self.attachments.setRootIsDecorated(False)
        # Default rows are tight for a list people double-click; give each a little air.
        self.attachments.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.attachments.setUniformRowHeights(True)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attachments.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachments.header().setStretchLastSection(False)
        self.attachments.setToolTip(self.tr("Klik dua kali atau tekan Enter untuk membuka lampiran"))
        # activated covers both double-click and Enter, whatever the platform's style says.
        self.attachments.itemActivated.connect(self._on_attachment_activated)
        attachment_menu(self.attachments, _SHA_ROLE, self.attachment_requested.emit)
        lay.addWidget(self.attachments)
        self.no_attachments = _plain_label(self.tr("Tidak ada lampiran."), name="detailNoAttachments")
        theme.themed(self.no_attachments, _NOTE_STYLE)
        lay.addWidget(self.no_attachments)
        # Filled by the window with the "Laporan serupa" panel (it needs the workbench).
        self.related_heading = _heading(self.tr("Laporan serupa dan terkait"))
        lay.addWidget(self.related_heading)
        self.related_slot = QVBoxLayout()
        lay.addLayout(self.related_slot)
        lay.addStretch(1)
        self._align_forms(facts, self.deadlines, reporter_form)

    @staticmethod
    def _align_forms(*forms: QFormLayout) -> None:
        # Three separate forms would each size their own label column; one width reads as a table.
        labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                  for form in forms for row in range(form.rowCount())]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # --- public API ---------------------------------------------------------------------------

    def complaint(self) -> Complaint | None:
        """The complaint on show, or None for the empty state."""
        return self._complaint

    def set_time_zone(self, time_zone: TimeZone | None) -> None:
        """Show dates in ``time_zone`` (the agency's) from the next :meth:`show_complaint`."""
        self._tz = time_zone

    def show_complaint(self, complaint: Complaint | None, *, countdown_text: str = "",
                       local_state_text: str = "", handover_note: str = "",
                       other_complaints: Sequence[ReporterComplaint] = ()) -> None:
        """Show ``complaint`` (None: the empty state).

        ``countdown_text`` is the countdown already computed by the caller (e.g. "sisa 3 hari
        kerja"); ``local_state_text`` names unsent local work (e.g. "Draf"), shown apart from the
        server status so the two are never confused.
        """
        self._complaint = complaint
        self.other_complaints.set_complaints(other_complaints if complaint is not None else ())
        if complaint is None:
            self._stack.setCurrentWidget(self.empty_label)
            return
        c = complaint
        tid = c.tracking_id if c.tracking_id.startswith("#") else f"#{c.tracking_id}"
        self.tracking_label.setText(tid)
        self.status_chip.setText(tr("Status", STATUS_LABELS[c.status]))
        self.local_chip.setText(local_state_text)
        self.local_chip.setVisible(bool(local_state_text))
        self.anonim_chip.setVisible(c.anonim)
        self.rahasia_chip.setVisible(c.rahasia)
        self.title_label.setText(c.title)
        self.handover_label.setText(self.tr("Catatan serah terima: {note}").format(
            note=handover_note))
        self.handover_label.setVisible(bool(handover_note))
        self.classification_label.setText(classification_label(c.classification))
        self.category_label.setText(" / ".join(p for p in (c.category, c.subcategory) if p) or "–")
        self.location_label.setText(c.location or "–")
        self.channel_label.setText(channel_label(c.channel))
        self.submitted_label.setText(format_datetime(c.submitted_at, self._tz))
        self.disposed_label.setText(format_datetime(c.disposed_at, self._tz))

        self.first_due_label.setText(format_datetime(c.first_response_due, self._tz))
        self.completion_due_label.setText(format_datetime(c.completion_due, self._tz))
        self.auto_close_label.setText(format_datetime(c.auto_close_due, self._tz))
        self.deadlines.setRowVisible(self.auto_close_label, c.auto_close_due is not None)
        self.countdown_label.setText(countdown_text)
        self.deadlines.setRowVisible(self.countdown_label, bool(countdown_text))

        self._show_reporter(c)
        self.body_label.setText(c.body)
        self._fill_timeline(c)
        self._fill_attachments(c)
        self._stack.setCurrentWidget(self.scroll)
        self.scroll.verticalScrollBar().setValue(0)

    # --- helpers ------------------------------------------------------------------------------

    def _show_reporter(self, c: Complaint) -> None:
        reporter = c.reporter
        self.reporter_box.setVisible(reporter is not None)
        self.reporter_hidden.setVisible(reporter is None)
        if reporter is None:
            # Clear stale fields so no identity from a previous complaint lingers in the widget.
            for label in (self.reporter_name, self.reporter_phone, self.reporter_email):
                label.clear()
            self.reporter_hidden.setText(self.tr("Identitas pelapor dirahasiakan") if c.anonim
                                         else self.tr("Identitas pelapor tidak tersedia"))
            return
        self.reporter_name.setText(reporter.name)
        self.reporter_phone.setText(reporter.phone or "–")
        self.reporter_email.setText(reporter.email or "–")

    def _fill_timeline(self, c: Complaint) -> None:
        while (item := self._timeline_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if not c.events:
            self._timeline_layout.addWidget(_plain_label(self.tr("Belum ada riwayat.")))
            return
        for index, event in enumerate(c.events):
            card = QFrame()
            card.setObjectName(f"timelineEvent{index}")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card_lay = QVBoxLayout(card)
            card_lay.setContentsMargins(10, 6, 10, 6)
            card_lay.setSpacing(2)
            head = _plain_label(
                f"{format_datetime(event.at, self._tz)} · {event.actor} · "
                f"{event_kind_label(event.kind)}", name="timelineHeader")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            card_lay.addWidget(head)
            if event.text:
                card_lay.addWidget(_plain_label(event.text, name="timelineText"))
            if event.attachments:
                names = ", ".join(sanitize_filename(a.filename) for a in event.attachments)
                card_lay.addWidget(_plain_label(self.tr("Lampiran: {names}").format(names=names)))
            self._timeline_layout.addWidget(card)

    def _fill_attachments(self, c: Complaint) -> None:
        # The complaint's own files first, then evidence attached to history events.
        seen: dict[str, Attachment] = {}
        for attachment in (*c.attachments, *(a for e in c.events for a in e.attachments)):
            seen.setdefault(attachment.sha256, attachment)
        self.attachments.clear()
        for attachment in seen.values():
            # (names stored before cleaning-on-receipt existed are cleaned here too)
            item = QTreeWidgetItem([sanitize_filename(attachment.filename),
                                    format_size(attachment.size),
                                    attachment.mime_type])
            item.setData(0, _SHA_ROLE, attachment.sha256)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachments.addTopLevelItem(item)
        has_files = bool(seen)
        self.attachments.setVisible(has_files)
        self.no_attachments.setVisible(not has_files)
        if has_files:
            for column in (1, 2):
                self.attachments.resizeColumnToContents(column)
            # Size the list to its rows: the whole pane scrolls, a nested scroll bar would not.
            rows = self.attachments.sizeHintForRow(0) * len(seen)
            frame = 2 * self.attachments.frameWidth()
            self.attachments.setFixedHeight(rows + self.attachments.header().sizeHint().height()
                                            + frame + 2)
            self.attachments.setCurrentItem(self.attachments.topLevelItem(0))

    def _on_attachment_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.attachment_activated.emit(item.data(0, _SHA_ROLE))
