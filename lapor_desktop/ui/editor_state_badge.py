"""The small badge beside the editor's title: draft, queued, delivered or not writable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from lapor_desktop.core.models import ActionKind, Complaint
from lapor_desktop.store import OutboxState
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.workbench.drafts import EditorData


class EditorStateBadge(QLabel):
    """Says where the follow-up of the shown complaint stands, in words (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorState")
        self.setTextFormat(Qt.TextFormat.PlainText)  # carries the server's receipt number
        # "Terkirim <date time> · No. <receipt>" is long: on a narrow pane (1366x768) it wraps
        # rather than widening the editor past the splitter.
        self.setWordWrap(True)
        theme.themed(self, "QLabel {{ background: {amber_fill}; color: {amber_text};"
                           " border: 1px solid {amber_border}; border-radius: 3px; padding: 1px 6px; }}")

    def show_state(self, complaint: Complaint | None, data: EditorData | None, *, locked: bool,
                   allowed: frozenset[ActionKind]) -> None:
        """Show the state for ``complaint`` (hidden when there is none)."""
        last = data.last_follow_up if data is not None else None
        if locked:
            self.setText(self.tr("Dalam antrean kirim"))
        elif (last is not None and last.state is OutboxState.ACCEPTED
              and data is not None and data.draft is None):
            # Delivered: say so (with the server's receipt) above the empty text for the next one.
            self.setText(self.tr("Terkirim {time} · No. {receipt}").format(
                time=format_datetime(last.accepted_at, data.time_zone),
                receipt=last.receipt_number or "–"))
        elif complaint is not None and ActionKind.FOLLOW_UP not in allowed:
            self.setText(self.tr("Tidak dapat ditindaklanjuti"))
        else:
            self.setText(self.tr("Draf"))
        self.setVisible(complaint is not None)
