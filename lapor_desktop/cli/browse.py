"""``lapor-desktop queue`` and ``lapor-desktop show``: the window's queue and detail, headless.

An officer over SSH (or a script) finds the tracking id to ``reply`` to, with the same filters,
order and working-day countdowns as the window, read through the same workbench services.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo

from lapor_desktop.cli.common import open_workbench, with_profile
from lapor_desktop.core.i18n import _, language
from lapor_desktop.core.models import Status

EXIT_OK = 0
EXIT_REFUSED = 1
DEFAULT_LIMIT = 50


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``queue`` and ``show`` to the main parser's sub-commands."""
    p = with_profile(subparsers.add_parser("queue",
                                           help=_("daftar laporan di antrean (seperti di jendela)")))
    p.add_argument("--status", action="append", default=[], metavar="STATUS",
                   choices=[s.value for s in Status],
                   help=_("hanya status ini (boleh diulang): ") + ", ".join(s.value for s in Status))
    p.add_argument("--overdue", action="store_true", help=_("hanya yang lewat tenggat"))
    p.add_argument("--search", default="", metavar=_("TEKS"), help=_("cari di ID, judul, isi, lokasi"))
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                   help=_("paling banyak sekian baris (bawaan {limit})").format(limit=DEFAULT_LIMIT))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_queue)

    p = with_profile(subparsers.add_parser("show", help=_("rincian satu laporan dengan riwayatnya")))
    p.add_argument("tracking_id", metavar="TRACKING_ID")
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_show)


def cmd_queue(args: argparse.Namespace) -> int:
    """``queue [--status S] [--overdue] [--search Q] [--limit N] [--json]``."""
    from lapor_desktop.core.status import LOCAL_STATE_LABELS, STATUS_LABELS
    from lapor_desktop.store.queue import QueueQuery

    if args.limit < 1:
        print(_("--limit minimal 1."), file=sys.stderr)
        return EXIT_REFUSED
    with open_workbench(args) as bench:
        now = bench.clock()
        query = QueueQuery(text=args.search, statuses=frozenset(Status(s) for s in args.status),
                           overdue_at=now if args.overdue else None)
        entries, _next = bench.queue.page(query, None, args.limit)
        total = bench.queue.count(query)
    rows = [{"tracking_id": e.row.tracking_id, "title": e.row.title,
             "category": e.row.category, "status": e.row.status.value,
             "status_label": STATUS_LABELS[e.row.status],
             "deadline": e.countdown.text, "risk": e.countdown.level.value,
             "due_at": e.countdown.due.isoformat() if e.countdown.due else None,
             "local_state": e.row.local_state.value, "anonim": e.row.anonim,
             "rahasia": e.row.rahasia} for e in entries]
    if args.json:
        print(json.dumps({"total": total, "shown": len(rows), "complaints": rows},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(_("Tidak ada laporan yang cocok."))
        return EXIT_OK
    for e, row in zip(entries, rows, strict=True):
        local = LOCAL_STATE_LABELS[e.row.local_state]
        local = _(local) if local else ""
        print(f"#{row['tracking_id']:<10} {_(row['status_label']):<22} "
              f"{e.countdown.text_in(language()):<30} "
              f"{row['title']}" + (f"  [{local}]" if local else ""))
    print(_("{rows} dari {total} laporan.").format(rows=len(rows), total=total))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``show TRACKING_ID [--json]``."""
    from lapor_desktop.core.status import STATUS_LABELS

    with open_workbench(args) as bench:
        complaint = bench.store.complaints.get_by_tracking_id(args.tracking_id.lstrip("#"))
        detail = bench.queue.detail(complaint.id) if complaint is not None else None
        tz = ZoneInfo(bench.queue.timezone().value)
        tz_name = bench.queue.timezone().name
    if detail is None:
        print(_("Laporan {tracking_id} tidak ada di profil ini. Jalankan 'lapor-desktop "
                 "sync' dahulu.").format(tracking_id=args.tracking_id), file=sys.stderr)
        return EXIT_REFUSED
    c = detail.complaint
    data: dict[str, Any] = {
        "tracking_id": c.tracking_id, "title": c.title, "body": c.body,
        "category": c.category, "classification": c.classification.value,
        "status": c.status.value, "status_label": STATUS_LABELS[c.status],
        "deadline": detail.countdown.text, "risk": detail.countdown.level.value,
        "due_at": detail.countdown.due.isoformat() if detail.countdown.due else None,
        "location": c.location, "anonim": c.anonim, "rahasia": c.rahasia,
        "reporter": None if c.reporter is None else {
            "name": c.reporter.name, "phone": c.reporter.phone, "email": c.reporter.email},
        "events": [{"kind": e.kind.value, "at": e.at.isoformat(), "actor": e.actor,
                    "text": e.text, "attachments": [a.filename for a in e.attachments]}
                   for e in c.events],
        "local_state": detail.local.local_state.value if detail.local else None,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"#{c.tracking_id}  {c.title}")
    badges = [b for b, on in (("ANONIM", c.anonim), ("RAHASIA", c.rahasia)) if on]
    print(_("Status: {status}").format(status=_(STATUS_LABELS[c.status]))
          + (f"  [{', '.join(badges)}]" if badges else ""))
    if detail.countdown.text:
        print(_("Tenggat: {deadline} (per sinkronisasi terakhir)")
              .format(deadline=detail.countdown.text_in(language())))
    print(_("Kategori: {category}; lokasi: {location}")
          .format(category=c.category, location=c.location or "-"))
    if c.reporter is not None:
        print(_("Pelapor: {name}").format(name=c.reporter.name or "-"))
    print()
    print(c.body)
    print()
    print(_("Riwayat:"))
    for event in c.events:
        when = event.at.astimezone(tz).strftime("%d-%m-%Y %H.%M") + f" {tz_name}"
        print(f"- {when} {event.actor or ''}: {(event.text or '').strip()}")
    return EXIT_OK
