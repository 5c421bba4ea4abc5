"""Child process of the draft crash test: the follow-up editor, offscreen, on a real profile.

``python -m tests.faults.draft_child PROFILE COMPLAINT_ID`` opens the editor on the complaint and
types :data:`CHUNKS` one at a time, as an officer would. After each chunk's autosave has reached
the database it prints ``SAVED <n>`` and types the next chunk; after the last it keeps running
until it is killed (the test SIGKILLs it at chosen points).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402 - after the platform is chosen
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.ui.change_hub import ChangeHub  # noqa: E402
from lapor_desktop.ui.error_bridge import ErrorBridge  # noqa: E402
from lapor_desktop.ui.followup_editor import FollowUpEditor  # noqa: E402
from lapor_desktop.ui.tasks import TaskManager  # noqa: E402
from lapor_desktop.workbench import Workbench  # noqa: E402

CHUNKS = (
    "Laporan #H0000001 sudah kami terima.",
    "\nTim Dinas PUPR telah meninjau lokasi pada 17 Maret 2026.",
    "\nPerbaikan dijadwalkan dalam 3 hari kerja.",
    "\nFoto terlampir. Hubungi 0771-123456.",
    "\nMengetahui, Kepala Dinas.",
)


def expected_text(saved: int) -> str:
    """The text after ``saved`` chunks."""
    return "".join(CHUNKS[:saved])


def main(argv: list[str]) -> int:
    profile, complaint_id = Path(argv[1]), int(argv[2])
    app = QApplication(argv[:1])
    bench = Workbench.open(profile, None)
    store = bench.store
    tasks = TaskManager()
    editor = FollowUpEditor(tasks, bench, ChangeHub(tasks), ErrorBridge(None, interactive=False))
    editor.show()
    typed = [0]

    def type_next() -> None:
        if typed[0] < len(CHUNKS):
            for i, line in enumerate(CHUNKS[typed[0]].split("\n")):
                if i:  # keyClicks cannot type a newline: press Enter as the officer does
                    QTest.keyClick(editor.text, Qt.Key.Key_Return)
                QTest.keyClicks(editor.text, line)
            typed[0] += 1

    def on_saved(draft_id: int, _version: int) -> None:
        # Confirm from the database itself, not from the signal.
        if store.drafts.latest_text(draft_id) == expected_text(typed[0]):
            print(f"SAVED {typed[0]}", flush=True)
            QTimer.singleShot(0, type_next)

    def start_when_loaded() -> None:
        if editor.is_read_only():
            QTimer.singleShot(20, start_when_loaded)
        else:
            print("READY", flush=True)
            type_next()

    editor.saved.connect(on_saved)
    complaint = store.complaints.get(complaint_id)
    assert complaint is not None
    editor.set_complaint(complaint)
    start_when_loaded()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
