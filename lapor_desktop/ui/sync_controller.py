"""Runs sync passes in the background and tells the window how the connection stands.

A pass runs on the task manager's network worker; the GUI thread never waits for it. Passes run
when the officer asks ("Sinkronkan sekarang"), on the configured interval, and, while offline,
on a short probe interval so the queue catches up soon after the link returns.

Between passes a cheap health probe (no login, no data) runs every :data:`PROBE_MS`, so the status
bar says "Luring" when the server goes away, not only after a pass failed, and a pass follows as
soon as it is back. "Kerja luring" (:meth:`SyncController.set_work_offline`) stops every automatic
pass and probe until the officer turns it off; "Sinkronkan sekarang" still works on request.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from lapor_desktop.sync.report import CancelledCallback, Outcome, ProgressCallback, SyncProgress, SyncReport
from lapor_desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)

SyncRunner = Callable[[ProgressCallback, CancelledCallback], SyncReport]

OFFLINE_PROBE_MS = 30_000
PROBE_MS = 60_000
Prober = Callable[[], "bool | None"]


class ConnectionState(StrEnum):
    """What the status bar shows about the server."""

    UNKNOWN = "unknown"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    LOGIN_REQUIRED = "login_required"
    OUTDATED = "outdated"
    WORK_OFFLINE = "work_offline"


class SyncController(QObject):
    """Schedules sync passes; one at a time."""

    #: The connection state changed (a ConnectionState value).
    state_changed = Signal(str)
    #: Progress of the running pass: (stage, done, total).
    progress = Signal(str, int, int)
    #: A pass ended (the SyncReport), whether it delivered everything or not.
    finished = Signal(object)
    #: The server asked for a new login; the outbox is untouched.
    login_required = Signal()
    #: A pass raised an unexpected exception (a bug): for the error bridge.
    crashed = Signal(object)

    def __init__(self, tasks: TaskManager, runner: SyncRunner | None, *,
                 interval_minutes: int = 10, prober: Prober | None = None,
                 probe_ms: int = PROBE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._runner = runner
        self._running = False
        self._again = False  # a pass was asked for while one was running
        self._cancel = threading.Event()
        self.state = ConnectionState.UNKNOWN
        self.last_report: SyncReport | None = None
        self.last_success: dt.datetime | None = None
        self._interval_ms = interval_minutes * 60_000
        self._timer = QTimer(self)
        self._timer.setObjectName("syncTimer")
        self._timer.timeout.connect(self._automatic_pass)
        self.work_offline = False
        self._prober = prober
        self._probing = False
        self._probe_timer = QTimer(self)
        self._probe_timer.setObjectName("probeTimer")
        self._probe_timer.setInterval(probe_ms)
        self._probe_timer.timeout.connect(self._probe)
        if prober is not None:
            self._probe_timer.start()
        # Progress ticks arrive from the network worker; a queued signal hops them to the GUI.
        self._tick.connect(self._on_tick)

    #: Internal: progress from the worker thread.
    _tick = Signal(str, int, int)

    @property
    def running(self) -> bool:
        """True while a pass is in flight."""
        return self._running

    def set_runner(self, runner: SyncRunner | None) -> None:
        """Replace the pass runner (after a login or a change of server)."""
        self._runner = runner

    def set_interval(self, minutes: int) -> None:
        """Change the automatic interval (applies from the next pass)."""
        self._interval_ms = max(1, minutes) * 60_000
        if self._timer.isActive() and self.state is not ConnectionState.OFFLINE:
            self._timer.start(self._interval_ms)

    def start(self) -> None:
        """Begin automatic syncing: one pass now, then on the interval (not while working offline)."""
        if not self.work_offline:
            self.sync_now()

    def stop(self) -> None:
        """Stop automatic syncing and cancel a running pass."""
        self._timer.stop()
        self._probe_timer.stop()
        self.cancel()

    def set_work_offline(self, offline: bool) -> None:
        """"Kerja luring": no automatic pass or probe until turned off; turning it off syncs."""
        if offline == self.work_offline:
            return
        self.work_offline = offline
        if offline:
            self._timer.stop()
            if not self._running:
                self._set_state(ConnectionState.WORK_OFFLINE)
        else:
            self._set_state(ConnectionState.UNKNOWN)
            self.sync_now()

    def _automatic_pass(self) -> None:
        if not self.work_offline:
            self.sync_now()

    def _probe(self) -> None:
        if (self._prober is None or self._running or self._probing or self.work_offline
                or self.state in (ConnectionState.LOGIN_REQUIRED, ConnectionState.OUTDATED)):
            return
        self._probing = True
        self._tasks.net(self._prober, on_done=self._probed, on_error=self._probe_crashed)

    def _probed(self, reachable: bool | None) -> None:
        self._probing = False
        if self._running or self.work_offline or reachable is None:
            return
        if not reachable and self.state is not ConnectionState.OFFLINE:
            self._set_state(ConnectionState.OFFLINE)
            self._timer.start(min(OFFLINE_PROBE_MS, self._interval_ms))
        elif reachable and self.state is ConnectionState.OFFLINE:
            self.sync_now()  # the link is back: what waits leaves now

    def _probe_crashed(self, error: BaseException) -> None:
        self._probing = False
        log.error("connection probe crashed", exc_info=(type(error), error, error.__traceback__))

    def sync_now(self) -> bool:
        """Start a pass now; returns True if started. While one runs, another follows it (the
        officer asked after the running pass had taken its list), and False is returned."""
        if self._running:
            self._again = True
            return False
        if self._runner is None:
            return False
        self._running = True
        self._cancel.clear()
        self._set_state(ConnectionState.SYNCING)
        runner = self._runner
        self._tasks.net(lambda: runner(self._report_progress, self._cancel.is_set),
                        on_done=self._on_done, on_error=self._on_error)
        return True

    def request_pass(self) -> None:
        """Run a pass as soon as possible: now, or right after the running one (an action was
        queued: it should leave at once, not at the next interval). Offline, the probe timer
        brings the next try; a login or outdated-app stop waits for the officer."""
        if self.work_offline or self.state in (ConnectionState.LOGIN_REQUIRED,
                                               ConnectionState.OUTDATED):
            return
        if self._running:
            self._again = True
        elif self.state is not ConnectionState.OFFLINE:
            self.sync_now()

    def cancel(self) -> None:
        """Ask the running pass to stop at the next safe point."""
        self._cancel.set()

    def _report_progress(self, p: SyncProgress) -> None:
        self._tick.emit(p.stage.value, p.done, p.total)

    def _on_tick(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)

    def _on_done(self, report: SyncReport) -> None:
        self._running = False
        self.last_report = report
        outcome = report.outcome
        if outcome is Outcome.OFFLINE:
            self._set_state(ConnectionState.OFFLINE)
            self._timer.start(min(OFFLINE_PROBE_MS, self._interval_ms))
        elif outcome is Outcome.LOGIN_REQUIRED:
            self._timer.stop()
            self._set_state(ConnectionState.LOGIN_REQUIRED)
            self.login_required.emit()
        elif outcome is Outcome.OUTDATED_CLIENT:
            self._timer.stop()
            self._set_state(ConnectionState.OUTDATED)
        else:
            self.last_success = report.finished_at or dt.datetime.now(dt.UTC)
            self._set_state(ConnectionState.ONLINE)
            self._timer.start(self._next_pass_ms(report))
        if self.work_offline:
            self._timer.stop()  # a pass on request; the officer still works offline
            self._set_state(ConnectionState.WORK_OFFLINE)
        again, self._again = self._again, False
        self.finished.emit(report)
        if again and self.state in (ConnectionState.ONLINE, ConnectionState.OFFLINE):
            self.sync_now()

    def _next_pass_ms(self, report: SyncReport) -> int:
        # Work waiting for its retry time goes when that time comes, not a whole interval later.
        if report.outcome is not Outcome.WAITING_RETRY or report.next_retry_at is None:
            return self._interval_ms
        wait = (report.next_retry_at - dt.datetime.now(dt.UTC)).total_seconds() * 1000
        return int(min(self._interval_ms, max(1000.0, wait)))

    def _on_error(self, error: BaseException) -> None:
        # The engine turns every expected failure into a report; reaching here is a bug.
        self._running = False
        log.error("sync pass crashed", exc_info=(type(error), error, error.__traceback__))
        self._set_state(ConnectionState.OFFLINE)
        self._timer.start(min(OFFLINE_PROBE_MS, self._interval_ms))
        self.crashed.emit(error)

    def _set_state(self, state: ConnectionState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state.value)
