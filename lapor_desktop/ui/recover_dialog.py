""""Pulihkan draf?": offered at start-up when unsent drafts with text survived the last run.

Restoring opens the chosen complaint's follow-up with the saved text; declining keeps every
draft as it is (nothing is ever deleted silently).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.workbench.drafts import RecoverableDraft


class RecoverDraftsDialog(QDialog):
    """Lists unsent drafts (tracking id, first line, saved time); *Pulihkan* opens one."""

    def __init__(self, drafts: list[RecoverableDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoverDraftsDialog")
        self.setWindowTitle(self.tr("Pulihkan draf?"))
        self.resize(560, 320)
        intro = QLabel(self.tr("Ada draf tindak lanjut yang belum dikirim. Pilih satu untuk "
                               "melanjutkannya; draf lain tetap tersimpan."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("recoverList")
        for draft in drafts:
            item = QListWidgetItem(self.tr("#{id} — {line}\nTersimpan {time}").format(
                id=draft.tracking_id, line=draft.first_line,
                time=format_datetime(draft.saved_at)))
            item.setData(Qt.ItemDataRole.UserRole, draft.complaint_id)
            item.setToolTip(tooltip(draft.complaint_title))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Pulihkan"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("&Nanti saja"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen_complaint(self) -> int | None:
        """The complaint of the selected draft."""
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
