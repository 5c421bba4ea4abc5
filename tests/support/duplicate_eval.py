"""Precision and recall of duplicate detection against the demo seed's known clusters.

Shared by ``tests/integration/test_duplicates.py`` (asserts the figures) and
``tests/bench/duplicates.py`` (prints them). A pair counts once, unordered; a predicted pair is
right when both complaints belong to one seeded cluster. Every complaint of the profile is
queried, background and decoys included, so a false alarm anywhere costs precision.
"""

from __future__ import annotations

import dataclasses
import itertools

from lapor_desktop.workbench import Workbench


@dataclasses.dataclass
class Scores:
    """Counts of predicted and true pairs."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    queries: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        truth = self.true_positive + self.false_negative
        return self.true_positive / truth if truth else 1.0

    def add(self, other: Scores) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative
        self.queries += other.queries


def evaluate(bench: Workbench, clusters: list[list[str]]) -> tuple[Scores, list[str]]:
    """Query every complaint of ``bench``; compare the predicted pairs with ``clusters``."""
    store = bench.store
    bench.duplicates.refresh()
    by_tracking = {}
    for cid in store.complaints.ids():
        keys = store.duplicates.keys(cid)
        assert keys is not None, cid
    truth: set[frozenset[str]] = set()
    for cluster in clusters:
        truth |= {frozenset(p) for p in itertools.combinations(cluster, 2)}
    predicted: set[frozenset[str]] = set()
    for cid in sorted(store.complaints.ids()):
        matches, texts = bench.duplicates.matches(cid)
        mine = store.complaints.get(cid).tracking_id
        by_tracking[cid] = mine
        predicted |= {frozenset((mine, m.tracking_id)) for m in matches}
    scores = Scores(true_positive=len(predicted & truth), false_positive=len(predicted - truth),
                    false_negative=len(truth - predicted), queries=len(by_tracking))
    wrong = sorted(" ~ ".join(sorted(p)) for p in predicted ^ truth)
    return scores, wrong
