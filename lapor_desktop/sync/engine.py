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

from pydantic import ValidationError

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.protocol import (
    MAX_BATCH_ACTIONS,
    ActionReceipt,
    ActionRequest,
    ChangesPage,
    ComplaintSnapshot,
    OfficerInfo,
    snapshot_to_complaint,
)
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.store import Store
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.outbox import OutboxOp, OutboxState
from lapor_desktop.store.profile import cache_dir as profile_cache_dir
from lapor_desktop.store.reference import REFERENCE_KEY
from lapor_desktop.store.sync_support import (
    apply_changes,
    attention_count,
    refresh_local_state,
    release,
    upsert_if_newer,
    upsert_newer,
)
from lapor_desktop.sync import errors, poison
from lapor_desktop.sync.attachments import upload_for_op
from lapor_desktop.sync.client import SyncClient, validate
from lapor_desktop.sync.errors import ErrorKind, SyncError
from lapor_desktop.sync.ordering import pending_upload_bytes, text_first, text_waiting
from lapor_desktop.sync.outbox import build_request
from lapor_desktop.sync.report import (
    CancelledCallback,
    ItemFailure,
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
# Errors that mean "the server is not reachable now": stop the pass rather than time out once
# per remaining item on a dead link.
_LINK_DOWN = frozenset({ErrorKind.NETWORK, ErrorKind.TIMEOUT})


# A defensive bound on push rounds; each round sends at least one operation not yet tried in
# the pass, so the loop ends long before this on any real outbox.
MAX_PUSH_ROUNDS = 10_000
# Complaints per page of the feed: the protocol's maximum. Bigger pages mean fewer round trips
# and one transaction per 500 complaints; a page of snapshots is still only ~100 KB gzipped.
PAGE_LIMIT = 500
# Pages one pass pulls at most (a million complaints at 500 a page): a server that claims endless
# changes cannot keep a pass, and the officer's actions behind it, running for ever. What is left
# comes with the next pass, from the stored cursor.
MAX_PULL_PAGES = 2_000
_NAMED_RETRY_KINDS = frozenset({ErrorKind.TIMEOUT, ErrorKind.SERVER, ErrorKind.RATE_LIMITED})


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class _StopPass(Exception):
    """Internal: abort the pass with this error recorded on the report."""

    def __init__(self, error: SyncError) -> None:
        super().__init__(str(error))
        self.error = error


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
        self.retry_policy = retry_policy or RetryPolicy()
        self.cache_dir = cache_dir or profile_cache_dir(store.path.parent)
        self.page_limit = page_limit
        self._rng = rng or random.Random()
        self._client: SyncClient | None = None
        self._relogins = 0
        self._reference_tried_at: dt.datetime | None = None
        #: Thin link (metered mode): actions with files go after the complaint updates.
        self.metered: Callable[[], bool] = lambda: False
        #: Whether an action's files may go now (metered mode's daily budget, data_budget.py).
        self.admit_upload: Callable[[OutboxOp], bool] = lambda _op: True
        #: False once the server answered that it has no batch endpoint (an older server).
        self._batch_supported = True
        #: The current client passed the health and identity checks on an earlier pass.
        self._verified = False
        self._lean = False

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
                self._push(client, report, tick, stop, files=not thin)
            if not stop():
                self._pull(client, report, tick, stop)
            if thin and not stop():
                self._push(client, report, tick, stop)  # the files, after the updates
            if not stop():
                self._reference(client, report)
        except _StopPass as stopped:
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

    # --- push ------------------------------------------------------------------------------

    def _push(self, client: SyncClient, report: SyncReport, tick: ProgressCallback,
              stop: CancelledCallback, files: bool = True) -> None:
        """Push until nothing is due: each round sends the head of every complaint, so the next
        action of a complaint goes as soon as the one before it is accepted (three replies to one
        complaint need one pass, not three). Every operation is tried at most once per pass, so a
        failed one waits for its retry time and the loop ends. ``files=False`` (a metered link)
        leaves the actions that still have a file to upload for a push after the pull."""
        with self.store.transaction() as session:
            # Left 'sending' by a pass that died: safe to resend with the same key.
            if self.store.outbox.reset_sending(session):
                report.changes.outbox = True
        tried: set[str] = set()
        for _round in range(MAX_PUSH_ROUNDS):
            # Thin links: text-only actions before those with files (sync/ordering.py).
            ops = text_first(op for op in self.store.outbox.due_ops(self._clock())
                             if op.id not in tried and (not pending_upload_bytes(op) or (
                                 files and self.admit_upload(op))))
            if not ops:
                return
            total = len(tried) + len(ops)
            tick(SyncProgress(Stage.PUSH, len(tried), total))
            # Text first, in batches: an action with files waits for its uploads, and a slow
            # file never holds back the text of other complaints.
            texts = [op for op in ops if not op.payload.get("attachments")]
            with_files = [op for op in ops if op.payload.get("attachments")]
            for start in range(0, len(texts), MAX_BATCH_ACTIONS):
                if stop():
                    report.cancelled = True
                    return
                chunk = texts[start:start + MAX_BATCH_ACTIONS]
                tried.update(op.id for op in chunk)
                if self._batch_supported and len(chunk) > 1:
                    client = self._push_batch(client, chunk, report, stop)
                else:
                    for op in chunk:
                        client = self._push_one(client, op, report, stop)
                tick(SyncProgress(Stage.PUSH, len(tried), total))
            for op in with_files:
                if stop():
                    report.cancelled = True
                    return
                tried.add(op.id)
                paused: list[str] = []
                client = self._push_one(client, op, report, stop,
                                        text_waiting(self.store, self._clock, tried), paused)
                tick(SyncProgress(Stage.PUSH, len(tried), total))
                if paused:  # its upload paused for text behind it: a new round sends that first
                    tried.discard(op.id)
                    break

    def _push_batch(self, client: SyncClient, chunk: list[OutboxOp], report: SyncReport,
                    stop: CancelledCallback) -> SyncClient:
        """Send text-only operations in one request; each settles on its own result."""
        with self.store.transaction() as session:
            claimed = [op for op in (self.store.outbox.mark_sending(session, o.id)
                                     for o in chunk) if op is not None]
        if not claimed:
            return client
        report.changes.outbox = True
        sendable: list[tuple[OutboxOp, ActionRequest]] = []
        for op in claimed:
            try:
                sendable.append((op, build_request(op.kind, op.payload, op.base_revision or 0)))
            except ValidationError as error:  # a stored payload the protocol no longer accepts
                self._attention(op, ErrorKind.VALIDATION,
                                f"Isi tindakan tidak valid: {validation_message(error)}")
                report.failures.append(ItemFailure(op.id, self._tracking_id(op),
                                                   ErrorKind.VALIDATION,
                                                   "Isi tindakan tidak valid", will_retry=False))
        if not sendable:
            return client
        try:
            outcomes = client.post_actions([(op.id, op.complaint_id, request)
                                            for op, request in sendable])
        except errors.LoginRequired:
            for op, _request in sendable:
                self._release(op)
            try:
                client = self._relogin()
            except errors.LoginRequired as error:
                raise _StopPass(error) from None
            return self._push_batch(client, [op for op, _r in sendable], report, stop)
        except errors.ValidationRejected as error:
            if error.status not in (404, 405):
                raise
            # A server without the batch endpoint: one request per action from now on.
            self._batch_supported = False
            for op, _request in sendable:
                self._release(op)
            for op, _request in sendable:
                client = self._push_one(client, op, report, stop)
            return client
        except errors.OutdatedClient as error:
            for op, _request in sendable:
                self._release(op)
            raise _StopPass(error) from None
        except SyncError as error:  # the request as a whole failed: nothing is known of any
            for index, (op, _request) in enumerate(sendable):
                try:
                    self._settle_error(op, error, report)
                except _StopPass:
                    for later, _r in sendable[index + 1:]:
                        self._release(later)
                    raise
            return client
        accepted = [(op, outcome) for (op, _r), outcome in zip(sendable, outcomes, strict=True)
                    if isinstance(outcome, ActionReceipt)]
        if accepted:
            self._accept_all(accepted, report)
        refused = [(op, outcome) for (op, _r), outcome in zip(sendable, outcomes, strict=True)
                   if not isinstance(outcome, ActionReceipt)]
        for index, (op, outcome) in enumerate(refused):
            try:
                self._settle_error(op, outcome, report)
            except _StopPass:
                for later, _o in refused[index + 1:]:
                    self._release(later)
                raise
        return client

    def _accept_all(self, accepted: list[tuple[OutboxOp, ActionReceipt]],
                    report: SyncReport) -> None:
        """Record the receipts of accepted operations in one transaction."""
        complaints = [snapshot_to_complaint(receipt.complaint) for _op, receipt in accepted]
        with self.store.transaction() as session:
            report.changes.remember(session, [c.id for c in complaints])
            for op, receipt in accepted:
                self.store.outbox.mark_accepted(session, op.id, receipt.receipt_number,
                                                receipt.accepted_at.astimezone(dt.UTC),
                                                refresh=False)
            upsert_newer(self.store, session, complaints)
            # upsert_snapshots refreshed those it wrote; the rest (older receipts) here.
            refresh_local_state(session, [op.complaint_id for op, _r in accepted])
        report.changes.upserted.update(c.id for c in complaints)
        report.pushed += len(accepted)

    def _settle_error(self, op: OutboxOp, error: SyncError, report: SyncReport) -> None:
        """Decide a claimed operation the server refused or could not take (raises
        :class:`_StopPass` when the pass must end: link down, login or update needed)."""
        if isinstance(error, errors.ConflictError):
            self._conflict(op, error, report)
            report.failures.append(ItemFailure(op.id, self._tracking_id(op), ErrorKind.CONFLICT,
                                               str(error), will_retry=False))
            return
        if isinstance(error, errors.ValidationRejected):
            self._attention(op, ErrorKind.VALIDATION, _reason(error))
            report.failures.append(ItemFailure(op.id, self._tracking_id(op),
                                               ErrorKind.VALIDATION, _reason(error),
                                               will_retry=False))
            return
        if isinstance(error, errors.LoginRequired | errors.OutdatedClient):
            self._release(op)
            raise _StopPass(error)
        report.note_retry_after(error.retry_after)
        gave_up = self._retry(op, error)
        report.failures.append(ItemFailure(op.id, self._tracking_id(op), error.kind,
                                           gave_up or str(error), will_retry=not gave_up))
        if error.kind in _LINK_DOWN:
            raise _StopPass(error)

    def _push_one(self, client: SyncClient, op: OutboxOp, report: SyncReport,
                  stop: CancelledCallback, pause: CancelledCallback = lambda: False,
                  paused: list[str] | None = None) -> SyncClient:
        with self.store.transaction() as session:
            claimed = self.store.outbox.mark_sending(session, op.id)
        if claimed is None:
            return client  # discarded or changed since the pass listed it: the officer decided
        op = claimed
        # Whatever happens next, the operation's state changes (sending, then decided).
        report.changes.outbox = True
        try:
            try:
                report.uploaded += upload_for_op(client, self.store, op, self.cache_dir,
                                                 cancelled=lambda: stop() or pause())
                if stop():
                    self._release(op)
                    report.cancelled = True
                    return client
                now = self.store.outbox.get(op.id)
                if paused is not None and now is not None and pending_upload_bytes(now):
                    self._release(op)  # the server keeps the offset: resumed, never re-sent
                    paused.append(op.id)
                    return client
                request = build_request(op.kind, op.payload, op.base_revision or 0)
                receipt = client.post_action(op.complaint_id, op.id, request)
            except errors.LoginRequired:
                self._release(op)
                client = self._relogin()  # raises LoginRequired when no way to log in
                return self._push_one(client, op, report, stop, pause, paused)
        except errors.LoginRequired as error:
            raise _StopPass(error) from None
        except errors.OutdatedClient as error:
            self._release(op)
            raise _StopPass(error) from None
        except ValidationError as error:  # a stored payload the protocol no longer accepts
            self._attention(op, ErrorKind.VALIDATION,
                            f"Isi tindakan tidak valid: {validation_message(error)}")
            report.failures.append(ItemFailure(op.id, self._tracking_id(op), ErrorKind.VALIDATION,
                                               "Isi tindakan tidak valid", will_retry=False))
            return client
        except SyncError as error:
            try:
                self._settle_error(op, error, report)
            except _StopPass as stopped:
                raise _StopPass(stopped.error) from None
            return client
        self._accept_all([(op, receipt)], report)
        return client

    def _tracking_id(self, op: OutboxOp) -> str:
        # Only for a failure's line in the report: one light row, not the complaint's history.
        marks = self.store.complaints.status_marks([op.complaint_id])
        return marks[0][1] if marks else str(op.complaint_id)

    def _release(self, op: OutboxOp) -> None:
        with self.store.transaction() as session:
            release(session, op.id)

    def _retry(self, op: OutboxOp, error: SyncError) -> str | None:
        """Schedule another attempt, or, when the server failed this very request the same way
        too often (a poison action), move it to *needs attention*; returns the reason then."""
        # The ledger names timeouts, 5xx and 429 as such; anything else retried counts as network.
        kind = error.kind if error.kind in _NAMED_RETRY_KINDS else ErrorKind.NETWORK
        signature = poison.signature(error)
        repeats = (op.failure_repeats + 1 if signature is not None
                   and signature == op.failure_signature else 1)
        if signature is not None and repeats >= poison.limit(error):
            reason = poison.reason(error, repeats)
            with self.store.transaction() as session:  # "server": the officer may revise
                self.store.outbox.mark_needs_attention(session, op.id, ErrorKind.SERVER, reason,
                                                       signature=signature)
            return reason
        when = self.retry_policy.next_attempt_at(self._clock(), op.attempts + 1,
                                                 retry_after=error.retry_after, rng=self._rng)
        with self.store.transaction() as session:
            self.store.outbox.mark_retry(session, op.id, str(error), when, kind,
                                         signature=signature)
        return None

    def _attention(self, op: OutboxOp, kind: ErrorKind, reason: str) -> None:
        with self.store.transaction() as session:
            self.store.outbox.mark_needs_attention(session, op.id, kind, reason)

    def _conflict(self, op: OutboxOp, error: errors.ConflictError, report: SyncReport) -> None:
        complaint = None
        raw = error.body.get("complaint")
        if raw is not None:
            try:
                snapshot = validate(ComplaintSnapshot, raw, "conflict")
                if snapshot.id == op.complaint_id:
                    complaint = snapshot_to_complaint(snapshot)
            except (SyncError, InvalidDataError) as bad:
                log.warning("conflict answer carried an invalid snapshot: %s", bad)
        with self.store.transaction() as session:
            if complaint is not None:
                report.changes.remember(session, [complaint.id])
                upsert_if_newer(self.store, session, complaint)
                report.changes.upserted.add(complaint.id)
            self.store.outbox.mark_needs_attention(session, op.id, ErrorKind.CONFLICT,
                                                   _reason(error))

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


def _reason(error: SyncError) -> str:
    fields = error.body.get("fields") if isinstance(error.body, dict) else None
    details = []
    if isinstance(fields, list):
        for item in fields[:5]:
            if isinstance(item, dict) and isinstance(item.get("msg"), str):
                details.append(item["msg"][:200])
    text = str(error)[:500]
    return f"{text} ({'; '.join(details)})" if details else text
