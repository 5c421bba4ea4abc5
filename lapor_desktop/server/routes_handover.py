"""Officer rotation on the server: handovers between officers of one agency, and closing the
account of an officer who left.

- ``POST /handovers``: the outgoing officer deposits the sealed package for a colleague; the same
  package id again changes nothing (idempotent), so a retried upload never makes two records.
- ``GET /handovers``: the agency's audit trail (who handed what to whom, when, received when).
- ``GET /handovers/incoming``, ``GET /handovers/{id}/package``, ``POST /handovers/{id}/received``:
  the successor's app picks up what was handed to this officer.
- ``POST /officers/{username}/deactivate``: a pejabat of the same agency closes an account:
  no more logins, every token revoked.

Everything is scoped to the caller's agency; another agency's handover is a 404.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy import delete, select

from lapor_desktop.protocol import OfficerRole
from lapor_desktop.protocol.handover import (
    MAX_PACKAGE_BYTES,
    DeactivateRequest,
    DeactivateResult,
    HandoverInfo,
    HandoverList,
    HandoverPackageBody,
    HandoverUpload,
)
from lapor_desktop.server import models as m
from lapor_desktop.server.auth import CallerDep, CtxDep
from lapor_desktop.server.errors import ApiError, error_responses, not_found
from lapor_desktop.server.handover_models import Deactivation, Handover

router = APIRouter(tags=["handover"])
DEACTIVATED_HASH_PREFIX = "!deactivated!"


def _info(h: Handover, names: dict[int, tuple[str, str]]) -> HandoverInfo:
    (from_user, from_name), (to_user, to_name) = names[h.from_officer_id], names[h.to_officer_id]
    return HandoverInfo(id=uuid.UUID(h.id), agency_id=h.agency_id, from_username=from_user,
                        from_name=from_name, to_username=to_user, to_name=to_name,
                        created_at=h.created_at, received_at=h.received_at,
                        complaint_ids=json.loads(h.complaint_ids))


def _names(session, handovers: list[Handover]) -> dict[int, tuple[str, str]]:  # noqa: ANN001
    ids = {h.from_officer_id for h in handovers} | {h.to_officer_id for h in handovers}
    if not ids:
        return {}
    rows = session.execute(select(m.Officer.id, m.Officer.username, m.Officer.display_name)
                           .where(m.Officer.id.in_(ids)))
    return {oid: (user, name) for oid, user, name in rows}


@router.post("/handovers", response_model=HandoverInfo, operation_id="createHandover",
             responses=error_responses(401, 404, 422))
def create_handover(body: HandoverUpload, caller: CallerDep, ctx: CtxDep) -> HandoverInfo:
    """Deposit a sealed handover package for a colleague of the same agency (idempotent)."""
    try:
        package = base64.b64decode(body.package, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(422, "validation_error", "Paket bukan base64 yang sah") from None
    if len(package) > MAX_PACKAGE_BYTES:
        raise ApiError(422, "package_too_large",
                       f"Paket lebih dari {MAX_PACKAGE_BYTES // 1024} KB; serahkan sebagai berkas")
    with ctx.db.write() as session:
        known = session.get(Handover, str(body.id))
        if known is not None:
            if known.from_officer_id != caller.officer_id:
                raise not_found()
            return _info(known, _names(session, [known]))
        to = session.execute(select(m.Officer).where(
            m.Officer.username == body.to_username,
            m.Officer.agency_id == caller.agency_id)).scalar_one_or_none()
        if to is None or to.id == caller.officer_id or _deactivated(session, to.id):
            # Outside the caller's agency is "not found", never told apart from absent.
            raise not_found("Penerima harus petugas aktif lain di instansi yang sama")
        wanted = sorted(set(body.complaint_ids))
        if wanted:
            visible = set(session.scalars(select(m.Complaint.id).where(
                m.Complaint.id.in_(wanted), m.Complaint.agency_id == caller.agency_id)))
            if visible != set(wanted):
                raise not_found("Sebagian laporan tidak ditemukan di instansi Anda")
        record = Handover(id=str(body.id), agency_id=caller.agency_id,
                          from_officer_id=caller.officer_id, to_officer_id=to.id,
                          complaint_ids=json.dumps(wanted), package=package,
                          created_at=ctx.now())
        session.add(record)
        session.flush()
        return _info(record, _names(session, [record]))


@router.get("/handovers", response_model=HandoverList, operation_id="listHandovers",
            responses=error_responses(401))
def list_handovers(caller: CallerDep, ctx: CtxDep) -> HandoverList:
    """The agency's handovers, newest first: the audit trail of continuity."""
    with ctx.db.read() as session:
        rows = list(session.scalars(select(Handover).where(Handover.agency_id == caller.agency_id)
                                    .order_by(Handover.created_at.desc()).limit(1000)))
        names = _names(session, rows)
        return HandoverList(items=[_info(h, names) for h in rows])


