"""Benchmark and evaluation of duplicate detection (issue 16, item 3). Run on purpose:

    .venv/bin/python tests/bench/duplicates.py [N]        # N complaints for the timing, 100000

1. Precision and recall over pairs on the demo seed's repeat clusters (known ground truth),
   through the real server and a synced profile per agency, as the officer would have them; and,
   for comparison, a text-only detector (FTS5 bm25 top 10, then word overlap >= 0.5) on the same
   profiles: it shows why similar wording alone is not evidence of one problem.
2. Time per complaint at N complaints: keying them all once (after a sync), then the detail
   view's lookup (``DuplicateService.find``: indexed candidates, scoring) for 200 complaints,
   and the FTS5 bm25 lookup alone for 30 of them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lapor_desktop.core.duplicates import jaccard, words  # noqa: E402
from lapor_desktop.server.seed import seed_demo, username_for  # noqa: E402
from lapor_desktop.server.seed_data import DEMO_PASSWORD  # noqa: E402
from lapor_desktop.server.seed_repeats import repeat_clusters  # noqa: E402
from lapor_desktop.server.testing import LiveServer  # noqa: E402
from lapor_desktop.workbench.duplicates import DuplicateService  # noqa: E402
from tests.support.duplicate_eval import Scores, evaluate  # noqa: E402
from tests.sync_helpers import ClientProfile  # noqa: E402
from tests.unit.store.bulk import build_store  # noqa: E402

SAMPLE = 200
FTS_SAMPLE = 30  # an OR query over a complaint's words is slow at this size: fewer runs


def fts_neighbours(store, complaint_id: int, k: int = 10) -> list[int]:
    """The ``k`` complaints FTS5's bm25 ranks closest to the complaint's title and body."""
    c = store.complaints.get(complaint_id)
    terms = sorted(words(f"{c.title} {c.body}"))
    if not terms:
        return []
    query = " OR ".join(f'"{t}"' for t in terms[:32])
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ? "
            "AND rowid != ? ORDER BY bm25(complaints_fts) LIMIT ?",
            (f"{{title body}}: ({query})", complaint_id, k)).all()
    return [r[0] for r in rows]


def text_only(store, clusters: list[list[str]]) -> Scores:
    truth = {frozenset(p) for c in clusters for p in itertools.combinations(c, 2)}
    predicted = set()
    ids = sorted(store.complaints.ids())
    for cid in ids:
        c = store.complaints.get(cid)
        mine = words(f"{c.title} {c.body}")
        for other_id in fts_neighbours(store, cid):
            o = store.complaints.get(other_id)
            if jaccard(mine, words(f"{o.title} {o.body}")) >= 0.5:
                predicted.add(frozenset((c.tracking_id, o.tracking_id)))
    return Scores(len(predicted & truth), len(predicted - truth), len(truth - predicted),
                  len(ids))


def seeded(tmp: Path) -> None:
    url = f"sqlite:///{tmp / 'server.db'}"
    seed_demo(url)
    total, fts = Scores(), Scores()
    with LiveServer(url) as server:
        for agency, clusters in sorted(repeat_clusters().items()):
            p = ClientProfile(tmp / agency, server.url, user=username_for(agency),
                              password=DEMO_PASSWORD)
            try:
                p.bench.sync()
                scores, wrong = evaluate(p.bench, clusters)
                total.add(scores)
                fts.add(text_only(p.store, clusters))
                print(f"  {agency}: {scores.queries} complaints, tp {scores.true_positive} "
                      f"fp {scores.false_positive} fn {scores.false_negative}; wrong: {wrong}")
            finally:
                p.close()
    print(f"seeded repeats: precision {total.precision:.3f} recall {total.recall:.3f} "
          f"({total.true_positive + total.false_negative} true pairs)")
    print(f"text only (FTS5 bm25 top 10, overlap >= 0.5): precision {fts.precision:.3f} "
          f"recall {fts.recall:.3f} (tp {fts.true_positive} fp {fts.false_positive})")


def timing(tmp: Path, n: int) -> None:
    t0 = time.perf_counter()
    store, _ = build_store(tmp / "big.db", n)
    # The bulk generator has no reporters: give 80% one, from a pool small enough that many
    # people report more than once (as in the field).
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE complaints SET reporter_name = 'Pelapor', reporter_phone = "
            "printf('08%09d', (id * 7919) % (? / 3)), reporter_email = NULL WHERE anonim = 0",
            (n,))
    print(f"built {n} complaints in {time.perf_counter() - t0:.1f} s", flush=True)
    service = DuplicateService(store, lambda: dt.datetime.now(dt.UTC))
    t0 = time.perf_counter()
    keyed = service.refresh()
    print(f"keyed {keyed} complaints once in {time.perf_counter() - t0:.2f} s "
          f"({(time.perf_counter() - t0) / max(keyed, 1) * 1e6:.0f} us each)")
    ids = random.Random(16).sample(sorted(store.complaints.ids()), SAMPLE)
    found_times, fts_times, listed = [], [], 0
    for cid in ids:
        t0 = time.perf_counter()
        result = service.find(cid)  # refresh included: nothing is stale, one cheap query
        found_times.append(time.perf_counter() - t0)
        listed += len(result.suggested)
    for cid in ids[:FTS_SAMPLE]:
        t0 = time.perf_counter()
        fts_neighbours(store, cid)
        fts_times.append(time.perf_counter() - t0)
    for name, times in (("find (keys + scoring)", found_times), ("FTS5 bm25 top 10", fts_times)):
        ms = sorted(t * 1000 for t in times)
        print(f"{name}: mean {statistics.mean(ms):.1f} ms, median {ms[len(ms) // 2]:.1f} ms, "
              f"p95 {ms[int(len(ms) * 0.95)]:.1f} ms per complaint at {n} complaints "
              f"(goal < 50 ms)", flush=True)
    print(f"  {listed / SAMPLE:.1f} likely duplicates listed per complaint on average")
    store.close()


def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        seeded(Path(tmp))
        timing(Path(tmp), n)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
