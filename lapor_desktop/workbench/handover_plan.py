"""What an outgoing officer hands over: gathered from the profile, before any decision.

Qt-free reads for the "Serah terima tugas" wizard, ``lapor-desktop handover export`` and the
handover report: every open complaint (status, deadline, what the last follow-up promised,
internal notes, the officer's own note for the successor), every piece of unsent work, and the
officer's templates.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from lapor_desktop.core.models import ActionKind, Complaint, EventKind, Status
from lapor_desktop.store import DraftState, OutboxState, Store
from lapor_desktop.store.drafts import EDITABLE_STATES
from lapor_desktop.store.handover import OWN
from lapor_desktop.workbench import officer_templates

# Complaints the OPD still has to act on or watch (returned, closed and archived ones are not).
OPEN_STATUSES = frozenset({Status.TERDISPOSISI, Status.DITINDAKLANJUTI,
                           Status.DITANGGAPI_PELAPOR})
PENDING_OPS = (OutboxState.QUEUED, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION)
GONE = "laporan sudah tidak ada di instansi ini: buang dengan alasan (teksnya tetap tercatat)"


@dataclasses.dataclass(frozen=True, slots=True)
class OpenComplaint:
    """An open complaint as the handover lists it."""

    complaint: Complaint
    deadline: dt.datetime | None
    promised: str
    promised_at: dt.datetime | None
    internal_notes: tuple[tuple[dt.datetime, str, str], ...]  # (at, actor, text)
    handover_note: str

    @property
    def id(self) -> int:
        """The complaint id."""
        return self.complaint.id


@dataclasses.dataclass(frozen=True, slots=True)
class PendingWork:
    """One piece of unsent work: an editable draft, or an outbox operation not yet accepted.

    ``key`` is ``draft:<id>`` or ``op:<uuid>``; ``blocker`` says why it cannot go to the
    successor as it is (then it must be sent first or discarded with a reason).
    """

    key: str
    complaint_id: int
    tracking_id: str
    title: str
    kind: ActionKind
    text: str
    payload: dict
    state: str
    created_at: dt.datetime
    blocker: str | None = None

    @property
    def origin(self) -> str:
        """"draft" or "outbox"."""
        return "draft" if self.key.startswith("draft:") else "outbox"

    @property
    def origin_id(self) -> str:
        """The draft id or the operation id."""
        return self.key.split(":", 1)[1]


@dataclasses.dataclass(frozen=True, slots=True)
class HandoverPlan:
    """Everything the outgoing officer's profile holds for the successor."""

    complaints: tuple[OpenComplaint, ...]
    work: tuple[PendingWork, ...]
    templates: tuple[dict, ...]


def promised(complaint: Complaint) -> tuple[str, dt.datetime | None]:
    """What the last follow-up told the reporter, and when ("" if none yet)."""
    for event in reversed(complaint.events):
        if event.kind is EventKind.FOLLOW_UP:
            return event.text, event.at
    return "", None


def gather(store: Store) -> HandoverPlan:
    """Read the plan (open complaints soonest deadline first, then pending work)."""
    notes = {n.complaint_id: n.text for n in store.handover.notes(source=OWN)}
    marks = [m for m in store.complaints.status_marks() if m[3] in OPEN_STATUSES]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    marks.sort(key=lambda m: (m[4] or far, m[1]))
    complaints = []
    for complaint_id, _tracking, _title, _status, due in marks:
        complaint = store.complaints.get(complaint_id)
        if complaint is None:
            continue
        text, at = promised(complaint)
        internal = tuple((e.at, e.actor, e.text) for e in complaint.events
                         if e.kind is EventKind.INTERNAL_NOTE)
        complaints.append(OpenComplaint(complaint, due, text, at, internal,
                                        notes.get(complaint_id, "")))
    return HandoverPlan(tuple(complaints), tuple(pending_work(store)),
                        tuple(officer_templates.load(store)))


def pending_work(store: Store) -> list[PendingWork]:
    """Unsent work, oldest first: outbox operations not accepted, then editable drafts with text
    that no pending operation already carries."""
    out: list[PendingWork] = []
    carried: set[int] = set()
    ops = store.outbox.ledger(limit=1_000_000, states=frozenset(PENDING_OPS))
    for op in reversed(ops):
        complaint = store.complaints.get(op.complaint_id)
        draft = store.drafts.get(op.draft_id) if op.draft_id is not None else None
        if op.draft_id is not None:
            carried.add(op.draft_id)
        tracking = complaint.tracking_id if complaint else (draft.tracking_id if draft else "")
        title = complaint.title if complaint else (draft.complaint_title if draft else "")
        blocker = None
        if complaint is None:
            blocker = GONE
        elif op.payload.get("attachments"):
            blocker = "membawa lampiran: kirim dahulu atau buang dengan alasan"
        elif op.attempts > 0:
            blocker = "mungkin sudah sampai di server: sinkronkan dahulu atau buang dengan alasan"
        out.append(PendingWork(f"op:{op.id}", op.complaint_id, tracking, title, op.kind,
                               _text(op.payload), dict(op.payload), op.state.value,
                               op.created_at, blocker))
    for draft in store.drafts.by_state(EDITABLE_STATES):
        text = _text(draft.payload)
        if draft.id in carried or not text.strip() or draft.state is DraftState.QUEUED:
            continue
        payload = {k: v for k, v in draft.payload.items() if k != "attachments"}
        gone = store.complaints.local_info(draft.complaint_id) is None
        out.append(PendingWork(f"draft:{draft.id}", draft.complaint_id, draft.tracking_id,
                               draft.complaint_title, draft.kind, text, payload,
                               draft.state.value, draft.created_at, GONE if gone else None))
    return out


def _text(payload: dict) -> str:
    return str(payload.get("text") or payload.get("reason") or "")
