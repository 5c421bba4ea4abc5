"""The shortcut overview (Ctrl+/): every keyboard shortcut of the window, as the officer sees it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_entries(owner: QWidget) -> list[tuple[str, str]]:
    """(what it does, key) for every QAction and QShortcut under ``owner``, sorted by name.

    Keys are shown in the platform's native text ("Ctrl+K"); mnemonics are stripped from names.
    """
    entries: list[tuple[str, str]] = []
    for action in owner.findChildren(QAction):
        for keys in action.shortcuts():
            entries.append((action.text().replace("&", ""), _native(keys)))
    for shortcut in owner.findChildren(QShortcut):
        what = shortcut.whatsThis() or shortcut.objectName()
        for keys in shortcut.keys():  # noqa: SIM118 - a QShortcut, not a dict
            entries.append((what, _native(keys)))
    return sorted(set(entries), key=lambda e: (e[0].casefold(), e[1]))


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """A read-only table of :func:`shortcut_entries` (Help > Pintasan papan ketik)."""

    def __init__(self, entries: Iterable[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        rows = list(entries)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Daftar pintasan papan ketik"))
        self.table.setHorizontalHeaderLabels([self.tr("Perintah"), self.tr("Tombol")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def entries(self) -> list[tuple[str, str]]:
        """The rows shown, (what, keys)."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
