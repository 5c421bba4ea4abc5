"""Screenshots of sign-off (issue 15): the official's review queue and a returned follow-up.

``python -m tests.gui.signoff_screenshots`` writes ``resources/screenshots/review_queue.png`` and
``resources/screenshots/returned_followup.png`` (1366x768, Indonesian). A script, not a test: it runs
the reference server on a loopback port with Diskominfo's sign-off on, and two profiles (the
officer ``demo.diskominfo`` and the official ``pejabat.diskominfo``) wired as app.py wires them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.server.seed import PEJABAT_USERNAME  # noqa: E402
from lapor_desktop.server.signoff import set_setting  # noqa: E402
from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.main_window import MainWindow, WindowServices  # noqa: E402
from lapor_desktop.ui.sync_controller import SyncController  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench import Changes  # noqa: E402
from tests.gui.window_screenshots import SIZE, _settle, _wait  # noqa: E402
from tests.sync_helpers import AGENCY, ClientProfile, live_world  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"

FOLLOW_UPS = [
    ("Tindak lanjut laporan #{id}: Dinas Kominfo telah memeriksa menara BTS di lokasi dan "
     "meminta operator memperbaiki sinyal paling lambat 15 Desember 2026. Penanggung jawab: "
     "Bidang Infrastruktur TIK. Bukti: surat nomor 045/812/DISKOMINFO. Kontak: 0771-123456."),
    ("Tindak lanjut laporan #{id}: jaringan internet di kantor kelurahan sudah diperiksa; "
     "perbaikan dijadwalkan minggu depan oleh Bidang Aplikasi Informatika."),
    ("Tindak lanjut laporan #{id}: website layanan sudah dapat diakses kembali sejak pagi ini. "
     "Penanggung jawab: UPT Data Center. Kontak: 0771-765432."),
]
COMMENT = ("Cantumkan nomor nota dinas dan nama pejabat yang menyetujui; jadwal perbaikan "
           "ditulis dengan tanggal, bukan 'minggu depan'.")


def _window(profile: ClientProfile, root: Path, name: str):
    tasks = TaskManager()
    hub = ChangeHub(tasks)
    controller = SyncController(tasks, profile.bench.sync, interval_minutes=60)
    controller.finished.connect(lambda report: hub.announce(Changes.from_log(report.changes)))
    services = WindowServices(
        tasks=tasks, bench=profile.bench, hub=hub, sync=controller,
        errors=ErrorBridge(root / "logs", interactive=False),
        ui_state=QSettings(str(root / f"ui-{name}.ini"), QSettings.Format.IniFormat))
    win = MainWindow(services, profile.bench.clock)
    win.show()
    win.resize(SIZE)
    controller.sync_now()
    _wait(lambda: controller.last_report is not None and not controller.running)
    _settle(tasks)
    return win, tasks, controller


def _close(win, tasks, controller) -> None:
    win.close()
    controller.stop()
    tasks.shutdown()


def shoot(root: Path) -> list[Path]:
    """Render both screenshots; returns their paths."""
    written = []
    with live_world(root) as (server, world):
        with world.db.write() as s:
            set_setting(s, AGENCY, True)
        ids = world.dispose(len(FOLLOW_UPS))
        officer = ClientProfile(root / "officer", server.url)
        official = ClientProfile(root / "official", server.url, user=PEJABAT_USERNAME)
        try:
            officer.bench.sync()
            for cid, text in zip(ids, FOLLOW_UPS, strict=True):
                tracking = officer.store.complaints.get(cid).tracking_id
                draft = officer.bench.drafts.open_or_create(cid)
                officer.bench.drafts.autosave(draft.id, {"text": text.format(id=tracking)})
                officer.bench.signoff.submit(draft.id)
            officer.bench.sync()
            official.bench.sync()
            returned = ids[1]
            item = next(i for i in official.bench.signoff.review_queue()
                        if i.complaint.id == returned)
            official.bench.signoff.return_(returned, item.signoff_id, COMMENT)
            official.bench.sync()

            win, tasks, controller = _window(official, root, "official")
            try:
                queue = win.review_queue
                queue.list.setCurrentRow(0)
                queue.comment.setPlainText("Sudah lengkap, silakan terbitkan.")
                _settle(tasks)
                written.append(_grab(win, "review_queue"))
            finally:
                _close(win, tasks, controller)

            win, tasks, controller = _window(officer, root, "officer")
            try:
                win.open_follow_up(returned)
                _wait(lambda: COMMENT in win.editor.signoff_panel.comment.text())
                _settle(tasks)
                written.append(_grab(win, "returned_followup"))
            finally:
                _close(win, tasks, controller)
        finally:
            officer.close()
            official.close()
    return written


def _grab(win: MainWindow, name: str) -> Path:
    assert win.size() == SIZE, win.size()
    path = OUT / f"{name}.png"
    win.grab().save(str(path))
    return path


def main() -> int:
    """Write the screenshots; prints the paths."""
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(Path(tmp)):
            print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
