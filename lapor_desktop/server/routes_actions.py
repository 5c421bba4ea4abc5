"""Officer actions, idempotent by ``Idempotency-Key`` (DESIGN section 4, "push operations")."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Path
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lapor_desktop.core.errors import ActionNotAllowedError
from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.core.status import check_action
from lapor_desktop.protocol import MAX_INT, ActionReceipt, ActionRequest, FieldError
from lapor_desktop.server import models as m
from lapor_desktop.server import signoff, workflow
from lapor_desktop.server.auth import CallerDep, CtxDep
from lapor_desktop.server.context import Caller, ServerContext
from lapor_desktop.server.errors import ApiError, error_responses, not_found
from lapor_desktop.server.openapi_links import links
from lapor_desktop.server.routes_feed import run_auto_close
from lapor_desktop.server.snapshots import complaint_snapshot

router = APIRouter(tags=["sync"])

RECEIPT_PREFIX = {
    ActionKind.FOLLOW_UP: "TL",
    ActionKind.INTERNAL_NOTE: "CI",
    ActionKind.BUKAN_WEWENANG: "BW",
    ActionKind.ACKNOWLEDGE_REPLY: "TB",
    **signoff.RECEIPT_PREFIX,
}


def request_hash(complaint_id: int, body: ActionRequest) -> str:
    """Fingerprint of what was asked, to tell a replay from a reuse of the key."""
    fields = body.model_dump(mode="json")
    if not fields["unrelated"]:
        # Added later: leaving it out when empty keeps the hashes of actions stored before it.
        del fields["unrelated"]
    canonical = json.dumps({"complaint_id": complaint_id, **fields},
                           sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


Outcome = tuple[int, dict]  # (HTTP status, JSON body) of one action


def stored_outcome(action: m.Action, caller: Caller, complaint_id: int, digest: str) -> Outcome:
    if action.officer_id != caller.officer_id or action.complaint_id != complaint_id \
            or action.request_hash != digest:
        raise ApiError(422, "idempotency_key_reused",
                       "Idempotency-Key ini sudah dipakai untuk tindakan lain; "
                       "buat kunci baru untuk tindakan yang berbeda")
    return action.status_code, json.loads(action.response_json)


def _check_attachments(session, caller: Caller, hashes: list[str]) -> list[tuple[str, str]]:
    out, errors = [], []
    for i, sha in enumerate(hashes):
        upload = session.execute(
            select(m.UploadSession).where(m.UploadSession.sha256 == sha,
                                          m.UploadSession.agency_id == caller.agency_id,
                                          m.UploadSession.complete.is_(True))
            .order_by(m.UploadSession.created_at).limit(1)).scalar_one_or_none()
        if upload is None:
            errors.append(FieldError(loc=["body", "attachments", i],
                                     msg="Lampiran belum diunggah lengkap ke server"))
        else:
            out.append((sha, upload.filename))
    if errors:
        # 409, not 422: the request is well formed, the server's state lacks the files (the
        # client uploads them first and may send the same request again once they are there).
        raise ApiError(409, "attachment_missing", "Lampiran belum tersedia di server",
                       fields=errors)
    return out


def _related(session, caller: Caller, c: m.Complaint, tracking_ids: list[str],
             field: str = "related") -> list[m.Complaint]:
    """The agency's complaints named in ``field`` (422 for any other, or for ``c`` itself)."""
    if not tracking_ids:
        return []
    found = {r.tracking_id: r for r in session.execute(
        select(m.Complaint).where(m.Complaint.tracking_id.in_(tracking_ids),
                                  m.Complaint.agency_id == caller.agency_id)).scalars()}
    errors = [FieldError(loc=["body", field, i],
                         msg="Laporan terkait tidak ditemukan di instansi Anda")
              for i, tid in enumerate(tracking_ids) if tid not in found or tid == c.tracking_id]
    if errors:
        raise ApiError(422, "related_not_found", "Laporan terkait tidak valid", fields=errors)
    return [found[tid] for tid in tracking_ids]


def _accept(ctx: ServerContext, caller: Caller, complaint_id: int, key: str,
            body: ActionRequest, digest: str) -> Outcome:
    with ctx.db.write() as session:
        return accept_in(session, ctx, caller, complaint_id, key, body, digest)


