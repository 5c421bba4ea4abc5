"""``lapor-desktop handover ...``: serah terima from the command line, the same workbench as the
wizard.

- ``handover plan [--json]``: what would go to the successor (work items with their keys).
- ``handover note TRACKING --text TEKS``: the officer's note for the successor on a complaint.
- ``handover export --out FILE [--to NAMA] [--pejabat NAMA] [--discard KEY=ALASAN ...]
  [--pdf FILE] [--xlsx FILE] [--send-to USERNAME]``
- ``handover import FILE`` / ``handover receive`` (from the server)
- ``handover list [--json]``: "Baru diserahkan", soonest deadline first.
- ``handover send``: queue the drafts that came over (under this officer's own login).
- ``handover promises [--days N]``: follow-ups promised with nothing since.
- ``handover deactivate USERNAME --reason TEKS``: the agency's pejabat closes the predecessor's
  account (no more logins, tokens revoked).

The handover password comes from ``LAPOR_HANDOVER_PASSWORD`` or a prompt (twice for export).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _

PASSWORD_ENV = "LAPOR_HANDOVER_PASSWORD"
EXIT_OK = 0
EXIT_REFUSED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``handover`` and its sub-commands."""
    top = subparsers.add_parser("handover", help=_("serah terima tugas ke petugas pengganti"))
    sub = top.add_subparsers(title=_("langkah"), metavar=_("LANGKAH"), required=True)

    def cmd(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text)
        p.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                       help=_("folder profil petugas"))
        p.set_defaults(handler=handler)
        return p

    p = cmd("plan", _("tampilkan yang akan diserahkan"), cmd_plan)
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p = cmd("note", _("catatan serah terima untuk satu laporan"), cmd_note)
    p.add_argument("tracking_id", metavar="TRACKING_ID")
    p.add_argument("--text", required=True, help=_("isi catatan (kosong: hapus)"))
    p = cmd("export", _("buat paket serah terima (terenkripsi)"), cmd_export)
    p.add_argument("--out", required=True, metavar="FILE", help=_("berkas paket"))
    p.add_argument("--to", default="", metavar=_("NAMA"), help=_("nama petugas penerima"))
    p.add_argument("--pejabat", default="", metavar=_("NAMA"), help=_("Pejabat Penghubung"))
    p.add_argument("--discard", action="append", default=[], metavar=_("KEY=ALASAN"),
                   help=_("buang satu pekerjaan belum terkirim dengan alasan (boleh diulang)"))
    p.add_argument("--pdf", metavar="FILE", help=_("tulis juga Berita Acara (PDF)"))
    p.add_argument("--xlsx", metavar="FILE", help=_("tulis juga Berita Acara (XLSX)"))
    p.add_argument("--send-to", metavar="USERNAME", help=_("kirim juga lewat server ke akun ini"))
    p = cmd("import", _("impor paket dari pendahulu"), cmd_import)
    p.add_argument("file", metavar="FILE")
    cmd("receive", _("ambil dan impor paket yang dikirim lewat server"), cmd_receive)
    p = cmd("list", _("laporan yang baru diserahkan (tenggat terdekat dahulu)"), cmd_list)
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    cmd("send", _("antrekan draf yang diserahkan (atas nama Anda)"), cmd_send)
    p = cmd("deactivate", _("nonaktifkan akun petugas yang sudah pindah (pejabat)"), cmd_deactivate)
    p.add_argument("username", metavar="USERNAME")
    p.add_argument("--reason", required=True, help=_("alasan, mis. Mutasi ke Dinas PU"))
    p = cmd("promises", _("tindak lanjut yang dijanjikan tanpa kelanjutan"), cmd_promises)
    p.add_argument("--days", type=int, default=5, help=_("minimal umur janji (hari)"))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))


def _open(args: argparse.Namespace):  # -> Workbench
    from lapor_desktop.workbench.doors import open_headless

    return open_headless(args.profile)


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_REFUSED


