"""The context menu of an attachment list: preview, save as, or open with the system's viewer
(which is never the default: a double click or Enter shows the built-in preview)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QTreeWidget

from lapor_desktop.ui.i18n import tr

_CTX = "AttachmentMenu"


def actions() -> tuple[tuple[str, str], ...]:
    """The actions, in menu order: (action id, translated label)."""
    return (("preview", tr(_CTX, "&Pratinjau")), ("save", tr(_CTX, "Simpan &sebagai…")),
            ("external", tr(_CTX, "Buka dengan &aplikasi lain")))


def attachment_menu(tree: QTreeWidget, sha_role: int,
                    on_action: Callable[[str, str], None]) -> None:
    """Give ``tree`` a context menu (right click, the Menu key, Shift+F10) whose actions call
    ``on_action(sha256, action)`` for the item under it."""
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        item = tree.itemAt(pos) or tree.currentItem()
        if item is None:
            return
        sha = item.data(0, sha_role)
        menu = QMenu(tree)
        menu.setObjectName("attachmentMenu")
        for action_id, label in actions():
            action = menu.addAction(label)
            action.setData(action_id)
        chosen = menu.exec(tree.viewport().mapToGlobal(pos))
        if chosen is not None:
            on_action(sha, chosen.data())

    tree.customContextMenuRequested.connect(show)
