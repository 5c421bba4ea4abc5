"""The sync engine: one pass of connect -> push -> pull -> reference data (DESIGN section 4).

Offline-first and crash-safe by construction:

- every state change of an outbox operation is its own committed transaction, and an operation
  found *sending* at the start of a pass (the process died mid-request) is sent again with the
  same Idempotency-Key, so the server answers with the stored receipt: exactly once;
- a page of changes and the cursor after it are committed together, so a crash re-pulls at most
  one page and never skips one;
- nothing the server says reaches the store before it has been validated.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import logging
import random
from collections.abc import Callable
from pathlib import Path

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.protocol import ChangesPage, OfficerInfo, snapshot_to_complaint
from lapor_desktop.store import Store
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.outbox import OutboxOp, OutboxState
from lapor_desktop.store.profile import cache_dir as profile_cache_dir
from lapor_desktop.store.reference import REFERENCE_KEY
from lapor_desktop.store.sync_support import apply_changes, attention_count
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.errors import ErrorKind, SyncError
from lapor_desktop.sync.push import Pusher, StopPass
from lapor_desktop.sync.report import (
    CancelledCallback,
    ProgressCallback,
    Stage,
    SyncProgress,
    SyncReport,
)
from lapor_desktop.sync.retry import RetryPolicy

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
REFERENCE_MAX_AGE = dt.timedelta(hours=24)
REFERENCE_RETRY = dt.timedelta(hours=1)
# Complaints per page of the feed: the protocol's maximum. Bigger pages mean fewer round trips
# and one transaction per 500 complaints; a page of snapshots is still only ~100 KB gzipped.
PAGE_LIMIT = 500
# Pages one pass pulls at most (a million complaints at 500 a page): a server that claims endless
# changes cannot keep a pass, and the officer's actions behind it, running for ever. What is left
# comes with the next pass, from the stored cursor.
MAX_PULL_PAGES = 2_000


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    """Runs sync passes for one profile's store.

    ``client_factory`` returns a logged-in :class:`SyncClient` (raising ``LoginRequired`` when no
    token or password is available); ``reauthenticate``, if given, is called once on a 401 and
    returns a fresh client or None (see :class:`lapor_desktop.sync.session.SyncSession`).
    """

    def __init__(self, store: Store, client_factory: Callable[[], SyncClient], *,
                 reauthenticate: Callable[[], SyncClient | None] | None = None,
                 clock: Clock = _utc_now, retry_policy: RetryPolicy | None = None,
                 cache_dir: Path | None = None, page_limit: int = PAGE_LIMIT,
                 rng: random.Random | None = None,
                 on_officer: Callable[[OfficerInfo, ChangeLog], None] | None = None,
                 max_pull_pages: int = MAX_PULL_PAGES) -> None:
        self.store = store
        self.max_pull_pages = max_pull_pages
        #: Called with the server's answer to "who am I" at the start of every pass, before
        #: anything is pushed or pulled; the workbench checks the profile's identity there.
        self.on_officer = on_officer
        self._client_factory = client_factory
        self._reauthenticate = reauthenticate
        self._clock = clock
        self.page_limit = page_limit
        self._pusher = Pusher(store, clock=clock, relogin=self._relogin,
                              retry_policy=retry_policy or RetryPolicy(),
                              cache_dir=cache_dir or profile_cache_dir(store.path.parent),
                              rng=rng or random.Random())
        self._client: SyncClient | None = None
        self._relogins = 0
        self._reference_tried_at: dt.datetime | None = None
        #: Thin link (metered mode): actions with files go after the complaint updates.
        self.metered: Callable[[], bool] = lambda: False
        #: The current client passed the health and identity checks on an earlier pass.
        self._verified = False
        self._lean = False

    @property
    def retry_policy(self) -> RetryPolicy:
        """When failed operations are tried again (tests install a quicker one)."""
        return self._pusher.retry_policy

    @retry_policy.setter
    def retry_policy(self, policy: RetryPolicy) -> None:
        self._pusher.retry_policy = policy

    @property
    def admit_upload(self) -> Callable[[OutboxOp], bool]:
        """Whether an action's files may go now (metered mode's daily budget, data_budget.py)."""
        return self._pusher.admit_upload

    @admit_upload.setter
    def admit_upload(self, admit: Callable[[OutboxOp], bool]) -> None:
        self._pusher.admit_upload = admit

    @property
    def cache_dir(self) -> Path:
        """The profile's attachment cache, where queued files wait for their upload."""
        return self._pusher.cache_dir

    def run_once(self, progress: ProgressCallback | None = None,
                 cancelled: CancelledCallback | None = None) -> SyncReport:
        """One full pass. Never raises for server or network trouble: it is in the report."""
        tick = progress or (lambda _p: None)
        stop = cancelled or (lambda: False)
        report = SyncReport(started_at=self._clock())
        self._relogins = 0
        try:
            tick(SyncProgress(Stage.CONNECT))
            client = self._connect(report)
            thin = self.metered()
            if not stop():
                # The client that pushed goes on: a login on the way replaced it.
                client = self._pusher.push(client, report, tick, stop, files=not thin)
            if not stop():
                self._pull(client, report, tick, stop)
                client = self._client or client  # the pull may have logged in again too
            if thin and not stop():
                client = self._pusher.push(client, report, tick, stop)  # the files, after
            if not stop():
                self._reference(client, report)
        except StopPass as stopped:
            report.error_kind = stopped.error.kind
            report.error_message = str(stopped.error)
            report.note_retry_after(stopped.error.retry_after)
        except SyncError as error:
            report.note_retry_after(error.retry_after)
            # A 4xx on the feed, health or login check is not about any one item: the server
            # does not speak the protocol as expected.
            report.error_kind = (ErrorKind.PROTOCOL if error.kind in (
                ErrorKind.VALIDATION, ErrorKind.CONFLICT) else error.kind)
            report.error_message = str(error)
        report.cancelled = report.cancelled or stop()
        report.finished_at = self._clock()
        report.attention_pending = attention_count(self.store)
        backlog = self.store.outbox.backlog()
        report.queued_left, report.next_retry_at = backlog.waiting, backlog.next_attempt_at
        self._record(report)
        tick(SyncProgress(Stage.DONE))
        return report

    def reset_client(self) -> None:
        """Forget the cached client (call after the server address or the user changed); the
        next pass asks ``client_factory`` for a new one."""
        if self._client is not None:
            self._client.close()
        self._client = None
        self._verified = False

    # --- connect ---------------------------------------------------------------------------

    def _connect(self, report: SyncReport) -> SyncClient:
        if self._client is not None and self._verified and not self._push_due():
            # A session that worked on an earlier pass and nothing to send: straight to the
            # feed (one request when nothing is new); its first page names the officer, checked
            # in _pull before anything is applied, and a 401 there logs in again.
            self._lean = True
            return self._client
        self._lean = False
        client = self._client or self._client_factory()
        self._client = client
        client.health()
        self._save_clock(client)
        try:
            officer = client.me()  # a 401 here leaves the outbox untouched
        except errors.LoginRequired:
            client = self._relogin()
            officer = client.me()
        if self.on_officer is not None:
            self.on_officer(officer, report.changes)
        self._verified = True
        return client

    def _push_due(self) -> bool:
        """Whether this pass has operations to send (a pass that pushes checks the server and
        the officer first, as before)."""
        counts = self.store.outbox.counts()
        return bool(counts.get(OutboxState.SENDING, 0)) or bool(
            self.store.outbox.due_ops(self._clock()))

    def _relogin(self) -> SyncClient:
        self._relogins += 1
        fresh = None
        if self._reauthenticate is not None and self._relogins <= 1:
            fresh = self._reauthenticate()
        if fresh is None:
            self._client = None
            raise errors.LoginRequired(_("Sesi berakhir. Silakan masuk lagi (lapor-desktop login)."))
        self._client = fresh
        return fresh

    def _save_clock(self, client: SyncClient) -> None:
        if client.clock_offset is None:
            return
        with self.store.transaction() as session:
            self.store.sync_state.set_clock_offset(session, client.clock_offset)

    # --- pull ------------------------------------------------------------------------------

    def _pull(self, client: SyncClient, report: SyncReport, tick: ProgressCallback,
              stop: CancelledCallback) -> None:
        """Pull pages until the feed is drained, fetching page n+1 while page n is applied
        (network and SQLite overlap: the GIL is released in both). Each page and its cursor are
        still committed together, in order, so a crash re-pulls at most one page."""
        cursor = _cursor_value(self.store.sync_state.get().cursor)
        pages = 0
        with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="sync-prefetch") as pool:
            ahead: concurrent.futures.Future[ChangesPage] | None = None
            while True:
                if stop():
                    report.cancelled = True
                    return
                try:
                    page = ahead.result() if ahead is not None else client.changes(
                        cursor, self.page_limit)
                except errors.LoginRequired:
                    ahead = None
                    client = self._relogin()
                    continue
                ahead = None
                if pages == 0 and self._lean:
                    self._check_identity(client, page, report)
                if page.has_more and pages + 1 < self.max_pull_pages:
                    ahead = pool.submit(client.changes, page.next_cursor, self.page_limit)
                try:
                    self._apply_page(page, report)
                except BaseException:
                    if ahead is not None:
                        ahead.cancel()
                        with contextlib.suppress(Exception):
                            ahead.result()  # never leave a request running past the pass
                    raise
                pages += 1
                tick(SyncProgress(Stage.PULL, pages, 0))
                cursor = page.next_cursor
                if not page.has_more:
                    return
                if pages >= self.max_pull_pages:
                    log.warning("pulled %d pages in one pass; the rest comes with the next pass",
                                pages)
                    return

    def _check_identity(self, client: SyncClient, page: ChangesPage, report: SyncReport) -> None:
        """A lean pass skipped ``/me``: the officer comes with the first page (an older server
        without it is asked), and the clock offset of this response is kept."""
        self._save_clock(client)
        if self.on_officer is None:
            return
        officer = page.officer if page.officer is not None else client.me()
        self.on_officer(officer, report.changes)

    def _apply_page(self, page: ChangesPage, report: SyncReport) -> None:
        try:
            changes: list = [(s.seq, snapshot_to_complaint(s)) for s in page.items]
        except (InvalidDataError, ValueError, TypeError) as exc:
            raise errors.ProtocolError(_("Laporan dari server tidak valid: {exc}")
                                      .format(exc=exc)) from None
        changes += [(t.seq, t.complaint_id) for t in page.tombstones]
        try:
            upserted, removed = apply_changes(self.store, changes, str(page.next_cursor),
                                              report.changes)
        except InvalidDataError as exc:
            raise errors.ProtocolError(str(exc)) from None
        report.pulled += upserted
        report.removed += removed

    # --- reference data --------------------------------------------------------------------

    def _reference(self, client: SyncClient, report: SyncReport) -> None:
        entry = self.store.reference_data.get(REFERENCE_KEY)
        now = self._clock()
        if entry is not None and now - entry.updated_at < REFERENCE_MAX_AGE:
            return
        if self._reference_tried_at and now - self._reference_tried_at < REFERENCE_RETRY:
            return  # failed recently: not on every pass
        self._reference_tried_at = now
        try:
            data = client.reference()
        except errors.LoginRequired:
            raise
        except SyncError as error:
            # Reference lists are a nicety: an old copy keeps working, the pass is not failed.
            log.warning("reference data not refreshed: %s", error)
            return
        with self.store.transaction() as session:
            self.store.reference_data.put(session, REFERENCE_KEY, data.version,
                                          data.model_dump(mode="json"))
        report.changes.reference = True

    def _record(self, report: SyncReport) -> None:
        ok = report.error_kind is None and not report.failures
        try:
            with self.store.transaction() as session:
                self.store.sync_state.record_run(session, at=report.finished_at or self._clock(),
                                                 ok=ok, error=report.error_message or (
                                                     report.failures[0].message
                                                     if report.failures else None))
        except Exception:  # the pass's results are committed already; a locked db here is minor
            log.exception("could not record the sync run")


def _cursor_value(raw: str | None) -> int:
    try:
        value = int(raw) if raw is not None else 0
    except ValueError:
        return 0
    return max(0, value)