@router.get("/handovers/incoming", response_model=HandoverList,
            operation_id="incomingHandovers", responses=error_responses(401))
def incoming(caller: CallerDep, ctx: CtxDep) -> HandoverList:
    """Handovers to the caller not yet marked received, oldest first."""
    with ctx.db.read() as session:
        rows = list(session.scalars(select(Handover).where(
            Handover.to_officer_id == caller.officer_id, Handover.received_at.is_(None))
            .order_by(Handover.created_at)))
        names = _names(session, rows)
        return HandoverList(items=[_info(h, names) for h in rows])


HandoverId = Annotated[uuid.UUID, Path(description="The package id")]


def _own_incoming(session, caller, handover_id: uuid.UUID) -> Handover:  # noqa: ANN001
    record = session.get(Handover, str(handover_id))
    if record is None or record.to_officer_id != caller.officer_id:
        raise not_found()
    return record


@router.get("/handovers/{handover_id}/package", response_model=HandoverPackageBody,
            operation_id="handoverPackage", responses=error_responses(401, 404, 422))
def get_package(handover_id: HandoverId, caller: CallerDep, ctx: CtxDep) -> HandoverPackageBody:
    """The sealed package, for its receiver only."""
    with ctx.db.read() as session:
        record = _own_incoming(session, caller, handover_id)
        return HandoverPackageBody(id=handover_id,
                                   package=base64.b64encode(record.package).decode("ascii"))


@router.post("/handovers/{handover_id}/received", response_model=HandoverInfo,
             operation_id="handoverReceived", responses=error_responses(401, 404, 422))
def mark_received(handover_id: HandoverId, caller: CallerDep, ctx: CtxDep) -> HandoverInfo:
    """The receiver's app imported the package (idempotent: the first time is kept)."""
    with ctx.db.write() as session:
        record = _own_incoming(session, caller, handover_id)
        if record.received_at is None:
            record.received_at = ctx.now()
        return _info(record, _names(session, [record]))


@router.post("/officers/{username}/deactivate", response_model=DeactivateResult,
             operation_id="deactivateOfficer", responses=error_responses(401, 403, 404, 422))
def deactivate(username: Annotated[str, Path(max_length=64)], body: DeactivateRequest,
               caller: CallerDep, ctx: CtxDep) -> DeactivateResult:
    """An agency admin (pejabat) closes a colleague's account: login refused, tokens revoked."""
    if caller.role != OfficerRole.PEJABAT.value:
        raise ApiError(403, "forbidden", "Hanya pejabat instansi yang dapat menonaktifkan akun")
    with ctx.db.write() as session:
        officer = session.execute(select(m.Officer).where(
            m.Officer.username == username,
            m.Officer.agency_id == caller.agency_id)).scalar_one_or_none()
        if officer is None:
            raise not_found("Petugas tidak ditemukan di instansi Anda")
        if officer.id == caller.officer_id:
            raise ApiError(422, "validation_error", "Akun sendiri tidak dapat dinonaktifkan")
        revoked = session.execute(delete(m.Token).where(m.Token.officer_id == officer.id))
        known = _deactivated(session, officer.id)
        if known is None:
            known = Deactivation(officer_id=officer.id, by_officer_id=caller.officer_id,
                                 reason=body.reason, at=ctx.now())
            session.add(known)
            # An unusable hash: verify_password is False for it, so no login is possible.
            officer.password_hash = DEACTIVATED_HASH_PREFIX + officer.password_hash
        return DeactivateResult(username=officer.username, deactivated_at=known.at,
                                tokens_revoked=int(revoked.rowcount or 0))


def _deactivated(session, officer_id: int) -> Deactivation | None:  # noqa: ANN001
    return session.execute(select(Deactivation).where(
        Deactivation.officer_id == officer_id)).scalar_one_or_none()
