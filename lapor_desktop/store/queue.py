"""The officer's queue: filters, full-text search, sorts and keyset pagination.

Pages never use OFFSET: each page starts strictly after the (sort value, id) key of the previous
page's last row, so reading page 500 costs the same as page 1 and rows inserted meanwhile neither
repeat nor vanish. A nullable sort column (due dates: closed complaints have none) is read in two
segments, non-null values first through the (column, id) index, then the nulls by id; the page key
remembers which segment it is in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from lapor_desktop.core.models import Classification, LocalState, Status
from lapor_desktop.store._base import OPEN_DRAFT_STATES, Repository
from lapor_desktop.store.orm import ComplaintRow, DraftRow

OPEN_STATUSES = (Status.TERDISPOSISI, Status.DITINDAKLANJUTI, Status.DITANGGAPI_PELAPOR)
# Word characters minus "_" (which FTS5's unicode61 tokenizer treats as a separator).
_TOKEN = re.compile(r"[^\W_]+")


class QueueSort(StrEnum):
    """Orders of the queue. Ties are broken by complaint id in the same direction."""

    RISK = "risk"  # the deadline faced next, soonest first; closed (no deadline) last
    DUE_DATE = "due_date"  # the completion deadline, soonest first; none last
    SUBMITTED_DATE = "submitted_date"  # newest first


@dataclasses.dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the queue shows. Empty collections and ``None`` mean "no filter"; filters AND together.

    ``text`` is raw user input, matched word by word as prefixes (search-as-you-type) against
    tracking id, title, body, location and category. ``due_after``/``due_before`` bound
    ``next_due_at`` (inclusive/exclusive). ``overdue_at`` keeps open complaints whose next
    deadline is before that instant. ``has_draft`` keeps complaints with (True) or without (False)
    an unsent draft; ``needs_attention`` likewise on the local state *needs attention*.
    """

    text: str = ""
    statuses: frozenset[Status] = frozenset()
    categories: frozenset[str] = frozenset()
    classifications: frozenset[Classification] = frozenset()
    due_after: dt.datetime | None = None
    due_before: dt.datetime | None = None
    overdue_at: dt.datetime | None = None
    has_draft: bool | None = None
    needs_attention: bool | None = None
    sort: QueueSort = QueueSort.RISK
    #: Only these complaints (a group the officer linked, shown together); None: no filter.
    ids: frozenset[int] | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class QueueRow:
    """One line of the queue: what the list shows, nothing more (no body, no reporter)."""

    id: int
    tracking_id: str
    title: str
    category: str
    classification: Classification
    status: Status
    next_due_at: dt.datetime | None
    local_state: LocalState
    anonim: bool
    rahasia: bool
    submitted_at: dt.datetime
    completion_due: dt.datetime | None


@dataclasses.dataclass(frozen=True, slots=True)
class PageKey:
    """Position after a row: its sort value (None in the null segment) and its id."""

    value: dt.datetime | None
    id: int


@dataclasses.dataclass(frozen=True, slots=True)
class Page:
    """A page of rows and the key of the next page (None when this is the last page)."""

    rows: list[QueueRow]
    next_key: PageKey | None


def fts_query(text: str) -> str | None:
    """Turn user input into a safe FTS5 MATCH expression, or None when it has no words.

    Each whitespace-separated chunk becomes a quoted phrase of its word tokens with a prefix
    star (``LAPOR-2026-00`` -> ``"LAPOR 2026 00"*``): only letters and digits ever reach FTS5,
    so quotes, operators (AND, NEAR, ``-``, ``:``) or brackets typed by the user cannot raise a
    syntax error or change the query's meaning.
    """
    phrases = []
    for chunk in text.split():
        tokens = _TOKEN.findall(chunk)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return " ".join(phrases) or None


