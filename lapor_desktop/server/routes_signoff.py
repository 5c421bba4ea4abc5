"""The agency's sign-off audit trail (issue 15): who wrote each follow-up held for sign-off, who
returned or approved it, and when. The reviews themselves are actions
(:mod:`lapor_desktop.server.routes_actions`), so they share its idempotency and scope."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from lapor_desktop.protocol import SignoffAuditEntry, SignoffAuditPage
from lapor_desktop.server import models as m
from lapor_desktop.server.auth import CallerDep, CtxDep
from lapor_desktop.server.errors import error_responses
from lapor_desktop.server.signoff_models import SignoffAudit, SignoffRequest

router = APIRouter(tags=["signoff"])


@router.get("/signoffs/audit", response_model=SignoffAuditPage, operation_id="signoffAudit",
            responses=error_responses(401, 422))
def signoff_audit(ctx: CtxDep, caller: CallerDep,
                  limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> SignoffAuditPage:
    """The caller's agency's sign-off trail, newest first; nothing of another agency."""
    with ctx.db.read() as session:
        rows = session.execute(
            select(SignoffAudit, SignoffRequest, m.Complaint.tracking_id)
            .join(SignoffRequest, SignoffRequest.id == SignoffAudit.request_id)
            .join(m.Complaint, m.Complaint.id == SignoffRequest.complaint_id)
            .where(SignoffAudit.agency_id == caller.agency_id)
            .order_by(SignoffAudit.id.desc()).limit(limit)).all()
        return SignoffAuditPage(entries=[
            SignoffAuditEntry(request_id=r.id, complaint_id=r.complaint_id, tracking_id=tid,
                              version=r.version, what=a.what, officer=a.officer_name, at=a.at,
                              detail=a.detail)
            for a, r, tid in rows])
