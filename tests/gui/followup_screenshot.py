"""Screenshot of the follow-up editor with a template applied (checklist partly filled) and one
photo attached: ``python -m tests.gui.followup_screenshot`` writes
``resources/screenshots/followup_editor.png``. A script, not a test."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.core.models import TimeZone  # noqa: E402
from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint  # noqa: E402
from lapor_desktop.server.seed import png_bytes  # noqa: E402
from lapor_desktop.store import OfficerProfile  # noqa: E402
from lapor_desktop.store.profile import ensure_profile_dir  # noqa: E402
from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.followup_editor import FollowUpEditor  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench import Workbench  # noqa: E402
from tests.faults.hostile_server import snapshot  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots" / "followup_editor.png"


def _wait(condition, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        profile = ensure_profile_dir(Path(tmp) / "profil")
        bench = Workbench.open(profile, None)
        store = bench.store
        with store.transaction() as session:
            store.complaints.upsert_snapshots(session, [snapshot_to_complaint(
                ComplaintSnapshot.model_validate(snapshot(
                    1, 1, tracking_id="LAP-2026-000417",
                    title="Lampu jalan padam di Jl. Ahmad Yani")))])
            store.profile.save(session, OfficerProfile(
                "http://x", "petugas", "Rina Marlina", "kepri-diskominfo",
                "Dinas Komunikasi dan Informatika Provinsi Kepulauan Riau", TimeZone.WIB,
                "penghubung"))
        tasks = TaskManager()
        bench.drafts.official_name = "Drs. H. Hasan Basri, M.Si."
        editor = FollowUpEditor(tasks, bench, ChangeHub(tasks), ErrorBridge(None, interactive=False))
        editor.resize(520, 860)
        editor.show()
        editor.set_complaint(store.complaints.get(1))
        _wait(lambda: not editor.is_read_only())
        editor.template_box.setCurrentIndex(editor.template_box.findText(
            "Tindak lanjut terjadwal"))
        editor.apply_button.click()
        photo = Path(tmp) / "foto-lokasi.png"
        photo.write_bytes(png_bytes(1920, 40, (200, 60, 50)))
        editor.attachments.add_files([str(photo)])
        _wait(lambda: editor.attachments.count() == 1 and editor.save_label.text() != "")
        OUT.parent.mkdir(parents=True, exist_ok=True)
        editor.grab().save(str(OUT))
        editor.close()
        tasks.shutdown()
        bench.close()
    del app
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