_SORT_COLUMNS = {
    QueueSort.RISK: ComplaintRow.next_due_at,
    QueueSort.DUE_DATE: ComplaintRow.completion_due,
    QueueSort.SUBMITTED_DATE: ComplaintRow.submitted_at,
}
_NULLABLE_SORTS = frozenset({QueueSort.RISK, QueueSort.DUE_DATE})
_ROW_COLUMNS = (ComplaintRow.id, ComplaintRow.tracking_id, ComplaintRow.title,
                ComplaintRow.category, ComplaintRow.classification, ComplaintRow.status,
                ComplaintRow.next_due_at, ComplaintRow.local_state, ComplaintRow.anonim,
                ComplaintRow.rahasia, ComplaintRow.submitted_at,
                ComplaintRow.completion_due)


class QueueRepository(Repository):
    """Read-only queries behind the queue view (safe to call from any thread's own session)."""

    def page(self, query: QueueQuery, after: PageKey | None = None, limit: int = 100, *,
             session: Session | None = None) -> Page:
        """Up to ``limit`` rows after ``after`` (None: from the start) in ``query.sort`` order."""
        if limit < 1:
            raise ValueError("limit must be positive")
        with self._reading(session) as s:
            rows = self._fetch(s, query, after, limit + 1)
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_key = None
        if has_more:
            last = rows[-1]
            next_key = PageKey(_sort_value(query.sort, last), last.id)
        return Page(rows, next_key)

    def count(self, query: QueueQuery, *, session: Session | None = None) -> int:
        """How many complaints match ``query`` (sort is irrelevant)."""
        match = fts_query(query.text)
        if match is not None and dataclasses.replace(query, text="", sort=QueueSort.RISK) \
                == QueueQuery():
            # Text alone: the FTS index counts its own hits (every row of it is a complaint);
            # joining each hit back to its complaint row cost ten times more.
            stmt = sa.select(sa.text("count(*) FROM complaints_fts WHERE complaints_fts MATCH "
                                     ":match")).params(match=match)
            with self._reading(session) as s:
                return int(s.scalar(stmt) or 0)
        stmt = sa.select(sa.func.count()).select_from(ComplaintRow).where(*_filters(query))
        with self._reading(session) as s:
            return int(s.scalar(stmt) or 0)

    def explain(self, query: QueueQuery, after: PageKey | None = None, limit: int = 100, *,
                session: Session | None = None) -> list[list[str]]:
        """SQLite's query plan of each statement :meth:`page` runs (diagnostics and tests)."""
        captured: list[tuple[str, object]] = []

        def capture(_conn: object, _cursor: object, statement: str, parameters: object,
                    _context: object, _many: bool) -> None:
            captured.append((statement, parameters))

        with self._reading(session) as s:
            conn = s.connection()
            event.listen(conn, "before_cursor_execute", capture)
            try:
                self._fetch(s, query, after, limit + 1)
            finally:
                event.remove(conn, "before_cursor_execute", capture)
            return [[str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + statement, parameters).all()]  # type: ignore[arg-type]
                for statement, parameters in captured]

    def _fetch(self, s: Session, query: QueueQuery, after: PageKey | None,
               want: int) -> list[QueueRow]:
        nullable = query.sort in _NULLABLE_SORTS
        in_null_segment = nullable and after is not None and after.value is None
        walk = _broad(s, query)
        rows: list[QueueRow] = []
        if not in_null_segment:
            rows = _load(s, _segment_stmt(query, after, want, nulls=False, walk=walk))
        if nullable and len(rows) < want:
            null_after = after if in_null_segment else None
            rows += _load(s, _segment_stmt(query, null_after, want - len(rows), nulls=True,
                                           walk=walk))
        return rows


# Hits from which a search walks the sort index instead of sorting every hit.
BROAD_MATCH = 1000


def _broad(s: Session, query: QueueQuery) -> bool:
    """Whether the text matches so many complaints that reading the sort index in order (and
    keeping the hits) beats fetching every hit and sorting it: counts at most BROAD_MATCH hits."""
    match = fts_query(query.text)
    if match is None:
        return False
    hits = s.scalar(sa.select(sa.text(
        f"count(*) FROM (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :match "
        f"LIMIT {BROAD_MATCH})")).params(match=match))
    return int(hits or 0) >= BROAD_MATCH


