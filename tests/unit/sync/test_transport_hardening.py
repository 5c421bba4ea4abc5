"""Finding 8 of issue 19, client side: what a hostile server (or a local proxy) could do to sync.

- a 1 MB gzip reply inflated to gigabytes before the size cap was applied;
- deeply nested JSON crashed sync with ``RecursionError``;
- ``HTTP_PROXY`` routed plain-http loopback traffic (with the password) through the proxy.
Each runs against a real HTTP server on a loopback port.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.http import MAX_JSON_BYTES, HttpTransport
from tests.faults.hostile_server import HostileServer


@contextlib.contextmanager
def serving(body: bytes, headers: dict[str, str]) -> Iterator[str]:
    """A server answering every GET with ``body`` and ``headers``; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            for name, value in {"Content-Type": "application/json",
                                "Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _gzip_bomb(inflated_mb: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b" " * (1024 * 1024)  # whitespace: valid JSON padding, compresses ~1000:1
    parts = [packer.compress(b"[")]
    parts += [packer.compress(block) for _ in range(inflated_mb)]
    parts.append(packer.compress(b"]") + packer.flush())
    return b"".join(parts)


def test_gzip_bomb_stops_at_the_cap_without_inflating_it_all():
    inflated_mb = 8 * MAX_JSON_BYTES // (1024 * 1024)  # 256 MB inflated from ~250 KB
    bomb = _gzip_bomb(inflated_mb)
    assert len(bomb) < 1024 * 1024
    with serving(bomb, {"Content-Encoding": "gzip"}) as url:
        client = SyncClient(HttpTransport(url))
        tracemalloc.start()
        try:
            with pytest.raises(errors.ProtocolError, match="terlalu besar"):
                client.health()
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            client.close()
    # Never more than the cap (plus bookkeeping) in memory, not the 256 MB it inflates to.
    assert peak < 2 * MAX_JSON_BYTES, peak


def test_small_gzip_reply_is_still_read():
    packed = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    body = packed.compress(b'{"server_time": "2026-03-17T03:00:00Z", "api_version": "1", '
                           b'"min_client_version": "0.1.0"}') + packed.flush()
    with serving(body, {"Content-Encoding": "gzip"}) as url:
        client = SyncClient(HttpTransport(url))
        try:
            assert client.health().api_version == "1"
        finally:
            client.close()


def test_deeply_nested_json_is_a_protocol_error_not_a_crash():
    deep = b"[" * 200_000 + b"]" * 200_000
    with serving(deep, {}) as url:
        client = SyncClient(HttpTransport(url))
        try:
            with pytest.raises(errors.ProtocolError, match="bersarang"):
                client.health()
        finally:
            client.close()


def test_environment_proxy_is_not_used_for_a_loopback_server(monkeypatch):
    seen: list[bytes] = []
    trap = socket.socket()
    trap.bind(("127.0.0.1", 0))
    trap.listen(8)
    trap.settimeout(0.2)

    def watch() -> None:
        with contextlib.suppress(OSError):
            while True:
                try:
                    conn, _ = trap.accept()
                except TimeoutError:
                    continue
                with conn:
                    conn.settimeout(1)
                    with contextlib.suppress(OSError):
                        seen.append(conn.recv(4096))

    threading.Thread(target=watch, daemon=True).start()
    proxy = f"http://127.0.0.1:{trap.getsockname()[1]}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    try:
        with HostileServer() as server:
            client = SyncClient(HttpTransport(server.url))
            try:
                client.login("demo.diskominfo", "kata sandi rahasia")
                assert client.health().api_version == "1"
            finally:
                client.close()
    finally:
        trap.close()
    assert seen == []  # the "proxy" never saw the login (or anything else)
