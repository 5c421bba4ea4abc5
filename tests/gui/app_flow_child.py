"""Child process for test_app_flow: the real app from first start to a synced queue.

Run as ``python -m tests.gui.app_flow_child PROFILE SERVER_URL``. It starts ``run_gui`` and clicks
through the screens a new officer sees (set a profile password, enter the server address, log
in), printing one line per step; the test reads the lines.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget  # noqa: E402

from lapor_desktop.app import run_gui  # noqa: E402
from lapor_desktop.cli.main import build_parser  # noqa: E402

PASSWORD = "rahasia-kantor-1"


def _find(name: str, cls: type = QWidget):
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        if top.objectName() == name:
            return top
        child = top.findChild(cls, name)
        if child is not None and child.isVisible():
            return child
    return None


def main(profile: str, url: str, username: str, password: str) -> int:
    """Drive the app; exit code 0 when the synced queue shows complaints."""
    args = build_parser().parse_args(["--profile", profile])

    def ready(app) -> None:
        state = {"stage": "unlock", "polls": 0}

        def poll() -> None:
            state["polls"] += 1
            if state["polls"] > 1200:
                print(f"TIMEOUT {state['stage']}", flush=True)
                app.qt_app.exit(2)
                return
            stage = state["stage"]
            if stage == "unlock" and _find("unlockPage"):
                _find("unlockPassword", QLineEdit).setText(PASSWORD)
                confirm = _find("unlockConfirm", QLineEdit)
                if confirm is not None:
                    confirm.setText(PASSWORD)
                _find("unlockButton", QPushButton).click()
                state["stage"] = "first_run" if confirm is not None else "login"
                print("UNLOCK", "create" if confirm is not None else "open", flush=True)
            elif stage == "first_run" and _find("firstRunPage"):
                _find("firstRunServerUrl", QLineEdit).setText(url)
                _find("serverButton", QPushButton).click()
                state["stage"] = "login"
                print("SERVER", flush=True)
            elif stage == "login" and _find("loginDialog"):
                _find("loginUsername", QLineEdit).setText(username)
                _find("loginPassword", QLineEdit).setText(password)
                _find("loginOk", QPushButton).click()
                state["stage"] = "rows"
                print("LOGIN", flush=True)
            elif (stage in ("login", "rows") and app.window is not None
                  and app.window.model.rowCount() and not app.window.services.sync.running
                  and app.window.services.sync.state.value == "online"):
                print(f"ROWS {app.window.model.rowCount()}", flush=True)
                app.qt_app.exit(0)
                return
            QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    return run_gui(args, on_ready=ready)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