def _segment_stmt(query: QueueQuery, after: PageKey | None, limit: int, *,
                  nulls: bool, walk: bool = False) -> sa.Select[tuple[object, ...]]:
    col = _SORT_COLUMNS[query.sort]
    stmt = sa.select(*_ROW_COLUMNS).where(*_filters(query, walk=walk)).limit(limit)
    if query.sort is QueueSort.SUBMITTED_DATE:
        if after is not None:
            # Expanded form of (col, id) < (v, k) that keeps a range on col for the index.
            stmt = stmt.where(col <= after.value,
                              sa.or_(col < after.value, ComplaintRow.id < after.id))
        return stmt.order_by(col.desc(), ComplaintRow.id.desc())
    if nulls:
        stmt = stmt.where(col.is_(None))
        if after is not None:
            stmt = stmt.where(ComplaintRow.id > after.id)
        return stmt.order_by(col, ComplaintRow.id)
    if after is not None:
        stmt = stmt.where(col >= after.value, sa.or_(col > after.value,
                                                     ComplaintRow.id > after.id))
    else:
        stmt = stmt.where(col.is_not(None))
    return stmt.order_by(col, ComplaintRow.id)


def _filters(query: QueueQuery, *, walk: bool = False) -> list[sa.ColumnElement[bool]]:
    where: list[sa.ColumnElement[bool]] = []
    match = fts_query(query.text)
    if match is not None:
        fts_ids = sa.text("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :match"
                          ).bindparams(match=match)
        # ``id + 0`` keeps SQLite from driving the query by the hits' rowids: it then walks the
        # sort index in order and stops at the page's end (the hits become one lookup set).
        key = ComplaintRow.id + 0 if walk else ComplaintRow.id
        where.append(key.in_(fts_ids))
    if query.statuses:
        where.append(ComplaintRow.status.in_(_values(query.statuses)))
    if query.categories:
        where.append(ComplaintRow.category.in_(sorted(query.categories)))
    if query.classifications:
        where.append(ComplaintRow.classification.in_(_values(query.classifications)))
    if query.due_after is not None:
        where.append(ComplaintRow.next_due_at >= query.due_after)
    if query.due_before is not None:
        where.append(ComplaintRow.next_due_at < query.due_before)
    if query.overdue_at is not None:
        where.append(ComplaintRow.next_due_at < query.overdue_at)
        where.append(ComplaintRow.status.in_(_values(OPEN_STATUSES)))
    if query.has_draft is not None:
        exists = sa.exists().where(DraftRow.complaint_id == ComplaintRow.id,
                                   DraftRow.state.in_(OPEN_DRAFT_STATES))
        where.append(exists if query.has_draft else ~exists)
    if query.ids is not None:
        where.append(ComplaintRow.id.in_(sorted(query.ids)))
    if query.needs_attention is not None:
        attention = ComplaintRow.local_state == LocalState.NEEDS_ATTENTION.value
        where.append(attention if query.needs_attention else ~attention)
    return where


def _values(items: Sequence[str] | frozenset[str]) -> list[str]:
    return sorted(str(getattr(i, "value", i)) for i in items)


def _load(s: Session, stmt: sa.Select[tuple[object, ...]]) -> list[QueueRow]:
    return [QueueRow(id=r[0], tracking_id=r[1], title=r[2], category=r[3],
                     classification=Classification(r[4]), status=Status(r[5]),
                     next_due_at=r[6], local_state=LocalState(r[7]), anonim=bool(r[8]),
                     rahasia=bool(r[9]), submitted_at=r[10], completion_due=r[11])
            for r in s.execute(stmt).all()]


def _sort_value(sort: QueueSort, row: QueueRow) -> dt.datetime | None:
    if sort is QueueSort.RISK:
        return row.next_due_at
    if sort is QueueSort.SUBMITTED_DATE:
        return row.submitted_at
    return row.completion_due
