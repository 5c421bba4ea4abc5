"""Headless sub-commands: ``login``, ``status``, ``reply`` and ``sync`` (no Qt is imported).

Each opens the profile through :func:`lapor_desktop.workbench.doors.open_headless`, the same
workbench the window uses: ``reply`` queues exactly like the Send button, ``sync`` runs one pass.
Exit codes of ``sync`` are :class:`Outcome` values: 0 delivered, 2 needs attention, 3 server
unreachable, 4 login needed (5 outdated app, 6 cancelled, 7 actions still queued waiting for their
retry time: run again at ``next_retry_at``); other commands use 0 for success, 1 for a refused
input, and the same 3/4 for server trouble.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from lapor_desktop.cli.common import open_workbench as _open
from lapor_desktop.cli.common import with_profile as _with_profile
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _

EXIT_OK = 0
EXIT_REFUSED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the headless sub-commands to the main parser's ``subparsers``."""
    p = _with_profile(subparsers.add_parser("login", help=_("masuk ke server dan simpan token (keyring)")))
    p.add_argument("--server", help=_("alamat server, mis. https://lapor.contoh.go.id"))
    p.add_argument("--user", help=_("nama pengguna"))
    p.set_defaults(handler=cmd_login)

    p = _with_profile(subparsers.add_parser("status",
        help=_("ringkasan antrean, kotak keluar dan sinkronisasi")))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_status)

    p = _with_profile(subparsers.add_parser("reply", help=_("antrekan tindak lanjut untuk satu laporan")))
    p.add_argument("tracking_id", metavar="TRACKING_ID")
    p.add_argument("--file", required=True, help=_("berkas teks (UTF-8) berisi tindak lanjut"))
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help=_("lampiran PNG/JPEG/PDF (boleh diulang)"))
    p.add_argument("--propose-close", action="store_true", help=_("usulkan laporan ditutup"))
    p.set_defaults(handler=cmd_reply)

    p = _with_profile(subparsers.add_parser("sync", help=_("satu kali sinkronisasi dengan server")))
    p.add_argument("--json", action="store_true", help=_("keluaran JSON"))
    p.set_defaults(handler=cmd_sync)

    from lapor_desktop.cli import browse  # Qt-free at import time
    from lapor_desktop.cli import export as export_command
    from lapor_desktop.cli import handover as handover_command

    browse.register(subparsers)
    export_command.register(subparsers)
    handover_command.register(subparsers)

    from lapor_desktop.cli import ready  # issue 16: "Siap luring"

    ready.register(subparsers)


def _fail(message: str, code: int = EXIT_REFUSED) -> int:
    print(message, file=sys.stderr)
    return code


def _sync_exit(error: Exception) -> int:
    from lapor_desktop.sync import errors
    from lapor_desktop.sync.report import Outcome

    if isinstance(error, errors.LoginRequired):
        return int(Outcome.LOGIN_REQUIRED)
    if isinstance(error, errors.OutdatedClient):
        return int(Outcome.OUTDATED_CLIENT)
    if isinstance(error, errors.SyncError) and error.retryable:
        return int(Outcome.OFFLINE)
    return EXIT_REFUSED


def cmd_login(args: argparse.Namespace) -> int:
    """``login --server URL --user NAME``: password from ``LAPOR_PASSWORD`` or a prompt.

    Binds the profile to this officer; a profile bound to another officer or server refuses.
    """
    from lapor_desktop.sync.credentials import PASSWORD_ENV

    with _open(args, create=True) as bench:
        server = args.server or bench.settings.server_url
        user = args.user or bench.settings.username
        if not server or not user:
            return _fail(_("Sebutkan --server dan --user."))
        try:
            server = bench.check_login(server, user)
        except KnownError as exc:
            return _fail(str(exc))
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass(_("Kata sandi {user}: ").format(user=user))
        if not password:
            return _fail(_("Kata sandi kosong."))
        try:
            result = bench.login(server, user, password).value
        except KnownError as exc:
            return _fail(_("Gagal masuk: {exc}").format(exc=exc), _sync_exit(exc))
    officer = result.officer
    print(_("Masuk sebagai {name} ({agency}).").format(name=officer.display_name,
                                                      agency=officer.agency_name))
    if not result.token_saved:
        print(_("Perhatian: token tidak disimpan di luar perintah ini; setel "
                 "{PASSWORD_ENV} untuk sinkronisasi otomatis.")
                 .format(PASSWORD_ENV=PASSWORD_ENV), file=sys.stderr)
    return EXIT_OK


