"""Load test of the reference server: 500 officers syncing through nginx, 1 and 2 workers.

    python -m tests.bench.load [--users 500] [--duration 60] [--workers 1 2] [--pacing 10]
                               [--complaints 50000] [--agencies 250] [--out build/bench-load]

PostgreSQL from ``LAPOR_TEST_PG_URL`` (a new database is made on that cluster), else a throwaway
cluster started with tests/support/start_postgres.sh and stopped at the end. Needs nginx
(``apt-get install nginx-light``) and locust (``pip install -e '.[bench]'``).

Three scenarios per worker count, each a headless locust run on loopback:

- ``single``: one officer syncing with no pause: the service time of one request when
  nothing else queues (the floor under every figure below).
- ``paced``: every officer syncs every ``--pacing`` seconds (500 officers at 10 s: 50 sync
  passes/s, 60 times the app's default 10-minute interval, i.e. the load of 30,000 officers);
  the goal is p95 <= 200 ms with zero errors.
- ``capacity``: the same officers with no pause: how many requests per second the server
  gives, and whether that grows with workers.

Besides locust's figures it reports the CPU each part used per request (server workers,
PostgreSQL, nginx, locust itself), read from /proc: on a 2-core machine shared with others, the
CPU per request is the figure that extrapolates (README, "A national deployment").
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
from sqlalchemy.engine import make_url

from lapor_desktop.server.testing import ServerProcess
from tests.bench.load import fixtures
from tests.support.nginx import NginxProxy

ROOT = Path(__file__).resolve().parents[3]
LOCUSTFILE = Path(__file__).with_name("locustfile.py")
START_PG = ROOT / "tests" / "support" / "start_postgres.sh"


@contextlib.contextmanager
def postgres() -> Iterator[tuple[str, psutil.Process | None]]:
    """A fresh database URL, and the cluster's postmaster when this run started it."""
    from tests.support import serverkit

    if serverkit.PG_URL:
        url = serverkit.fresh_db_url("postgres", None)
        yield url, _listener(make_url(url).port or 5432)
        return
    workdir = tempfile.mkdtemp(prefix="lapor-load-pg.")
    env = {**os.environ, "LAPOR_PG_DIR": workdir}
    url = subprocess.run(["bash", str(START_PG)], env=env, check=True, capture_output=True,
                         text=True).stdout.strip()
    data = Path(workdir) / "data"
    postmaster = psutil.Process(int((data / "postmaster.pid").read_text().split()[0]))
    try:
        yield url, postmaster
    finally:
        pg_ctl = Path(postmaster.exe()).with_name("pg_ctl")
        run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*run_as, str(pg_ctl), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True)


