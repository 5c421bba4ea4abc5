"""What one sync pass did, for the status bar, the CLI and the logs.

``SyncEngine.run_once(progress, cancelled) -> SyncReport``: the engine calls ``progress`` with a
:class:`SyncProgress` as it goes and polls ``cancelled()`` between steps.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from enum import IntEnum, StrEnum
from typing import Any

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
    # The server was reached and nothing needs the officer, but actions are still queued: each
    # waits out its retry delay (a 5xx or 429 on it); ``next_retry_at`` says when to run again.
    WAITING_RETRY = 7


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
    # Operations still queued or sending after the pass, and the earliest instant one of them may
    # go (None when all of them wait behind a *needs attention* action).
    queued_left: int = 0
    next_retry_at: dt.datetime | None = None
    # The longest wait the server asked for this pass (Retry-After on login, health, the feed or
    # an action), in seconds; None when it asked for none.
    retry_after: float | None = None
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
        if self.queued_left or self.failures:
            return Outcome.WAITING_RETRY
        return Outcome.DELIVERED

    def note_retry_after(self, seconds: float | None) -> None:
        """Remember a ``Retry-After`` the server sent (the longest one wins)."""
        if seconds is not None and (self.retry_after is None or seconds > self.retry_after):
            self.retry_after = seconds


def report_json(report: SyncReport, now: dt.datetime) -> dict[str, Any]:
    """The report as ``sync --json`` prints it (times ISO 8601 UTC, waits in whole seconds).

    ``retry_after`` / ``retry_at``: the server asked to wait (429/503 with Retry-After).
    ``next_retry_at`` / ``next_retry_in``: when the earliest queued action may be sent again.
    A scheduler should run ``sync`` again at the later of the two.
    """
    outcome = report.outcome
    retry_at = (now + dt.timedelta(seconds=report.retry_after)
                if report.retry_after is not None else None)
    return {
        "outcome": outcome.name.lower(), "exit_code": int(outcome),
        "pulled": report.pulled, "removed": report.removed, "pushed": report.pushed,
        "uploaded": report.uploaded, "attention_pending": report.attention_pending,
        "queued_left": report.queued_left,
        "next_retry_at": _iso(report.next_retry_at),
        "next_retry_in": (max(0, math.ceil((report.next_retry_at - now).total_seconds()))
                          if report.next_retry_at is not None else None),
        "retry_after": (math.ceil(report.retry_after)
                        if report.retry_after is not None else None),
        "retry_at": _iso(retry_at),
        "error_kind": report.error_kind.value if report.error_kind else None,
        "error": report.error_message or None,
        "failures": [{"op_id": f.op_id, "tracking_id": f.tracking_id, "kind": f.kind.value,
                      "message": f.message, "will_retry": f.will_retry}
                     for f in report.failures]}


def waiting_line(report: SyncReport, now: dt.datetime) -> str | None:
    """One Indonesian line about work left for a later pass, or None when there is none."""
    parts = []
    if report.queued_left:
        when = (report.next_retry_at.astimezone(dt.UTC).strftime("%H:%M:%S UTC")
                if report.next_retry_at else "setelah tindakan yang perlu perhatian diselesaikan")
        parts.append(f"masih antre: {report.queued_left} (dicoba lagi {when})")
    if report.retry_after is not None:
        parts.append(f"server meminta menunggu {math.ceil(report.retry_after)} detik")
    if not parts:
        return None
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _iso(when: dt.datetime | None) -> str | None:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds") if when is not None else None
