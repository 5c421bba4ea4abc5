"""Screenshot of the "Siap luring" view on the demo province (training mode).

``python -m tests.gui.readiness_screenshot`` writes ``resources/screenshots/readiness_view.png``
(Kota Batam's officer after a sync: the photos of open complaints not fetched yet, each named,
and a follow-up waiting in the outbox) and ``readiness_view_ready.png`` (after "Siapkan untuk
luring").
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.core.status import OPEN_STATUSES  # noqa: E402
from lapor_desktop.store import QueueQuery  # noqa: E402
from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow, WindowServices  # noqa: E402
from lapor_desktop.ui.sync_controller import SyncController  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench.doors import open_training  # noqa: E402
from tests.gui.window_screenshots import OUT, _settle, _wait  # noqa: E402

TEXT = ("Tindak lanjut: tim kebersihan dijadwalkan ke lokasi Jumat ini; petugas lapangan dapat "
        "dihubungi di 0778-123456. Disetujui Kepala Dinas Lingkungan Hidup.")


def shoot(app: QApplication, root: Path) -> list[Path]:
    """Grab the view after a sync with one follow-up waiting, then after the preparation."""
    training, bench = open_training(root / "id")
    tasks = TaskManager()
    hub = ChangeHub(tasks)
    controller = SyncController(tasks, bench.sync, interval_minutes=60)
    services = WindowServices(
        tasks=tasks, bench=bench, hub=hub, sync=controller,
        errors=ErrorBridge(root / "logs", interactive=False),
        ui_state=QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat),
        training_officer=bench.settings.username)
    win = MainWindow(services, bench.clock)
    try:
        win.show()
        controller.sync_now()  # synced, but nothing prepared: photos are fetched on demand
        _wait(lambda: controller.last_report is not None and not controller.running)
        _settle(tasks)
        rows = bench.store.queue.page(QueueQuery(statuses=frozenset(OPEN_STATUSES)), limit=3)
        bench.send_follow_up(rows.rows[2].id, TEXT)  # written offline, not sent yet
        win.offline.show_readiness()
        view = win.offline.view
        view.resize(900, 560)
        _settle(tasks)
        written = [_grab(view, "readiness_view")]
        view.prepare()
        _wait(lambda: view.prepare_button.isEnabled() and view.progress_label.text() != "")
        _settle(tasks)
        view.refresh()
        _settle(tasks)
        written.append(_grab(view, "readiness_view_ready"))
        return written
    finally:
        win.close()
        controller.stop()
        tasks.shutdown()
        bench.close()
        training.stop()


def _grab(view, name: str) -> Path:
    for i in range(view.rows.topLevelItemCount()):
        item = view.rows.topLevelItem(i)
        item.setExpanded(item.childCount() > 0)
    path = OUT / f"{name}.png"
    view.grab().save(str(path))
    return path


def main() -> int:
    """Write the screenshots; prints their paths."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(app, Path(tmp)):
            print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
