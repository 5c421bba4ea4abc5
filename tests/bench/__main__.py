"""``python -m tests.bench``: build the fixtures, run every measure of issue 18, print the table.

    python -m tests.bench                 # 100,000 complaints, 5 rounds (about 15-25 minutes)
    python -m tests.bench --quick         # small sizes for a quick look
    python -m tests.bench --only P2 P2k   # some rows only
    python -m tests.bench --profile P3    # the same under py-spy: bench-P3.svg (flame graph)

Run from the repository root with the project's interpreter (``PYTHONPATH=.``). The load test of
the server at scale lives with the server, not here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.common import ROOT, Row, client_store, working_copy

ORDER = ["P1", "P1d", "P2", "P2k", "P3", "P4", "P6", "P7", "P9", "P11", "N"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes (a minute or two)")
    parser.add_argument("--only", nargs="+", metavar="ID", choices=ORDER, help="rows to run")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per measure (median)")
    parser.add_argument("--sync-size", type=int, metavar="N", help="complaints of P3/P4/P9")
    parser.add_argument("--push-size", type=int, metavar="N", help="follow-ups of P7")
    parser.add_argument("--link-size", type=int, metavar="N", help="complaints of P11")
    parser.add_argument("--profile", metavar="ID", choices=ORDER,
                        help="run this row under py-spy and write bench-ID.svg")
    args = parser.parse_args(argv)
    if args.profile:
        return _profiled(args)
    wanted = set(args.only or ORDER)
    store_n = 5_000 if args.quick else 100_000
    sync_n = args.sync_size or (2_000 if args.quick else 50_000)
    pushes = args.push_size or (200 if args.quick else 1_000)
    link_n = args.link_size or (500 if args.quick else 5_000)
    rounds = max(1, args.rounds)
    print(f"LAPOR! Desktop benchmark: store {store_n:,}, sync {sync_n:,}, push {pushes:,}, "
          f"link {link_n:,}; medians of {rounds}", flush=True)
    rows: list[Row] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lapor-bench-") as tmp:
        if wanted & {"P1", "P6", "P2", "P2k", "N"}:
            fixture = client_store(store_n)
            profile = working_copy(fixture, Path(tmp))
            if wanted & {"P1", "P6"}:
                from tests.bench import start_measures

                rows += [r for r in start_measures.run_window(profile, rounds) if r.id in wanted]
            if wanted & {"P2", "P2k", "N"}:
                from tests.bench import store_measures

                rows += [r for r in store_measures.run(profile, rounds) if r.id in wanted]
        if "P1d" in wanted:
            from tests.bench import start_measures

            rows.append(start_measures.run_demo(rounds))
        if wanted & {"P3", "P4", "P7", "P9"}:
            from tests.bench import sync_measures

            rows += [r for r in sync_measures.run(sync_n, pushes, rounds) if r.id in wanted]
        if "P11" in wanted:
            from tests.bench import sync_measures

            rows.append(sync_measures.run_link(link_n, rounds))
    rows.sort(key=lambda r: ORDER.index(r.id))
    print(render(rows))
    print(f"\n({time.perf_counter() - started:.0f} s; fixtures cached in "
          f"{os.environ.get('LAPOR_BENCH_CACHE') or Path(tempfile.gettempdir()) / 'lapor-bench'})")
    return 0


def render(rows: list[Row]) -> str:
    """The table as Markdown (pasted as is into the README)."""
    lines = ["| id | measure | now | ratio | goal | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "-"
        if r.note:
            ratio += f" ({r.note})"
        met = {True: "yes", False: "**no**", None: "-"}[r.met]
        lines.append(f"| {r.id} | {r.measure} | {r.now} | {ratio} | {r.goal} | {met} |")
    return "\n".join(lines)


def _profiled(args: argparse.Namespace) -> int:
    """Re-run one row under py-spy (sampling every thread and child process)."""
    out = Path(f"bench-{args.profile}.svg").resolve()
    spy = Path(sys.executable).with_name("py-spy")
    cmd = [str(spy), "record", "--subprocesses", "--idle", "-o", str(out), "--",
           sys.executable, "-m", "tests.bench", "--only", args.profile,
           "--rounds", str(args.rounds)] + (["--quick"] if args.quick else [])
    code = subprocess.call(cmd, cwd=ROOT)
    print(f"profile: {out}")
    return code


if __name__ == "__main__":
    sys.exit(main())
