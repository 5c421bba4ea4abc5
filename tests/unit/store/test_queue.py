"""Queue queries: every filter and sort against a plain-Python computation, keyset pagination,
and FTS input that can never break the SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_desktop.core.deadlines import next_due
from lapor_desktop.core.models import ActionKind, Classification, Complaint, Status
from lapor_desktop.store import (
    DraftState,
    PageKey,
    QueueQuery,
    QueueSort,
    Store,
    fts_query,
    open_store,
)
from tests.unit.store.conftest import T0, make_complaint

WORDS = ["lampu", "sampah", "banjir", "sekolah"]
CATEGORIES = ["Infrastruktur", "Kesehatan", "Pendidikan"]
OPEN = {Status.TERDISPOSISI, Status.DITINDAKLANJUTI, Status.DITANGGAPI_PELAPOR}

complaint_spec = st.fixed_dictionaries({
    "status": st.sampled_from(list(Status)),
    "category": st.sampled_from(CATEGORIES),
    "classification": st.sampled_from(list(Classification)),
    # Few distinct values so that ties (broken by id) are common.
    "first_due": st.none() | st.integers(0, 5),
    "completion_due": st.none() | st.integers(0, 5),
    "submitted": st.integers(0, 4),
    "word": st.sampled_from(WORDS),
    "draft": st.sampled_from([None, DraftState.EDITING, DraftState.NEEDS_ATTENTION,
                              DraftState.SENT]),
})

query_spec = st.builds(
    QueueQuery,
    text=st.sampled_from(["", "lamp", "SAMPAH", "banjir lpr", "sek!"]),
    statuses=st.frozensets(st.sampled_from(list(Status)), max_size=3),
    categories=st.frozensets(st.sampled_from(CATEGORIES), max_size=2),
    classifications=st.frozensets(st.sampled_from(list(Classification)), max_size=2),
    due_after=st.none() | st.integers(0, 5).map(lambda d: T0 + dt.timedelta(days=d)),
    due_before=st.none() | st.integers(0, 6).map(lambda d: T0 + dt.timedelta(days=d)),
    overdue_at=st.none() | st.integers(0, 6).map(lambda d: T0 + dt.timedelta(days=d)),
    has_draft=st.none() | st.booleans(),
    needs_attention=st.none() | st.booleans(),
    sort=st.sampled_from(list(QueueSort)),
)


def _build(specs: list[dict]) -> tuple[list[Complaint], dict[int, DraftState]]:
    complaints, drafts = [], {}
    for i, spec in enumerate(specs, start=1):
        day = dt.timedelta(days=1)
        complaints.append(make_complaint(
            i, status=spec["status"], category=spec["category"],
            classification=spec["classification"], title=f"Keluhan {spec['word']} warga",
            first_response_due=None if spec["first_due"] is None else T0 + spec["first_due"] * day,
            completion_due=(None if spec["completion_due"] is None
                            else T0 + spec["completion_due"] * day),
            submitted_at=T0 - spec["submitted"] * day))
        if spec["draft"] is not None:
            drafts[i] = spec["draft"]
    return complaints, drafts


def _load(store: Store, complaints: list[Complaint], drafts: dict[int, DraftState]) -> None:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, complaints)
        for cid, state in drafts.items():
            draft_id = store.drafts.create(s, cid, ActionKind.FOLLOW_UP, {"text": "x"})
            if state is not DraftState.EDITING:
                store.drafts.mark_state(s, draft_id, state, reason="r")


def _expected(complaints: list[Complaint], drafts: dict[int, DraftState],
              q: QueueQuery) -> list[int]:
    words = [w.lower() for w in q.text.replace("!", " ").split()]

    def keep(c: Complaint) -> bool:
        due = next_due(c)
        haystack = " ".join([c.tracking_id, c.title, c.body, c.location, c.category]).lower()
        tokens = haystack.replace("-", " ").replace(";", " ").replace(".", " ").split()
        return all([
            all(any(t.startswith(w) for t in tokens) for w in words),
            not q.statuses or c.status in q.statuses,
            not q.categories or c.category in q.categories,
            not q.classifications or c.classification in q.classifications,
            q.due_after is None or (due is not None and due >= q.due_after),
            q.due_before is None or (due is not None and due < q.due_before),
            q.overdue_at is None or (due is not None and due < q.overdue_at
                                     and c.status in OPEN),
            q.has_draft is None or q.has_draft == (drafts.get(c.id) in
                                                   {DraftState.EDITING,
                                                    DraftState.NEEDS_ATTENTION}),
            q.needs_attention is None
            or q.needs_attention == (drafts.get(c.id) is DraftState.NEEDS_ATTENTION),
        ])

    rows = [c for c in complaints if keep(c)]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    if q.sort is QueueSort.RISK:
        rows.sort(key=lambda c: (next_due(c) is None, next_due(c) or far, c.id))
    elif q.sort is QueueSort.DUE_DATE:
        rows.sort(key=lambda c: (c.completion_due is None, c.completion_due or far, c.id))
    else:
        rows.sort(key=lambda c: (c.submitted_at, c.id), reverse=True)
    return [c.id for c in rows]


def _walk(store: Store, q: QueueQuery, limit: int) -> list[int]:
    ids: list[int] = []
    key: PageKey | None = None
    for _ in range(1000):
        page = store.queue.page(q, key, limit)
        assert len(page.rows) <= limit
        ids += [r.id for r in page.rows]
        if page.next_key is None:
            return ids
        assert len(page.rows) == limit
        key = page.next_key
    raise AssertionError("pagination did not end")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(specs=st.lists(complaint_spec, min_size=0, max_size=30),
       queries=st.lists(query_spec, min_size=1, max_size=4), limit=st.integers(1, 7))
def test_filters_sorts_and_keyset_pages_match_python(specs, queries, limit) -> None:
    complaints, drafts = _build(specs)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "q.db") as store:
        _load(store, complaints, drafts)
        for q in queries:
            expected = _expected(complaints, drafts, q)
            walked = _walk(store, q, limit)
            assert walked == expected, q
            assert len(set(walked)) == len(walked)
            assert store.queue.count(q) == len(expected)
            first, total = store.queue.first_page(q, limit)
            assert [r.id for r in first.rows] == expected[:limit], q
            assert total == len(expected)
            assert (first.next_key is None) == (len(expected) <= limit)


def test_first_page_of_a_broad_search_walks_the_sort_index_and_agrees(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The keystroke's count picks the plan: with enough hits the page walks the due-date
    index in order; either plan returns the same rows as a plain page."""
    from lapor_desktop.store import queue as queue_module

    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [
            make_complaint(i, title=f"Banjir rob {i}" if i % 3 else f"Lampu mati {i}",
                           first_response_due=T0 + dt.timedelta(days=i % 7, hours=i))
            for i in range(1, 40)])
        # closed ones (no deadline) sort last: the walk must reach the null segment too
        store.complaints.upsert_snapshots(s, [
            make_complaint(i, title=f"Banjir rob {i}", status=Status.SELESAI,
                           first_response_due=None, completion_due=None)
            for i in range(40, 44)])
    for sort in QueueSort:
        query = QueueQuery(text="banj", sort=sort)
        monkeypatch.setattr(queue_module, "BROAD_MATCH", 1000)
        narrow, total = store.queue.first_page(query, 29)
        monkeypatch.setattr(queue_module, "BROAD_MATCH", 3)
        broad, broad_total = store.queue.first_page(query, 29)
        assert [r.id for r in broad.rows] == [r.id for r in narrow.rows] \
            == [r.id for r in store.queue.page(query, None, 29).rows], sort
        assert total == broad_total == 30
        assert broad.next_key == narrow.next_key is not None
    query = QueueQuery(text="banj")
    plan = " ".join(" ".join(step) for step in store.queue.explain(query, None, 5))
    # the walk: the sort index read in order, no temporary B-tree sorting every hit
    assert "ix_complaints_next_due" in plan and "TEMP B-TREE" not in plan, plan
    monkeypatch.setattr(queue_module, "BROAD_MATCH", 1000)
    plan = " ".join(" ".join(step) for step in store.queue.explain(query, None, 5))
    assert "TEMP B-TREE" in plan, plan  # few hits: fetch them by rowid and sort them


