"""The push half of a sync pass: the outbox sent to the server (DESIGN section 4, "push
operations").

Text-only actions go in batches (``POST /actions/batch``), each with its own Idempotency-Key and
its own result; actions with files go one by one after their uploads. Every state change of an
operation is its own committed transaction: an operation found *sending* at the start of a push
(the process died mid-request) is sent again with the same key, and the server answers with the
stored receipt, so each action is applied exactly once.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.protocol import (
    ActionReceipt,
    ComplaintSnapshot,
    snapshot_to_complaint,
)
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.store import Store
from lapor_desktop.store.outbox import OutboxOp
from lapor_desktop.store.sync_support import (
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
from lapor_desktop.sync.push_batch import BatchPush, StopPass
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

# Errors that mean "the server is not reachable now": stop the pass rather than time out once
# per remaining item on a dead link.
_LINK_DOWN = frozenset({ErrorKind.NETWORK, ErrorKind.TIMEOUT})
# A defensive bound on push rounds; each round sends at least one operation not yet tried in
# the pass, so the loop ends long before this on any real outbox.
MAX_PUSH_ROUNDS = 10_000
_NAMED_RETRY_KINDS = frozenset({ErrorKind.TIMEOUT, ErrorKind.SERVER, ErrorKind.RATE_LIMITED})


class Pusher(BatchPush):
    """Sends a store's due outbox operations and settles each on its own result.

    ``relogin`` returns a fresh client after a 401 (raising ``LoginRequired`` when there is no
    way to log in again); the engine owns the session, the pusher only asks for it.
    """

    def __init__(self, store: Store, *, clock: Callable[[], dt.datetime],
                 relogin: Callable[[], SyncClient], retry_policy: RetryPolicy,
                 cache_dir: Path, rng: random.Random) -> None:
        self.store = store
        self.retry_policy = retry_policy
        self.cache_dir = cache_dir
        self._clock = clock
        self._relogin = relogin
        self._rng = rng
        #: False once the server answered that it has no batch endpoint (an older server).
        self._batch_supported = True
        #: Whether an action's files may go now (metered mode's daily budget, data_budget.py).
        self.admit_upload: Callable[[OutboxOp], bool] = lambda _op: True

    def push(self, client: SyncClient, report: SyncReport, tick: ProgressCallback,
              stop: CancelledCallback, files: bool = True) -> SyncClient:
        """Push until nothing is due: each round sends the head of every complaint, so the next
        action of a complaint goes as soon as the one before it is accepted (three replies to one
        complaint need one pass, not three). Every operation is tried at most once per pass, so a
        failed one waits for its retry time and the loop ends. ``files=False`` (a metered link)
        leaves the actions that still have a file to upload for a push after the pull. Returns
        the client to go on with (a fresh one after a login on the way)."""
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
                return client
            total = len(tried) + len(ops)
            tick(SyncProgress(Stage.PUSH, len(tried), total))
            # Text first, in batches: an action with files waits for its uploads, and a slow
            # file never holds back the text of other complaints.
            texts = [op for op in ops if not op.payload.get("attachments")]
            with_files = [op for op in ops if op.payload.get("attachments")]
            client = self._push_texts(client, texts, tried, total, report, tick, stop)
            if report.cancelled:
                return client
            for op in with_files:
                if stop():
                    report.cancelled = True
                    return client
                tried.add(op.id)
                paused: list[str] = []
                client = self._push_one(client, op, report, stop,
                                        text_waiting(self.store, self._clock, tried), paused)
                tick(SyncProgress(Stage.PUSH, len(tried), total))
                if paused:  # its upload paused for text behind it: a new round sends that first
                    tried.discard(op.id)
                    break
        return client

    def _accept_all(self, accepted: list[tuple[OutboxOp, ActionReceipt]],
                    report: SyncReport) -> None:
        """Record the receipts of accepted operations in one transaction."""
        complaints = [snapshot_to_complaint(receipt.complaint) for _op, receipt in accepted]
        with self.store.transaction() as session:
            report.changes.remember(session, [c.id for c in complaints])
            self.store.outbox.mark_accepted_many(session, [
                (op.id, receipt.receipt_number, receipt.accepted_at.astimezone(dt.UTC))
                for op, receipt in accepted])
            upsert_newer(self.store, session, complaints)
            # upsert_snapshots refreshed those it wrote; the rest (older receipts) here.
            refresh_local_state(session, [op.complaint_id for op, _r in accepted])
        report.changes.upserted.update(c.id for c in complaints)
        report.pushed += len(accepted)

    def _settle_error(self, op: OutboxOp, error: SyncError, report: SyncReport) -> None:
        """Decide a claimed operation the server refused or could not take (raises
        :class:`StopPass` when the pass must end: link down, login or update needed)."""
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
            raise StopPass(error)
        report.note_retry_after(error.retry_after)
        gave_up = self._retry(op, error)
        report.failures.append(ItemFailure(op.id, self._tracking_id(op), error.kind,
                                           gave_up or str(error), will_retry=not gave_up))
        if error.kind in _LINK_DOWN:
            raise StopPass(error)

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
            raise StopPass(error) from None
        except errors.OutdatedClient as error:
            self._release(op)
            raise StopPass(error) from None
        except ValidationError as error:  # a stored payload the protocol no longer accepts
            self._attention(op, ErrorKind.VALIDATION,
                            f"Isi tindakan tidak valid: {validation_message(error)}")
            report.failures.append(ItemFailure(op.id, self._tracking_id(op), ErrorKind.VALIDATION,
                                               "Isi tindakan tidak valid", will_retry=False))
            return client
        except SyncError as error:
            try:
                self._settle_error(op, error, report)
            except StopPass as stopped:
                raise StopPass(stopped.error) from None
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


def _reason(error: SyncError) -> str:
    fields = error.body.get("fields") if isinstance(error.body, dict) else None
    details = []
    if isinstance(fields, list):
        for item in fields[:5]:
            if isinstance(item, dict) and isinstance(item.get("msg"), str):
                details.append(item["msg"][:200])
    text = str(error)[:500]
    return f"{text} ({'; '.join(details)})" if details else text
