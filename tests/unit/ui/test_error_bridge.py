"""Known errors become messages; bugs become crash reports the officer can copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lapor_desktop.core.errors import DatabaseLockedError
from lapor_desktop.ui.crash_dialog import CrashDialog
from lapor_desktop.ui.error_bridge import ErrorBridge


def test_known_error_gives_its_message_and_no_crash_report(qtbot, tmp_path):
    bridge = ErrorBridge(tmp_path, interactive=False)
    with qtbot.waitSignal(bridge.status_message) as blocker:
        bridge.handle(DatabaseLockedError("Basis data sedang dipakai", path="/x/lapor.db"))
    assert blocker.args == ["Basis data sedang dipakai"]
    assert not list(tmp_path.glob("crash-*.txt"))


def test_bug_writes_a_scrubbed_crash_report(qtbot, tmp_path):
    bridge = ErrorBridge(tmp_path, interactive=False)
    try:
        raise RuntimeError("unexpected with Authorization: Bearer SECRET-TOKEN-1")
    except RuntimeError as exc:
        with qtbot.waitSignal(bridge.crashed) as blocker:
            bridge.handle(exc)
    report, path = blocker.args
    assert "RuntimeError" in report and "LAPOR! Desktop" in report
    assert "SECRET-TOKEN-1" not in report
    saved = (tmp_path / path.split("/")[-1]).read_text()
    assert saved == report


def test_crash_dialog_copies_the_report(qtbot):
    dialog = CrashDialog("Traceback: boom", None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: boom"


def test_crash_report_file_is_owner_only_and_holds_no_rejected_input(qtbot, tmp_path):
    import stat

    import pydantic

    from lapor_desktop.protocol import LoginRequest

    bridge = ErrorBridge(tmp_path, interactive=False)
    password = "kata sandi yang sangat panjang " * 12
    try:
        LoginRequest(username="demo", password=password)
    except pydantic.ValidationError as exc:
        with qtbot.waitSignal(bridge.crashed) as blocker:
            bridge.handle(exc)
    report, path = blocker.args
    assert "ValidationError" in report
    assert "sangat panjang" not in report
    crash = tmp_path / path.split("/")[-1]
    assert stat.S_IMODE(crash.stat().st_mode) == 0o600


def test_crash_dialog_says_what_the_report_holds_before_copying(qtbot):
    from PySide6.QtWidgets import QLabel

    QGuiApplication.clipboard().setText("sebelumnya")
    dialog = CrashDialog("Traceback: boom", "/tmp/crash.txt")
    qtbot.addWidget(dialog)
    contents = dialog.findChild(QLabel, "crashContents")
    assert contents is not None
    assert "tidak memuat isi pengaduan" in contents.text()
    assert dialog.text.toPlainText() == "Traceback: boom"
    assert QGuiApplication.clipboard().text() == "sebelumnya"  # nothing copied until asked
