""""Siap luring": can the officer go offline now, and "Siapkan untuk luring" (issue 16).

One Qt-free service used by the readiness view and ``lapor-desktop ready [--json]`` alike. The
check reads only the local profile (it works with no connection at all); the preparation runs a
sync pass, refreshes the reference data and templates, then fetches the open complaints'
attachments that are missing, most urgent first, within an optional size budget. It is
resumable: a second run picks up where the first stopped (whole files are skipped, a partial
file continues with ``Range``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import OutboxState
from lapor_desktop.store import offline as offline_store
from lapor_desktop.store.reference import REFERENCE_KEY, templates
from lapor_desktop.sync import errors
from lapor_desktop.sync.prefetch import FetchResult, Outcome, fetch_attachments, is_cached
from lapor_desktop.sync.prefetch import refresh_reference as fetch_reference
from lapor_desktop.sync.report import SyncReport

if TYPE_CHECKING:
    from lapor_desktop.workbench.workbench import Workbench

# Reference data older than this is not "current" (the engine refreshes it daily).
REFERENCE_MAX_AGE = dt.timedelta(hours=24)
# A sync older than this is worth renewing before leaving.
SYNC_MAX_AGE = dt.timedelta(hours=12)


@dataclasses.dataclass(frozen=True, slots=True)
class MissingFile:
    """An attachment of an open complaint that is not in the cache, and why."""

    tracking_id: str
    filename: str
    size: int
    reason: str  # "" (not fetched yet), or what went wrong the last time
    unavailable: bool = False  # the server no longer has it


@dataclasses.dataclass(frozen=True, slots=True)
class Waiting:
    """An action in the outbox that has not reached the server."""

    tracking_id: str
    kind: str
    state: str


@dataclasses.dataclass(frozen=True, slots=True)
class Readiness:
    """Everything the officer needs to know before going offline."""

    checked_at: dt.datetime
    open_complaints: int
    history_events: int
    last_success_at: dt.datetime | None
    attachments_total: int
    attachments_cached: int
    missing: tuple[MissingFile, ...]
    reference_updated_at: dt.datetime | None
    templates: int
    waiting: tuple[Waiting, ...]
    next_due_at: dt.datetime | None
    next_due_tracking_id: str | None
    overdue: int = 0  # open complaints already past their deadline

    @property
    def missing_bytes(self) -> int:
        """Bytes still to fetch (files the server no longer has are not counted)."""
        return sum(m.size for m in self.missing if not m.unavailable)

    @property
    def fetchable(self) -> list[MissingFile]:
        """Missing files that a preparation can still fetch."""
        return [m for m in self.missing if not m.unavailable]

    @property
    def unavailable(self) -> list[MissingFile]:
        """Missing files the server said it no longer has."""
        return [m for m in self.missing if m.unavailable]

    @property
    def sync_age(self) -> dt.timedelta | None:
        """How long ago the last successful sync ended."""
        return None if self.last_success_at is None else self.checked_at - self.last_success_at

    @property
    def complaints_ok(self) -> bool:
        """The open complaints and their history are as of a recent successful sync."""
        age = self.sync_age
        return age is not None and age <= SYNC_MAX_AGE

    @property
    def attachments_ok(self) -> bool:
        """Every attachment of the open complaints is in the cache."""
        return not self.missing

    @property
    def reference_ok(self) -> bool:
        """Reference data and templates were refreshed recently."""
        return (self.reference_updated_at is not None
                and self.checked_at - self.reference_updated_at <= REFERENCE_MAX_AGE)

    @property
    def outbox_ok(self) -> bool:
        """Nothing is waiting to be sent."""
        return not self.waiting

    @property
    def ready(self) -> bool:
        """All four hold: the officer can go offline."""
        return self.complaints_ok and self.attachments_ok and self.reference_ok and self.outbox_ok

    def to_json(self) -> dict[str, Any]:
        """The machine-readable form (``lapor-desktop ready --json``)."""
        def iso(value: dt.datetime | None) -> str | None:
            return value.isoformat() if value is not None else None

        age = self.sync_age
        return {
            "ready": self.ready,
            "checked_at": iso(self.checked_at),
            "complaints": {"ok": self.complaints_ok, "open": self.open_complaints,
                           "history_events": self.history_events},
            "attachments": {"ok": self.attachments_ok, "total": self.attachments_total,
                            "cached": self.attachments_cached,
                            "to_fetch": len(self.fetchable), "to_fetch_bytes": self.missing_bytes,
                            "missing": [dataclasses.asdict(m) for m in self.missing]},
            "reference": {"ok": self.reference_ok, "updated_at": iso(self.reference_updated_at),
                          "templates": self.templates},
            "outbox": {"ok": self.outbox_ok, "waiting": [dataclasses.asdict(w)
                                                         for w in self.waiting]},
            "last_sync": {"at": iso(self.last_success_at),
                          "age_seconds": int(age.total_seconds()) if age is not None else None},
            "next_deadline": {"at": iso(self.next_due_at),
                              "tracking_id": self.next_due_tracking_id,
                              "overdue": self.overdue},
        }


def check(bench: Workbench) -> Readiness:
    """The readiness of ``bench``'s profile, from local data only."""
    store = bench.store
    now = bench.clock()
    summary = offline_store.open_summary(store, now)
    state = offline_store.load_state(store)
    problems: dict[str, str] = state.get("problems", {})
    unavailable: dict[str, str] = state.get("unavailable", {})
    files = offline_store.open_attachments(store)
    missing = []
    for a in files:
        if is_cached(bench.cache_dir, a, store.cache_cipher):
            continue
        gone = a.sha256 in unavailable
        reason = unavailable[a.sha256] if gone else problems.get(a.sha256, "")
        missing.append(MissingFile(a.tracking_id, a.filename, a.size, reason, gone))
    entry = store.reference_data.get(REFERENCE_KEY)
    return Readiness(
        checked_at=now, open_complaints=summary.complaints,
        history_events=summary.events, last_success_at=_parse(state.get("last_success_at")),
        attachments_total=len(files), attachments_cached=len(files) - len(missing),
        missing=tuple(missing), reference_updated_at=entry.updated_at if entry else None,
        templates=len(templates(store)), waiting=tuple(_waiting(bench)),
        next_due_at=summary.next_due_at, next_due_tracking_id=summary.next_due_tracking_id,
        overdue=summary.overdue)


