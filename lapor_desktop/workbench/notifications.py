"""What to tell the officer after a sync pass: new assignments, reporter replies, deadlines within
one working day, overdue complaints and actions the server refused.

Qt-free. The input is two :class:`StoreSnapshot` values built from what a pass changed
(:func:`snapshots_for_pass`: the engine's change log plus the deadline index, never a scan of
the whole table); :func:`compare` turns the difference into :class:`Notification` items. Only
*transitions* notify, so a complaint that stays due-soon is announced once, not on every pass.
The workbench keeps the notifications of each pass until the window's notifier takes them.

Texts are Indonesian templates (:data:`TEMPLATES`); the tray renders them through its translation
layer with :meth:`Notification.render`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.countdown import DUE_SOON_DAYS, RiskLevel, countdown
from lapor_desktop.core.models import Status, TimeZone
from lapor_desktop.core.status import OPEN_STATUSES
from lapor_desktop.store import Store
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.store.queue import QueueQuery
from lapor_desktop.store.reference import working_calendar

Clock = Callable[[], dt.datetime]
# More than this many of one kind in one pass become a single summary notification.
MAX_PER_KIND = 3
_DUE_SOON_LEVELS = frozenset({RiskLevel.DUE_TODAY, RiskLevel.DUE_SOON})


class NotificationKind(StrEnum):
    """Why the officer is told."""

    NEW_COMPLAINT = "new_complaint"
    REPORTER_REPLIED = "reporter_replied"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NEEDS_ATTENTION = "needs_attention"


# (title, text) for one complaint, and for a summary of ``{count}`` complaints.
TEMPLATES: dict[NotificationKind, tuple[str, str]] = {
    NotificationKind.NEW_COMPLAINT: ("Laporan baru", "{tracking_id}: {title}"),
    NotificationKind.REPORTER_REPLIED: ("Pelapor menanggapi", "{tracking_id}: {title}"),
    NotificationKind.DUE_SOON: ("Segera jatuh tempo", "{tracking_id}: {title} ({countdown})"),
    NotificationKind.OVERDUE: ("Terlambat", "{tracking_id}: {title} ({countdown})"),
    NotificationKind.NEEDS_ATTENTION: ("Tindakan perlu perhatian", "{tracking_id}: {reason}"),
}
SUMMARY_TEMPLATES: dict[NotificationKind, tuple[str, str]] = {
    NotificationKind.NEW_COMPLAINT: ("{count} laporan baru",
                                     "Laporan baru terdisposisi ke instansi Anda."),
    NotificationKind.REPORTER_REPLIED: ("{count} tanggapan pelapor",
                                        "Pelapor menanggapi tindak lanjut Anda."),
    NotificationKind.DUE_SOON: ("{count} laporan segera jatuh tempo",
                                "Jatuh tempo dalam satu hari kerja."),
    NotificationKind.OVERDUE: ("{count} laporan terlambat", "Batas waktu telah lewat."),
    NotificationKind.NEEDS_ATTENTION: ("{count} tindakan perlu perhatian",
                                       "Buka Kotak Keluar untuk memutuskan."),
}


@dataclasses.dataclass(frozen=True, slots=True)
class Notification:
    """One thing to tell the officer. ``complaint_id`` is None for a summary of ``count``."""

    kind: NotificationKind
    complaint_id: int | None
    fields: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    count: int = 1

    def render(self, templates: Mapping[NotificationKind, tuple[str, str]] | None = None,
               summaries: Mapping[NotificationKind, tuple[str, str]] | None = None
               ) -> tuple[str, str]:
        """(title, text) from ``templates`` (translated ones from the UI; Indonesian default)."""
        if self.complaint_id is None:
            title, text = (summaries or SUMMARY_TEMPLATES)[self.kind]
        else:
            title, text = (templates or TEMPLATES)[self.kind]
        values = {"count": self.count, **self.fields}
        return title.format_map(_Blank(values)), text.format_map(_Blank(values))

    @property
    def title(self) -> str:
        """The Indonesian headline."""
        return self.render()[0]

    @property
    def text(self) -> str:
        """The Indonesian message."""
        return self.render()[1]


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


@dataclasses.dataclass(frozen=True, slots=True)
class Mark:
    """What a snapshot remembers of one complaint."""

    tracking_id: str
    title: str
    status: Status
    level: RiskLevel
    countdown_text: str


@dataclasses.dataclass(frozen=True, slots=True)
class StoreSnapshot:
    """The store as seen at one moment: complaints, refused actions, and whether a sync ever
    completed a pull (the first download of a whole queue is not "new work")."""

    complaints: Mapping[int, Mark]
    attention: Mapping[str, tuple[int, str]]  # op id -> (complaint id, server's reason)
    synced_before: bool


def _level(due: dt.datetime | None, status: Status, at: dt.datetime, tz: TimeZone,
           calendar: WorkingCalendar) -> tuple[RiskLevel, str]:
    if status not in OPEN_STATUSES:
        return RiskLevel.CLOSED, ""
    cd = countdown(due, at, tz, calendar)
    return cd.level, cd.text


def snapshots_for_pass(store: Store, log: ChangeLog, attention_ops: Iterable[str], *,
                       since: dt.datetime, now: dt.datetime, synced_before: bool
                       ) -> tuple[StoreSnapshot, StoreSnapshot]:
    """The before/after snapshots of what one pass (and the time since the last one) touched.

    Only complaints the pass wrote or removed, and those whose deadline fell due or came within
    a working day since ``since`` (the deadline index), are read: the cost follows what changed,
    not the size of the queue. ``attention_ops`` are the operations the pass refused.
    """
    officer = store.profile.get()
    tz = officer.agency_timezone if officer else TimeZone.WIB
    calendar = working_calendar(store)
    today = now.astimezone(ZoneInfo(tz.value)).date()
    # Far enough for "due within one working day" across weekends and holiday blocks.
    horizon_day = calendar.add_working_days(today, DUE_SOON_DAYS + 1)
    horizon = dt.datetime.combine(horizon_day, dt.time.max, ZoneInfo(tz.value))
    attention: dict[str, tuple[int, str]] = {}
    for op_id in attention_ops:
        op = store.outbox.get(op_id)
        if op is not None and op.state is OutboxState.NEEDS_ATTENTION:
            attention[op.id] = (op.complaint_id, op.last_error or "")
    ids = set(log.upserted) | set(log.before) | set(store.complaints.due_between(since, horizon))
    ids |= {complaint_id for complaint_id, _reason in attention.values()}
    ids -= log.removed
    before: dict[int, Mark] = {}
    after: dict[int, Mark] = {}
    for cid, tracking_id, title, status, due in store.complaints.status_marks(ids):
        old = log.before.get(cid, (status, due))
        if old is not None:  # None: not stored before this pass (a new complaint)
            before[cid] = Mark(tracking_id, title, old[0], *_level(old[1], old[0], since, tz,
                                                                   calendar))
        after[cid] = Mark(tracking_id, title, status, *_level(due, status, now, tz, calendar))
    return (StoreSnapshot(before, {}, synced_before),
            StoreSnapshot(after, attention, synced_before))


def compare(before: StoreSnapshot, after: StoreSnapshot, *,
            max_per_kind: int = MAX_PER_KIND) -> list[Notification]:
    """The notifications for the change from ``before`` to ``after``, most urgent kind first."""
    found: dict[NotificationKind, list[Notification]] = {kind: [] for kind in NotificationKind}
    for cid, mark in after.complaints.items():
        old = before.complaints.get(cid)
        fields = {"tracking_id": mark.tracking_id, "title": mark.title,
                  "countdown": mark.countdown_text}
        if old is None:
            if before.synced_before:
                found[NotificationKind.NEW_COMPLAINT].append(
                    Notification(NotificationKind.NEW_COMPLAINT, cid, fields))
            continue
        if mark.status is Status.DITANGGAPI_PELAPOR and old.status is not mark.status:
            found[NotificationKind.REPORTER_REPLIED].append(
                Notification(NotificationKind.REPORTER_REPLIED, cid, fields))
        if mark.level is RiskLevel.OVERDUE and old.level is not RiskLevel.OVERDUE:
            found[NotificationKind.OVERDUE].append(
                Notification(NotificationKind.OVERDUE, cid, fields))
        elif mark.level in _DUE_SOON_LEVELS and old.level not in _DUE_SOON_LEVELS \
                and old.level is not RiskLevel.OVERDUE:
            found[NotificationKind.DUE_SOON].append(
                Notification(NotificationKind.DUE_SOON, cid, fields))
    for op_id, (cid, reason) in after.attention.items():
        if op_id not in before.attention:
            mark = after.complaints.get(cid) or before.complaints.get(cid)
            fields = {"tracking_id": mark.tracking_id if mark else str(cid),
                      "title": mark.title if mark else "", "reason": reason}
            found[NotificationKind.NEEDS_ATTENTION].append(
                Notification(NotificationKind.NEEDS_ATTENTION, cid, fields))
    order = (NotificationKind.NEEDS_ATTENTION, NotificationKind.OVERDUE,
             NotificationKind.DUE_SOON, NotificationKind.REPORTER_REPLIED,
             NotificationKind.NEW_COMPLAINT)
    out: list[Notification] = []
    for kind in order:
        items = found[kind]
        if len(items) > max_per_kind:
            out.append(Notification(kind, None, count=len(items)))
        else:
            out.extend(items)
    return out


@dataclasses.dataclass(frozen=True, slots=True)
class TrayCounts:
    """The numbers the tray tooltip shows."""

    open: int
    overdue: int
    waiting: int
    attention: int


def tray_counts(store: Store, now: dt.datetime) -> TrayCounts:
    """Open complaints, overdue ones, actions waiting to be sent, and refused actions."""
    by_status = store.complaints.counts_by_status()
    outbox = store.outbox.counts()
    return TrayCounts(
        open=sum(by_status[s] for s in OPEN_STATUSES),
        overdue=store.queue.count(QueueQuery(overdue_at=now)),
        waiting=outbox[OutboxState.QUEUED] + outbox[OutboxState.SENDING],
        attention=outbox[OutboxState.NEEDS_ATTENTION])
