"""What one sync pass did, for the status bar, the CLI and the logs.

``SyncEngine.run_once(progress, cancelled) -> SyncReport``: the engine calls ``progress`` with a
:class:`SyncProgress` as it goes and polls ``cancelled()`` between steps.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from enum import IntEnum, StrEnum

from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.sync.errors import ErrorKind


class Stage(StrEnum):
    """Phases of a pass, in order."""

    CONNECT = "connect"
    PUSH = "push"
    UPLOAD = "upload"
    PULL = "pull"
    DOWNLOAD = "download"
    DONE = "done"


@dataclasses.dataclass(frozen=True, slots=True)
class SyncProgress:
    """A progress tick: ``done`` of ``total`` items of ``stage`` (total 0 = unknown)."""

    stage: Stage
    done: int = 0
    total: int = 0


ProgressCallback = Callable[[SyncProgress], None]
CancelledCallback = Callable[[], bool]


class Outcome(IntEnum):
    """Overall result; the value is the exit code of ``lapor-desktop sync``."""

    DELIVERED = 0
    NEEDS_ATTENTION = 2
    OFFLINE = 3
    LOGIN_REQUIRED = 4
    OUTDATED_CLIENT = 5
    CANCELLED = 6


@dataclasses.dataclass(frozen=True, slots=True)
class ItemFailure:
    """An outbox item that did not go through this pass, and why."""

    op_id: str
    tracking_id: str
    kind: ErrorKind
    message: str
    will_retry: bool


@dataclasses.dataclass(slots=True)
class SyncReport:
    """Counts and failures of one pass. ``error`` is set when the pass itself could not run."""

    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    pulled: int = 0
    removed: int = 0
    pushed: int = 0
    uploaded: int = 0
    failures: list[ItemFailure] = dataclasses.field(default_factory=list)
    error_kind: ErrorKind | None = None
    error_message: str = ""
    cancelled: bool = False
    # Operations waiting for the officer's decision after the pass (this pass's or earlier).
    attention_pending: int = 0
    #: What the pass wrote: the views refresh and the notifications are computed from it.
    changes: ChangeLog = dataclasses.field(default_factory=ChangeLog)

    @property
    def outcome(self) -> Outcome:
        """The overall result (and the CLI's exit code)."""
        if self.error_kind in (ErrorKind.NETWORK, ErrorKind.TIMEOUT, ErrorKind.SERVER,
                               ErrorKind.RATE_LIMITED, ErrorKind.PROTOCOL):
            return Outcome.OFFLINE
        if self.error_kind is ErrorKind.LOGIN:
            return Outcome.LOGIN_REQUIRED
        if self.error_kind is ErrorKind.OUTDATED_CLIENT:
            return Outcome.OUTDATED_CLIENT
        if self.error_kind is not None:
            return Outcome.OFFLINE  # any other pass-level failure: the server is not usable now
        if self.cancelled:
            return Outcome.CANCELLED
        if self.attention_pending or any(not f.will_retry for f in self.failures):
            return Outcome.NEEDS_ATTENTION
        if self.failures:
            # Only transient failures (a 5xx or 429 on some item): the server is in trouble.
            return Outcome.OFFLINE
        return Outcome.DELIVERED