def _listener(port: int) -> psutil.Process | None:
    """The process listening on a loopback port (the postmaster of a given cluster), if visible."""
    with contextlib.suppress(psutil.Error):
        for conn in psutil.net_connections("tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr.port == port and conn.pid:
                return psutil.Process(conn.pid)
    return None


@contextlib.contextmanager
def _started(server: ServerProcess) -> Iterator[ServerProcess]:
    try:
        yield server.start(timeout=180)
    finally:
        server.stop()


def cpu_seconds(root: psutil.Process | None) -> float:
    """User + system CPU of a process and all its descendants (0 when not known)."""
    if root is None:
        return 0.0
    total = 0.0
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def run_locust(host: str, users_file: Path, prefix: Path, *, users: int, duration: int,
               pacing: float) -> tuple[subprocess.CompletedProcess, float]:
    """One headless locust run; returns the process and its CPU seconds (children included)."""
    env = {**os.environ, "LAPOR_LOAD_USERS": str(users_file), "LAPOR_LOAD_PACING": str(pacing),
           "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    cmd = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
           "-u", str(users), "-r", str(max(1, users // 5)), "-t", f"{duration}s",
           "--host", host, "--csv", str(prefix), "--reset-stats", "--only-summary",
           "--loglevel", "WARNING", "--stop-timeout", "10"]
    before = psutil.Process().cpu_times()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    after = psutil.Process().cpu_times()
    used = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    return proc, used


def read_stats(prefix: Path) -> list[dict[str, str]]:
    """Rows of locust's ``<prefix>_stats.csv`` (one per request name, then "Aggregated")."""
    with open(f"{prefix}_stats.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def one_run(url: str, officers: list[fixtures.Officer], workdir: Path, *, workers: int,
            scenario: str, args: argparse.Namespace,
            postmaster: psutil.Process | None) -> dict:
    """Start server + nginx, run locust, return the figures of this run."""
    heads = fixtures.head_cursors(url)
    users_file = workdir / f"officers-{scenario}-{workers}.json"
    users_file.write_text(json.dumps([
        {"token": o.token, "cursor": heads.get(o.agency_id, 0),
         "complaint_ids": o.complaint_ids} for o in officers]), encoding="utf-8")
    pacing = args.pacing if scenario == "paced" else 0.0
    users = 1 if scenario == "single" else args.users
    server_args = ["--workers", str(workers), "--trusted-proxy", "127.0.0.1",
                   "--log-level", "warning"]
    # A generous start timeout: spawning workers on a loaded 2-core machine takes a while.
    with _started(ServerProcess(url, args=server_args)) as server, \
            NginxProxy([server.port], workdir / f"nginx-{scenario}-{workers}",
                       worker_processes=1) as proxy:
        server_proc = psutil.Process(server.proc.pid)
        nginx_proc = psutil.Process(proxy.proc.pid)
        marks = [cpu_seconds(p) for p in (server_proc, postmaster, nginx_proc)]
        start = time.monotonic()
        proc, locust_cpu = run_locust(proxy.url, users_file, workdir / f"{scenario}-{workers}",
                                      users=users, duration=args.duration, pacing=pacing)
        wall = time.monotonic() - start
        used = [cpu_seconds(p) - mark for p, mark in
                zip((server_proc, postmaster, nginx_proc), marks, strict=True)]
    rows = read_stats(workdir / f"{scenario}-{workers}")
    total = next(r for r in rows if r["Name"] == "Aggregated")
    requests_done = int(total["Request Count"])
    # CPU is measured over the whole locust run (ramp-up included), so it is divided by every
    # request of that run: locust's own counts restart after the ramp (--reset-stats).
    per_request = {name: 1000 * cpu / max(1, requests_done) for name, cpu in
                   zip(("server", "postgres", "nginx", "locust"), [*used, locust_cpu],
                       strict=True)}
    result = {
        "scenario": scenario, "workers": workers, "users": users,
        "pacing_s": pacing, "duration_s": args.duration, "wall_s": round(wall, 1),
        "requests": requests_done, "failures": int(total["Failure Count"]),
        "rps": float(total["Requests/s"]),
        "p50_ms": float(total["50%"]), "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]), "max_ms": float(total["Max Response Time"]),
        "cpu_ms_per_request_over_run": {k: round(v, 2) for k, v in per_request.items()},
        "by_request": {r["Name"]: {"requests": int(r["Request Count"]),
                                   "failures": int(r["Failure Count"]),
                                   "p50_ms": float(r["50%"]), "p95_ms": float(r["95%"]),
                                   "p99_ms": float(r["99%"])}
                       for r in rows if r["Name"] != "Aggregated"},
        "locust_exit": proc.returncode,
    }
    if proc.returncode not in (0, 1):  # 1: some requests failed (reported above)
        result["locust_stderr"] = proc.stderr[-2000:]
    return result


def table(results: list[dict]) -> str:
    """The results as a Markdown table."""
    lines = ["| scenario | workers | officers | requests | req/s | p50 ms | p95 ms | p99 ms "
             "| errors | server CPU ms/req | PostgreSQL CPU ms/req |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        cpu = r["cpu_ms_per_request_over_run"]
        lines.append(f"| {r['scenario']} | {r['workers']} | {r['users']} | {r['requests']} "
                     f"| {r['rps']:.0f} | {r['p50_ms']:.0f} | {r['p95_ms']:.0f} "
                     f"| {r['p99_ms']:.0f} | {r['failures']} | {cpu['server']:.1f} "
                     f"| {cpu['postgres']:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Seed, run every scenario for every worker count, print and save the table."""
    p = argparse.ArgumentParser(prog="python -m tests.bench.load", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--users", type=int, default=500)
    p.add_argument("--duration", type=int, default=60, help="seconds per run, after ramp-up")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    p.add_argument("--pacing", type=float, default=10.0,
                   help="seconds between one officer's sync passes (paced scenario; the app's "
                        "default is 600)")
    p.add_argument("--scenarios", nargs="+", default=["single", "paced", "capacity"],
                   choices=["single", "paced", "capacity"])
    p.add_argument("--complaints", type=int, default=50_000)
    p.add_argument("--agencies", type=int, default=250)
    p.add_argument("--out", default=str(ROOT / "build" / "bench-load"))
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict] = []
    with postgres() as (url, postmaster), tempfile.TemporaryDirectory() as tmp:
        start = time.monotonic()
        officers = fixtures.build(url, complaints=args.complaints, agencies=args.agencies,
                                  officers=args.users)
        print(f"seeded {args.complaints} complaints, {args.agencies} agencies, "
              f"{len(officers)} officers in {time.monotonic() - start:.0f} s "
              f"(cpu count {os.cpu_count()}, load {os.getloadavg()[0]:.1f})", flush=True)
        for scenario in args.scenarios:
            for workers in args.workers:
                r = one_run(url, officers, Path(tmp), workers=workers, scenario=scenario,
                            args=args, postmaster=postmaster)
                results.append(r)
                (out / "results.json").write_text(json.dumps(results, indent=2),
                                                  encoding="utf-8")
                print(f"{scenario} x{workers}: {r['rps']:.0f} req/s, p50 {r['p50_ms']:.0f} ms, "
                      f"p95 {r['p95_ms']:.0f} ms, p99 {r['p99_ms']:.0f} ms, "
                      f"{r['failures']} errors of {r['requests']} (load "
                      f"{os.getloadavg()[0]:.1f})", flush=True)
    text = table(results)
    print()
    print(text)
    (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (out / "results.md").write_text(text + "\n", encoding="utf-8")
    print(f"\nwritten: {out / 'results.json'}, {out / 'results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
