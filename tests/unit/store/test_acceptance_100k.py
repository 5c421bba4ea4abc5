"""Acceptance at scale: 100,000 complaints; FTS and a filtered, sorted keyset page return the
right rows (checked against Python and raw sqlite3), and the default sort reads an index."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest

from lapor_desktop.core.deadlines import next_due
from lapor_desktop.core.models import Complaint, Status
from lapor_desktop.store import PageKey, QueueQuery, QueueSort, Store
from tests.unit.store.bulk import build_store

N = 100_000
FAR = dt.datetime.max.replace(tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Complaint]]]:
    store, complaints = build_store(tmp_path_factory.mktemp("big") / "lapor.db", N)
    yield store, complaints
    store.close()


def _risk_order(rows: list[Complaint]) -> list[int]:
    return [c.id for c in sorted(rows, key=lambda c: (next_due(c) is None, next_due(c) or FAR,
                                                       c.id))]


def _tokens(c: Complaint) -> list[str]:
    text = " ".join([c.tracking_id, c.title, c.body, c.location, c.category]).lower()
    return text.replace("-", " ").replace(",", " ").split()


def test_filtered_sorted_keyset_pages(big: tuple[Store, list[Complaint]]) -> None:
    store, complaints = big
    q = QueueQuery(statuses=frozenset({Status.TERDISPOSISI, Status.DITANGGAPI_PELAPOR}),
                   categories=frozenset({"Kesehatan", "Pertanahan"}))
    expected = _risk_order([c for c in complaints if c.status in q.statuses
                            and c.category in q.categories])
    assert len(expected) > 5000
    assert store.queue.count(q) == len(expected)
    got: list[int] = []
    key: PageKey | None = None
    for _ in range(3):
        page = store.queue.page(q, key, 100)
        got += [r.id for r in page.rows]
        key = page.next_key
    assert got == expected[:300]
    # Jump deep: the key of row 4,999 starts the page at row 5,000 exactly.
    deep = next(c for c in complaints if c.id == expected[4999])
    page = store.queue.page(q, PageKey(next_due(deep), deep.id), 50)
    assert [r.id for r in page.rows] == expected[5000:5050]


def test_risk_sort_walks_an_index(big: tuple[Store, list[Complaint]]) -> None:
    store, _ = big
    for q in (QueueQuery(), QueueQuery(statuses=frozenset({Status.TERDISPOSISI})),
              QueueQuery(sort=QueueSort.SUBMITTED_DATE)):
        plans = store.queue.explain(q, None, 100)
        first = " | ".join(plans[0])
        assert "USING INDEX" in first, first
        assert "TEMP B-TREE" not in first, first


def test_fts_prefix_query(big: tuple[Store, list[Complaint]]) -> None:
    store, complaints = big
    q = QueueQuery(text="jembat ambr", statuses=frozenset({Status.TERDISPOSISI}))
    expected = _risk_order([
        c for c in complaints if c.status is Status.TERDISPOSISI
        and any(t.startswith("jembat") for t in _tokens(c))
        and any(t.startswith("ambr") for t in _tokens(c))])
    assert 100 < len(expected) < N
    assert store.queue.count(q) == len(expected)
    assert [r.id for r in store.queue.page(q, None, 200).rows] == expected[:200]
    # Independent check with raw sqlite3 on the same file.
    db = sqlite3.connect(store.path)
    raw = {row[0] for row in db.execute(
        "SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH 'jembat* AND ambr*'")}
    db.close()
    everywhere = {c.id for c in complaints if any(t.startswith("jembat") for t in _tokens(c))
                  and any(t.startswith("ambr") for t in _tokens(c))}
    assert raw == everywhere


def test_broad_search_walks_the_sort_index(big: tuple[Store, list[Complaint]]) -> None:
    # A prefix matching tens of thousands: the page comes from the risk index in order (no sort
    # of every hit), the count from the FTS index alone; both agree with the data.
    store, complaints = big
    q = QueueQuery(text="jal")
    expected = _risk_order([c for c in complaints if any(t.startswith("jal") for t in _tokens(c))])
    assert len(expected) > 10_000
    page_plan = " | ".join(store.queue.explain(q, None, 200)[1])
    assert "USING INDEX ix_complaints_next_due" in page_plan, page_plan
    assert "TEMP B-TREE" not in page_plan, page_plan
    assert [r.id for r in store.queue.page(q, None, 200).rows] == expected[:200]
    assert store.queue.count(q) == len(expected)


def test_tracking_id_search(big: tuple[Store, list[Complaint]]) -> None:
    store, _ = big
    rows = store.queue.page(QueueQuery(text="LPR-2026-0054321"), None, 10).rows
    assert [r.id for r in rows] == [54321]
