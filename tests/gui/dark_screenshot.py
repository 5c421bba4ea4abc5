"""Screenshots of the main window at 1366x768 under a dark system palette (OS dark mode), in
training mode and Indonesian.

``python -m tests.gui.dark_screenshot`` writes ``resources/screenshots/main_window_dark.png``
(the queue and the detail) and ``main_window_followup_dark.png`` (the follow-up editor with its
checklist). A script, not a test; the palette is the one tests/gui/test_dark_palette.py uses.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow, WindowServices  # noqa: E402
from lapor_desktop.ui.sync_controller import SyncController  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench import Changes  # noqa: E402
from lapor_desktop.workbench.doors import open_training  # noqa: E402
from tests.gui.test_dark_palette import DARK_PALETTE  # noqa: E402
from tests.gui.window_screenshots import SIZES, _grab, _settle, _wait  # noqa: E402


def main() -> int:
    """Write the dark screenshots; prints the paths."""
    app = QApplication(sys.argv[:1])
    dark = QPalette(app.palette())
    for role, value in DARK_PALETTE.items():
        dark.setColor(role, value)
    app.setPalette(dark)
    size = SIZES[""]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        translator = install_translator(app, "id")
        training, bench = open_training(root / "id")
        tasks = TaskManager()
        hub = ChangeHub(tasks)
        controller = SyncController(tasks, bench.sync, interval_minutes=60)
        controller.finished.connect(lambda report: hub.announce(Changes.from_log(report.changes)))
        services = WindowServices(
            tasks=tasks, bench=bench, hub=hub, sync=controller,
            errors=ErrorBridge(root / "logs", interactive=False),
            ui_state=QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat),
            language="id", training_officer=bench.settings.username)
        win = MainWindow(services, bench.clock)
        try:
            win.show()
            win.resize(size)
            controller.sync_now()
            _wait(lambda: controller.last_report is not None and not controller.running)
            _settle(tasks)
            win.table.selectRow(2)
            _settle(tasks)
            print(_grab(win, "main_window_dark", size))
            win.tabs.setCurrentWidget(win.editor)
            _settle(tasks)
            win.editor.send()  # empty: the notice says why it cannot be sent yet
            _settle(tasks)
            print(_grab(win, "main_window_followup_dark", size))
        finally:
            win.close()
            controller.stop()
            tasks.shutdown()
            bench.close()
            training.stop(remove=True)
            if translator is not None:
                app.removeTranslator(translator)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
