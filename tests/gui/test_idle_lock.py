"""The idle lock hides the window's content until the profile password is entered again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
)

from lapor_desktop.security.keys import TEST_PARAMS, create_vault
from lapor_desktop.ui.idle_lock import IdleLock, LockOverlay, install_idle_lock
from lapor_desktop.ui.tasks import TaskManager


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


def test_idle_lock_hides_the_queue_and_the_right_password_restores_it(qtbot, tasks, tmp_path):
    create_vault(tmp_path, "kata-sandi-benar", TEST_PARAMS)
    window = QMainWindow()
    qtbot.addWidget(window)
    table, detail = QTableView(), QTextEdit("Isi laporan rahasia")
    splitter = QSplitter()
    splitter.addWidget(table)
    splitter.addWidget(detail)
    window.setCentralWidget(splitter)
    window.menuBar().addMenu("&Berkas")
    idle = IdleLock(timeout_ms=100)
    overlay = LockOverlay(tasks, tmp_path)
    install_idle_lock(window, idle, overlay)
    window.show()
    assert table.isVisible()
    with qtbot.waitSignal(idle.locked, timeout=5_000):
        pass  # no input for 100 ms
    assert not table.isVisible() and not detail.isVisible()
    assert overlay.isVisible() and not window.menuBar().isEnabled()
    password = overlay.page.password
    qtbot.keyClicks(password, "salah-sekali")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: overlay.page.failures == 1, timeout=10_000)
    assert not table.isVisible()
    qtbot.keyClicks(password, "kata-sandi-benar")
    with qtbot.waitSignal(overlay.unlocked, timeout=10_000):
        qtbot.keyClick(password, Qt.Key.Key_Return)
    assert table.isVisible() and detail.isVisible() and window.menuBar().isEnabled()
    assert not idle.is_locked
    idle.stop()


def test_input_keeps_the_window_unlocked(qtbot):
    idle = IdleLock(timeout_ms=400)
    locked = []
    idle.locked.connect(lambda: locked.append(True))
    window = QMainWindow()
    qtbot.addWidget(window)
    field = QTextEdit()
    window.setCentralWidget(field)
    window.show()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    assert not locked
    qtbot.waitUntil(lambda: bool(locked), timeout=5_000)
    idle.stop()


def test_lock_closes_open_dialogs_so_nothing_stays_readable(qtbot, tasks, tmp_path):
    create_vault(tmp_path, "kata-sandi-benar", TEST_PARAMS)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QTableView())
    idle = IdleLock(timeout_ms=100_000)
    install_idle_lock(window, idle, LockOverlay(tasks, tmp_path))
    window.show()
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("Jalan berlubang di depan rumah Budi"))
    dialog.open()
    assert dialog.isVisible()
    with qtbot.waitSignal(idle.locked):
        idle.lock_now()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    idle.stop()


def test_nothing_of_the_real_window_is_reachable_while_locked(qtbot, tmp_path, world):
    """The toolbar, the status bar's sync button and every shortcut (Ctrl+K opens the Kotak
    Keluar) do nothing while locked; the right password brings them all back."""
    from PySide6.QtWidgets import QToolBar

    from tests.gui.conftest import officer_window

    proxy, _server = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        create_vault(profile.root, "kata-sandi-benar", TEST_PARAMS)
        idle = IdleLock(timeout_ms=60_000)
        overlay = LockOverlay(win.services.tasks, profile.root)
        install_idle_lock(win, idle, overlay)
        toolbar = win.findChild(QToolBar, "mainToolbar")
        assert toolbar.isEnabled() and win.sync_status.button.isEnabled()
        with qtbot.waitSignal(idle.locked, timeout=5_000):
            idle.lock_now()
        assert not toolbar.isEnabled() and not win.statusBar().isEnabled()
        assert not win.sync_status.button.isEnabled()
        assert not win.action_ledger.isEnabled() and not win.action_sync.isEnabled()
        qtbot.keyClick(overlay.page.password, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert not win.ledger_dock.isVisible()  # the shortcut did nothing
        qtbot.keyClicks(overlay.page.password, "kata-sandi-benar")
        with qtbot.waitSignal(overlay.unlocked, timeout=10_000):
            qtbot.keyClick(overlay.page.password, Qt.Key.Key_Return)
        assert toolbar.isEnabled() and win.sync_status.button.isEnabled()
        assert win.action_ledger.isEnabled()
        qtbot.keyClick(win.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert win.ledger_dock.isVisible()
        idle.stop()
