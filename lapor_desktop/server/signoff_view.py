"""Sign-off requests as wire snapshots (issue 15): what the complaint snapshot carries, so the
officer and the official see the same state after a pull. Kept apart from
:mod:`lapor_desktop.server.signoff` so :mod:`lapor_desktop.server.snapshots` can use it."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor_desktop.core.models import Status
from lapor_desktop.core.status import OPEN_STATUSES
from lapor_desktop.protocol import (
    SignoffAttachment,
    SignoffSetting,
    SignoffSnapshot,
    SignoffState,
)
from lapor_desktop.server import models as m
from lapor_desktop.server.signoff_models import SignoffRequest, SignoffSettingRow

_OPEN = (SignoffState.PENDING.value, SignoffState.RETURNED.value)


def setting(session: Session, agency_id: str) -> SignoffSetting:
    """The agency's sign-off setting (off when never set)."""
    row = session.get(SignoffSettingRow, agency_id)
    if row is None:
        return SignoffSetting()
    return SignoffSetting(required=row.required, signers=json.loads(row.signers or "[]"))


def requests_of(session: Session, complaint: m.Complaint) -> list[SignoffSnapshot]:
    """The sign-off requests of a complaint as its agency sees them, oldest first. Requests
    still open when the complaint left the OPD's hands show as cancelled."""
    return requests_of_many(session, [complaint])[complaint.id]


def requests_of_many(session: Session, complaints: list[m.Complaint]
                     ) -> dict[int, list[SignoffSnapshot]]:
    """:func:`requests_of` for many complaints in one query (a feed page: one statement per
    page, not one per complaint, which was most of the feed's time)."""
    out: dict[int, list[SignoffSnapshot]] = {c.id: [] for c in complaints}
    if not complaints:
        return out
    by_id = {c.id: c for c in complaints}
    rows = session.execute(select(SignoffRequest).where(
        SignoffRequest.complaint_id.in_(list(by_id))).order_by(SignoffRequest.id)).scalars()
    for r in rows:
        complaint = by_id[r.complaint_id]
        if r.agency_id != complaint.agency_id:
            continue
        closed = Status(complaint.status) not in OPEN_STATUSES
        state = SignoffState.CANCELLED.value if closed and r.state in _OPEN else r.state
        out[r.complaint_id].append(SignoffSnapshot(
            id=r.id, version=r.version, state=state, author=r.author_name,
            author_username=r.author_username, submitted_at=r.submitted_at, text=r.text,
            propose_close=r.propose_close,
            attachments=_attachments(session, json.loads(r.attachments or "[]")),
            reviewer=r.reviewer_name, reviewed_at=r.reviewed_at, comment=r.comment,
            edited_text=r.edited_text, published_event_id=r.published_event_id,
            receipt_number=r.receipt_number))
    return out


def _attachments(session: Session, items: list[dict]) -> list[SignoffAttachment]:
    out = []
    for a in items:
        blob = session.get(m.Blob, a["sha256"])
        if blob is not None:
            out.append(SignoffAttachment(sha256=a["sha256"], filename=a["filename"],
                                         mime_type=blob.mime_type, size=blob.size))
    return out