def status_data(store: Any, now: dt.datetime) -> dict[str, Any]:
    """The numbers ``status`` prints (also used by tests)."""
    from lapor_desktop.store import QueueQuery

    state = store.sync_state.get()
    return {
        "complaints": {k.value: v for k, v in store.complaints.counts_by_status().items()},
        "overdue": store.queue.count(QueueQuery(overdue_at=now)),
        "outbox": {k.value: v for k, v in store.outbox.counts().items()},
        "last_sync_at": state.last_sync_at.isoformat() if state.last_sync_at else None,
        "last_sync_ok": state.last_sync_ok,
        "last_error": state.last_error,
        "cursor": state.cursor,
        "server_clock_offset_seconds": state.server_clock_offset_seconds,
    }


def cmd_status(args: argparse.Namespace) -> int:
    """``status [--json]``."""
    with _open(args) as bench:
        data = status_data(bench.store, bench.clock())
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    from lapor_desktop.core.models import Status
    from lapor_desktop.core.status import STATUS_LABELS

    print(_("Laporan per status: ") + ", ".join(f"{_(STATUS_LABELS[Status(k)])} {v}"
                                                for k, v in data["complaints"].items()))
    print(_("Lewat tenggat: {n}").format(n=data["overdue"]))
    from lapor_desktop.store.outbox import OutboxState
    from lapor_desktop.workbench.ledger import STATE_LABELS

    print(_("Kotak keluar: ") + ", ".join(f"{_(STATE_LABELS[OutboxState(k)])} {v}"
                                          for k, v in data["outbox"].items()))
    last = data["last_sync_at"] or _("belum pernah")
    ok = {True: _("berhasil"), False: _("gagal"), None: "-"}[data["last_sync_ok"]]
    print(_("Sinkronisasi terakhir: {last} ({ok})").format(last=last, ok=ok)
          + (f": {data['last_error']}" if data["last_error"] else ""))
    print(_("Kursor: {cursor}").format(cursor=data["cursor"] or 0))
    return EXIT_OK


def cmd_reply(args: argparse.Namespace) -> int:
    """``reply TRACKING_ID --file TEXT [--attach FILE ...] [--propose-close]``."""
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(_("Berkas teks {file} tidak dapat dibaca: {exc}").format(file=args.file, exc=exc))
    with _open(args) as bench:
        try:
            result = bench.reply(args.tracking_id, text, args.attach, args.propose_close).value
        except KnownError as exc:
            return _fail(_("Tidak diantrekan: {exc}").format(exc=exc))
    for item in result.evidence:  # what was removed from each file before it was queued
        print(_("Lampiran {filename}: {value}.").format(filename=item.filename, value=item.found.summary()))
    print(_("Tindak lanjut untuk {tracking_id} masuk antrean kirim ({op_id}).")
        .format(tracking_id=args.tracking_id, op_id=result.op_id))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    """``sync [--json]``: one pass; the exit code is the pass's :class:`Outcome`."""
    with _open(args) as bench:
        report = bench.sync()
    outcome = report.outcome
    if args.json:
        from lapor_desktop.sync.report import report_json

        print(json.dumps(report_json(report, dt.datetime.now(dt.UTC)), ensure_ascii=False,
                         indent=2))
        return int(outcome)
    print(_("Diterima dari server: {pulled} (dihapus {removed}); terkirim: {pushed}; "
             "gagal: {failures}; perlu perhatian: {attention_pending}")
             .format(
                     pulled=report.pulled, removed=report.removed, pushed=report.pushed,
                     failures=len(report.failures), attention_pending=report.attention_pending))
    for failure in report.failures:
        retry = _("dicoba lagi nanti") if failure.will_retry else _("perlu perhatian")
        print(f"  {failure.tracking_id}: {failure.message} ({retry})")
    if report.error_message:
        print(_("Sinkronisasi berhenti: {error}").format(error=report.error_message),
              file=sys.stderr)
    from lapor_desktop.sync.report import waiting_line

    if line := waiting_line(report, dt.datetime.now(dt.UTC)):
        print(line)
    return int(outcome)
