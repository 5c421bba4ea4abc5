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
import functools
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
        return _paged(query, rows, limit)

    def first_page(self, query: QueueQuery, limit: int = 100, *,
                   session: Session | None = None) -> tuple[Page, int]:
        """The first page and how many complaints match, read in one snapshot.

        A search-as-you-type keystroke needs both; for text alone the MATCH is evaluated once
        for the two (:func:`_search_first`).
        """
        if limit < 1:
            raise ValueError("limit must be positive")
        match = fts_query(query.text)
        with self._reading(session) as s:
            if match is not None and _text_only(query):
                found, total = _search_first(s, query, match, limit + 1)
                rows = found if found is not None else self._fetch(s, query, None, limit + 1,
                                                                   hits=total)
            else:
                total = self.count(query, session=s)
                rows = self._fetch(s, query, None, limit + 1)
        return _paged(query, rows, limit), total

    def count(self, query: QueueQuery, *, session: Session | None = None) -> int:
        """How many complaints match ``query`` (sort is irrelevant)."""
        match = fts_query(query.text)
        if match is not None and _text_only(query):
            # Text alone: the FTS index counts its own hits (every row of it is a complaint);
            # joining each hit back to its complaint row cost ten times more.
            stmt = sa.select(sa.text("count(*) FROM complaints_fts WHERE complaints_fts MATCH "
                                     ":match")).params(match=match)
            with self._reading(session) as s:
                return int(s.connection().scalar(stmt) or 0)
        stmt = sa.select(sa.func.count()).select_from(ComplaintRow).where(*_filters(query))
        with self._reading(session) as s:
            return int(s.connection().scalar(stmt) or 0)

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
               want: int, *, hits: int | None = None) -> list[QueueRow]:
        nullable = query.sort in _NULLABLE_SORTS
        in_null_segment = nullable and after is not None and after.value is None
        walk = _broad(s, query) if hits is None else hits >= BROAD_MATCH
        rows: list[QueueRow] = []
        if not in_null_segment:
            rows = _load(s, _segment_stmt(query, after, want, nulls=False, walk=walk))
        if nullable and len(rows) < want:
            null_after = after if in_null_segment else None
            rows += _load(s, _segment_stmt(query, null_after, want - len(rows), nulls=True,
                                           walk=walk))
        return rows


def _text_only(query: QueueQuery) -> bool:
    """Whether ``query`` filters by text alone (its count is the FTS index's own hit count)."""
    return dataclasses.replace(query, text="", sort=QueueSort.RISK) == QueueQuery()


def _paged(query: QueueQuery, rows: list[QueueRow], limit: int) -> Page:
    """A page of ``limit`` rows out of ``limit + 1`` fetched (the extra one says more exist)."""
    if len(rows) <= limit:
        return Page(rows, None)
    rows = rows[:limit]
    last = rows[-1]
    return Page(rows, PageKey(_sort_value(query.sort, last), last.id))


def _search_first(s: Session, query: QueueQuery, match: str,
                  want: int) -> tuple[list[QueueRow] | None, int]:
    """The first ``want`` rows of a broad text-only search and its number of hits, from one MATCH.

    The hits are read once into a set (their count is the total); a broad search then walks the
    sort order's index, ids only, keeping hits until the page is full, and reads those rows. A
    prefix MATCH (the FTS index merging every term's list) is most of a keystroke's cost; the
    count and the page each evaluating it cost 1.5-2 times the MATCH alone. Rows are None for a
    narrow search: fetching its few hits by id and sorting them is the cheaper plan.
    """
    # The driver's cursor, on the session's connection (same snapshot): tens of thousands of
    # ids through SQLAlchemy's result rows cost more than the MATCH itself.
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?", (match,))
        hits = {row[0] for row in cursor.fetchall()}
        if len(hits) < BROAD_MATCH:
            return None, len(hits)
        ids: list[int] = []
        for sql in _order_walks(query.sort):
            cursor.execute(sql)
            while len(ids) < want and (part := cursor.fetchmany(2000)):
                ids += [row[0] for row in part if row[0] in hits]
            if len(ids) >= want:
                break
    finally:
        cursor.close()
    ids = ids[:want]
    place = {cid: n for n, cid in enumerate(ids)}
    rows = _load(s, sa.select(*_ROW_COLUMNS).where(ComplaintRow.id.in_(ids)))
    return sorted(rows, key=lambda r: place[r.id]), len(hits)