def _waiting(bench: Workbench) -> list[Waiting]:
    pending = frozenset({OutboxState.QUEUED, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION})
    out = []
    for op in reversed(bench.store.outbox.ledger(states=pending, limit=500)):
        complaint = bench.store.complaints.get(op.complaint_id)
        tracking = complaint.tracking_id if complaint else str(op.complaint_id)
        out.append(Waiting(tracking, ActionKind(op.kind).value, OutboxState(op.state).value))
    return out


def note_pass(bench: Workbench, report: SyncReport) -> None:
    """Remember when a pass last reached the server and pulled everything (called by every
    sync pass; the check's "age of the last successful sync")."""
    if report.error_kind is None and not report.cancelled and report.finished_at is not None:
        offline_store.update_state(bench.store, last_success_at=report.finished_at.isoformat())


@dataclasses.dataclass(slots=True)
class Preparation:
    """What "Siapkan untuk luring" did, and the readiness after it."""

    sync: SyncReport | None
    reference_error: str | None
    fetch: FetchResult
    readiness: Readiness
    stopped: str | None = None  # why it stopped early (offline, login, cancelled)


PrepareProgress = Callable[[str, int, int], None]  # (what, done, total)


def prepare(bench: Workbench, *, budget: int | None = None,
            progress: PrepareProgress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> Preparation:
    """Sync, refresh reference data and templates, then fetch the missing attachments within
    ``budget`` bytes. Never raises for network trouble: it is in the result."""
    tick = progress or (lambda _what, _done, _total: None)
    tick(_("Sinkronisasi"), 0, 0)
    report = bench.sync(cancelled=cancelled)
    stopped = report.error_message if report.error_kind is not None else None
    if report.cancelled or cancelled():
        stopped = _("Dibatalkan.")
    reference_error: str | None = None
    fetch = FetchResult()
    if stopped is None:
        try:
            client = bench.session.client()
        except errors.SyncError as exc:
            stopped = str(exc)
        else:
            try:
                tick(_("Data referensi dan templat"), 0, 0)
                try:
                    fetch_reference(client, bench.store)
                except errors.SyncError as exc:
                    reference_error = str(exc)
                # Files the server said it no longer has are asked for again (a 404 is cheap,
                # and an admin may have restored them).
                wanted = offline_store.open_attachments(bench.store)
                fetch = fetch_attachments(
                    client, bench.store, bench.cache_dir, wanted, budget=budget,
                    meter=bench.link_meter, cancelled=cancelled,
                    progress=lambda done, total, name: tick(_("Lampiran"), done, total))
            finally:
                client.close()
    _remember(bench, fetch)
    bench.data_budget.record_download(fetch.bytes_fetched)  # metered: today's allowance
    return Preparation(report, reference_error, fetch, check(bench), stopped)


def _remember(bench: Workbench, fetch: FetchResult) -> None:
    state = offline_store.load_state(bench.store)
    unavailable = dict(state.get("unavailable", {}))
    problems = dict(state.get("problems", {}))
    for f in fetch.files:
        sha = f.attachment.sha256
        problems.pop(sha, None)
        if f.outcome is Outcome.UNAVAILABLE:
            unavailable[sha] = f.message
        elif f.outcome is Outcome.FETCHED:
            unavailable.pop(sha, None)
        else:
            problems[sha] = f.message
    offline_store.update_state(bench.store, unavailable=unavailable, problems=problems,
                               last_prepared_at=bench.clock().isoformat())


def forget_unavailable(bench: Workbench) -> None:
    """Ask the server again for files it said it no longer has (the next preparation)."""
    offline_store.update_state(bench.store, unavailable={})


def _parse(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
