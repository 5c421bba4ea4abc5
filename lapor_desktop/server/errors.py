"""One error shape for every failure (:class:`ErrorBody`), and the request-size guard.

FastAPI's own handlers answer ``{"detail": ...}``; they are replaced here so a client needs to parse
exactly one shape, with an Indonesian message it can show the officer.
"""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lapor_desktop.protocol import ComplaintSnapshot, ErrorBody, FieldError
from lapor_desktop.protocol.messages import field_message

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: ("bad_request", "Permintaan tidak valid"),
    401: ("unauthorized", "Silakan masuk kembali"),
    403: ("forbidden", "Akses ditolak"),
    404: ("not_found", "Data tidak ditemukan"),
    405: ("method_not_allowed", "Metode tidak diizinkan"),
    406: ("not_acceptable", "Format tidak didukung"),
    409: ("conflict", "Terjadi konflik dengan data di server"),
    413: ("too_large", "Ukuran permintaan terlalu besar"),
    415: ("unsupported_media_type", "Jenis konten tidak didukung"),
    416: ("range_not_satisfiable", "Rentang unduhan tidak valid"),
    422: ("validation_error", "Data tidak valid"),
    429: ("rate_limited", "Terlalu banyak percobaan, coba lagi nanti"),
}


# What each error status means on this API, for the OpenAPI document.
_DESCRIPTIONS = {
    400: "`malformed_json` (the body is not valid JSON) or `bad_request` (unreadable framing)",
    401: "`unauthorized` or `invalid_credentials`: no valid bearer token (log in again)",
    403: "`forbidden`: the caller's role may not do this (e.g. only a pejabat deactivates); "
         "sign-off: `signoff_required`, `own_followup`, `not_signer`, `not_author`",
    404: "`not_found`: absent, or outside the caller's OPD (never told apart)",
    409: "`conflict` (with the current `complaint`), `attachment_missing` (an attachment is not "
         "uploaded yet), or for uploads `offset_mismatch`, `beyond_size`, `hash_mismatch` (with "
         "the `offset` to continue from)",
    413: "`too_large`: the body is over the protocol's limit",
    415: "`unsupported_media_type`: wrong Content-Type",
    416: "`range_not_satisfiable`",
    422: "`validation_error` (with `fields`), or a more specific code such as "
         "`idempotency_key_reused`, `size_mismatch`, `related_not_found`",
    429: "`rate_limited`: wait `Retry-After` seconds",
    500: "`internal_error`: the server failed; retried with back-off by the client",
}
# Every operation can answer these: the body-size guard runs before any route (400, 413) and any
# unexpected exception becomes a 500 ErrorBody.
ALWAYS = (400, 413, 500)


def error_responses(*codes: int) -> dict[int | str, dict]:
    """The OpenAPI ``responses`` of an operation's error statuses (plus :data:`ALWAYS`), each an
    :class:`ErrorBody`; 401 names ``WWW-Authenticate``, 429 ``Retry-After``."""
    out: dict[int | str, dict] = {}
    for code in sorted(set(codes) | set(ALWAYS)):
        entry: dict = {"model": ErrorBody, "description": _DESCRIPTIONS[code]}
        if code == 401:
            entry["headers"] = {"WWW-Authenticate": {"schema": {"type": "string"}}}
        if code == 429:
            entry["headers"] = {"Retry-After": {"schema": {"type": "integer", "minimum": 0},
                                                "description": "seconds to wait"}}
        out[code] = entry
    return out


class ApiError(Exception):
    """An expected failure, turned into an :class:`ErrorBody` response."""

    def __init__(self, status: int, error: str, message: str, *,
                 fields: list[FieldError] | None = None,
                 complaint: ComplaintSnapshot | None = None, offset: int | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = ErrorBody(error=error, message=message, fields=fields, complaint=complaint,
                              offset=offset)
        self.headers = headers or {}


def not_found(message: str = "Data tidak ditemukan") -> ApiError:
    """404 that never says whether the thing exists elsewhere."""
    return ApiError(404, "not_found", message)


def error_response(status: int, body: ErrorBody, headers: dict[str, str] | None = None
                   ) -> JSONResponse:
    """JSON response of an :class:`ErrorBody`."""
    # Only absent top-level extras are dropped; a nested snapshot keeps its nulls (same shape as
    # in the feed).
    data = {k: v for k, v in body.model_dump(mode="json").items() if v is not None}
    return JSONResponse(data, status_code=status, headers=headers)


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    out = []
    for err in exc.errors():
        loc = [p if isinstance(p, int | str) else str(p) for p in err.get("loc", ())]
        out.append(FieldError(loc=loc, msg=field_message(dict(err))))
    return out


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route serves at this path. Starlette's own ``Allow`` names only the
    first route that matched the path, but GET and PATCH ``/uploads/{id}`` are two routes."""
    found = []
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] is Match.FULL for route in request.app.router.routes):
            found.append(method)
    return found


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception FastAPI/Starlette can raise to an :class:`ErrorBody`."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.body, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, ErrorBody(error="malformed_json",
                                                 message="Isi permintaan bukan JSON yang valid"))
        return error_response(422, ErrorBody(error="validation_error",
                                             message="Data tidak valid",
                                             fields=_field_errors(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _STATUS_CODES.get(exc.status_code, ("error", "Permintaan gagal"))
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(allowed_methods(request))
        return error_response(exc.status_code, ErrorBody(error=code, message=message), headers)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected server error", exc_info=exc)
        return error_response(500, ErrorBody(error="internal_error",
                                             message="Terjadi kesalahan pada server"))


_DRAIN_LIMIT = 64 * 1024 * 1024


class BodyLimitMiddleware:
    """Refuse request bodies over ``limit`` bytes with 413 before any route sees them.

    Bodies are read up front (they are small by protocol: JSON <= 1 MiB, chunks <= 1 MiB), so a
    chunked body without ``Content-Length`` is bounded too and the route never handles a partial one.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                declared = -1
            if declared < 0:
                await self._refuse(scope, receive, send, 400)
                return
            if declared > self.limit:
                await self._drain(receive, declared)
                await self._refuse(scope, receive, send, 413)
                return
        chunks, total, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            total += len(body)
            if total > self.limit:
                if message.get("more_body", False):
                    await self._drain(receive, _DRAIN_LIMIT)
                await self._refuse(scope, receive, send, 413)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        data, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _drain(receive: Receive, declared: int) -> None:
        # Reading the refused body (up to a bound) lets the client finish sending and read the
        # 413; closing with unread data would reset the connection and hide the answer.
        if declared > _DRAIN_LIMIT:
            return
        read = 0
        while read <= declared:
            message = await receive()
            if message["type"] != "http.request":
                return
            read += len(message.get("body", b""))
            if not message.get("more_body", False):
                return

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int) -> None:
        code, message = _STATUS_CODES[status]
        payload = json.dumps({"error": code, "message": message}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": payload})
