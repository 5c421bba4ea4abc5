"""Benchmark: keyset page and FTS query at 100,000 complaints, as a ratio to raw sqlite3.

Run on purpose (pytest does not collect tests/bench):

    .venv/bin/python tests/bench/bench_store.py [N]

The ratio (store time / raw sqlite3 time for the same SQL result) shows the overhead of the
store's layers (SQLAlchemy, row mapping to frozen dataclasses); the raw query is the best this
machine can do with the same schema and indexes.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lapor_desktop.core.models import Status  # noqa: E402
from lapor_desktop.store import QueueQuery  # noqa: E402
from tests.unit.store.bulk import build_store  # noqa: E402


def best_of(fn: Callable[[], object], repeat: int = 30) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        store, _ = build_store(Path(tmp) / "bench.db", n)
        print(f"built {n} complaints in {time.perf_counter() - start:.1f} s")
        raw = sqlite3.connect(store.path)
        page_q = QueueQuery(statuses=frozenset({Status.TERDISPOSISI, Status.DITANGGAPI_PELAPOR}))
        first = store.queue.page(page_q, None, 100)
        key = first.next_key
        assert key is not None
        due = key.value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")  # type: ignore[union-attr]
        raw_page_sql = (
            "SELECT id, tracking_id, title, category, classification, status, next_due_at, "
            "local_state, anonim, rahasia, submitted_at, completion_due FROM complaints "
            "WHERE status IN ('ditanggapi_pelapor', 'terdisposisi') AND next_due_at >= ? "
            "AND (next_due_at > ? OR id > ?) ORDER BY next_due_at, id LIMIT 101")
        cases = {
            "keyset page (2nd page, 100 rows)": (
                lambda: store.queue.page(page_q, key, 100),
                lambda: raw.execute(raw_page_sql, (due, due, key.id)).fetchall()),
            "FTS 'jembat ambr' first page": (
                lambda: store.queue.page(QueueQuery(text="jembat ambr"), None, 100),
                lambda: raw.execute(
                    "SELECT id, tracking_id, title, category, classification, status, "
                    "next_due_at, local_state, anonim, rahasia, submitted_at, completion_due "
                    "FROM complaints WHERE id IN (SELECT rowid FROM complaints_fts WHERE "
                    "complaints_fts MATCH '\"jembat\"* \"ambr\"*') AND next_due_at IS NOT NULL "
                    "ORDER BY next_due_at, id LIMIT 101").fetchall()),
        }
        for name, (ours, best) in cases.items():
            t_ours, t_raw = best_of(ours), best_of(best)
            print(f"{name}: store {t_ours * 1000:.2f} ms, raw sqlite3 {t_raw * 1000:.2f} ms, "
                  f"ratio {t_ours / t_raw:.1f}x")
        raw.close()
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
