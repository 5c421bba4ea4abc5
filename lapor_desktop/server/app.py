"""FastAPI application factory of the LAPOR! reference server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from email.utils import format_datetime

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from lapor_desktop import __version__
from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.protocol import API_PREFIX, MAX_CHUNK_BYTES, MAX_JSON_BYTES, MIN_CLIENT_VERSION
from lapor_desktop.server import (
    auth,
    routes_actions,
    routes_batch,
    routes_feed,
    routes_handover,
    routes_signoff,
    routes_uploads,
    throttle,
)
from lapor_desktop.server.context import Clock, ServerContext, system_clock
from lapor_desktop.server.db import Database
from lapor_desktop.server.errors import BodyLimitMiddleware, install_error_handlers


class DateHeaderMiddleware:
    """Stamp every response with the server clock's ``Date`` so clients can measure skew.

    Uses the injectable clock (not the OS clock), so tests that move time see it on the wire too.
    """

    def __init__(self, app: ASGIApp, clock: Clock) -> None:
        self.app = app
        self.clock = clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                date = format_datetime(self.clock().astimezone(dt.UTC), usegmt=True)
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                headers.append((b"date", date.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, stamped)


def create_app(db_url: str, *, clock: Clock | None = None,
               calendar: WorkingCalendar | None = None, create_schema: bool = True,
               min_client_version: str = MIN_CLIENT_VERSION,
               trusted_proxies: Sequence[str] = ()) -> FastAPI:
    """Build the server app on ``db_url`` (SQLite file or ``postgresql+psycopg://``).

    ``clock`` returns aware datetimes (tests move time with it); ``calendar`` defaults to the
    national working-day calendar. The schema is created if missing. ``trusted_proxies``
    (addresses or networks) are the only peers whose ``X-Forwarded-For`` is believed.
    """
    db = Database(db_url)
    if create_schema:
        db.create_schema()
    ctx = ServerContext(db=db, clock=clock or system_clock,
                        calendar=calendar or WorkingCalendar(),
                        trusted_proxies=throttle.parse_trusted(trusted_proxies),
                        min_client_version=min_client_version)
    app = FastAPI(title="LAPOR! Desktop reference server", version=__version__,
                  summary="Sync protocol v1 between LAPOR! Desktop and a central server",
                  openapi_url=f"{API_PREFIX}/openapi.json",
                  # No Swagger UI: FastAPI's page loads its scripts from a CDN at run time (a
                  # third party running code next to an officer's token). The OpenAPI document
                  # is served, and resources/api/openapi.json ships with the app.
                  docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None)
    app.state.ctx = ctx
    install_error_handlers(app)
    for module in (auth, routes_feed, routes_actions, routes_batch, routes_uploads,
                   routes_handover, routes_signoff):
        app.include_router(module.router, prefix=API_PREFIX)
    # Order: the last added is outermost. Bodies are bounded before anything parses them; gzip
    # wraps everything; the Date stamp sees every response, including 413s.
    app.add_middleware(BodyLimitMiddleware, limit=max(MAX_JSON_BYTES, MAX_CHUNK_BYTES))
    app.add_middleware(GZipMiddleware, minimum_size=500)
    app.add_middleware(DateHeaderMiddleware, clock=ctx.clock)
    return app
