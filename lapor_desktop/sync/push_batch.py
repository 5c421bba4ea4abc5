"""The batch half of the push (:class:`lapor_desktop.sync.push.Pusher`): text-only actions in
``POST /actions/batch`` requests, pipelined (the next batch on the wire while the receipts of
the one before are recorded), each action settled on its own result."""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses

from pydantic import ValidationError

from lapor_desktop.protocol import MAX_BATCH_ACTIONS, ActionReceipt, ActionRequest
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.store import Store
from lapor_desktop.store.outbox import OutboxOp
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.errors import ErrorKind, SyncError
from lapor_desktop.sync.outbox import build_request
from lapor_desktop.sync.report import (
    CancelledCallback,
    ItemFailure,
    ProgressCallback,
    Stage,
    SyncProgress,
    SyncReport,
)


@dataclasses.dataclass
class _Flight:
    """A batch on the wire: its operations, the client that sent it, its answer to come."""

    sendable: list[tuple[OutboxOp, ActionRequest]]
    client: SyncClient
    answer: concurrent.futures.Future[list[ActionReceipt | SyncError]]


class StopPass(Exception):
    """Abort the sync pass with this error recorded on the report (link down, login or an
    update needed)."""

    def __init__(self, error: SyncError) -> None:
        super().__init__(str(error))
        self.error = error


class BatchPush:
    """Sends text-only operations in batches; mixed into :class:`~lapor_desktop.sync.push.Pusher`,
    which provides the store, the login and the settling of single operations."""

    store: Store
    _batch_supported: bool

    def _push_texts(self, client: SyncClient, texts: list[OutboxOp], tried: set[str],
                    total: int, report: SyncReport, tick: ProgressCallback,
                    stop: CancelledCallback) -> SyncClient:
        """Text-only operations in batches, pipelined: the next batch is on the wire while
        the receipts of the one before are recorded (client and server work overlap). At most
        one batch is in flight; a cancel lets it land and sends nothing after it."""
        with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="sync-push") as pool:
            flight: _Flight | None = None
            try:
                for start in range(0, len(texts), MAX_BATCH_ACTIONS):
                    if stop():
                        report.cancelled = True
                        break
                    chunk = texts[start:start + MAX_BATCH_ACTIONS]
                    tried.update(op.id for op in chunk)
                    if not (self._batch_supported and len(chunk) > 1):
                        if flight is not None:
                            landing, flight = flight, None
                            client = self._land(landing, client, report, stop)
                        for op in chunk:
                            client = self._push_one(client, op, report, stop)
                        tick(SyncProgress(Stage.PUSH, len(tried), total))
                        continue
                    sendable = self._claim(chunk, report)
                    ahead = _Flight(sendable, client, pool.submit(
                        client.post_actions, [(op.id, op.complaint_id, request)
                                              for op, request in sendable])) if sendable else None
                    if flight is not None:
                        landing, flight = flight, None
                        try:
                            client = self._land(landing, client, report, stop)
                        except BaseException:
                            if ahead is not None:  # sent already: resent with its keys later
                                self._abandon(ahead)
                            raise
                        tick(SyncProgress(Stage.PUSH, len(tried) - len(chunk), total))
                    flight = ahead
                if flight is not None:
                    landing, flight = flight, None
                    client = self._land(landing, client, report, stop)
                    tick(SyncProgress(Stage.PUSH, len(tried), total))
            except BaseException:
                if flight is not None:
                    self._abandon(flight)
                raise
        return client

    def _abandon(self, flight: _Flight) -> None:
        """A batch whose answer will not be recorded (the pass stops): wait for the request,
        then give its operations back to the queue. The server may have applied them; the next
        pass sends them with the same keys and gets the stored receipts."""
        with contextlib.suppress(Exception):
            flight.answer.result()
        for op, _request in flight.sendable:
            self._release(op)

    def _land(self, flight: _Flight, client: SyncClient, report: SyncReport,
              stop: CancelledCallback) -> SyncClient:
        """Settle a batch sent by :meth:`_push_texts` on its answer."""
        try:
            outcomes = flight.answer.result()
        except SyncError as error:
            if isinstance(error, errors.LoginRequired) and flight.client is not client:
                # Logged in again since it left (the batch before it had the 401): resend.
                for op, _request in flight.sendable:
                    self._release(op)
                return self._push_batch(client, [op for op, _r in flight.sendable], report,
                                        stop)
            return self._settled(client, flight.sendable, None, error, report, stop)
        return self._settled(client, flight.sendable, outcomes, None, report, stop)

    def _claim(self, chunk: list[OutboxOp], report: SyncReport
               ) -> list[tuple[OutboxOp, ActionRequest]]:
        """Mark a batch's operations *sending* and build their requests (one whose stored
        payload the protocol no longer accepts needs attention instead)."""
        with self.store.transaction() as session:
            claimed = self.store.outbox.mark_sending_many(session, [o.id for o in chunk])
        if not claimed:
            return []
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
        return sendable

    def _push_batch(self, client: SyncClient, chunk: list[OutboxOp], report: SyncReport,
                    stop: CancelledCallback) -> SyncClient:
        """Send text-only operations in one request; each settles on its own result."""
        sendable = self._claim(chunk, report)
        if not sendable:
            return client
        try:
            outcomes = client.post_actions([(op.id, op.complaint_id, request)
                                            for op, request in sendable])
        except SyncError as error:
            return self._settled(client, sendable, None, error, report, stop)
        return self._settled(client, sendable, outcomes, None, report, stop)

    def _settled(self, client: SyncClient, sendable: list[tuple[OutboxOp, ActionRequest]],
                 outcomes: list[ActionReceipt | SyncError] | None, failure: SyncError | None,
                 report: SyncReport, stop: CancelledCallback) -> SyncClient:
        """Record a batch's answer: each operation on its own outcome, or ``failure`` of the
        request as a whole."""
        try:
            if failure is not None:
                raise failure
        except errors.LoginRequired:
            for op, _request in sendable:
                self._release(op)
            try:
                client = self._relogin()
            except errors.LoginRequired as error:
                raise StopPass(error) from None
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
            raise StopPass(error) from None
        except SyncError as error:  # the request as a whole failed: nothing is known of any
            for index, (op, _request) in enumerate(sendable):
                try:
                    self._settle_error(op, error, report)
                except StopPass:
                    for later, _r in sendable[index + 1:]:
                        self._release(later)
                    raise
            return client
        assert outcomes is not None
        accepted = [(op, outcome) for (op, _r), outcome in zip(sendable, outcomes, strict=True)
                    if isinstance(outcome, ActionReceipt)]
        if accepted:
            self._accept_all(accepted, report)
        refused = [(op, outcome) for (op, _r), outcome in zip(sendable, outcomes, strict=True)
                   if not isinstance(outcome, ActionReceipt)]
        for index, (op, outcome) in enumerate(refused):
            try:
                self._settle_error(op, outcome, report)
            except StopPass:
                for later, _o in refused[index + 1:]:
                    self._release(later)
                raise
        return client
