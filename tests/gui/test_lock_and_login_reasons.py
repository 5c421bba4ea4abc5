"""The window says why it asks: a wrong password at the first login is a refused login, not an
expired session; a lock asked for with Ctrl+L is not "locked for inactivity"; Ctrl+L also locks
in training mode, which has no profile password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTextEdit

from lapor_desktop.security.keys import TEST_PARAMS, create_vault
from lapor_desktop.ui.idle_lock import IdleLock, LockOverlay, install_idle_lock
from lapor_desktop.ui.login_prompt import LoginPrompt
from lapor_desktop.ui.tasks import TaskManager
from tests.sync_helpers import PASSWORD, USER, ClientProfile, live_world

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _locked_window(qtbot, tasks, profile):
    window = QMainWindow()
    qtbot.addWidget(window)
    content = QTextEdit("Isi laporan")
    window.setCentralWidget(content)
    lock = QAction("Kunci layar", window)
    lock.setShortcut(QKeySequence("Ctrl+L"))
    window.addAction(lock)
    idle = IdleLock(timeout_ms=600_000)
    overlay = LockOverlay(tasks, profile)
    install_idle_lock(window, idle, overlay)
    lock.triggered.connect(idle.lock_now)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    content.setFocus()
    return window, content, idle, overlay


def test_ctrl_l_says_the_lock_was_asked_for_and_inactivity_says_inactivity(qtbot, tasks,
                                                                           tmp_path):
    create_vault(tmp_path, "kata-sandi-benar", TEST_PARAMS)
    window, content, idle, overlay = _locked_window(qtbot, tasks, tmp_path)
    with qtbot.waitSignal(idle.locked, timeout=5_000):
        qtbot.keyClick(content, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not content.isVisible()
    assert "atas permintaan Anda" in overlay.message_text()
    assert "tidak ada aktivitas" not in overlay.message_text()
    qtbot.keyClicks(overlay.page.password, "kata-sandi-benar")
    with qtbot.waitSignal(overlay.unlocked, timeout=10_000):
        qtbot.keyClick(overlay.page.password, Qt.Key.Key_Return)
    assert content.isVisible()
    idle.set_timeout(50)  # now nobody touches anything
    with qtbot.waitSignal(idle.locked, timeout=5_000):
        pass
    assert "tidak ada aktivitas" in overlay.message_text()
    assert "atas permintaan" not in overlay.message_text()
    idle.stop()


def test_ctrl_l_locks_in_training_mode_and_the_button_unlocks(qtbot, tasks):
    window, content, idle, overlay = _locked_window(qtbot, tasks, None)
    with qtbot.waitSignal(idle.locked, timeout=5_000):
        qtbot.keyClick(content, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not content.isVisible() and overlay.isVisible()
    assert "Mode Latihan" in overlay.message_text()
    assert overlay.resume.hasFocus()
    with qtbot.waitSignal(overlay.unlocked, timeout=5_000):
        qtbot.keyClick(overlay.resume, Qt.Key.Key_Space)
    assert content.isVisible() and not idle.is_locked
    idle.stop()


def test_a_wrong_password_at_the_first_login_is_not_an_expired_session(qtbot, tasks, tmp_path):
    with live_world(tmp_path) as (server, _world):
        profile = ClientProfile(tmp_path / "profil", server.url, password=None)
        try:
            assert profile.bench.officer() is None  # a new profile: the first login
            prompt = LoginPrompt(tasks, profile.bench, None, on_error=pytest.fail)
            prompt.ask()
            first = prompt.dialog
            qtbot.addWidget(first)
            assert "berakhir" not in first.message_label.text()
            first.password_edit.setText("bukan-kata-sandinya")
            with qtbot.waitSignal(prompt.dialog_shown, timeout=30_000) as shown:
                qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
            again = shown.args[0]
            qtbot.addWidget(again)
            assert again.isVisible()
            assert "kata sandi salah" in again.error_text()
            assert "berakhir" not in again.message_label.text()
            assert again.username_edit.text() == USER and not again.password_edit.text()
            again.password_edit.setText(PASSWORD)
            with qtbot.waitSignal(prompt.logged_in, timeout=30_000):
                qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
            assert profile.bench.officer() is not None
            # Bound now: a later prompt (a token that expired) says so.
            prompt.ask()
            qtbot.addWidget(prompt.dialog)
            assert "Sesi Anda berakhir" in prompt.dialog.message_label.text()
            prompt.dialog.reject()
        finally:
            profile.close()
