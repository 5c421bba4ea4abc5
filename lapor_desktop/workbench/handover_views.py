"""Read models of a successor's first days: what came over ("Baru diserahkan"), and which
complaints had a follow-up promised and nothing since (also when no handover happened at all:
a fresh profile gets every complaint and its history from the server).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from lapor_desktop.core.models import EventKind, Status
from lapor_desktop.store import Store
from lapor_desktop.store.handover import IMPORTED
from lapor_desktop.workbench.handover_plan import OPEN_STATUSES

# Events that show the OPD did something after its follow-up.
OFFICER_EVENTS = frozenset({EventKind.FOLLOW_UP, EventKind.INTERNAL_NOTE,
                            EventKind.REPLY_ACKNOWLEDGED, EventKind.REDISPOSITION_REQUESTED})
_FAR = dt.datetime.max.replace(tzinfo=dt.UTC)


@dataclasses.dataclass(frozen=True, slots=True)
class HandedRow:
    """A complaint that came over in a handover, as it is in this profile now."""

    complaint_id: int
    tracking_id: str
    title: str
    status: Status | None  # None: the complaint is no longer in this profile
    deadline: dt.datetime | None
    note: str
    from_officer: str
    drafts: int  # the successor's unsent drafts on it


@dataclasses.dataclass(frozen=True, slots=True)
class StalePromise:
    """An open complaint whose last follow-up promised something, with nothing done since."""

    complaint_id: int
    tracking_id: str
    title: str
    status: Status
    promised: str
    promised_at: dt.datetime
    days_since: int
    reporter_replied: bool


def handed_over(store: Store) -> list[HandedRow]:
    """Every complaint of every received handover, soonest deadline first."""
    notes: dict[int, list[str]] = {}
    for note in store.handover.notes(source=IMPORTED):
        notes.setdefault(note.complaint_id, []).append(note.text)
    marks = {m[0]: m for m in store.complaints.status_marks()}
    rows: dict[int, HandedRow] = {}
    for record in store.handover.received():
        for item in record.summary.get("complaints", []):
            cid = int(item["id"])
            if cid in rows:
                continue
            mark = marks.get(cid)
            drafts = sum(1 for d in store.drafts.for_complaint(cid)
                         if d.state.value in ("editing", "needs_attention", "awaiting_signoff"))
            rows[cid] = HandedRow(
                cid, str(item["tracking_id"]), mark[2] if mark else str(item["title"]),
                mark[3] if mark else None,
                mark[4] if mark else _parse(item.get("deadline")),
                "\n".join(notes.get(cid, [])), record.from_officer, drafts)
    return sorted(rows.values(), key=lambda r: (r.deadline or _FAR, r.tracking_id))


def stale_promises(store: Store, now: dt.datetime, *, min_days: int = 5) -> list[StalePromise]:
    """Open complaints whose last follow-up is at least ``min_days`` old with no officer action
    since (a reporter's reply since makes it more urgent, not less), oldest promise first."""
    out = []
    for cid, tracking, title, status, _due in store.complaints.status_marks():
        if status not in OPEN_STATUSES or status is Status.TERDISPOSISI:
            continue
        complaint = store.complaints.get(cid)
        if complaint is None:
            continue
        last = None
        for index, event in enumerate(complaint.events):
            if event.kind is EventKind.FOLLOW_UP:
                last = index
        if last is None:
            continue
        promise = complaint.events[last]
        later = complaint.events[last + 1:]
        if any(e.kind in OFFICER_EVENTS for e in later):
            continue
        days = (now - promise.at).days
        if days < min_days:
            continue
        replied = any(e.kind is EventKind.REPORTER_REPLY for e in later)
        out.append(StalePromise(cid, tracking, title, status, promise.text, promise.at, days,
                                replied))
    return sorted(out, key=lambda s: s.promised_at)


def _parse(text: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if isinstance(text, str) else None
