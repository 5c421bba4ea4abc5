"""Issue 21, accessibility: reaching the follow-up by keyboard alone. Find a complaint (Ctrl+F,
type, Enter goes to the result) and start writing (Ctrl+T puts the cursor in the editor); every
key goes to whatever has the focus. (Sending is Ctrl+Enter, tested in test_followup_editor.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import officer_window, sync_from_status_bar

CTRL = Qt.KeyboardModifier.ControlModifier


def _keys(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_find_and_start_writing_by_keyboard_alone(qtbot, tmp_path, world):
    proxy, server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        server.dispose(3)
        sync_from_status_bar(qtbot, win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        win.table.setFocus()
        tracking = win.model.item(1).row.tracking_id

        _keys(qtbot, Qt.Key.Key_F, CTRL)  # find
        assert QApplication.focusWidget() is win.filters.search
        qtbot.keyClicks(QApplication.focusWidget(), tracking)
        qtbot.waitUntil(lambda: win.model.rowCount() == 1)
        _keys(qtbot, Qt.Key.Key_Return)  # to the result, selected
        assert QApplication.focusWidget() is win.table
        qtbot.waitUntil(lambda: win.editor.complaint() is not None
                        and win.editor.complaint().tracking_id == tracking)

        _keys(qtbot, Qt.Key.Key_T, CTRL)  # write the follow-up
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.editor.text
                        and not win.editor.is_read_only())
        qtbot.keyClicks(QApplication.focusWidget(), "Tim sudah ke lokasi")
        assert win.editor.text.toPlainText() == "Tim sudah ke lokasi"
