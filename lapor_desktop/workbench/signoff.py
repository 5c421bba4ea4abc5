"""Sign-off by the Pejabat Penghubung in the workbench (issue 15), for both sides.

Officer: where the agency's setting requires sign-off, "Kirim untuk persetujuan" queues the
follow-up as ``submit_signoff`` (same outbox, same idempotency key rule); its state comes back in
the complaint's snapshot: awaiting sign-off, returned with the official's comment (the draft
reopens with the comment beside it), or approved and published with the receipt. A follow-up
waiting with one working day or less left is warned about.

Official (role ``pejabat``): the review queue lists the requests waiting, each with its complaint,
the completeness checklist, the attachments and the time left; approving (optionally with an
edit) or returning with a comment queues a review action, offline as well; a review of a request
revised or withdrawn meanwhile comes back as a conflict in the outbox (never a silent publish).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from lapor_desktop.core.checks import CompletenessReport, check_follow_up
from lapor_desktop.core.countdown import Countdown, countdown
from lapor_desktop.core.deadlines import next_due
from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, Complaint, TimeZone
from lapor_desktop.protocol import FOLLOW_UP_MIN_CHARS, SignoffState
from lapor_desktop.store import Draft, OutboxState, Store, reference
from lapor_desktop.store.drafts import EDITABLE_STATES
from lapor_desktop.store.reference import working_calendar
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.workbench.changes import Changes, Op
from lapor_desktop.workbench.evidence import Evidence, prepare_all

REVIEW_KINDS = (ActionKind.APPROVE_SIGNOFF, ActionKind.RETURN_SIGNOFF)
_OPEN_OPS = frozenset({OutboxState.QUEUED, OutboxState.SENDING})
# Warn the officer when a follow-up still waits for sign-off this close to its deadline.
WARN_WORKING_DAYS = 1


@dataclasses.dataclass(frozen=True, slots=True)
class ReviewItem:
    """One follow-up waiting for the official, with what the review needs beside it."""

    complaint: Complaint
    request: dict[str, Any]
    checklist: CompletenessReport
    time_left: Countdown
    queued_review: str | None = None  # the kind of a review already queued here, not yet sent
    timezone: TimeZone = TimeZone.WIB  # the agency's zone, for the times shown

    @property
    def submitted_at(self) -> dt.datetime | None:
        """When the officer sent it for sign-off."""
        raw = self.request.get("submitted_at")
        return dt.datetime.fromisoformat(raw) if isinstance(raw, str) else None

    @property
    def signoff_id(self) -> int:
        """The request's server id (what a review names)."""
        return int(self.request["id"])

    @property
    def text(self) -> str:
        """The follow-up as the officer wrote it."""
        return str(self.request.get("text", ""))

    @property
    def attachments(self) -> list[dict[str, Any]]:
        """Evidence attached to the follow-up (sha256, filename, mime_type, size)."""
        return list(self.request.get("attachments") or [])


@dataclasses.dataclass(frozen=True, slots=True)
class OfficerView:
    """Where the officer's follow-up of one complaint stands in sign-off."""

    state: SignoffState
    request: dict[str, Any]
    receipt: str | None = None  # the published follow-up's receipt (approved)

    @property
    def comment(self) -> str:
        """The official's comment (returned, or with an approval)."""
        return str(self.request.get("comment") or "")

    @property
    def reviewer(self) -> str:
        """Who reviewed it ("" while waiting)."""
        return str(self.request.get("reviewer") or "")

    @property
    def label(self) -> str:
        """The ledger's words for this state."""
        return STATE_LABELS[self.state]


STATE_LABELS = {
    SignoffState.PENDING: "Menunggu persetujuan",
    SignoffState.RETURNED: "Dikembalikan dengan catatan",
    SignoffState.APPROVED: "Disetujui dan diterbitkan",
    SignoffState.SUPERSEDED: "Diganti versi baru",
    SignoffState.CANCELLED: "Batal: laporan sudah tidak terbuka",
}


@dataclasses.dataclass(frozen=True, slots=True)
class EditorSignoff:
    """What the follow-up editor shows about sign-off for one complaint."""

    required: bool
    view: OfficerView | None
    reopened: bool = False  # a returned follow-up was just put back into a draft
    urgent: Countdown | None = None  # still waiting with one working day or less left


def _queued(complaint_id: int) -> Changes:
    return Changes(complaints=frozenset({complaint_id}), outbox=True, drafts=True, queued=True)


