"""Screenshots of the main window at 1366x768 and 1920x1080 in Indonesian and English, in
training mode.

``python -m tests.gui.window_screenshots`` writes ``resources/screenshots/main_window_<lang>.png``,
``main_window_followup_<lang>.png`` and ``main_window_outbox_<lang>.png`` (1366x768), and the same
names with ``_1920x1080`` for the large screen. A script, not a test: it
runs the embedded training server with the demo province and wires the window as app.py does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow, WindowServices  # noqa: E402
from lapor_desktop.ui.sync_controller import SyncController  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench import Changes  # noqa: E402
from lapor_desktop.workbench.doors import open_training  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
SIZES = {"": QSize(1366, 768), "_1920x1080": QSize(1920, 1080)}


def _wait(condition, timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def _settle(tasks: TaskManager) -> None:
    _wait(lambda: tasks.pending == 0)
    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)  # let layouts and repaints after the last result run
    loop.exec()


def training_window(app: QApplication, language: str, training_root: Path, ui_ini: Path):
    """The training window wired as app.py wires it (one wiring for every screenshot script):
    returns (window, training session, workbench, translator to remove afterwards)."""
    translator = install_translator(app, language)
    training, bench = open_training(training_root)
    tasks = TaskManager()
    hub = ChangeHub(tasks)
    controller = SyncController(tasks, bench.sync, interval_minutes=60)
    controller.finished.connect(lambda report: hub.announce(Changes.from_log(report.changes)))
    services = WindowServices(
        tasks=tasks, bench=bench, hub=hub, sync=controller,
        errors=ErrorBridge(ui_ini.parent / "logs", interactive=False),
        ui_state=QSettings(str(ui_ini), QSettings.Format.IniFormat),
        language=language, training_officer=bench.settings.username)
    return MainWindow(services, bench.clock), training, bench, translator


def shoot(app: QApplication, language: str, root: Path, suffix: str = "") -> list[Path]:
    """Render the three window screenshots in ``language`` at ``SIZES[suffix]``."""
    size = SIZES[suffix]
    root = root / (suffix or "small")
    win, training, bench, translator = training_window(app, language, root / language,
                                                       root / f"ui-{language}.ini")
    tasks, controller = win.services.tasks, win.services.sync
    written = []
    try:
        win.show()
        win.resize(size)
        controller.sync_now()
        _wait(lambda: controller.last_report is not None and not controller.running)
        _settle(tasks)
        win.table.selectRow(2)
        _settle(tasks)
        written.append(_grab(win, f"main_window_{language}{suffix}", size))
        win.tabs.setCurrentWidget(win.editor)
        _settle(tasks)
        editor = win.editor
        if editor.template_box.count():
            editor.template_box.setCurrentIndex(0)
            editor.apply_button.click()
        _settle(tasks)
        written.append(_grab(win, f"main_window_followup_{language}{suffix}", size))
        # One follow-up sent and delivered, so the Kotak Keluar has something to show.
        text = editor.text.toPlainText().replace("(nama penyetuju)", "Kepala Dinas Kominfo")
        editor.text.selectAll()
        editor.text.insertPlainText(text)
        QTimer.singleShot(100, lambda: _send_anyway(editor))
        editor.send()
        _wait(lambda: bench.outbox_counts()[0] == 0 and not controller.running)
        _settle(tasks)
        win.show_ledger()
        _settle(tasks)
        written.append(_grab(win, f"main_window_outbox_{language}{suffix}", size))
    finally:
        win.close()
        controller.stop()
        tasks.shutdown()
        bench.close()
        training.stop(remove=True)
        if translator is not None:
            app.removeTranslator(translator)
    return written


def _send_anyway(editor) -> None:
    box = editor.findChild(QMessageBox, "incompleteWarning")
    if box is None or not box.isVisible():
        QTimer.singleShot(20, lambda: _send_anyway(editor))
        return
    next(b for b in box.buttons() if b.text() in ("Kirim &tetap", "Send &anyway")).click()


def _grab(win: MainWindow, name: str, size: QSize) -> Path:
    assert win.size() == size, win.size()
    path = OUT / f"{name}.png"
    win.grab().save(str(path))
    return path


def main() -> int:
    """Write the screenshots; prints the paths."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in SIZES:
            for language in ("id", "en"):
                for path in shoot(app, language, Path(tmp), suffix):
                    print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
