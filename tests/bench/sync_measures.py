"""P3, P4, P7, P9, P11: sync against the reference server in its own process on a loopback port,
through the test suite's TCP proxy (tests/faults/proxy.py), which here also counts requests and
bytes on the wire and, for P11, throttles the link to 256 kbit/s.

Baselines: raw ``executemany`` of the same rows into an empty encrypted store (P3's apply), the raw
JSON of the same pages (P9) and the link's own limit, bytes on the wire / bandwidth (P11).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import requests

from lapor_desktop.protocol import ChangesPage, snapshot_to_complaint
from lapor_desktop.server.seed import username_for
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import ServerProcess
from lapor_desktop.store import encrypted
from lapor_desktop.store.profile import database_path
from lapor_desktop.store.sync_support import apply_changes
from lapor_desktop.workbench.doors import open_profile
from tests.bench.common import BENCH_KEY, Row, interleaved, median, server_db
from tests.faults.proxy import FaultProxy

AGENCY = "kepri-diskominfo"
USER = username_for(AGENCY)
LINK = 256_000 // 8  # 256 kbit/s in bytes per second
FOLLOW_UP = ("Tindak lanjut: tim Diskominfo telah memeriksa lokasi dan perbaikan dijadwalkan "
             "minggu ini. Kontak: 0771-123456.")


class _Counted:
    """A socket whose ``sendall`` counts bytes (and HTTP requests, upstream) for the proxy."""

    def __init__(self, sock, proxy: CountingProxy, downstream: bool) -> None:
        self._sock, self._proxy, self._down = sock, proxy, downstream

    def sendall(self, data: bytes) -> None:
        if self._down:
            self._proxy.down_bytes += len(data)
        else:
            self._proxy.up_bytes += len(data)
            self._proxy.requests += data.count(b" HTTP/1.1\r\n")
        self._sock.sendall(data)

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


class CountingProxy(FaultProxy):
    """The fault proxy, counting what crosses it."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        super().__init__(upstream)
        self.reset()

    def reset(self) -> None:
        self.requests = self.up_bytes = self.down_bytes = 0

    def _pump(self, src, dst, downstream, state) -> None:  # type: ignore[override]
        super()._pump(src, _Counted(dst, self, downstream), downstream, state)


@contextlib.contextmanager
def serving(n: int) -> Iterator[tuple[ServerProcess, CountingProxy, Path]]:
    """A server process on a copy of the ``n``-complaint fixture, behind a counting proxy."""
    with tempfile.TemporaryDirectory(prefix="lapor-bench-sync-") as tmp:
        db = Path(tmp) / "server.db"
        shutil.copy(server_db(n, AGENCY), db)
        server = ServerProcess(f"sqlite:///{db}").start()
        assert server.url is not None
        proxy = CountingProxy(("127.0.0.1", server.port)).start()
        try:
            yield server, proxy, Path(tmp)
        finally:
            proxy.stop()
            server.stop()


def fresh_profile(root: Path, url: str):
    """A new encrypted profile logged in to ``url`` (the workbench door, as the CLI opens it)."""
    from tests.sync_helpers import memory_credentials

    folder = Path(tempfile.mkdtemp(prefix="profile-", dir=root))
    bench = open_profile(folder, BENCH_KEY, credentials=memory_credentials(),
                         env={"LAPOR_PASSWORD": DEMO_PASSWORD})
    bench.login(url, USER, DEMO_PASSWORD)
    return bench


def run(n: int, pushes: int, rounds: int) -> list[Row]:
    """P3, P9, P4, P7 against an ``n``-complaint server."""
    rates, wire, requests_idle, bytes_idle, push_rates = [], [], [], [], []
    with serving(n) as (server, proxy, tmp):
        raw_json = _raw_json_bytes(server.url, server_limit())
        for _ in range(rounds):
            bench = fresh_profile(tmp, proxy.url)
            try:
                proxy.reset()
                start = time.perf_counter()
                report = bench.sync()
                rates.append(report.pulled / (time.perf_counter() - start))
                assert report.pulled == n, report
                wire.append(proxy.down_bytes)
                proxy.reset()
                bench.sync()
                requests_idle.append(proxy.requests)
                bytes_idle.append(proxy.up_bytes + proxy.down_bytes)
                push_rates.append(_push(bench, pushes))
            finally:
                bench.close()
        apply_ratio, apply_note = _apply_ratio(server.url, min(n, 5000), rounds, tmp)
    rate = median(rates)
    rows = [
        Row("P3", f"initial sync of {n:,}, loopback, whole command",
            f"{rate:,.0f} complaints/s; apply {apply_ratio:.1f}x raw executemany ({apply_note})",
            apply_ratio, ">= 5,000/s; apply <= 2x raw executemany",
            rate >= 5000 and apply_ratio <= 2),
        Row("P9", "initial-sync bytes on the wire vs raw JSON",
            f"{median(wire) / raw_json:.1%} ({median(wire) / 1e6:.1f} MB of "
            f"{raw_json / 1e6:.1f} MB)", median(wire) / raw_json, "hold (<= 12%)",
            median(wire) / raw_json <= 0.12),
        Row("P4", "sync with nothing new",
            f"{median(requests_idle):.0f} requests, {median(bytes_idle):,.0f} bytes",
            None, "1 request, <= 1 KB", median(requests_idle) <= 1 and median(bytes_idle) <= 1024),
        Row("P7", f"push {pushes:,} queued follow-ups (one pass)",
            f"{median(push_rates):,.0f} ops/s", None, ">= 200 ops/s",
            median(push_rates) >= 200),
    ]
    return rows


