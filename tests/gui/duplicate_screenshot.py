"""README screenshot of linked duplicates: ``python -m tests.gui.duplicate_screenshot``.

Offscreen, demo seed: Kota Batam's officer links the four reports about the dry taps of
Perumahan Bukit Indah Blok C (the same steps as ``test_duplicate_panel.py``), then opens the
oldest one; the detail view shows the three others as linked, and a second complaint with
unlinked likely duplicates is captured too.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lapor_desktop.server.seed_repeats import repeat_clusters  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from tests.gui.test_duplicate_panel import batam_window, water_cluster  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def wait(condition, timeout: float = 60.0) -> None:
    """Let the event loop run until ``condition()`` (a script, not the app: no test bot here)."""
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there")
        QApplication.processEvents()
        time.sleep(0.01)


def show(win, complaint_id: int) -> None:
    done = []
    win.duplicates.loaded.connect(lambda cid: done.append(cid))
    win.open_complaint(complaint_id)
    wait(lambda: complaint_id in done and win.services.tasks.pending == 0)
    # The panel sits below the history: scroll the detail so it is in view, once the detail's
    # layout has settled (the history fills in after the panel's rows).
    for _ in range(3):
        QApplication.processEvents()
        win.detail.scroll.ensureWidgetVisible(win.duplicates, 0, 0)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    translator = install_translator(app, "id")  # dates and labels as the app shows them
    with tempfile.TemporaryDirectory() as tmp, batam_window(Path(tmp)) as (win, profile):
        reports = water_cluster(profile)
        show(win, reports[-1].id)
        panel = win.duplicates
        for i in range(panel.tree.topLevelItemCount()):
            group = panel.tree.topLevelItem(i)
            for j in range(group.childCount()):
                group.child(j).setCheckState(0, Qt.CheckState.Checked)
        panel.link_button.click()
        wait(lambda: panel.tree.topLevelItemCount() == 1
             and panel.tree.topLevelItem(0).text(0).startswith("Terkait"))
        show(win, reports[0].id)
        OUT.mkdir(parents=True, exist_ok=True)
        win.grab().save(str(OUT / "linked_duplicates.png"))
        road = [profile.store.complaints.get_by_tracking_id(t)
                for t in repeat_clusters()["kota-batam"][0]]
        show(win, road[0].id)
        win.grab().save(str(OUT / "likely_duplicates.png"))
    del translator, app
    return 0


if __name__ == "__main__":
    sys.exit(main())
