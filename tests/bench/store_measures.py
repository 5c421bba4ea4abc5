"""P2, P2k, N: reads of a 100,000-complaint encrypted store through the workbench, against the
same result from raw SQLCipher/FTS5 on the same file (the floor of any layer on top)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lapor_desktop.core.models import Status
from lapor_desktop.store import QueueQuery, encrypted
from lapor_desktop.store.changelog import ChangeLog
from lapor_desktop.store.profile import database_path
from lapor_desktop.workbench.doors import open_profile
from lapor_desktop.workbench.notifications import compare, snapshots_for_pass
from tests.bench.common import BENCH_KEY, Row, fmt_ms, interleaved, median, p95

# What an officer types, keystroke by keystroke (the view reads first page + count for each).
KEYSTROKES = ["j", "ja", "jal", "jala", "jalan", "jalan r", "jalan ru", "jalan rus",
              "jembat", "jembatan amb", "pelabuhan kapal"]
PAGE = 200  # the queue view's page size
RAW_PAGE_SQL = (
    "SELECT id, tracking_id, title, category, classification, status, next_due_at, "
    "local_state, anonim, rahasia, submitted_at, completion_due FROM complaints "
    "WHERE status IN ('ditanggapi_pelapor', 'terdisposisi') AND next_due_at >= ? "
    "AND (next_due_at > ? OR id > ?) ORDER BY next_due_at, id LIMIT 201")


def run(profile: Path, rounds: int) -> list[Row]:
    """Open the profile through the window's door and measure the three reads."""
    bench = open_profile(profile, BENCH_KEY)
    raw = encrypted.connect(database_path(profile), BENCH_KEY)
    try:
        return [_search(bench, raw, rounds), _keyset(bench, raw, rounds),
                _notifications(bench, raw, rounds)]
    finally:
        raw.close()
        bench.close()


def _search(bench, raw, rounds: int) -> Row:
    from lapor_desktop.store.queue import fts_query

    subj: list[float] = []
    base: list[float] = []
    for text in KEYSTROKES:
        query = QueueQuery(text=text)
        match = fts_query(text)

        def keystroke(query: QueueQuery = query) -> None:
            # What the queue view runs per keystroke: the first page and the count, one read.
            bench.queue.first_page(query, PAGE)

        def floor(match: str | None = match) -> None:
            raw.execute("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?",
                        (match,)).fetchall()

        s, b = interleaved(keystroke, floor, rounds)
        subj += s
        base += b
    now, floor_ms = median(subj), median(base)
    ratio = now / floor_ms
    return Row("P2", "search keystroke (first page 200 + count), encrypted",
               f"{fmt_ms(now)} (raw MATCH {fmt_ms(floor_ms)}, p95 {fmt_ms(p95(subj))})", ratio,
               "<= 30 ms and <= 1.5x raw FTS5", now <= 0.030 and ratio <= 1.5)


def _keyset(bench, raw, rounds: int) -> Row:
    query = QueueQuery(statuses=frozenset({Status.TERDISPOSISI, Status.DITANGGAPI_PELAPOR}))
    _entries, key = bench.queue.page(query, None, PAGE)
    assert key is not None and key.value is not None
    due = key.value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(
        sep=" ", timespec="microseconds")
    subj, base = interleaved(
        lambda: bench.queue.page(query, key, PAGE),
        lambda: raw.execute(RAW_PAGE_SQL, (due, due, key.id)).fetchall(), max(rounds, 20))
    now, floor_ms = median(subj), median(base)
    ratio = now / floor_ms
    return Row("P2k", "filter + sort keyset page (2nd page of 200)",
               f"{fmt_ms(now)} (raw {fmt_ms(floor_ms)}, p95 {fmt_ms(p95(subj))})", ratio,
               "<= 1.5x, p95 <= 30 ms", ratio <= 1.5 and p95(subj) <= 0.030)


def _notifications(bench, raw, rounds: int) -> Row:
    store = bench.store
    ids = list(range(1, 101))  # a pass that wrote 100 complaints
    now = dt.datetime(2026, 3, 2, 3, 0, tzinfo=dt.UTC)
    since = now - dt.timedelta(minutes=15)

    def notification_pass() -> None:
        log = ChangeLog()
        with store.session_factory() as session:
            log.remember(session, ids)
        log.upserted.update(ids)
        before, after = snapshots_for_pass(store, log, [], since=since, now=now,
                                           synced_before=True)
        compare(before, after)

    marks = ",".join(map(str, ids))

    def floor() -> None:
        raw.execute("SELECT id, tracking_id, title, status, next_due_at FROM complaints "
                    f"WHERE id IN ({marks})").fetchall()

    subj, base = interleaved(notification_pass, floor, max(rounds, 10))
    value, floor_ms = median(subj), median(base)
    return Row("N", "notification pass, 100 changed of the store",
               f"{fmt_ms(value)} (reading the 100 rows raw {fmt_ms(floor_ms)})",
               value / floor_ms, "proportional to what changed (not to the store)",
               value < 0.25)
