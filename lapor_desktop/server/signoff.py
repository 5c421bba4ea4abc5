"""Sign-off by the Pejabat Penghubung on the server (issue 15): the agency setting, holding a
follow-up for review, and applying a review. Pure functions over a session, inside the action
route's transaction (:mod:`lapor_desktop.server.routes_actions`), so idempotency, scope and the
complaint lock are the same as for every other action.

Rules:

- at an agency with sign-off on, a plain ``follow_up`` from an officer who may not sign is
  refused (403 ``signoff_required``): it is never published behind the official's back;
- ``submit_signoff`` holds the text (never shown to the reporter, not counted for the deadline);
  a resubmission supersedes the open request of that complaint;
- a review names the request; the author never reviews their own (403 ``own_followup``), only a
  signer of the agency reviews (403 ``not_signer``; other agencies get 404 from the route), and a
  request revised, already reviewed, or whose complaint closed meanwhile is a 409 with the
  current snapshot: an old text is never published;
- an approval publishes the follow-up now, under the agency's name with the official recorded,
  so the deadline counts the publication time.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import (
    ActionRequest,
    SignoffState,
)
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.context import Caller
from lapor_desktop.server.db import next_seq
from lapor_desktop.server.errors import ApiError
from lapor_desktop.server.signoff_models import SignoffAudit, SignoffRequest, SignoffSettingRow
from lapor_desktop.server.signoff_view import setting
from lapor_desktop.server.snapshots import complaint_snapshot

SIGNOFF_KINDS = frozenset({ActionKind.SUBMIT_SIGNOFF, ActionKind.APPROVE_SIGNOFF,
                           ActionKind.RETURN_SIGNOFF, ActionKind.WITHDRAW_SIGNOFF})
RECEIPT_PREFIX = {ActionKind.SUBMIT_SIGNOFF: "PS", ActionKind.APPROVE_SIGNOFF: "TL",
                  ActionKind.RETURN_SIGNOFF: "PK", ActionKind.WITHDRAW_SIGNOFF: "PT"}


def set_setting(session: Session, agency_id: str, required: bool,
                signers: tuple[str, ...] = ()) -> None:
    """Turn sign-off on or off for an agency (seed, training, the admin's CLI)."""
    row = session.get(SignoffSettingRow, agency_id)
    if row is None:
        row = SignoffSettingRow(agency_id=agency_id)
        session.add(row)
    row.required = required
    row.signers = json.dumps(sorted(signers))
    session.flush()


def may_sign(session: Session, caller: Caller) -> bool:
    """A ``pejabat`` of the agency, and one of its named signers when the agency names any."""
    if caller.role != "pejabat":
        return False
    signers = setting(session, caller.agency_id).signers
    return not signers or caller.username in signers


def guard_follow_up(session: Session, caller: Caller, kind: ActionKind) -> None:
    """Refuse a direct follow-up where sign-off is on (the official's own one excepted)."""
    if kind is not ActionKind.FOLLOW_UP:
        return
    # Read once per transaction (a batch asks for every action): only an administrator
    # changes the setting, never an action of the batch.
    key = ("signoff_setting", caller.agency_id)
    if key not in session.info:
        session.info[key] = setting(session, caller.agency_id)
    if session.info[key].required and not may_sign(session, caller):
        raise ApiError(403, "signoff_required",
                       "Instansi ini mewajibkan persetujuan Pejabat Penghubung: kirim tindak "
                       "lanjut untuk persetujuan")


def _touch(session: Session, c: m.Complaint, now: dt.datetime) -> None:
    # Every sign-off change reaches both apps through the changes feed, like any other change.
    c.revision += 1
    c.seq = next_seq(session)
    c.updated_at = now


def _audit(session: Session, r: SignoffRequest, caller: Caller, what: str, now: dt.datetime,
           detail: str = "") -> None:
    session.add(SignoffAudit(request_id=r.id, agency_id=r.agency_id, officer_id=caller.officer_id,
                             officer_name=caller.display_name, what=what, at=now, detail=detail))


def _conflict(c: m.Complaint, caller: Caller, code: str, message: str) -> ApiError:
    return ApiError(409, code, message, complaint=complaint_snapshot(c, caller.agency_id))


def submit(session: Session, c: m.Complaint, body: ActionRequest, caller: Caller,
           now: dt.datetime, attachments: list[tuple[str, str]]) -> SignoffRequest:
    """Hold a follow-up for sign-off; an open request of the complaint is superseded."""
    if not setting(session, caller.agency_id).required:
        raise _conflict(c, caller, "signoff_not_required",
                        "Instansi ini tidak lagi mewajibkan persetujuan: kirim tindak lanjut "
                        "langsung")
    older = session.execute(select(SignoffRequest).where(
        SignoffRequest.complaint_id == c.id).order_by(SignoffRequest.id)).scalars().all()
    for r in older:
        if r.state == SignoffState.PENDING.value:  # a returned one stays, with its comment
            r.state = SignoffState.SUPERSEDED.value
            _audit(session, r, caller, "superseded", now)
    r = SignoffRequest(
        complaint_id=c.id, agency_id=c.agency_id, version=len(older) + 1,
        state=SignoffState.PENDING.value, author_id=caller.officer_id,
        author_name=caller.display_name, author_username=caller.username, submitted_at=now,
        text=body.text or "", propose_close=body.propose_close,
        attachments=json.dumps([{"sha256": s, "filename": n} for s, n in attachments]))
    session.add(r)
    session.flush()
    _audit(session, r, caller, "submitted", now)
    _touch(session, c, now)
    return r


def review(session: Session, c: m.Complaint, body: ActionRequest, caller: Caller,
           now: dt.datetime, calendar: WorkingCalendar) -> SignoffRequest:
    """Apply an approval or a return to the named request (see the module's rules)."""
    r = session.execute(select(SignoffRequest).where(SignoffRequest.id == body.signoff_id)
                        .with_for_update()).scalar_one_or_none()
    if r is None or r.complaint_id != c.id:
        raise ApiError(404, "signoff_not_found",
                       "Permintaan persetujuan tidak ditemukan untuk laporan ini")
    if r.author_id == caller.officer_id:
        raise ApiError(403, "own_followup",
                       "Anda tidak dapat menyetujui atau mengembalikan tindak lanjut yang Anda "
                       "tulis sendiri")
    if not may_sign(session, caller):
        raise ApiError(403, "not_signer",
                       "Hanya Pejabat Penghubung yang ditunjuk instansi yang dapat meninjau")
    if r.state == SignoffState.SUPERSEDED.value:
        raise _conflict(c, caller, "signoff_changed",
                        "Petugas sudah merevisi atau menarik tindak lanjut ini; tinjau versi "
                        "terbarunya")
    if r.state != SignoffState.PENDING.value:
        raise _conflict(c, caller, "already_reviewed",
                        "Tindak lanjut ini sudah ditinjau sebelumnya")
    r.reviewer_id, r.reviewer_name, r.reviewed_at = caller.officer_id, caller.display_name, now
    r.comment = body.comment or ""
    if body.kind is ActionKind.RETURN_SIGNOFF:
        r.state = SignoffState.RETURNED.value
        _audit(session, r, caller, "returned", now, r.comment)
        _touch(session, c, now)
        return r
    text = body.text if body.text is not None else r.text
    r.edited_text = text if text != r.text else None
    agency = session.get(m.Agency, c.agency_id)
    publish = ActionRequest(kind=ActionKind.FOLLOW_UP, base_revision=0, text=text,
                            propose_close=r.propose_close)
    files = [(a["sha256"], a["filename"]) for a in json.loads(r.attachments or "[]")]
    event = workflow.apply_action(session, c, publish, actor=agency.name,
                                  agency_id=c.agency_id, now=now, calendar=calendar,
                                  attachments=files)
    r.state = SignoffState.APPROVED.value
    r.published_event_id = event.id
    _audit(session, r, caller, "edited_approved" if r.edited_text else "approved", now,
           r.comment)
    return r


def withdraw(session: Session, c: m.Complaint, body: ActionRequest, caller: Caller,
             now: dt.datetime) -> SignoffRequest:
    """The author takes a waiting follow-up back; a review of it is then a conflict."""
    r = session.execute(select(SignoffRequest).where(SignoffRequest.id == body.signoff_id)
                        .with_for_update()).scalar_one_or_none()
    if r is None or r.complaint_id != c.id:
        raise ApiError(404, "signoff_not_found",
                       "Permintaan persetujuan tidak ditemukan untuk laporan ini")
    if r.author_id != caller.officer_id:
        raise ApiError(403, "not_author", "Hanya penulis yang dapat menarik tindak lanjut ini")
    if r.state != SignoffState.PENDING.value:
        raise _conflict(c, caller, "already_reviewed",
                        "Tindak lanjut ini sudah ditinjau atau ditarik sebelumnya")
    r.state = SignoffState.SUPERSEDED.value
    _audit(session, r, caller, "withdrawn", now)
    _touch(session, c, now)
    return r


def apply(session: Session, c: m.Complaint, body: ActionRequest, caller: Caller,
          now: dt.datetime, calendar: WorkingCalendar,
          attachments: list[tuple[str, str]]) -> None:
    """Route one sign-off action (``body.kind`` in :data:`SIGNOFF_KINDS`)."""
    if body.kind is ActionKind.SUBMIT_SIGNOFF:
        submit(session, c, body, caller, now, attachments)
    elif body.kind is ActionKind.WITHDRAW_SIGNOFF:
        withdraw(session, c, body, caller, now)
    else:
        review(session, c, body, caller, now, calendar)


def note_receipt(session: Session, body: ActionRequest, receipt_number: str) -> None:
    """Record the publication's receipt on an approved request (the officer's ledger shows it)."""
    if body.kind is ActionKind.APPROVE_SIGNOFF and body.signoff_id is not None:
        r = session.get(SignoffRequest, body.signoff_id)
        if r is not None and r.state == SignoffState.APPROVED.value:
            r.receipt_number = receipt_number
            session.flush()  # the route expires the session next: unflushed changes would go
