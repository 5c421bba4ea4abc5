"""Issue 21, accessibility: every control of the main window has a name a screen reader can say:
its own text, an accessible name, or a label that is its buddy."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.conftest import officer_window, sync_from_status_bar

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _unnamed(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if type(widget).__name__.startswith("Q") and widget.parent() is not None and \
                isinstance(widget.parent(), (QComboBox, QAbstractItemView)):
            continue  # a combo's line edit or a view's own viewport parts
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


@pytest.fixture
def window(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(1)
        sync_from_status_bar(qtbot, win)
        win.table.selectRow(0)
        win.tabs.setCurrentWidget(win.editor)
        qtbot.waitUntil(lambda: not win.editor.is_read_only())
        win.show_ledger()
        yield win


def test_every_control_has_an_accessible_name(window):
    missing = _unnamed(window)
    assert not missing, ", ".join(missing)
