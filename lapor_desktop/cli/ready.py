"""``lapor-desktop ready [--json] [--prepare [--budget MB]]``: can the officer go offline?

Exit codes: 0 ready, 2 not ready (what is missing is printed), 3 the preparation could not reach
the server, 6 cancelled.
"""

from __future__ import annotations

import argparse
import json
import sys

from lapor_desktop.cli.common import open_workbench, with_profile
from lapor_desktop.core.i18n import _

EXIT_READY = 0
EXIT_NOT_READY = 2
EXIT_OFFLINE = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``ready`` to the main parser."""
    p = with_profile(subparsers.add_parser(
        "ready", help=_("siap luring? laporan, lampiran, data referensi, kotak keluar")))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.add_argument("--prepare", action="store_true",
                   help=_("siapkan untuk luring: sinkron lalu unduh yang belum ada"))
    p.add_argument("--budget", type=float, metavar="MB",
                   help=_("batas ukuran lampiran yang diunduh (MB)"))
    p.set_defaults(handler=cmd_ready)


def cmd_ready(args: argparse.Namespace) -> int:
    """Check (and with ``--prepare``, prepare) the profile for offline work."""
    from lapor_desktop.workbench import readiness, readiness_text, thin_link
    from lapor_desktop.workbench.readiness import Outcome

    if args.budget is not None and args.budget <= 0:
        print(_("--budget harus lebih dari 0 MB."), file=sys.stderr)
        return 1
    stopped = None
    with open_workbench(args) as bench:
        if args.prepare:
            done = readiness.prepare(bench, budget=thin_link.prepare_budget(bench, args.budget),
                                     progress=None if args.json else _progress)
            result, stopped = done.readiness, done.stopped
            fetched = done.fetch.with_outcome(Outcome.FETCHED)
        else:
            result, fetched = readiness.check(bench), []
        officer = bench.officer()
        tz = officer.agency_timezone if officer else None
    if args.json:
        data = result.to_json()
        if args.prepare:
            data["prepare"] = {"stopped": stopped, "fetched": len(fetched)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        if args.prepare:
            print(_("Diunduh: {n} lampiran.").format(n=len(fetched)))
        for row in readiness_text.rows(result, tz):
            mark = {True: "[v]", False: "[ ]", None: "[i]"}[row.ok]
            print(f"{mark} {row.title}: {row.summary}")
            for line in row.details:
                print(f"      {line}")
        print(readiness_text.verdict(result))
        if stopped:
            print(_("Persiapan berhenti: {why}").format(why=stopped), file=sys.stderr)
    if stopped and not result.ready:
        return EXIT_OFFLINE
    return EXIT_READY if result.ready else EXIT_NOT_READY


def _progress(what: str, done: int, total: int) -> None:
    from lapor_desktop.workbench.readiness_text import size_text

    if total:
        print(f"  {what}: {size_text(done)} / {size_text(total)}", file=sys.stderr)
    else:
        print(f"  {what}...", file=sys.stderr)
