"""Fixtures shared by the window tests: the real server behind the fault proxy, and a window.

The server runs in-process on a free loopback port with its own SQLite file; the window's
profile is a real SQLite file; the proxy lets a test take the server "away".
"""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt

from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Changes
from tests.faults.proxy import FaultProxy
from tests.gui.training_kit import seeded_training_db, training_root  # noqa: F401 - fixtures
from tests.sync_helpers import ClientProfile, live_world


@pytest.fixture(autouse=True)
def indonesian_locale():
    """Numbers and dates as the app formats them by default (app.py installs Indonesian)."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian))


def utc_now() -> dt.datetime:
    """The clock the windows under test use."""
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def world(tmp_path):
    """(proxy, server world): the reference server reached through the fault proxy."""
    with live_world(tmp_path) as (server, world):
        host, port = server.url.removeprefix("http://").split(":")
        with FaultProxy((host, int(port))) as proxy:
            yield proxy, world


@contextlib.contextmanager
def officer_window(qtbot, tmp_path, proxy_url: str, *, probe_ms: int | None = None,
                   user: str | None = None, **flags):
    """A shown MainWindow on a fresh profile syncing through ``proxy_url``; yields (win, profile).

    The window is wired as ``app.py`` wires it: one workbench, one change hub, the controller
    running the workbench's passes and announcing their changes. ``flags`` are
    :class:`WindowServices` switches (``with_editor=False`` ...); ``probe_ms`` turns on the
    controller's connection probe at that interval, as app.py does. ``user`` logs in as another
    demo account (its own profile folder).
    """
    account = {} if user is None else {"user": user}
    profile = ClientProfile(tmp_path / (f"profil-{user}" if user else "profil"), proxy_url,
                            timeout=(2.0, 5.0), **account)
    tasks = TaskManager()
    hub = ChangeHub(tasks)
    probe = {} if probe_ms is None else {"prober": profile.bench.probe, "probe_ms": probe_ms}
    controller = SyncController(tasks, profile.bench.sync, interval_minutes=60, **probe)
    controller.finished.connect(lambda report: hub.announce(Changes.from_log(report.changes)))
    services = WindowServices(
        tasks=tasks, bench=profile.bench, hub=hub, sync=controller,
        errors=ErrorBridge(tmp_path / "logs", interactive=False),
        ui_state=QSettings(str(tmp_path / f"ui-{user or 'officer'}.ini"),
                           QSettings.Format.IniFormat), **flags)
    win = MainWindow(services, utc_now)
    qtbot.addWidget(win)
    win.show()
    try:
        yield win, profile
    finally:
        controller.stop()
        tasks.shutdown()
        profile.close()


def sync_from_status_bar(qtbot, win):
    """Click "Sinkronkan sekarang" and wait for the pass and the refreshes after it.

    A pass started by a queued action may be running; its button then reads "Batal", so (as an
    officer would) wait for it to end before clicking.
    """
    controller = win.services.sync
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(win.sync_status.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.running and win.services.tasks.pending == 0,
                    timeout=30_000)
    return blocker.args[0]