def server_limit() -> int:
    from lapor_desktop.protocol.limits import MAX_PAGE_LIMIT

    return MAX_PAGE_LIMIT


def _token(url: str) -> str:
    r = requests.post(f"{url}/api/v1/auth/login", json={"username": USER,
                                                        "password": DEMO_PASSWORD}, timeout=30)
    r.raise_for_status()
    return r.json()["token"]


def _pages(url: str, limit: int, identity: bool = False) -> Iterator[requests.Response]:
    headers = {"Authorization": f"Bearer {_token(url)}"}
    if identity:
        headers["Accept-Encoding"] = "identity"
    cursor = 0
    while True:
        r = requests.get(f"{url}/api/v1/changes", params={"cursor": cursor, "limit": limit},
                         headers=headers, timeout=60)
        r.raise_for_status()
        yield r
        body = r.json()
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return


def _raw_json_bytes(url: str, limit: int) -> int:
    return sum(len(r.content) for r in _pages(url, limit, identity=True))


def _push(bench, pushes: int) -> float:
    """Queue ``pushes`` follow-ups (not timed), then time the pass that sends them."""
    ids = sorted(bench.store.complaints.ids())[:pushes]
    for cid in ids:
        bench.send_follow_up(cid, FOLLOW_UP)
    start = time.perf_counter()
    report = bench.sync()
    elapsed = time.perf_counter() - start
    if report.pushed != len(ids):  # e.g. a batch cut by the proxy's 10 s upstream timeout
        print(f"P7: {len(ids) - report.pushed} of {len(ids)} not sent in the pass: "
              f"{report.failures[:1]}", flush=True)
    return report.pushed / elapsed


def _apply_ratio(url: str, n: int, rounds: int, tmp: Path) -> tuple[float, str]:
    """The client's apply of ``n`` snapshots against raw executemany of the same rows, both into
    an empty encrypted store (the pages are fetched once, before timing)."""
    changes = []
    cursor = "0"
    for r in _pages(url, server_limit()):
        page = ChangesPage.model_validate_json(r.content)
        changes += [(s.seq, snapshot_to_complaint(s)) for s in page.items]
        cursor = str(page.next_cursor)
        if len(changes) >= n:
            break
    changes = changes[:n]
    complaints = [c for _seq, c in changes]
    page_size = 500

    def empty() -> object:
        folder = Path(tempfile.mkdtemp(prefix="apply-", dir=tmp))
        return open_profile(folder, BENCH_KEY)

    benches: list = []

    def subject() -> None:
        bench = empty()
        benches.append(bench)
        start = time.perf_counter()
        for i in range(0, len(changes), page_size):
            apply_changes(bench.store, changes[i:i + page_size], cursor)
        timings[0].append(time.perf_counter() - start)

    def floor() -> None:
        bench = empty()
        benches.append(bench)
        conn = encrypted.connect(database_path(bench.profile), BENCH_KEY)
        conn.isolation_level = None
        rows, events = _raw_rows(complaints)
        cols = list(rows[0])
        ecols = list(events[0])
        start = time.perf_counter()
        for i in range(0, len(rows), page_size):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(f"INSERT INTO complaints ({','.join(cols)}) VALUES "
                             f"({','.join('?' * len(cols))})",
                             [tuple(r[c] for c in cols) for r in rows[i:i + page_size]])
            ids = {r["id"] for r in rows[i:i + page_size]}
            conn.executemany(f"INSERT INTO events ({','.join(ecols)}) VALUES "
                             f"({','.join('?' * len(ecols))})",
                             [tuple(e[c] for c in ecols) for e in events
                              if e["complaint_id"] in ids])
            conn.execute("COMMIT")
        timings[1].append(time.perf_counter() - start)
        conn.close()

    timings: tuple[list[float], list[float]] = ([], [])
    interleaved(subject, floor, rounds, warmup=0)
    for bench in benches:
        bench.close()
    subj, base = median(timings[0]), median(timings[1])
    return subj / base, f"{n / subj:,.0f}/s vs {n / base:,.0f}/s raw, {n:,} in pages of {page_size}"


def _raw_rows(complaints) -> tuple[list[dict], list[dict]]:
    from lapor_desktop.store.complaints import _complaint_values, _event_values

    now = dt.datetime.now(dt.UTC)
    rows, events = [], []
    for c in complaints:
        rows.append({k: _storage(v) for k, v in _complaint_values(c, now).items()})
        events += [{k: _storage(v) for k, v in _event_values(c.id, pos, e).items()}
                   for pos, e in enumerate(c.events)]
    return rows, events


def _storage(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(
            sep=" ", timespec="microseconds")
    return value


def run_link(n: int, rounds: int) -> Row:
    """P11: initial sync of ``n`` complaints through a 256 kbit/s link."""
    ratios, times = [], []
    with serving(n) as (_server, proxy, tmp):
        for _ in range(rounds):
            bench = fresh_profile(tmp, proxy.url)
            try:
                proxy.faults.bandwidth = LINK
                proxy.reset()
                start = time.perf_counter()
                report = bench.sync()
                elapsed = time.perf_counter() - start
                proxy.faults.bandwidth = None
                assert report.pulled == n, report
                limit = max(proxy.down_bytes, proxy.up_bytes) / LINK
                ratios.append(elapsed / limit)
                times.append(elapsed)
            finally:
                bench.close()
    return Row("P11", f"initial sync of {n:,} over 256 kbit/s (throttling proxy)",
               f"{median(times):.1f} s", median(ratios), "<= 1.2x the link's limit",
               median(ratios) <= 1.2)