class SignoffService:
    """Sign-off for one profile's store (see the module's description)."""

    def __init__(self, store: Store, cache_dir: Path, clock: Callable[[], dt.datetime]) -> None:
        self.store = store
        self.cache_dir = cache_dir
        self._clock = clock

    # --- who am I ---------------------------------------------------------------------------

    def is_official(self) -> bool:
        """True when this profile belongs to a Pejabat Penghubung (opens on the review queue)."""
        profile = self.store.profile.get()
        return profile is not None and profile.role == "pejabat"

    def required(self) -> bool:
        """True when this officer's follow-ups need sign-off (the agency's setting, from the
        reference data of the last sync; the official's own follow-ups do not)."""
        profile = self.store.profile.get()
        if profile is None or self.is_official():
            return False
        for agency in reference.reference_blob(self.store).get("agencies", []) or []:
            if isinstance(agency, dict) and agency.get("id") == profile.agency_id:
                return bool((agency.get("signoff") or {}).get("required"))
        return False

    # --- officer side -----------------------------------------------------------------------

    def submit(self, draft_id: int, attachment_paths: Iterable[Path | str | Evidence] = (),
               propose_close: bool = False, *, text: str | None = None) -> str:
        """"Kirim untuk persetujuan": queue the draft's follow-up for sign-off; returns the
        outbox op id. The draft locks (queued) in the same transaction, as for Send."""
        draft = self.store.drafts.get(draft_id)
        if draft is None:
            raise InvalidDataError(_("Draf {id} tidak ditemukan").format(id=draft_id),
                                   field="draft_id")
        prepared = prepare_all(attachment_paths)
        action = ActionInput(ActionKind.SUBMIT_SIGNOFF,
                             text=str(draft.payload.get("text", "")) if text is None else text,
                             propose_close=propose_close)
        return queue_action(self.store, draft.complaint_id, action, draft_id=draft_id,
                            attachment_paths=prepared, cache_dir=self.cache_dir)

    def view(self, complaint_id: int) -> OfficerView | None:
        """The newest sign-off request of the complaint, as the officer sees it."""
        requests = self.store.signoffs.for_complaint(complaint_id)
        if not requests:
            return None
        latest = requests[-1]
        state = SignoffState(latest["state"])
        return OfficerView(state, latest, latest.get("receipt_number"))

    def reopen(self, complaint_id: int) -> Draft | None:
        """When the newest request came back returned, give the officer a draft to revise: the
        open one if there is one, else a new draft holding the returned text."""
        view = self.view(complaint_id)
        if view is None or view.state is not SignoffState.RETURNED:
            return None
        for draft in reversed(self.store.drafts.for_complaint(complaint_id)):
            if draft.kind is ActionKind.FOLLOW_UP and draft.state in EDITABLE_STATES:
                return draft
        with self.store.transaction() as session:
            draft_id = self.store.drafts.create(session, complaint_id, ActionKind.FOLLOW_UP,
                                                {"text": str(view.request.get("text", ""))})
        return self.store.drafts.get(draft_id)

    def withdraw(self, complaint_id: int) -> Op[str]:
        """Take the complaint's waiting follow-up back from the official (queued like every
        action); a review the official sends meanwhile comes back to them as a conflict."""
        view = self.view(complaint_id)
        if view is None or view.state is not SignoffState.PENDING:
            raise InvalidDataError(_("Tidak ada tindak lanjut yang menunggu persetujuan."),
                                   field="complaint_id", value=complaint_id)
        op_id = queue_action(self.store, complaint_id, ActionInput(
            ActionKind.WITHDRAW_SIGNOFF, signoff_id=int(view.request["id"])),
            cache_dir=self.cache_dir)
        return Op(op_id, _queued(complaint_id))

    def warnings(self) -> list[tuple[Complaint, Countdown]]:
        """Follow-ups awaiting sign-off with at most one working day left, most urgent first."""
        out = []
        for complaint_id, _request in self.store.signoffs.by_state([SignoffState.PENDING.value]):
            complaint = self.store.complaints.get(complaint_id)
            if complaint is None:
                continue
            left = self._time_left(complaint)
            if left.due is not None and left.working_days <= WARN_WORKING_DAYS:
                out.append((complaint, left))
        return sorted(out, key=lambda pair: (pair[1].working_days, pair[1].due))

    def send(self, complaint_id: int, text: str,
             attachment_paths: Iterable[Path | str | Evidence] = (),
             propose_close: bool = False, *, drafts: Any) -> Op[str]:
        """The editor's send button: "Kirim untuk persetujuan" where sign-off is required,
        else the plain Send (``drafts`` is the workbench's DraftService)."""
        if not self.required():
            op_id = drafts.send_follow_up(complaint_id, text, attachment_paths, propose_close)
            return Op(op_id, _queued(complaint_id))
        paths = prepare_all(attachment_paths)
        draft = drafts.open_or_create(complaint_id)
        return Op(self.submit(draft.id, paths, propose_close, text=text), _queued(complaint_id))

    def editor_state(self, complaint_id: int) -> Op[EditorSignoff]:
        """Sign-off state for the editor; a returned follow-up reopens as a draft here."""
        required = self.required()
        view = self.view(complaint_id)
        had = {d.id for d in self.store.drafts.for_complaint(complaint_id)}
        draft = self.reopen(complaint_id) if required else None
        urgent = None
        complaint = self.store.complaints.get(complaint_id)
        if view is not None and view.state is SignoffState.PENDING and complaint is not None:
            left = self._time_left(complaint)
            urgent = left if left.due is not None \
                and left.working_days <= WARN_WORKING_DAYS else None
        if draft is not None and draft.id not in had:
            return Op(EditorSignoff(required, view, True, urgent),
                      Changes(complaints=frozenset({complaint_id}), drafts=True))
        return Op(EditorSignoff(required, view, urgent=urgent))

    # --- official side ----------------------------------------------------------------------

    def review_queue(self) -> list[ReviewItem]:
        """Requests waiting for this official (not their own), soonest deadline first."""
        profile = self.store.profile.get()
        me = profile.username if profile else None
        queued = self._queued_reviews()
        items = []
        for complaint_id, request in self.store.signoffs.by_state([SignoffState.PENDING.value]):
            complaint = self.store.complaints.get(complaint_id)
            if complaint is None or request.get("author_username") == me:
                continue
            files = len(request.get("attachments") or [])
            checklist = check_follow_up(str(request.get("text", "")),
                                        tracking_id=complaint.tracking_id,
                                        min_chars=FOLLOW_UP_MIN_CHARS, attachments_count=files)
            items.append(ReviewItem(complaint, request, checklist, self._time_left(complaint),
                                    queued.get(int(request["id"])), self._zone()))
        return sorted(items, key=lambda i: (i.time_left.due is None, i.time_left.due
                                            or dt.datetime.max.replace(tzinfo=dt.UTC)))

    def approve(self, complaint_id: int, signoff_id: int, *, text: str | None = None,
                comment: str | None = None) -> str:
        """Queue an approval (``text``: the official's edit, shown to the officer)."""
        return self._review(complaint_id, ActionInput(
            ActionKind.APPROVE_SIGNOFF, text=text, signoff_id=signoff_id,
            comment=comment or None))

    def return_(self, complaint_id: int, signoff_id: int, comment: str) -> str:
        """Queue a return with the official's comment (mandatory)."""
        if not comment.strip():
            raise InvalidDataError(_("Tulis catatan untuk petugas sebelum mengembalikan."),
                                   field="comment")
        return self._review(complaint_id, ActionInput(
            ActionKind.RETURN_SIGNOFF, signoff_id=signoff_id, comment=comment))

    def approve_op(self, complaint_id: int, signoff_id: int, *, text: str | None = None,
                   comment: str | None = None) -> Op[str]:
        """:meth:`approve` for the window (announces the queued action)."""
        return Op(self.approve(complaint_id, signoff_id, text=text, comment=comment),
                  _queued(complaint_id))

    def return_op(self, complaint_id: int, signoff_id: int, comment: str) -> Op[str]:
        """:meth:`return_` for the window (announces the queued action)."""
        return Op(self.return_(complaint_id, signoff_id, comment), _queued(complaint_id))

    def conflicts(self) -> list[Any]:
        """Reviews the server refused (revised or withdrawn follow-up, already reviewed,
        complaint closed): outbox operations needing the official's attention."""
        return [op for op in self.store.outbox.ledger(
            limit=500, states=frozenset({OutboxState.NEEDS_ATTENTION}))
            if op.kind in REVIEW_KINDS]

    # --- helpers ----------------------------------------------------------------------------

    def _review(self, complaint_id: int, action: ActionInput) -> str:
        if action.signoff_id in self._queued_reviews():
            raise InvalidDataError(_("Tinjauan untuk tindak lanjut ini sudah ada di antrean "
                                     "kirim."), field="signoff_id")
        stale = [op for op in self.conflicts()
                 if op.complaint_id == complaint_id and op.skipped_at is None]
        if stale:
            # A refused review (the follow-up was revised, withdrawn or already reviewed) can
            # never succeed; it stays listed for the official but no longer holds this one back.
            with self.store.transaction() as session:
                for op in stale:
                    self.store.outbox.skip(session, op.id)
        return queue_action(self.store, complaint_id, action, cache_dir=self.cache_dir)

    def _queued_reviews(self) -> dict[int, str]:
        out = {}
        for op in self.store.outbox.ledger(limit=500, states=_OPEN_OPS):
            if op.kind in REVIEW_KINDS and op.payload.get("signoff_id") is not None:
                out[int(op.payload["signoff_id"])] = op.kind.value
        return out

    def _zone(self) -> TimeZone:
        profile = self.store.profile.get()
        return profile.agency_timezone if profile else TimeZone.WIB

    def _time_left(self, complaint: Complaint) -> Countdown:
        return countdown(next_due(complaint), self._clock(), self._zone(),
                         working_calendar(self.store))