def _password(*, confirm: bool) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise KnownError(_("Setel {PASSWORD_ENV} atau jalankan dari terminal untuk mengetik kata "
                            "sandi serah terima.").format(PASSWORD_ENV=PASSWORD_ENV))
    password = getpass.getpass(_("Kata sandi serah terima: "))
    if confirm and getpass.getpass(_("Ulangi kata sandi serah terima: ")) != password:
        raise KnownError(_("Kedua kata sandi tidak sama. Tidak ada yang ditulis."))
    return password


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def cmd_plan(args: argparse.Namespace) -> int:
    """``handover plan``."""
    with _open(args) as bench:
        plan = bench.handover.plan()
    data = {"complaints": [{"tracking_id": c.complaint.tracking_id, "title": c.complaint.title,
                            "status": c.complaint.status.value, "deadline": _iso(c.deadline),
                            "note": c.handover_note} for c in plan.complaints],
            "work": [{"key": w.key, "tracking_id": w.tracking_id, "kind": w.kind.value,
                      "text": w.text, "blocker": w.blocker} for w in plan.work],
            "templates": len(plan.templates)}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(_("Laporan terbuka: {complaints}; pekerjaan belum terkirim: {work}; "
             "templat: {templates}")
             .format(complaints=len(plan.complaints), work=len(plan.work), templates=len(plan.templates)))
    for w in data["work"]:
        extra = f" [{w['blocker']}]" if w["blocker"] else ""
        print(f"  {w['key']}  #{w['tracking_id']} {w['kind']}{extra}")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    """``handover note TRACKING --text TEKS``."""
    with _open(args) as bench:
        complaint = bench.store.complaints.get_by_tracking_id(args.tracking_id.lstrip("#"))
        if complaint is None:
            return _fail(_("Laporan {tracking_id} tidak ada di profil ini.")
                         .format(tracking_id=args.tracking_id))
        bench.handover.set_note(complaint.id, args.text)
    print(_("Catatan serah terima untuk #{tracking_id} disimpan.").format(tracking_id=complaint.tracking_id))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """``handover export --out FILE ...``: the package, and the record if asked."""
    from lapor_desktop.workbench.handover import Discard

    decisions: dict[str, Any] = {}
    for item in args.discard:
        key, sep, reason = item.partition("=")
        if not sep or not reason.strip():
            return _fail(_("--discard perlu KEY=ALASAN (mis. draft:3=Sudah dijawab): {item}")
                         .format(item=item))
        decisions[key.strip()] = Discard(reason)
    out = Path(args.out).expanduser()
    try:
        password = _password(confirm=True)
        with _open(args) as bench:
            result = bench.export_handover(out, password, to_name=args.to,
                                           pejabat=args.pejabat or bench.signatory().name,
                                           decisions=decisions).value
            sent = bench.deposit_handover(out, args.send_to) if args.send_to else None
        _write_reports(result.package, args.pdf, args.xlsx)
    except KnownError as exc:
        return _fail(_("Serah terima gagal: {exc}").format(exc=exc))
    package = result.package
    print(_("Paket serah terima ditulis ke {out}: {complaints} laporan terbuka, "
             "{work} pekerjaan diserahkan, {discarded} dibuang.")
             .format(
                     out=out, complaints=len(package.complaints), work=len(package.work),
                     discarded=len(package.discarded)))
    if sent:
        print(_("Paket juga dikirim lewat server kepada {send_to}.").format(send_to=args.send_to))
    return EXIT_OK


def _write_reports(package: Any, pdf: str | None, xlsx: str | None) -> None:
    from lapor_desktop.reports.handover_report import write_handover_report
    from lapor_desktop.workbench.handover_report import report_from_package

    report = report_from_package(package)
    if xlsx:
        write_handover_report(report, "xlsx", Path(xlsx).expanduser())
        print(_("Berita Acara (XLSX) ditulis ke {xlsx}.").format(xlsx=xlsx))
    if pdf:
        from lapor_desktop.ui.handover_pdf import write_handover_pdf
        from lapor_desktop.ui.pdf_report import offscreen_app

        app = offscreen_app()
        write_handover_report(report, "pdf", Path(pdf).expanduser(), pdf_writer=write_handover_pdf)
        del app
        print(_("Berita Acara (PDF) ditulis ke {pdf}.").format(pdf=pdf))


def _print_import(result: Any) -> None:
    package = result.package
    print(_("Serah terima dari {officer} diimpor: {complaints} laporan, {drafts} draf menjadi "
            "draf Anda").format(officer=package.from_officer.display_name,
                                complaints=len(package.complaints), drafts=len(result.draft_ids))
          + (_(" ({n} perlu digabung dengan draf Anda)").format(
              n=result.drafts_needing_attention) if result.drafts_needing_attention else "")
          + ".")


