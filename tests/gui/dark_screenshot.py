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

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.gui.test_dark_palette import DARK_PALETTE  # noqa: E402
from tests.gui.window_screenshots import (  # noqa: E402
    SIZES,
    _grab,
    _settle,
    _wait,
    training_window,
)


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
        win, training, bench, translator = training_window(app, "id", root / "id", root / "ui.ini")
        tasks, controller = win.services.tasks, win.services.sync
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
