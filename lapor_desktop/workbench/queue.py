"""Read side of the officer's queue for the window: pages with countdowns, one complaint's detail.

Qt-free so it runs on the task manager's database worker (and in tests without a window). The
countdown of each row is computed here, off the GUI thread, with the agency's time zone and the
working-day calendar (the server's published holiday list wins where it has one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.countdown import Countdown, complaint_countdown, countdowns
from lapor_desktop.core.models import Complaint, TimeZone
from lapor_desktop.store.complaints import LocalInfo, ReporterComplaint
from lapor_desktop.store.engine import Store
from lapor_desktop.store.queue import PageKey, QueueQuery, QueueRow
from lapor_desktop.store.reference import category_names, reference_stamp, working_calendar

if TYPE_CHECKING:  # the type only: sessions come from the store
    from sqlalchemy.orm import Session


@dataclasses.dataclass(frozen=True, slots=True)
class QueueEntry:
    """A queue row with its countdown, ready to paint."""

    row: QueueRow
    countdown: Countdown


@dataclasses.dataclass(frozen=True, slots=True)
class ComplaintDetailData:
    """Everything the detail pane shows for one complaint."""

    complaint: Complaint
    countdown: Countdown
    local: LocalInfo | None
    #: The agency's time zone: every date of the detail is shown in it, with its label.
    timezone: TimeZone = TimeZone.WIB
    #: The predecessor's handover notes on it ("Nama: catatan"), "" when none.
    handover_note: str = ""
    #: The reporter's other complaints (none for anonim or rahasia ones, see the store).
    other_complaints: tuple[ReporterComplaint, ...] = ()


class QueueService:
    """Reads queue pages and details from the store, with countdowns as of ``clock()``."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock
        # (reference stamp, calendar): rebuilt only when the server's lists change, not on
        # every keystroke of a search.
        self._calendar: tuple[object, WorkingCalendar] | None = None

    def timezone(self, *, session: Session | None = None) -> TimeZone:
        """The agency's time zone (WIB until an officer profile says otherwise)."""
        return self._store.profile.timezone(session=session) or TimeZone.WIB

    def calendar(self, *, session: Session | None = None) -> WorkingCalendar:
        """Working-day calendar with the server's published holiday list, if any."""
        stamp = reference_stamp(self._store, session=session)
        cached = self._calendar
        if cached is None or cached[0] != stamp:
            cached = self._calendar = (stamp, working_calendar(self._store))
        return cached[1]

    def page(self, query: QueueQuery, after: PageKey | None,
             limit: int) -> tuple[list[QueueEntry], PageKey | None]:
        """One keyset page with countdowns."""
        # One session for the page and what its countdowns need: one connection checkout.
        with self._store.reading() as s:
            page = self._store.queue.page(query, after, limit, session=s)
            now, tz, calendar = self._clock(), self.timezone(session=s), self.calendar(session=s)
        return self._entries(page.rows, now, tz, calendar), page.next_key

    @staticmethod
    def _entries(rows: list[QueueRow], now: dt.datetime, tz: TimeZone,
                 calendar: WorkingCalendar) -> list[QueueEntry]:
        return [QueueEntry(row, cd) for row, cd in zip(
            rows, countdowns((row.next_due_at for row in rows), now, tz, calendar), strict=True)]

    def first_page(self, query: QueueQuery,
                   limit: int) -> tuple[list[QueueEntry], PageKey | None, int]:
        """The first page with countdowns and the number of matches (a new query or a
        keystroke of a search), read in one snapshot so the count and the rows agree."""
        with self._store.reading() as s:
            page, total = self._store.queue.first_page(query, limit, session=s)
            now, tz, calendar = self._clock(), self.timezone(session=s), self.calendar(session=s)
        return self._entries(page.rows, now, tz, calendar), page.next_key, total

    def count(self, query: QueueQuery) -> int:
        """How many complaints match."""
        return self._store.queue.count(query)

    def detail(self, complaint_id: int) -> ComplaintDetailData | None:
        """The full complaint with history, its countdown and local state; None if it is gone."""
        complaint = self._store.complaints.get(complaint_id)
        if complaint is None:
            return None
        tz = self.timezone()
        cd = complaint_countdown(complaint, self._clock(), tz, self.calendar())
        notes = "\n".join(f"{n.author}: {n.text}" for n in self._store.handover.notes(
            complaint_id, source="imported"))
        return ComplaintDetailData(complaint, cd, self._store.complaints.local_info(complaint_id),
                                   tz, notes,
                                   tuple(self._store.complaints.same_reporter(complaint_id)))

    def categories(self) -> list[str]:
        """Category names from the server's reference data, for the filter."""
        return category_names(self._store)