def cmd_import(args: argparse.Namespace) -> int:
    """``handover import FILE``."""
    try:
        password = _password(confirm=False)
        with _open(args) as bench:
            result = bench.import_handover(Path(args.file).expanduser(), password).value
    except KnownError as exc:
        return _fail(_("Impor gagal: {exc}").format(exc=exc))
    _print_import(result)
    return EXIT_OK


def cmd_receive(args: argparse.Namespace) -> int:
    """``handover receive``: packages sent to this officer through the server."""
    try:
        password = _password(confirm=False)
        with _open(args) as bench:
            received = bench.receive_handovers(password).value
    except KnownError as exc:
        return _fail(_("Pengambilan paket gagal: {exc}").format(exc=exc))
    if not received:
        print(_("Tidak ada paket serah terima untuk Anda di server."))
    for item in received:
        if item.result is not None:
            _print_import(item.result)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    """``handover list``: what came over, soonest deadline first."""
    from lapor_desktop.workbench.handover_views import handed_over

    with _open(args) as bench:
        rows = handed_over(bench.store)
    data = [{"tracking_id": r.tracking_id, "title": r.title,
             "status": r.status.value if r.status else None, "deadline": _iso(r.deadline),
             "note": r.note, "from": r.from_officer, "drafts": r.drafts} for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in data:
        print(f"#{r['tracking_id']}  {r['deadline'] or '-'}  {r['status'] or _('tidak ada')}  "
              + _("draf {n}").format(n=r["drafts"]) + f"  {r['title']}"
              + (_("\n    catatan: {note}").format(note=r["note"]) if r["note"] else ""))
    return EXIT_OK


def cmd_send(args: argparse.Namespace) -> int:
    """``handover send``: queue every handed-over draft that is ready (editing)."""
    from lapor_desktop.store import DraftState

    queued, skipped = [], []
    with _open(args) as bench:
        ids = [i for r in bench.store.handover.received() for i in r.summary.get("draft_ids", [])]
        for draft_id in ids:
            draft = bench.store.drafts.get(draft_id)
            if draft is None or draft.state is not DraftState.EDITING:
                if draft is not None and draft.state is DraftState.NEEDS_ATTENTION:
                    skipped.append(draft.tracking_id)
                continue
            try:
                bench.drafts.send(draft_id)
                queued.append(draft.tracking_id)
            except KnownError as exc:
                print(_("#{tracking_id}: tidak diantrekan: {exc}")
                    .format(tracking_id=draft.tracking_id, exc=exc), file=sys.stderr)
                skipped.append(draft.tracking_id)
    print(_("Diantrekan atas nama Anda: {n}").format(n=len(queued))
          + (_("; perlu ditinjau dahulu: {ids}").format(ids=", ".join("#" + t for t in skipped))
             if skipped else "")
          + _(". Jalankan 'lapor-desktop sync' untuk mengirim."))
    return EXIT_OK if not skipped else EXIT_REFUSED


def cmd_deactivate(args: argparse.Namespace) -> int:
    """``handover deactivate USERNAME --reason TEKS``: no more logins, every token revoked."""
    from lapor_desktop.workbench import handover_server

    with _open(args) as bench:
        try:
            result = handover_server.deactivate(bench.session, args.username, args.reason)
        except KnownError as exc:
            return _fail(_("Akun tidak dinonaktifkan: {exc}").format(exc=exc))
    print(_("Akun {username} dinonaktifkan; {tokens_revoked} sesi dicabut.")
        .format(username=result.username, tokens_revoked=result.tokens_revoked))
    return EXIT_OK


def cmd_promises(args: argparse.Namespace) -> int:
    """``handover promises``: follow-ups promised with nothing since."""
    from lapor_desktop.workbench.handover_views import stale_promises

    with _open(args) as bench:
        rows = stale_promises(bench.store, bench.clock(), min_days=args.days)
    data = [{"tracking_id": r.tracking_id, "title": r.title, "promised_at": _iso(r.promised_at),
             "days_since": r.days_since, "reporter_replied": r.reporter_replied,
             "promised": r.promised} for r in rows]
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    for r in data:
        reply = _(" (pelapor sudah menanggapi)") if r["reporter_replied"] else ""
        print(f"#{r['tracking_id']}  " + _("{n} hari").format(n=r["days_since"])
              + f"{reply}  {r['title']}")
    return EXIT_OK
