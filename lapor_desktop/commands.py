"""Headless sub-commands: ``login``, ``status``, ``reply`` and ``sync`` (no Qt is imported).

They run the same library code as the window: ``reply`` queues through
:func:`lapor_desktop.sync.outbox.queue_action` exactly like the Send button, and ``sync`` runs one
:meth:`SyncEngine.run_once` pass. Exit codes of ``sync`` are :class:`Outcome` values: 0 delivered,
2 needs attention, 3 server unreachable, 4 login needed (5 outdated app, 6 cancelled, 7 actions
still queued waiting for their retry time: run again at ``next_retry_at``); other
commands use 0 for success, 1 for a refused input, and the same 3/4 for server trouble.
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

from lapor_desktop.core.errors import KnownError

EXIT_OK = 0
EXIT_REFUSED = 1


def _with_profile(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    # Accept --profile after the sub-command too; SUPPRESS keeps the global value otherwise.
    parser.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder profil petugas")
    return parser


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the headless sub-commands to the main parser's ``subparsers``."""
    p = _with_profile(subparsers.add_parser("login", help="masuk ke server dan simpan token (keyring)"))
    p.add_argument("--server", help="alamat server, mis. https://lapor.contoh.go.id")
    p.add_argument("--user", help="nama pengguna")
    p.set_defaults(handler=cmd_login)

    p = _with_profile(subparsers.add_parser("status",
        help="ringkasan antrean, kotak keluar dan sinkronisasi"))
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=cmd_status)

    p = _with_profile(subparsers.add_parser("reply", help="antrekan tindak lanjut untuk satu laporan"))
    p.add_argument("tracking_id", metavar="TRACKING_ID")
    p.add_argument("--file", required=True, help="berkas teks (UTF-8) berisi tindak lanjut")
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help="lampiran PNG/JPEG/PDF (boleh diulang)")
    p.add_argument("--propose-close", action="store_true", help="usulkan laporan ditutup")
    p.set_defaults(handler=cmd_reply)

    p = _with_profile(subparsers.add_parser("sync", help="satu kali sinkronisasi dengan server"))
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=cmd_sync)

    from lapor_desktop import export_command  # Qt-free at import time

    export_command.register(subparsers)


def _profile(args: argparse.Namespace) -> Path:
    from lapor_desktop.logs import setup_logging
    from lapor_desktop.store.profile import ensure_profile_dir, logs_dir, resolve_profile_dir

    profile = ensure_profile_dir(resolve_profile_dir(args.profile, os.environ))
    setup_logging(logs_dir(profile))
    return profile


def _open(profile: Path):  # -> Store (imported lazily to keep --help fast)
    from lapor_desktop.security.headless import profile_key
    from lapor_desktop.store import open_store
    from lapor_desktop.store.profile import database_path

    return open_store(database_path(profile), profile_key(profile))


