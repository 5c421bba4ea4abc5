"""What every route needs: the database, the clock, the calendar; and who is calling."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from fastapi import Request

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.protocol import MIN_CLIENT_VERSION
from lapor_desktop.server.db import Database

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The real time, aware UTC."""
    return dt.datetime.now(dt.UTC)


@dataclasses.dataclass
class ServerContext:
    """Dependencies of the app, built once by ``create_app`` and kept on ``app.state.ctx``."""

    db: Database
    clock: Clock
    calendar: WorkingCalendar
    # Proxies whose X-Forwarded-For is believed (throttle.parse_trusted); default: none.
    trusted_proxies: tuple = ()
    # Clients older than this are told to upgrade ("perbarui aplikasi") and sync nothing.
    min_client_version: str = MIN_CLIENT_VERSION

    def now(self) -> dt.datetime:
        """Current server time (aware UTC), from the injectable clock."""
        value = self.clock()
        return value.astimezone(dt.UTC)


@dataclasses.dataclass(frozen=True)
class Caller:
    """The authenticated officer, detached from any database session."""

    officer_id: int
    username: str
    display_name: str
    role: str
    agency_id: str
    agency_name: str
    agency_timezone: str
    token_id: int = 0  # the session making the request (logout revokes it)


def get_ctx(request: Request) -> ServerContext:
    """FastAPI dependency: the app's :class:`ServerContext`."""
    return request.app.state.ctx