def test_page_rows_carry_queue_fields(store: Store) -> None:
    c = make_complaint(7, anonim=True, rahasia=True)
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [c])
        store.drafts.create(s, 7, ActionKind.FOLLOW_UP, {"text": "x"})
    row = store.queue.page(QueueQuery()).rows[0]
    assert (row.id, row.tracking_id, row.anonim, row.rahasia) == (7, c.tracking_id, True, True)
    assert row.next_due_at == c.first_response_due and row.local_state.value == "draft"
    assert row.submitted_at == c.submitted_at


def test_rows_inserted_before_the_key_do_not_shift_later_pages(store: Store) -> None:
    base = [make_complaint(i, first_response_due=T0 + dt.timedelta(days=i))
            for i in range(10, 20)]
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, base)
    first = store.queue.page(QueueQuery(), None, 4)
    with store.transaction() as s:  # an earlier deadline arrives between two pages
        store.complaints.upsert_snapshots(s, [make_complaint(1, first_response_due=T0)])
    second = store.queue.page(QueueQuery(), first.next_key, 4)
    assert [r.id for r in first.rows] == [10, 11, 12, 13]
    assert [r.id for r in second.rows] == [14, 15, 16, 17]


NASTY = ['"', '""', "'", "a\"b", "NEAR(", "AND", "OR NOT", "-", "*", "^lampu", "col:val",
         "lampu)", "(((", "title:lampu", "🙂", "\x00", "a AND", "\"unterminated", "+", "{x}",
         "LPR-2026-", "café", ":", "#$%&", "NOT lampu", "lampu*", ""]


def test_nasty_search_input_never_raises(store: Store) -> None:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(1, title="Lampu jalan padam")])
    for text in NASTY:
        store.queue.page(QueueQuery(text=text))
        store.queue.count(QueueQuery(text=text))
    assert [r.id for r in store.queue.page(QueueQuery(text='"lampu')).rows] == [1]
    assert [r.id for r in store.queue.page(QueueQuery(text="^lampu")).rows] == [1]


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_fts_query_only_emits_quoted_word_tokens(text: str) -> None:
    match = fts_query(text)
    if match is None:
        return
    for phrase in match.split('"*'):
        inner = phrase.strip().strip('"')
        assert '"' not in inner and "*" not in inner


def test_any_text_is_safe_against_sqlite(store: Store) -> None:
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(1)])

    @settings(max_examples=200, deadline=None)
    @given(text=st.text(max_size=30))
    def check(text: str) -> None:
        store.queue.count(QueueQuery(text=text))

    check()


def test_upsert_recomputes_next_due_when_status_changes(store: Store) -> None:
    c = make_complaint(1)
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [c])
        store.complaints.upsert_snapshots(s, [dataclasses.replace(c, status=Status.SELESAI)])
    row = store.queue.page(QueueQuery()).rows[0]
    assert row.next_due_at is None and row.status is Status.SELESAI