def _order_walks(sort: QueueSort) -> list[str]:
    """SQL reading the id of every complaint in ``sort`` order through the sort's index (which
    covers the id): non-null values first, then the nulls, like the pages."""
    col = _SORT_COLUMNS[sort].key
    if sort is QueueSort.SUBMITTED_DATE:
        return [f"SELECT id FROM complaints ORDER BY {col} DESC, id DESC"]
    return [f"SELECT id FROM complaints WHERE {col} IS NOT NULL ORDER BY {col}, id",
            f"SELECT id FROM complaints WHERE {col} IS NULL ORDER BY id"]


# Hits from which a search walks the sort index instead of sorting every hit.
BROAD_MATCH = 1000


def _broad(s: Session, query: QueueQuery) -> bool:
    """Whether the text matches so many complaints that reading the sort index in order (and
    keeping the hits) beats fetching every hit and sorting it: counts at most BROAD_MATCH hits."""
    match = fts_query(query.text)
    if match is None:
        return False
    hits = s.connection().scalar(sa.select(sa.text(
        f"count(*) FROM (SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :match "
        f"LIMIT {BROAD_MATCH})")).params(match=match))
    return int(hits or 0) >= BROAD_MATCH


def _segment_stmt(query: QueueQuery, after: PageKey | None, limit: int, *,
                  nulls: bool, walk: bool = False) -> sa.Select[tuple[object, ...]]:
    """The statement of one segment, with the page key and limit as bound values.

    Built once per query shape and kept (:func:`_segment_shape`): scrolling or paging a view
    reruns the same shape with a new key, and building the expression tree anew cost as much
    as SQLite's whole query.
    """
    stmt = _segment_shape(query, after is not None, nulls=nulls, walk=walk)
    params: dict[str, object] = {"page_limit": limit}
    if after is not None:
        params["after_id"] = after.id
        if not nulls:
            params["after_value"] = after.value
    return stmt.params(**params)


@functools.lru_cache(maxsize=64)
def _segment_shape(query: QueueQuery, has_after: bool, *, nulls: bool,
                   walk: bool) -> sa.Select[tuple[object, ...]]:
    col = _SORT_COLUMNS[query.sort]
    after_id = sa.bindparam("after_id", type_=sa.Integer)
    after_value = sa.bindparam("after_value", type_=col.type)
    stmt = sa.select(*_ROW_COLUMNS).where(*_filters(query, walk=walk)).limit(
        sa.bindparam("page_limit", type_=sa.Integer, literal_execute=False))
    if query.sort is QueueSort.SUBMITTED_DATE:
        if has_after:
            # Expanded form of (col, id) < (v, k) that keeps a range on col for the index.
            stmt = stmt.where(col <= after_value,
                              sa.or_(col < after_value, ComplaintRow.id < after_id))
        return stmt.order_by(col.desc(), ComplaintRow.id.desc())
    if nulls:
        stmt = stmt.where(col.is_(None))
        if has_after:
            stmt = stmt.where(ComplaintRow.id > after_id)
        return stmt.order_by(col, ComplaintRow.id)
    if has_after:
        stmt = stmt.where(col >= after_value, sa.or_(col > after_value,
                                                     ComplaintRow.id > after_id))
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


# Enum members by stored value: a dict lookup, where calling the enum class costs a microsecond
# a value (three per row).
_CLASSIFICATIONS = {c.value: c for c in Classification}
_STATUSES = {s.value: s for s in Status}
_LOCAL_STATES = {s.value: s for s in LocalState}


def _load(s: Session, stmt: sa.Select[tuple[object, ...]]) -> list[QueueRow]:
    classifications, statuses, local_states = _CLASSIFICATIONS, _STATUSES, _LOCAL_STATES
    return [QueueRow(r[0], r[1], r[2], r[3], classifications[r[4]], statuses[r[5]], r[6],
                     local_states[r[7]], bool(r[8]), bool(r[9]), r[10], r[11])
            # Core, not the ORM: these are plain columns, and the ORM's result machinery cost
            # more than the query itself on a 200-row page.
            for r in s.connection().execute(stmt).all()]


def _sort_value(sort: QueueSort, row: QueueRow) -> dt.datetime | None:
    if sort is QueueSort.RISK:
        return row.next_due_at
    if sort is QueueSort.SUBMITTED_DATE:
        return row.submitted_at
    return row.completion_due
