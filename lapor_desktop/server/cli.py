"""``lapor-server``: run, seed, simulate and document the reference server.

    lapor-server serve [--db URL | --db-file PATH] [--host 127.0.0.1] [--port 8765]
                       [--workers N] [--trusted-proxy ADDR ...]   (port 0 = any free port)
    lapor-server seed demo [--db URL] [--reset]
    lapor-server seed --complaints N [--db URL]
    lapor-server simulate [--db URL] [--interval S] [--steps N]
    lapor-server simulate --event reply|outside-remit|close --agency ID [--complaint N]
    lapor-server openapi [--out resources/api/openapi.json] [--check]

The database URL comes from ``--db``, else ``--db-file`` (a file holding the URL), else the
environment (``LAPOR_SERVER_DB``, or ``LAPOR_SERVER_DB_FILE`` naming such a file), else a SQLite
file in the current folder. A URL with a password belongs in the environment or a file readable
only by the server's account: a command line is visible to every user of the machine (``ps``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lapor_desktop.protocol import MIN_CLIENT_VERSION
from lapor_desktop.resources import resource
from lapor_desktop.server.db import DEFAULT_DB_URL

OPENAPI_PATH = resource("api", "openapi.json")
DB_ENV = "LAPOR_SERVER_DB"
DB_FILE_ENV = "LAPOR_SERVER_DB_FILE"


def resolve_db_url(args: argparse.Namespace, env: dict[str, str] | None = None) -> str:
    """The database URL from the command line, a file, or the environment (see module doc)."""
    env = dict(os.environ) if env is None else env
    if args.db:
        if _has_password(args.db):
            print(f"Peringatan: kata sandi basis data terlihat di daftar proses. Gunakan "
                  f"{DB_ENV} atau --db-file.", file=sys.stderr)
        return args.db
    file = args.db_file or env.get(DB_FILE_ENV)
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SystemExit(
                f"Berkas URL basis data tidak dapat dibaca: {file} ({exc.strerror})") from None
        if not text:
            raise SystemExit(f"Berkas URL basis data kosong: {file}")
        return text
    return env.get(DB_ENV, "").strip() or DEFAULT_DB_URL


def _shown(url: str) -> str:
    """The URL for output, its password masked."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(URL basis data)"


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return bool(make_url(url).password)
    except (ArgumentError, ValueError):
        return False


def openapi_text() -> str:
    """The OpenAPI document of the app, as committed in ``resources/api/openapi.json``."""
    from lapor_desktop.server.app import create_app

    app = create_app("sqlite://", create_schema=False)
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from lapor_desktop.server.app import create_app
    from lapor_desktop.server.testing import bind_loopback, uvicorn_config

    if args.workers < 1:
        raise SystemExit("--workers minimal 1")
    if args.workers > 1:
        # Several processes on one socket; everything they share is in the database.
        from lapor_desktop.server.workers import serve_workers

        sock = bind_loopback(args.host, args.port)
        host, port = sock.getsockname()[:2]
        print(f"LAPOR! reference server listening on http://{host}:{port} "
              f"({args.workers} workers)", flush=True)
        serve_workers(args.db, sock, args.workers, min_client_version=args.min_client_version,
                      trusted_proxies=args.trusted_proxy, log_level=args.log_level)
        return 0
    app = create_app(args.db, min_client_version=args.min_client_version,
                     trusted_proxies=args.trusted_proxy)
    sock = bind_loopback(args.host, args.port)
    host, port = sock.getsockname()[:2]
    print(f"LAPOR! reference server listening on http://{host}:{port}", flush=True)
    uvicorn.Server(uvicorn_config(app, log_level=args.log_level)).run(sockets=[sock])
    return 0


def _seed(args: argparse.Namespace) -> int:
    from lapor_desktop.server import seed

    if args.what == "demo":
        summary = seed.seed_demo(args.db, reset=args.reset)
        print(seed.describe(summary))
        return 0
    if args.complaints:
        count = seed.seed_bulk(args.db, args.complaints)
        print(f"{count} laporan sintetis ditambahkan ke {_shown(args.db)}")
        return 0
    print("Gunakan 'seed demo' atau 'seed --complaints N'", file=sys.stderr)
    return 2


