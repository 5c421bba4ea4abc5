"""A tiny scripted HTTP server that speaks protocol v1 badly on purpose (the real reference server
cannot misbehave): health, me and login answer correctly; ``/changes`` answers whatever the test
put in :attr:`HostileServer.changes`, a callable of the requested cursor."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# (status, body) or (status, body, extra headers)
Reply = tuple[int, bytes] | tuple[int, bytes, dict[str, str]]
NOW = "2026-03-17T03:00:00Z"
OFFICER = {"username": "demo.diskominfo", "display_name": "Petugas", "role": "penghubung",
           "agency_id": "kepri-diskominfo", "agency_name": "Diskominfo", "agency_timezone": "WIB"}


def snapshot(cid: int, seq: int, **over: object) -> dict:
    """A valid complaint snapshot."""
    base = {
        "id": cid, "tracking_id": f"H{cid:07d}", "title": f"Laporan {cid}", "body": "Isi laporan",
        "category": "Infrastruktur", "subcategory": "Jalan", "classification": "pengaduan",
        "status": "terdisposisi", "revision": 1, "agency_id": "kepri-diskominfo",
        "submitted_at": NOW, "disposed_at": NOW, "seq": seq, "anonim": False,
        "reporter": {"name": "Budi"}, "events": [
            {"id": cid * 10, "kind": "disposed", "at": NOW, "actor": "Admin", "text": "ok"}],
        "attachments": [], "completion_due": "2026-04-07T16:59:59Z"}
    base.update(over)
    return base


def good_page(cursor: int) -> dict:
    """One new complaint after ``cursor``."""
    return {"items": [snapshot(cursor + 1, cursor + 1)], "tombstones": [],
            "next_cursor": cursor + 1, "has_more": False, "server_time": NOW}


class HostileServer:
    """Serve on 127.0.0.1:<free port> in a daemon thread."""

    def __init__(self) -> None:
        self.changes: Callable[[int], Reply] = lambda c: (200, json.dumps(good_page(c)).encode())
        # None: a healthy answer; else what /health answers (e.g. 503 with Retry-After).
        self.health: Callable[[], Reply] | None = None
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: bytes,
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Date", format_datetime(dt.datetime.now(dt.UTC), usegmt=True))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path.endswith("/health") and outer.health is not None:
                    self._send(*outer.health())
                elif parts.path.endswith("/health"):
                    body = {"server_time": NOW, "api_version": "1", "min_client_version": "0.1.0"}
                    self._send(200, json.dumps(body).encode())
                elif parts.path.endswith("/me"):
                    self._send(200, json.dumps(OFFICER).encode())
                elif parts.path.endswith("/changes"):
                    cursor = int(parse_qs(parts.query).get("cursor", ["0"])[0])
                    self._send(*outer.changes(cursor))
                else:
                    self._send(404, b'{"error":"not_found","message":"tidak ada"}')

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                self.rfile.read(length)
                body = {"token": "tkn", "expires_at": "2036-01-01T00:00:00Z", "officer": OFFICER}
                self._send(200, json.dumps(body).encode())

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