def accept_in(session: Session, ctx: ServerContext, caller: Caller, complaint_id: int, key: str,
              body: ActionRequest, digest: str, *, fresh: bool = False,
              locked: bool = False) -> Outcome:
    """Apply one action in the caller's transaction (or savepoint); raises ApiError if refused.
    ``fresh``: the caller already knows, in this transaction, that ``key`` is unused;
    ``locked``: the caller read and locked the complaint in this transaction."""
    # The unique index on idempotency_key serves this lookup.
    existing = None if fresh else session.execute(
        select(m.Action).where(m.Action.idempotency_key == key)).scalar_one_or_none()
    if existing is not None:
        return stored_outcome(existing, caller, complaint_id, digest)
    c = session.get(m.Complaint, complaint_id) if locked else session.execute(
        select(m.Complaint).where(m.Complaint.id == complaint_id)
        .with_for_update()).scalar_one_or_none()
    if c is None or c.agency_id != caller.agency_id:
        raise not_found("Laporan tidak ditemukan")
    try:
        check_action(Status(c.status), body.kind)
    except ActionNotAllowedError as exc:
        raise ApiError(409, "conflict", str(exc),
                       complaint=complaint_snapshot(c, caller.agency_id)) from None
    signoff.guard_follow_up(session, caller, body.kind)
    attachments = _check_attachments(session, caller, body.attachments)
    related = _related(session, caller, c, body.related)
    unrelated = _related(session, caller, c, body.unrelated, "unrelated")
    now = ctx.now()
    if body.kind in signoff.SIGNOFF_KINDS:
        signoff.apply(session, c, body, caller, now, ctx.calendar, attachments)
    else:
        event = workflow.apply_action(session, c, body, actor=caller.display_name,
                                      agency_id=caller.agency_id, now=now,
                                      calendar=ctx.calendar, attachments=attachments)
        workflow.link_related(session, c, event, related, actor=caller.display_name,
                              agency_id=caller.agency_id, now=now)
        workflow.unlink_related(session, c, unrelated, actor=caller.display_name,
                                agency_id=caller.agency_id, now=now)
    action = m.Action(idempotency_key=key, officer_id=caller.officer_id,
                      complaint_id=c.id, kind=body.kind.value, request_hash=digest,
                      status_code=201, response_json="", created_at=now)
    session.add(action)
    session.flush()
    number = f"{RECEIPT_PREFIX[body.kind]}-{now.year}-{action.id:06d}"
    signoff.note_receipt(session, body, number)
    # No reload: workflow put the new event (with its attachment links) into the loaded
    # complaint's collections, so the snapshot below is already complete.
    receipt = ActionReceipt(
        action_id=uuid.UUID(key), receipt_number=number,
        accepted_at=now, complaint=complaint_snapshot(c, caller.agency_id))
    body_json = receipt.model_dump(mode="json")
    action.response_json = json.dumps(body_json, separators=(",", ":"))
    return 201, body_json


def accept_action(ctx: ServerContext, caller: Caller, complaint_id: int, key: str,
                  body: ActionRequest) -> Outcome:
    """Apply one action once (its own transaction); a replay of ``key`` returns the stored
    outcome. Raises :class:`ApiError` for a refused action."""
    digest = request_hash(complaint_id, body)
    try:
        return _accept(ctx, caller, complaint_id, key, body, digest)
    except IntegrityError:
        # Two requests with one key raced (PostgreSQL); the winner's result is the answer.
        with ctx.db.read() as session:
            existing = session.execute(
                select(m.Action).where(m.Action.idempotency_key == key)).scalar_one_or_none()
            if existing is None:
                raise
            return stored_outcome(existing, caller, complaint_id, digest)


@router.post(
    "/complaints/{complaint_id}/actions", status_code=201, response_model=ActionReceipt,
    operation_id="postAction", responses=error_responses(401, 403, 404, 409, 422),
    openapi_extra=links("postAction"))
def post_action(
    ctx: CtxDep, caller: CallerDep, body: ActionRequest,
    complaint_id: Annotated[int, Path(ge=1, le=MAX_INT)],
    idempotency_key: Annotated[uuid.UUID, Header(alias="Idempotency-Key")],
) -> JSONResponse:
    """Apply an officer action once; replays of the same key return the stored receipt.

    409 (with the current snapshot) when the complaint's status no longer allows the action; an
    older ``base_revision`` alone is not a conflict. 404 for complaints outside the caller's OPD.
    Sign-off (``submit_signoff``, ``approve_signoff``, ``return_signoff``,
    ``withdraw_signoff``): 403
    ``signoff_required`` for a direct follow-up where sign-off is on, ``own_followup`` when the
    author reviews, ``not_signer`` for a non-official, ``not_author`` for a withdrawal by
    someone else; 409 ``signoff_changed`` or
    ``already_reviewed`` (with the snapshot); 404 ``signoff_not_found``.
    Only accepted actions are stored: after a 409 or 422 the key may be reused.
    """
    run_auto_close(ctx)
    status, data = accept_action(ctx, caller, complaint_id, str(idempotency_key), body)
    return JSONResponse(data, status_code=status)
