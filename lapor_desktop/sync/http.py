"""HTTP transport for the sync client: one requests session, TLS from the OS trust store, typed errors.

The transport knows nothing about complaints; :mod:`lapor_desktop.sync.client` maps the protocol
onto it. It turns every failure into a :class:`~lapor_desktop.sync.errors.SyncError` of the right
kind, caps response sizes (a hostile server cannot exhaust memory), records the server clock
offset from each response's ``Date`` header, and refuses plain http except to loopback.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import json
import logging
import ssl
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import truststore

from lapor_desktop import __version__
from lapor_desktop.core.errors import KnownError
from lapor_desktop.sync import errors
from lapor_desktop.sync.retry import parse_retry_after

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (10.0, 60.0)  # (connect, read): slow island links need a long read timeout
MAX_JSON_BYTES = 32 * 1024 * 1024


class InsecureServerError(KnownError):
    """The server address would send data unencrypted over a real network."""


def check_server_url(url: str) -> str:
    """Validate a server base URL: https anywhere, http only to a loopback address."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureServerError(f"Alamat server tidak valid: {url!r}")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureServerError(
            "Alamat server harus memakai https:// agar data pengaduan terenkripsi. "
            "http:// hanya diizinkan untuk server latihan di komputer ini.")
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _TrustStoreAdapter(requests.adapters.HTTPAdapter):
    """Verifies TLS with the operating system's trust store, plus an optional extra CA bundle."""

    def __init__(self, ca_bundle: str | None, **kwargs: Any) -> None:
        self._ca_bundle = ca_bundle
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if self._ca_bundle:
            ctx.load_verify_locations(cafile=self._ca_bundle)
        kwargs["ssl_context"] = ctx
        super().init_poolmanager(*args, **kwargs)


class HttpTransport:
    """Sends requests to one server; ``clock_offset`` is server time minus local time (seconds)."""

    def __init__(self, base_url: str, *, ca_bundle: str | None = None,
                 timeout: tuple[float, float] = DEFAULT_TIMEOUT,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        self.base_url = check_server_url(base_url)
        self.timeout = timeout
        self.clock_offset: float | None = None
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.session = requests.Session()
        self.session.headers.update({
            "User-Agent": f"lapor-desktop/{__version__}",
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
        })
        self.session.mount("https://", _TrustStoreAdapter(ca_bundle))

    def close(self) -> None:
        """Release pooled connections."""
        self.session.close()

    def request(self, method: str, path: str, *, token: str | None = None,
                json_body: Any = None, data: bytes | None = None,
                headers: Mapping[str, str] | None = None,
                params: Mapping[str, Any] | None = None, stream: bool = False,
                expect: tuple[int, ...] = (200, 201)) -> requests.Response:
        """Send a request; return the response if its status is in ``expect``, else raise."""
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        try:
            response = self.session.request(
                method, self.base_url + path, json=json_body, data=data, headers=all_headers,
                params=params, timeout=self.timeout, stream=stream, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            raise errors.NetworkError(
                "Sertifikat keamanan server tidak dapat diverifikasi. Koneksi dihentikan untuk "
                "melindungi data. Hubungi pengelola server atau pasang sertifikat CA instansi "
                "di Pengaturan.") from exc
        except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as exc:
            raise errors.RequestTimeout("Server tidak menjawab tepat waktu.") from exc
        except requests.exceptions.RequestException as exc:
            raise errors.NetworkError("Server tidak dapat dihubungi.") from exc
        self._record_clock(response)
        if response.status_code in expect:
            return response
        raise self._error_for(response)

    def get_json(self, response: requests.Response) -> Any:
        """Read a JSON body with a size cap; malformed or oversized bodies raise ProtocolError."""
        try:
            chunks, size = [], 0
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > MAX_JSON_BYTES:
                    raise errors.ProtocolError("Jawaban server terlalu besar.")
                chunks.append(chunk)
            return json.loads(b"".join(chunks))
        except requests.exceptions.RequestException as exc:
            raise errors.NetworkError("Koneksi terputus saat menerima data.") from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise errors.ProtocolError("Jawaban server bukan JSON yang valid.") from exc

    def _record_clock(self, response: requests.Response) -> None:
        date = response.headers.get("Date")
        if not date:
            return
        try:
            server_now = email.utils.parsedate_to_datetime(date)
        except (TypeError, ValueError):
            return
        if server_now.tzinfo is None:
            server_now = server_now.replace(tzinfo=dt.UTC)
        self.clock_offset = (server_now - self._now()).total_seconds()

    def _error_for(self, response: requests.Response) -> errors.SyncError:
        status = response.status_code
        body: dict[str, Any] = {}
        try:
            parsed = self.get_json(response)
            if isinstance(parsed, dict):
                body = parsed
        except errors.SyncError:
            pass
        message = body.get("message") if isinstance(body.get("message"), str) else None
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now=self._now())
        kwargs = {"status": status, "retry_after": retry_after, "body": body}
        if status == 401:
            return errors.LoginRequired(message or "Sesi berakhir. Silakan masuk lagi.", **kwargs)
        if status == 409:
            return errors.ConflictError(message or "Laporan telah berubah di server.", **kwargs)
        if status == 426:
            return errors.OutdatedClient(message or "Perbarui aplikasi.", **kwargs)
        if status == 429:
            return errors.RateLimited(message or "Server sedang sibuk.", **kwargs)
        if status in (408, 502, 503, 504) or status >= 500:
            return errors.ServerError(message or f"Server bermasalah (HTTP {status}).", **kwargs)
        if 400 <= status < 500:
            return errors.ValidationRejected(message or f"Permintaan ditolak (HTTP {status}).",
                                             **kwargs)
        return errors.ProtocolError(f"Jawaban server tidak terduga (HTTP {status}).", **kwargs)
