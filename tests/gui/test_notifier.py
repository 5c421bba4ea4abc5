"""Tray notifications after a real sync pass; headless (no system tray) they are kept in-app."""

from __future__ import annotations

import datetime as dt

import pytest

from lapor_desktop.core.models import ActionKind
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.ui.notifier import Notifier
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.notifications import tray_counts
from tests.sync_helpers import FOLLOW_UP_TEXT, ClientProfile, live_world


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def setup(qtbot, tmp_path):
    with live_world(tmp_path) as (server, world):
        profile = ClientProfile(tmp_path / "profil", server.url)
        tasks = TaskManager()
        controller = SyncController(tasks, profile.bench.sync, interval_minutes=60)
        notifier = Notifier(tasks, profile.bench.take_notifications,
                            lambda: tray_counts(profile.store, _now()),
                            clock=_now)
        controller.finished.connect(notifier.on_sync_finished)
        notifier.start()
        yield world, profile, controller, notifier, tasks
        notifier.stop()
        controller.stop()
        tasks.shutdown()
        profile.close()


def _sync(qtbot, controller, tasks):
    with qtbot.waitSignal(controller.finished, timeout=30_000):
        controller.sync_now()
    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)


def test_new_assignment_is_notified_and_its_click_opens_the_complaint(qtbot, setup):
    world, profile, controller, notifier, tasks = setup
    assert not notifier.available  # offscreen: no tray, the in-app log still works
    world.dispose(2)
    _sync(qtbot, controller, tasks)  # the first download of the queue is not "new work"
    assert notifier.history == []

    (cid,) = world.dispose(1)
    with qtbot.waitSignal(notifier.notified, timeout=30_000) as blocker:
        controller.sync_now()
    shown = blocker.args[0]
    assert shown.title == "Laporan baru"
    tracking = profile.store.complaints.get(cid).tracking_id
    assert shown.text == f"{tracking}: Jalan rusak nomor 3"
    assert [s.notification.complaint_id for s in notifier.history] == [cid]

    with qtbot.waitSignal(notifier.open_complaint) as clicked:
        notifier.tray.messageClicked.emit()
    assert clicked.args == [cid]

    qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)
    assert "3 laporan terbuka · 0 terlambat" in notifier.tray.toolTip()
    assert "0 menunggu dikirim" in notifier.tray.toolTip()


def test_refused_action_and_tray_menu(qtbot, setup):
    world, profile, controller, notifier, tasks = setup
    (cid,) = world.dispose(1)
    _sync(qtbot, controller, tasks)
    queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
    notifier.refresh_counts()
    qtbot.waitUntil(lambda: notifier.counts is not None and notifier.counts.waiting == 1)
    assert "1 menunggu dikirim" in notifier.tray.toolTip()

    world.close(cid)
    _sync(qtbot, controller, tasks)
    (shown,) = notifier.history
    assert shown.title == "Tindakan perlu perhatian" and "Selesai" in shown.text
    assert "1 tindakan perlu perhatian" in notifier.tray.toolTip()

    with qtbot.waitSignal(notifier.sync_requested):
        notifier.sync_action.trigger()
    with qtbot.waitSignal(notifier.show_window_requested):
        notifier.open_action.trigger()
    with qtbot.waitSignal(notifier.quit_requested):
        notifier.quit_action.trigger()
    assert [a.text() for a in notifier.menu.actions() if a.text()] == [
        "Buka LAPOR! Desktop", "Sinkronkan sekarang", "Keluar"]
    assert not notifier.tray.icon().isNull()


def test_while_locked_the_tray_says_only_counts_and_a_click_opens_nothing(qtbot, setup):
    """Issue 19, finding 2: a notification clicked while locked used to open the Kotak Keluar
    with tracking ids and titles; the tray message showed "id: judul"."""
    from lapor_desktop.ui.idle_lock import IdleLock

    world, profile, controller, notifier, tasks = setup
    idle = IdleLock(15)
    notifier.is_locked = lambda: idle.is_locked
    (cid,) = world.dispose(1)
    _sync(qtbot, controller, tasks)
    queue_action(profile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
    world.close(cid)
    idle.lock_now()
    _sync(qtbot, controller, tasks)
    tracking = profile.store.complaints.get(cid).tracking_id
    title, text = notifier.last_message
    assert tracking not in title + text and "Jalan rusak" not in title + text
    assert "1 pemberitahuan baru" in text
    opened: list[object] = []
    notifier.open_complaint.connect(opened.append)
    notifier.ledger_requested.connect(lambda: opened.append("ledger"))
    with qtbot.waitSignal(notifier.show_window_requested):  # the lock page asks first
        notifier.tray.messageClicked.emit()
    assert opened == []
    idle.stop()
