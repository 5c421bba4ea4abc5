"""Benchmark: time to a usable main window with N stored complaints, against bare Qt.

Run on purpose (pytest does not collect tests/bench):

    .venv/bin/python tests/bench/bench_startup.py [N]

Each measurement is a fresh process (best of 5). "Bare Qt" creates a QApplication and shows an
empty QMainWindow: the floor for any Qt app on this machine. "LAPOR window" opens a real store of
N complaints, builds the main window with its services and waits until the first queue page is on
screen. The ratio is the cost of everything the app adds.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.show(); app.processEvents()
print(time.perf_counter())
"""

WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pathlib import Path
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.doors import open_profile
app = QApplication([])
bench = open_profile(Path({db!r}).parent, None)  # the same door as the window
tasks = TaskManager()
services = WindowServices(tasks=tasks, bench=bench, hub=ChangeHub(tasks),
    sync=SyncController(tasks, None), errors=ErrorBridge(None, interactive=False),
    ui_state=QSettings({ini!r}, QSettings.Format.IniFormat))
win = MainWindow(services, bench.clock)
win.show()
def done(rows):
    print(time.perf_counter(), rows)
    app.quit()
win.model.loaded.connect(done)
app.exec()
tasks.shutdown()
"""


def run(code: str) -> float:
    """Seconds from process start to the moment the script printed its timestamp."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    # perf_counter is system-wide monotonic on Linux, so the child's stamp is comparable.
    return float(out[0]) - start


def main(n: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.unit.store.bulk import build_store

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "lapor.db")
        store, _ = build_store(Path(db), n)
        store.close()
        bare = min(run(BARE) for _ in range(5))
        window = min(run(WINDOW.format(root=str(ROOT), db=db, ini=str(Path(tmp) / "ui.ini")))
                     for _ in range(5))
    print(f"bare Qt window:          {bare * 1000:8.0f} ms")
    print(f"LAPOR window, {n:>7} complaints, first page shown: {window * 1000:8.0f} ms")
    print(f"ratio: {window / bare:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
