"""Child process for test_app_flow: the real app from first start to a synced queue.

Run as ``python -m tests.gui.app_flow_child PROFILE SERVER_URL USER PASSWORD [PDF]``. It starts
``run_gui`` and clicks through the screens a new officer sees (set a profile password, enter the
server address, log in), printing one line per step; the test reads the lines. With ``PDF`` it
then opens the first complaint as the officer would (deadline shown in the agency's zone), fills
a template in the follow-up editor, and writes the monthly PDF report there through the export
dialog's own writer.
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


def _check(app, pdf: str, done) -> None:
    """Open the first complaint, fill a template, write the PDF; print what the officer sees."""
    from lapor_desktop.reports.period import Period
    from lapor_desktop.ui.pdf_report import write_pdf

    win = app.window
    win.table.selectRow(0)
    state = {"polls": 0}

    def wait_detail() -> None:
        state["polls"] += 1
        label = _find("detailFirstDue")
        editor = win.editor
        if label is None or not label.text() or editor.is_read_only():
            if state["polls"] > 400:
                print("TIMEOUT detail", flush=True)
                app.qt_app.exit(3)
                return
            QTimer.singleShot(50, wait_detail)
            return
        print(f"DUE {label.text()}", flush=True)
        win.tabs.setCurrentWidget(editor)
        editor.template_box.setCurrentIndex(0)
        editor.apply_button.click()
        print(f"TEXT {editor.text.toPlainText()!r}", flush=True)
        bench = app.bench
        report = bench.load_report(Period.parse(bench.clock().strftime("%Y-%m")))
        write_pdf(report, pdf, signatory=bench.signatory())
        print(f"PDF {pdf}", flush=True)
        done()

    QTimer.singleShot(50, wait_detail)


def main(profile: str, url: str, username: str, password: str, pdf: str | None = None) -> int:
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
                if pdf:
                    _check(app, pdf, lambda: app.qt_app.exit(0))
                else:
                    app.qt_app.exit(0)
                return
            QTimer.singleShot(50, poll)

        QTimer.singleShot(50, poll)

    return run_gui(args, on_ready=ready)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
