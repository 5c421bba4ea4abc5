"""The one task manager: background work off the GUI thread, results back by signal.

Two workers, each a ``QThread`` running jobs one at a time in submission order:

- ``db``: every database write and slow query (SQLite serialises writes anyway, and sessions
  never cross threads: each job opens its own session from the store);
- ``net``: every request to the server, so a slow link never blocks a database write.

Widgets never create threads; they call :meth:`TaskManager.run` (Anki's ``QueryOp`` /
``CollectionOp`` idea) and get their callback on the GUI thread. Nothing calls ``processEvents``.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Worker(QThread):
    """Runs submitted jobs one at a time; emits ``done``/``failed`` with the job id."""

    #: A job finished: (job id, result). Delivered to the GUI thread by a queued connection.
    done = Signal(int, object)
    #: A job raised: (job id, exception).
    failed = Signal(int, object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"lapor-{name}")
        self._jobs: queue.SimpleQueue[tuple[int, Callable[[], Any]] | None] = queue.SimpleQueue()

    def submit(self, job_id: int, fn: Callable[[], Any]) -> None:
        self._jobs.put((job_id, fn))

    def shutdown(self) -> None:
        self._jobs.put(None)

    def run(self) -> None:  # noqa: D102 - QThread entry point
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job_id, fn = item
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's error path
                self.failed.emit(job_id, exc)
            else:
                self.done.emit(job_id, result)


class TaskManager(QObject):
    """Owns the background workers; built once in ``app.py`` and passed to whoever needs it."""

    #: Number of jobs not yet finished changed (for a busy indicator).
    busy_changed = Signal(int)
    #: A job failed and its caller gave no error handler: the app's error bridge shows it.
    unhandled_error = Signal(object)

    DB = "db"
    NET = "net"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, ErrorCallback | None]] = {}
        self._lock = threading.Lock()
        self._workers = {name: _Worker(name) for name in (self.DB, self.NET)}
        for worker in self._workers.values():
            worker.done.connect(self._on_done)
            worker.failed.connect(self._on_failed)
            worker.start()

    @property
    def pending(self) -> int:
        """Jobs submitted and not yet finished."""
        with self._lock:
            return len(self._callbacks)

    def run(self, worker: str, fn: Callable[[], Any], *, on_done: Callback | None = None,
            on_error: ErrorCallback | None = None) -> int:
        """Run ``fn`` on the ``db`` or ``net`` worker; callbacks run on the GUI thread."""
        job_id = next(self._ids)
        with self._lock:
            self._callbacks[job_id] = (on_done, on_error)
            count = len(self._callbacks)
        self._workers[worker].submit(job_id, fn)
        self.busy_changed.emit(count)
        return job_id

    def db(self, fn: Callable[[], Any], **callbacks: Any) -> int:
        """Shorthand for :meth:`run` on the database worker."""
        return self.run(self.DB, fn, **callbacks)

    def net(self, fn: Callable[[], Any], **callbacks: Any) -> int:
        """Shorthand for :meth:`run` on the network worker."""
        return self.run(self.NET, fn, **callbacks)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Finish queued jobs and stop the workers (called once at exit)."""
        for worker in self._workers.values():
            worker.shutdown()
        for worker in self._workers.values():
            if not worker.wait(timeout_ms):
                log.warning("worker %s did not stop in time", worker.objectName())

    def _pop(self, job_id: int) -> tuple[Callback | None, ErrorCallback | None]:
        with self._lock:
            callbacks = self._callbacks.pop(job_id, (None, None))
            count = len(self._callbacks)
        self.busy_changed.emit(count)
        return callbacks

    @Slot(int, object)
    def _on_done(self, job_id: int, result: object) -> None:
        on_done, _ = self._pop(job_id)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error = self._pop(job_id)
        if on_error is not None:
            on_error(exc)
        else:
            self.unhandled_error.emit(exc)