def _simulate(args: argparse.Namespace) -> int:
    from lapor_desktop.server.simulate import one_event, run

    if args.event:  # one event on demand (training lessons, a trainer's class)
        if not args.agency:
            print("--agency wajib untuk --event", file=sys.stderr)
            return 2
        print(one_event(args.db, args.event, args.agency, args.complaint), flush=True)
        return 0
    return run(args.db, interval=args.interval, steps=args.steps)


def _openapi(args: argparse.Namespace) -> int:
    text = openapi_text()
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"{out} is out of date: run lapor-server openapi", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def _signoff(args: argparse.Namespace) -> int:
    from lapor_desktop.server import models as m
    from lapor_desktop.server.db import Database
    from lapor_desktop.server.signoff import set_setting

    db = Database(args.db)
    db.create_schema()
    with db.write() as session:
        if session.get(m.Agency, args.agency) is None:
            print(f"Instansi {args.agency} tidak dikenal", file=sys.stderr)
            return 2
        set_setting(session, args.agency, args.state == "on", tuple(args.signer))
    state = "wajib" if args.state == "on" else "tidak wajib"
    print(f"Persetujuan pejabat untuk {args.agency}: {state}")
    return 0


def _db_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--db", help=f"URL basis data SQLAlchemy (bawaan: ${DB_ENV} atau "
                                    f"{DEFAULT_DB_URL})")
    group.add_argument("--db-file", metavar="BERKAS",
                       help="berkas berisi URL basis data (agar kata sandi tidak terlihat di "
                            f"daftar proses); juga ${DB_FILE_ENV}")


def build_parser() -> argparse.ArgumentParser:
    """Argument parser of ``lapor-server``."""
    p = argparse.ArgumentParser(prog="lapor-server",
                                description="Server referensi LAPOR! Desktop (latihan dan uji)")
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("serve", help="jalankan server")
    _db_arguments(s)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765, help="0 = pilih port bebas")
    s.add_argument("--workers", type=int, default=1,
                   help="jumlah proses pekerja (status bersama ada di basis data)")
    s.add_argument("--log-level", default="info")
    s.add_argument("--min-client-version", default=MIN_CLIENT_VERSION,
                   help="versi LAPOR! Desktop tertua yang boleh sinkron")
    s.add_argument("--trusted-proxy", action="append", default=[], metavar="ALAMAT",
                   help="proxy (alamat atau jaringan, mis. 10.0.0.0/8) yang X-Forwarded-For-nya "
                        "dipercaya; bawaan: tidak ada")
    s.set_defaults(handler=_serve)

    s = sub.add_parser("seed", help="isi data contoh")
    s.add_argument("what", nargs="?", choices=["demo"], help="data latihan Kepulauan Riau")
    s.add_argument("--complaints", type=int, metavar="N", help="tambah N laporan (benchmark)")
    _db_arguments(s)
    s.add_argument("--reset", action="store_true", help="hapus semua data lebih dulu")
    s.set_defaults(handler=_seed)

    s = sub.add_parser("simulate", help="datangkan laporan, tanggapan dan disposisi ulang")
    _db_arguments(s)
    s.add_argument("--interval", type=float, default=5.0, help="detik antar langkah")
    s.add_argument("--steps", type=int, default=1000, help="batas jumlah langkah")
    s.add_argument("--event", choices=("reply", "outside-remit", "close"),
                   help="satu peristiwa saja: tanggapan pelapor, laporan salah alamat, atau "
                        "penutupan oleh admin")
    s.add_argument("--agency", help="instansi tujuan peristiwa (mis. kota-batam)")
    s.add_argument("--complaint", type=int, help="id laporan untuk --event close")
    s.set_defaults(handler=_simulate)

    s = sub.add_parser("signoff", help="atur persetujuan Pejabat Penghubung per instansi")
    s.add_argument("agency", help="id instansi, mis. kepri-diskominfo")
    s.add_argument("state", choices=["on", "off"])
    s.add_argument("--signer", action="append", default=[], metavar="USERNAME",
                   help="pejabat yang boleh menyetujui (bawaan: semua pejabat instansi)")
    _db_arguments(s)
    s.set_defaults(handler=_signoff)

    s = sub.add_parser("openapi", help="tulis spesifikasi OpenAPI")
    s.add_argument("--out", default=str(OPENAPI_PATH))
    s.add_argument("--check", action="store_true", help="gagal jika berkas tidak mutakhir")
    s.set_defaults(handler=_openapi)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``lapor-server`` console script."""
    args = build_parser().parse_args(argv)
    if hasattr(args, "db"):
        args.db = resolve_db_url(args)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
