"""``POST /actions/batch``: several officer actions in one request, each on its own.

Each action is applied exactly as ``POST /complaints/{id}/actions`` applies it (same checks,
same idempotency by its ``action_id``) in its own savepoint of one transaction, and gets its own
result, in order: a refused action (404, 409, 422) is rolled back alone and reported next to the
accepted ones, which it never undoes. A replayed batch answers every action with its stored
receipt. One commit for the batch: if it fails, no action of it was stored and the client sends
them again with the same keys.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from lapor_desktop.protocol import (
    BatchAction,
    BatchActionResult,
    BatchActionsRequest,
    BatchActionsResponse,
    ErrorBody,
)
from lapor_desktop.server import models as m
from lapor_desktop.server.auth import CallerDep, CtxDep
from lapor_desktop.server.context import Caller, ServerContext
from lapor_desktop.server.db import lock_counter
from lapor_desktop.server.errors import ApiError, error_responses
from lapor_desktop.server.routes_actions import accept_action, accept_in, request_hash, stored_outcome
from lapor_desktop.server.routes_feed import run_auto_close

log = logging.getLogger(__name__)
router = APIRouter(tags=["sync"])


@router.post("/actions/batch", response_model=BatchActionsResponse, operation_id="postActions",
             responses=error_responses(401, 422))
def post_actions(ctx: CtxDep, caller: CallerDep, body: BatchActionsRequest) -> BatchActionsResponse:
    """Apply each action once, in order; one result per action (``status`` 201 with its
    ``receipt``, or the status and ``error`` it would have had alone)."""
    run_auto_close(ctx)
    results: list[BatchActionResult] = []
    try:
        with ctx.db.write() as session:
            # The loaded complaints are held here: the session keeps only weak references
            # to unchanged rows, and a collected one would be read again, history and all.
            fresh, _loaded = _preload(session, body.actions)
            for item in body.actions:
                key = str(item.action_id)
                results.append(_one(session, ctx, caller, item, key in fresh))
                fresh.discard(key)  # a key twice in one batch: the second finds the first
    except IntegrityError:
        # Another request with one of these keys won a race (PostgreSQL): nothing of this
        # batch was committed; each action alone finds its stored outcome or applies now.
        results = [_alone(ctx, caller, item) for item in body.actions]
    return BatchActionsResponse(results=results)


def _preload(session: Session, actions: list[BatchAction]
             ) -> tuple[set[str], list]:
    """Read what every action of the batch needs in a few statements instead of a few per
    action: the complaints with their histories, locked (into the session, where each action
    finds them loaded, with their agencies), the sequence counter (locked once for the batch)
    and which idempotency keys are new. Returns the new keys and the rows to hold. In this
    write transaction no other request stores a key on SQLite (``BEGIN IMMEDIATE``); on
    PostgreSQL a racing insert fails on the unique index and the batch is answered per action.
    """
    ids = sorted({item.complaint_id for item in actions})
    # Locked here, in id order (two batches never wait on each other crosswise), for the whole
    # transaction: each action then takes its complaint from the session, where a locked read of
    # its own would load the whole history again (FOR UPDATE refreshes what it reads).
    loaded: list = list(session.execute(
        select(m.Complaint).where(m.Complaint.id.in_(ids))
        .order_by(m.Complaint.id).with_for_update()).scalars().all())
    loaded += session.execute(select(m.Agency).where(
        m.Agency.id.in_({c.agency_id for c in loaded}))).scalars().all()
    # Complaints first, then the counter: the order a single action takes them in.
    lock_counter(session)
    keys = {str(item.action_id) for item in actions}
    stored = set(session.execute(select(m.Action.idempotency_key).where(
        m.Action.idempotency_key.in_(keys))).scalars())
    return keys - stored, loaded


def _one(session: Session, ctx: ServerContext, caller: Caller,
         item: BatchAction, fresh: bool = False) -> BatchActionResult:
    """One action in its own savepoint: a refusal rolls back only this action. ``fresh``: its
    key is known to be unused (no lookup needed)."""
    digest = request_hash(item.complaint_id, item.action)
    try:
        with session.begin_nested():
            status, data = accept_in(session, ctx, caller, item.complaint_id,
                                     str(item.action_id), item.action, digest, fresh=fresh,
                                     locked=True)
    except ApiError as refused:
        return BatchActionResult(action_id=item.action_id, status=refused.status,
                                 error=refused.body)
    except DBAPIError:
        # What alone would be a 500 (the savepoint is rolled back, the others stand), unless
        # another request stored this key meanwhile: then its stored outcome is the answer.
        log.exception("batch action %s failed", item.action_id)
        existing = session.execute(select(m.Action).where(
            m.Action.idempotency_key == str(item.action_id))).scalar_one_or_none()
        if existing is None:
            return BatchActionResult(action_id=item.action_id, status=500, error=ErrorBody(
                error="internal_error", message="Terjadi kesalahan pada server"))
        try:
            status, data = stored_outcome(existing, caller, item.complaint_id, digest)
        except ApiError as refused:
            return BatchActionResult(action_id=item.action_id, status=refused.status,
                                     error=refused.body)
    return _result(item, status, data)


def _alone(ctx: ServerContext, caller: Caller, item: BatchAction) -> BatchActionResult:
    try:
        status, data = accept_action(ctx, caller, item.complaint_id, str(item.action_id),
                                     item.action)
    except ApiError as refused:
        return BatchActionResult(action_id=item.action_id, status=refused.status,
                                 error=refused.body)
    return _result(item, status, data)


def _result(item: BatchAction, status: int, data: dict) -> BatchActionResult:
    if status >= 400:  # a stored refusal (none is stored today; kept general)
        return BatchActionResult(action_id=item.action_id, status=status,
                                 error=ErrorBody.model_validate(data))
    return BatchActionResult.model_validate(
        {"action_id": item.action_id, "status": status, "receipt": data})
