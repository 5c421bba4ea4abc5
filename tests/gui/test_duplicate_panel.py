"""The detail view's "Laporan serupa" panel, driven as an officer would (issue 16, item 3).

Kota Batam's officer opens the newest report about the dry taps of Perumahan Bukit Indah Blok C:
the three earlier reports (one anonymous) are listed with reasons and no identity; ticking them
and clicking "Kaitkan yang dicentang" lists them as linked, queues one internal note, and the
next sync delivers it. ``python -m tests.gui.duplicate_screenshot`` writes the README screenshot
with the same steps.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from lapor_desktop.server.seed import seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.seed_repeats import REPORTERS, repeat_clusters
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Changes
from tests.sync_helpers import ClientProfile

pytestmark = pytest.mark.timeout(300)


@contextlib.contextmanager
def batam_window(root: Path, qtbot=None):
    """Demo server, Kota Batam's synced profile and its window; yields (win, profile)."""
    url = f"sqlite:///{root / 'server.db'}"
    seed_demo(url)
    with LiveServer(url) as server:
        profile = ClientProfile(root / "profil", server.url, user="demo.kota-batam",
                                password=DEMO_PASSWORD)
        assert profile.bench.sync().failures == []
        tasks = TaskManager()
        hub = ChangeHub(tasks)
        controller = SyncController(tasks, profile.bench.sync, interval_minutes=60)
        controller.finished.connect(lambda r: hub.announce(Changes.from_log(r.changes)))
        services = WindowServices(
            tasks=tasks, bench=profile.bench, hub=hub, sync=controller,
            errors=ErrorBridge(root / "logs", interactive=False),
            ui_state=QSettings(str(root / "ui.ini"), QSettings.Format.IniFormat))
        win = MainWindow(services, lambda: dt.datetime.now(dt.UTC))
        hub.changed.connect(win.on_changes)
        if qtbot is not None:
            qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        try:
            yield win, profile
        finally:
            controller.stop()
            tasks.shutdown()
            profile.close()


def _rows(panel) -> dict[str, list[str]]:
    """Group title -> the rows' texts (all columns)."""
    out = {}
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        out[group.text(0)] = [" | ".join(group.child(j).text(c) for c in range(5))
                              for j in range(group.childCount())]
    return out


def _open_and_wait(qtbot, win, complaint_id: int) -> None:
    with qtbot.waitSignal(win.duplicates.loaded, timeout=30_000,
                          check_params_cb=lambda cid: cid == complaint_id):
        win.open_complaint(complaint_id)


def water_cluster(profile) -> list:
    """The four reports about the dry taps of Bukit Indah Blok C, oldest first."""
    return [profile.store.complaints.get_by_tracking_id(t)
            for t in repeat_clusters()["kota-batam"][1]]


def link_water_cluster(qtbot, win, profile) -> list:
    """Open the newest dry-tap report, tick its likely duplicates and link them."""
    road = water_cluster(profile)
    _open_and_wait(qtbot, win, road[-1].id)
    panel = win.duplicates
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        for j in range(group.childCount()):
            group.child(j).setCheckState(0, Qt.CheckState.Checked)
    assert panel.link_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=30_000):
        qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    return road


def test_officer_sees_likely_duplicates_and_links_them(qtbot, tmp_path):
    with batam_window(tmp_path, qtbot) as (win, profile):
        road = water_cluster(profile)
        _open_and_wait(qtbot, win, road[-1].id)
        rows = _rows(win.duplicates)
        (title, listed), = rows.items()
        assert title.startswith("Kemungkinan duplikat")
        assert {r.split(" | ")[0] for r in listed} == {f"#{c.tracking_id}" for c in road[:-1]}
        assert all(r.split(" | ")[2].startswith("lokasi") for r in listed)
        shown = " ".join(listed)
        for name, phone, email in REPORTERS.values():
            assert name not in shown and phone not in shown and email not in shown

        link_water_cluster(qtbot, win, profile)
        rows = _rows(win.duplicates)
        assert list(rows) == ["Terkait (3)"]
        ops = profile.store.outbox.ledger()
        notes = [o for o in ops if o.kind.value == "internal_note"]
        assert len(notes) == 1 and notes[0].complaint_id == road[-1].id
        qtbot.waitUntil(lambda: win.services.tasks.pending == 0, timeout=30_000)
        profile.bench.sync()
        assert profile.store.outbox.get(notes[0].id).state is OutboxState.ACCEPTED

        # "Tampilkan bersama di antrean": the queue lists the four reports, and only them.
        qtbot.mouseClick(win.duplicates.together_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: win.model.rowCount() == 4, timeout=30_000)
        shown_ids = {win.model.index(r, 0).data() for r in range(4)}
        assert shown_ids == {f"#{c.tracking_id}" for c in road}

        # From an earlier report, the link shows the other way round too.
        _open_and_wait(qtbot, win, road[0].id)
        assert [r.split(" | ")[0] for r in _rows(win.duplicates)["Terkait (3)"]] == [
            f"#{c.tracking_id}" for c in road[1:]]


def test_officer_unlinks_a_report_that_turned_out_different(qtbot, tmp_path):
    with batam_window(tmp_path, qtbot) as (win, profile):
        road = link_water_cluster(qtbot, win, profile)
        qtbot.waitUntil(lambda: win.services.tasks.pending == 0, timeout=30_000)
        profile.bench.sync()
        panel = win.duplicates
        assert not panel.unlink_button.isEnabled()  # nothing ticked yet
        group = panel.tree.topLevelItem(0)
        assert group.text(0) == "Terkait (3)"
        first = next(group.child(j) for j in range(group.childCount())
                     if group.child(j).text(0) == f"#{road[0].tracking_id}")
        first.setCheckState(0, Qt.CheckState.Checked)
        assert panel.unlink_button.isEnabled() and not panel.link_button.isEnabled()
        with qtbot.waitSignal(panel.loaded, timeout=30_000):
            qtbot.mouseClick(panel.unlink_button, Qt.MouseButton.LeftButton)
        rows = _rows(panel)
        assert [r.split(" | ")[0] for r in rows["Terkait (2)"]] == [
            f"#{c.tracking_id}" for c in road[1:-1]]
        # Still alike, so it is suggested again, not forgotten.
        assert f"#{road[0].tracking_id}" in " ".join(rows["Kemungkinan duplikat (1)"])
        # The agency hears of it once: a note with ``unrelated`` reaches the server.
        notes = [o for o in profile.store.outbox.ledger()
                 if o.kind.value == "internal_note" and "unrelated" in o.payload]
        assert len(notes) == 1 and notes[0].payload["unrelated"] == [road[0].tracking_id]
        qtbot.waitUntil(lambda: win.services.tasks.pending == 0, timeout=30_000)
        profile.bench.sync()
        assert profile.store.outbox.get(notes[0].id).state is OutboxState.ACCEPTED
