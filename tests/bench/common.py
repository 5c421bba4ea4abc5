"""Shared pieces of the benchmark: result rows, interleaved timing, fixtures built once and cached.

Fixtures (a client store of N complaints, encrypted as the GUI's always is; a server database
holding M complaints of one OPD) take minutes to build at full size, so they are cached under
``$LAPOR_BENCH_CACHE`` (default: the system temp folder) keyed by size and by the hash of the code
that shapes them (migrations, the bulk builder, the server schema); a change there rebuilds them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A fixed key: the fixture is encrypted like any GUI profile; nothing secret lives in it.
BENCH_KEY = bytes(range(32))


@dataclasses.dataclass
class Row:
    """One line of the table: a measure, its value now, the baseline and the goal."""

    id: str
    measure: str
    now: str
    ratio: float | None
    goal: str
    met: bool | None
    note: str = ""


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def interleaved(subject: Callable[[], object], baseline: Callable[[], object], rounds: int,
                warmup: int = 1) -> tuple[list[float], list[float]]:
    """Seconds of ``subject`` and ``baseline``, alternating round by round so that load on the
    machine (2 shared cores) hits both alike."""
    for _ in range(warmup):
        subject()
        baseline()
    subj, base = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        baseline()
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        subject()
        subj.append(time.perf_counter() - start)
    return subj, base


def cache_root() -> Path:
    root = Path(os.environ.get("LAPOR_BENCH_CACHE") or Path(tempfile.gettempdir()) / "lapor-bench")
    root.mkdir(parents=True, exist_ok=True)
    return root


def code_hash(*parts: str) -> str:
    """Hash of the source files that shape a fixture (relative to the repository root)."""
    digest = hashlib.sha256()
    for part in parts:
        path = ROOT / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def cached(name: str, build: Callable[[Path], None]) -> Path:
    """The folder ``name`` under the cache, built by ``build(folder)`` if missing (atomically:
    a half-built fixture from an interrupted run is never used)."""
    target = cache_root() / name
    if target.exists():
        return target
    work = Path(tempfile.mkdtemp(prefix=name + ".", dir=cache_root()))
    try:
        build(work)
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def client_store(n: int) -> Path:
    """A profile folder holding an encrypted store of ``n`` generated complaints."""
    key = code_hash("lapor_desktop/store/migrations", "tests/unit/store/bulk.py")

    def build(folder: Path) -> None:
        from lapor_desktop.store import open_store
        from lapor_desktop.store.profile import database_path
        from lapor_desktop.workbench.settings import load_settings, save_settings
        from tests.unit.store.bulk import build_store

        store, _ = build_store(database_path(folder), n)
        store.close()
        open_store(database_path(folder), BENCH_KEY).close()  # encrypts in place
        save_settings(folder, load_settings(folder).model_copy(
            update={"server_url": "http://127.0.0.1:9", "username": "bench"}))

    return cached(f"client-{n}-{key}", build)


def working_copy(fixture: Path, into: Path) -> Path:
    """A copy of a cached profile (benchmarks write to their profile; the cache stays clean)."""
    target = into / fixture.name
    shutil.copytree(fixture, target)
    return target


def server_db(n: int, agency: str) -> Path:
    """A reference-server SQLite database with ``n`` complaints disposed to ``agency``."""
    key = code_hash("lapor_desktop/server/models.py", "lapor_desktop/server/seed.py")

    def build(folder: Path) -> None:
        from lapor_desktop.server.seed import seed_bulk

        seed_bulk(f"sqlite:///{folder / 'server.db'}", n, agency=agency)

    return cached(f"server-{n}-{agency}-{key}", build) / "server.db"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
