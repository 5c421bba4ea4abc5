"""Issue 21, accessibility: reaching the follow-up by keyboard alone. Find a complaint (Ctrl+F,
type, Enter goes to the result) and start writing (Ctrl+T puts the cursor in the editor); every
key goes to whatever has the focus. The whole day's flow, through "Kirim tetap" and the Kotak
Keluar, is the second test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import officer_window, sync_from_status_bar

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


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


def _answer_modal(qtbot, kind, keys) -> list:
    """When the next modal dialog of ``kind`` is up, type ``keys`` into it (only the keyboard:
    each is (key or text, modifier)); returns a list that holds the dialog's title once done."""
    from PySide6.QtCore import QTimer

    seen: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        if focus is None or not dialog.isAncestorOf(focus):
            dialog.activateWindow()  # what the window manager does for a new dialog
            QTimer.singleShot(20, poll)  # until it has the keyboard focus
            return
        seen.append(dialog.windowTitle())
        for number, (key, modifier) in enumerate(keys, 1):
            target = QApplication.focusWidget() or dialog
            if isinstance(key, str):
                qtbot.keyClicks(target, key)
            elif number == len(keys):
                # The last key closes the dialog on its press; its release belongs to whatever
                # has the focus afterwards (a click would send it to the closed dialog).
                qtbot.keyPress(target, key, modifier)
            else:
                qtbot.keyClick(target, key, modifier)

    QTimer.singleShot(20, poll)
    return seen


@pytest.mark.timeout(120)
def test_the_whole_follow_up_by_keyboard_alone(qtbot, tmp_path, world):
    """Find, read, write and attach (typing the path in the file dialog): no mouse anywhere."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    photo = tmp_path / "foto-lokasi.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    assert image.save(str(photo))
    proxy, server = world
    # The Qt file dialog (not the platform's) so its fields take keys here as on any desktop.
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    try:
        with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
            server.dispose(2)
            sync_from_status_bar(qtbot, win)
            win.activateWindow()
            qtbot.waitUntil(win.isActiveWindow)
            win.table.setFocus()
            tracking = win.model.item(0).row.tracking_id

            _keys(qtbot, Qt.Key.Key_F, CTRL)  # find
            qtbot.keyClicks(QApplication.focusWidget(), tracking)
            qtbot.waitUntil(lambda: win.model.rowCount() == 1)
            _keys(qtbot, Qt.Key.Key_Return)  # read: the detail shows it
            qtbot.waitUntil(lambda: win.detail.complaint() is not None
                            and win.detail.complaint().tracking_id == tracking)

            _keys(qtbot, Qt.Key.Key_T, CTRL)  # write
            qtbot.waitUntil(lambda: QApplication.focusWidget() is win.editor.text
                            and not win.editor.is_read_only())
            qtbot.keyClicks(QApplication.focusWidget(),
                            "Tim Dinas sudah meninjau lokasi dan menambal jalan yang "
                            "berlubang pada hari Senin.")

            # attach: Alt+L goes to "&Lampirkan berkas…", Space presses it; the path is typed
            # into the file dialog.
            picked = _answer_modal(qtbot, QFileDialog,
                                   [(str(photo), None), (Qt.Key.Key_Return, NO_MODIFIER)])
            _keys(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
            assert QApplication.focusWidget() is win.editor.attachments.add_button
            _keys(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda: bool(picked) and win.editor.attachments.list.count() == 1
                            and not win.editor.attachments.pending, timeout=15_000)

            assert "foto-lokasi" in win.editor.attachments.list.item(0).text()
            # send: Ctrl+Enter; the checklist still misses items, so the question comes up with
            # "Kembali" as its default and the officer picks "Kirim tetap" with its mnemonic.
            from PySide6.QtWidgets import QMessageBox
            asked = _answer_modal(qtbot, QMessageBox,
                                  [(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)])
            _back_to(qtbot, win)  # from the file dialog
            _keys(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "&Kirim"
            qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
            assert asked == ["Tindak lanjut belum lengkap"]
            qtbot.waitUntil(lambda: win.editor.is_read_only(), timeout=15_000)

            # check the outbox: Ctrl+K shows the Kotak Keluar with the keyboard in its list,
            # and the follow-up is there.
            _back_to(qtbot, win)  # from the question
            _keys(qtbot, Qt.Key.Key_K, CTRL)
            qtbot.waitUntil(lambda: win.ledger_dock.isVisible()
                            and win.ledger_view.isAncestorOf(QApplication.focusWidget()))
            qtbot.waitUntil(lambda: any(tracking in row for row in _ledger_rows(win)),
                            timeout=15_000)
    finally:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def _back_to(qtbot, win) -> None:
    """A dialog closed: the window manager gives the keyboard back to the main window (the
    offscreen test platform has none, so the test does what it would)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def _ledger_rows(win) -> list[str]:
    model = win.ledger_view.table.model()
    return [" ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]
