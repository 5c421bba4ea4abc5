"""``lapor-desktop export``: the monthly report as XLSX, CSV or PDF.

XLSX and CSV never import Qt; only ``--format pdf`` starts an offscreen ``QGuiApplication``,
because the PDF is painted with Qt's own writer (:mod:`lapor_desktop.ui.pdf_report`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from lapor_desktop.cli.common import open_workbench, with_profile
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.reports.export_files import FORMATS
from lapor_desktop.reports.monthly import DEFAULT_TREND_MONTHS, Signatory, load_report, write_report
from lapor_desktop.reports.period import Period

EXIT_OK = 0
EXIT_REFUSED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``export`` to the main parser's sub-commands."""
    p = with_profile(subparsers.add_parser("export",
                                           help=_("ekspor laporan bulanan (XLSX, CSV atau PDF)")))
    p.add_argument("--format", dest="fmt", choices=FORMATS, required=True, help=_("format berkas"))
    p.add_argument("--period", required=True,
                   help=_("bulan (2026-11) atau rentang tanggal (2026-11-01..2026-11-30)"))
    p.add_argument("--out", required=True, metavar="FILE", help=_("berkas keluaran"))
    p.add_argument("--months", type=int, default=DEFAULT_TREND_MONTHS, choices=(6, 12),
                   help=_("panjang tren bulanan (6 atau 12)"))
    p.add_argument("--jabatan", default="", help=_("jabatan pejabat penanda tangan (PDF)"))
    p.add_argument("--nama", default="", help=_("nama pejabat penanda tangan (PDF)"))
    p.add_argument("--nip", default="", help=_("NIP pejabat penanda tangan (PDF)"))
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    """``export --format xlsx|csv|pdf --period 2026-11 --out FILE``."""
    try:
        period = Period.parse(args.period)
    except KnownError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        print(_("Folder tujuan tidak ada: {parent}").format(parent=out.parent), file=sys.stderr)
        return EXIT_REFUSED
    app = _offscreen_gui() if args.fmt == "pdf" else None
    try:
        with open_workbench(args) as bench:
            report = load_report(bench.store, period, bench.clock(), months=args.months)
        write_report(report, args.fmt, out, signatory=Signatory(args.jabatan, args.nama, args.nip),
                     pdf_writer=_pdf_writer() if args.fmt == "pdf" else None)
    except (KnownError, OSError) as exc:
        print(_("Ekspor gagal: {exc}").format(exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        del app
    ind = report.indicators
    print(_("Laporan {label} ditulis ke {out} ({received} diterima, {followed_up} "
             "ditindaklanjuti, {finished} selesai, {overdue} terlambat).")
             .format(
                     label=period.label, out=out, received=ind.received, followed_up=ind.followed_up,
                     finished=ind.finished, overdue=ind.overdue))
    return EXIT_OK


def _offscreen_gui() -> Any:
    """A Qt application for painting the PDF without a display (Qt lives in ui/)."""
    from lapor_desktop.ui.pdf_report import offscreen_app

    return offscreen_app()


def _pdf_writer() -> Any:
    from lapor_desktop.ui.pdf_report import write_pdf

    return write_pdf