def _credentials(store):  # -> CredentialStore
    """Tokens in the keyring, else (on an encrypted profile) in the store, else in memory."""
    from lapor_desktop.store.secrets import StoreTokenVault
    from lapor_desktop.sync.credentials import CredentialStore

    credentials = CredentialStore()
    if store.secrets.available:
        credentials.set_vault(StoreTokenVault(store))
    return credentials


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
    """``login --server URL --user NAME``: password from ``LAPOR_PASSWORD`` or a prompt."""
    from lapor_desktop.config import load_settings, save_settings
    from lapor_desktop.core.models import TimeZone
    from lapor_desktop.store import OfficerProfile
    from lapor_desktop.sync.credentials import PASSWORD_ENV
    from lapor_desktop.sync.http import check_server_url
    from lapor_desktop.sync.session import SyncSession

    profile = _profile(args)
    settings = load_settings(profile)
    server = args.server or settings.server_url
    user = args.user or settings.username
    if not server or not user:
        return _fail("Sebutkan --server dan --user.")
    try:
        server = check_server_url(server)
    except KnownError as exc:
        return _fail(str(exc))
    password = os.environ.get(PASSWORD_ENV) or getpass.getpass(f"Kata sandi {user}: ")
    if not password:
        return _fail("Kata sandi kosong.")
    with _open(profile) as store:
        session = SyncSession(server, user, _credentials(store), ca_bundle=settings.ca_bundle)
        try:
            client, answer, saved = session.login(password)
        except KnownError as exc:
            return _fail(f"Gagal masuk: {exc}", _sync_exit(exc))
        client.close()
    save_settings(profile, settings.model_copy(update={"server_url": server, "username": user}))
    officer = answer.officer
    with _open(profile) as store, store.transaction() as s:
        store.profile.save(s, OfficerProfile(
            server_url=server, username=officer.username, display_name=officer.display_name,
            agency_id=officer.agency_id, agency_name=officer.agency_name,
            agency_timezone=TimeZone[officer.agency_timezone], role=officer.role.value))
    print(f"Masuk sebagai {officer.display_name} ({officer.agency_name}).")
    if not saved:
        print("Perhatian: token TIDAK disimpan: komputer ini tidak punya keyring dan profil ini "
              "tidak terenkripsi; token hanya berlaku selama perintah ini. Untuk sinkronisasi "
              f"otomatis setel {PASSWORD_ENV}, pasang keyring, atau buka profil sekali di "
              "aplikasi untuk mengenkripsinya.", file=sys.stderr)
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
    profile = _profile(args)
    with _open(profile) as store:
        data = status_data(store, dt.datetime.now(dt.UTC))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    print("Laporan per status: " + ", ".join(f"{k} {v}" for k, v in data["complaints"].items()))
    print(f"Lewat tenggat: {data['overdue']}")
    print("Kotak keluar: " + ", ".join(f"{k} {v}" for k, v in data["outbox"].items()))
    last = data["last_sync_at"] or "belum pernah"
    ok = {True: "berhasil", False: "gagal", None: "-"}[data["last_sync_ok"]]
    print(f"Sinkronisasi terakhir: {last} ({ok})"
          + (f": {data['last_error']}" if data["last_error"] else ""))
    print(f"Kursor: {data['cursor'] or 0}")
    return EXIT_OK


def cmd_reply(args: argparse.Namespace) -> int:
    """``reply TRACKING_ID --file TEXT [--attach FILE ...] [--propose-close]``."""
    from lapor_desktop.core.models import ActionKind
    from lapor_desktop.sync.outbox import ActionInput, queue_action

    profile = _profile(args)
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _fail(f"Berkas teks {args.file} tidak dapat dibaca: {exc}")
    with _open(profile) as store:
        complaint = store.complaints.get_by_tracking_id(args.tracking_id)
        if complaint is None:
            return _fail(f"Laporan {args.tracking_id} tidak ada di profil ini. "
                         "Jalankan 'lapor-desktop sync' dahulu.")
        try:
            op_id = queue_action(store, complaint.id, ActionInput(
                ActionKind.FOLLOW_UP, text=text, propose_close=args.propose_close),
                attachment_paths=args.attach)
        except KnownError as exc:
            return _fail(f"Tidak diantrekan: {exc}")
    print(f"Tindak lanjut untuk {args.tracking_id} masuk antrean kirim ({op_id}).")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    """``sync [--json]``: one pass; the exit code is the pass's :class:`Outcome`."""
    from lapor_desktop.config import load_settings
    from lapor_desktop.sync.engine import SyncEngine
    from lapor_desktop.sync.session import SyncSession

    profile = _profile(args)
    settings = load_settings(profile)
    with _open(profile) as store:
        session = SyncSession(settings.server_url, settings.username, _credentials(store),
                              ca_bundle=settings.ca_bundle)
        engine = SyncEngine(store, session.client, reauthenticate=session.reauthenticate)
        report = engine.run_once()
    outcome = report.outcome
    if args.json:
        from lapor_desktop.sync.report import report_json

        print(json.dumps(report_json(report, dt.datetime.now(dt.UTC)), ensure_ascii=False,
                         indent=2))
        return int(outcome)
    print(f"Diterima dari server: {report.pulled} (dihapus {report.removed}); "
          f"terkirim: {report.pushed}; gagal: {len(report.failures)}; "
          f"perlu perhatian: {report.attention_pending}")
    for failure in report.failures:
        retry = "dicoba lagi nanti" if failure.will_retry else "perlu perhatian"
        print(f"  {failure.tracking_id}: {failure.message} ({retry})")
    if report.error_message:
        print(f"Sinkronisasi berhenti: {report.error_message}", file=sys.stderr)
    from lapor_desktop.sync.report import waiting_line

    if line := waiting_line(report, dt.datetime.now(dt.UTC)):
        print(line)
    return int(outcome)
