"""HTTP transport for the sync client: one requests session, TLS from the OS trust store, typed errors.

The transport knows nothing about complaints; :mod:`lapor_desktop.sync.client` maps the protocol
onto it. It turns every failure into a :class:`~lapor_desktop.sync.errors.SyncError` of the right
kind, caps response sizes (a hostile server cannot exhaust memory), records the server clock
offset from each response's ``Date`` header, and refuses plain http except to loopback.

Bodies are always streamed and decompressed here, in bounded steps, with the cap counted on the
*inflated* bytes: a 1 MB gzip bomb stops at the cap instead of inflating to gigabytes first.
Loopback servers (training mode, tests) are reached directly: environment proxies
(``HTTP_PROXY``) would otherwise see the login password of a plain-http loopback server.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import json
import logging
import ssl
import zlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import truststore

from lapor_desktop import __version__
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.sync import errors
from lapor_desktop.sync.link_meter import LinkMeter
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
        raise InsecureServerError(_("Alamat server tidak valid: {url!r}").format(url=url))
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise InsecureServerError(
            _("Alamat server harus memakai https:// agar data pengaduan terenkripsi. "
            "http:// hanya diizinkan untuk server latihan di komputer ini."))
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
        #: Fed with the time each large request body (an upload chunk) took; see link_meter.py.
        self.link_meter: LinkMeter | None = None
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.session = requests.Session()
        if _is_loopback(urlsplit(self.base_url).hostname or ""):
            self.session.trust_env = False  # no HTTP_PROXY / .netrc for this computer's server
            self.session.proxies = {}
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
        """Send a request; return the response if its status is in ``expect``, else raise.

        The body is always streamed (``stream`` is accepted for callers that say so): read it
        with :meth:`get_json` or :func:`iter_body`, which cap the decoded size.
        """
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        try:
            response = self.session.request(
                method, self.base_url + path, json=json_body, data=data, headers=all_headers,
                params=params, timeout=self.timeout, stream=True, allow_redirects=False)
        except requests.exceptions.SSLError as exc:
            raise errors.NetworkError(
                _("Sertifikat keamanan server tidak dapat diverifikasi. Koneksi dihentikan untuk "
                "melindungi data. Hubungi pengelola server atau pasang sertifikat CA instansi "
                "di Pengaturan.")) from exc
        except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout) as exc:
            raise errors.RequestTimeout(_("Server tidak menjawab tepat waktu.")) from exc
        except requests.exceptions.RequestException as exc:
            raise errors.NetworkError(_("Server tidak dapat dihubungi.")) from exc
        self._record_clock(response)
        if self.link_meter is not None and data is not None:
            self.link_meter.record(len(data), response.elapsed.total_seconds())
        if response.status_code in expect:
            return response
        error = self._error_for(response)
        if response.status_code >= 500:
            # A server that failed unexpectedly may close the connection right after its 500
            # (Starlette does); a next request on that pooled connection would fail as if the
            # server were down. Fresh connections from here on.
            for adapter in self.session.adapters.values():
                adapter.close()
        raise error

    def get_json(self, response: requests.Response, limit: int = MAX_JSON_BYTES) -> Any:
        """Read a JSON body with a size cap; malformed, oversized or absurdly deep bodies raise
        ProtocolError."""
        body = b"".join(iter_body(response, limit, "Jawaban server terlalu besar."))
        try:
            return json.loads(body)
        except RecursionError:
            raise errors.ProtocolError(_("Jawaban server terlalu dalam bersarang.")) from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise errors.ProtocolError(_("Jawaban server bukan JSON yang valid.")) from exc

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
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now=self._now())
        return error_for_status(status, body, retry_after)


def error_for_status(status: int, body: dict[str, Any],
                     retry_after: float | None = None) -> errors.SyncError:
    """The typed error of an HTTP status and its ErrorBody (also one batch result's)."""
    message = body.get("message") if isinstance(body.get("message"), str) else None
    kwargs = {"status": status, "retry_after": retry_after, "body": body}
    if status == 401:
        return errors.LoginRequired(message or _("Sesi berakhir. Silakan masuk lagi."), **kwargs)
    if status == 409:
        return errors.ConflictError(message or _("Laporan telah berubah di server."), **kwargs)
    if status == 426:
        return errors.OutdatedClient(message or _("Perbarui aplikasi."), **kwargs)
    if status == 429:
        return errors.RateLimited(message or _("Server sedang sibuk."), **kwargs)
    if status in (408, 502, 503, 504) or status >= 500:
        return errors.ServerError(
            message or _("Server bermasalah (HTTP {status}).").format(status=status), **kwargs)
    if 400 <= status < 500:
        return errors.ValidationRejected(
            message or _("Permintaan ditolak (HTTP {status}).").format(status=status), **kwargs)
    return errors.ProtocolError(_("Jawaban server tidak terduga (HTTP {status}).")
                                .format(status=status), **kwargs)


STEP_BYTES = 64 * 1024


def _decompressor(encoding: str | None) -> Any:
    name = (encoding or "").strip().lower()
    if name in ("", "identity"):
        return None
    if name in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if name == "deflate":
        return zlib.decompressobj()
    raise errors.ProtocolError(_("Kompresi jawaban server tidak dikenal: {value!r}.").format(value=name[:20]))


def iter_body(response: requests.Response, limit: int, too_large: str) -> Iterator[bytes]:
    """The decoded body in pieces of at most 64 KiB; ProtocolError(``too_large``) as soon as the
    decoded total passes ``limit``. Network failures mid-body raise NetworkError."""
    decompressor = _decompressor(response.headers.get("Content-Encoding"))
    total = 0
    try:
        while True:
            raw = response.raw.read(STEP_BYTES, decode_content=False)
            if not raw:
                break
            pending = raw
            while pending:
                if decompressor is None:
                    data, pending = pending, b""
                else:
                    data = decompressor.decompress(pending, STEP_BYTES)
                    pending = decompressor.unconsumed_tail
                total += len(data)
                if total > limit:
                    raise errors.ProtocolError(too_large)
                if data:
                    yield data
        if decompressor is not None:
            data = decompressor.flush()
            total += len(data)
            if total > limit:
                raise errors.ProtocolError(too_large)
            if data:
                yield data
    except zlib.error as exc:
        raise errors.ProtocolError(_("Jawaban server rusak (kompresi tidak valid).")) from exc
    except errors.SyncError:
        response.close()
        raise
    except Exception as exc:  # urllib3/requests streaming errors: reset, timeout mid-body
        response.close()
        raise errors.NetworkError(_("Koneksi terputus saat menerima data.")) from exc
