"""Typed sync errors: each kind decides what the engine does with an outbox item (DESIGN 4).

- retryable (network, timeout, 5xx, 429): backoff with jitter, honouring ``Retry-After``;
- login (401): keep the outbox, ask the officer to log in again;
- conflict (409) and validation (422): the item needs the officer's attention, with the reason;
- protocol (a malformed or hostile response): recorded, nothing local is changed.
"""

from __future__ import annotations

from typing import Any

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.models import ErrorKind

RETRYABLE = frozenset({ErrorKind.NETWORK, ErrorKind.TIMEOUT, ErrorKind.SERVER,
                       ErrorKind.RATE_LIMITED, ErrorKind.PROTOCOL})


class SyncError(KnownError):
    """A failure talking to the server; ``kind`` says how the engine must react."""

    kind: ErrorKind = ErrorKind.NETWORK

    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None, body: dict[str, Any] | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after
        self.body = body or {}

    @property
    def retryable(self) -> bool:
        """True when trying again later may succeed without the officer doing anything."""
        return self.kind in RETRYABLE


class NetworkError(SyncError):
    """The server could not be reached or the connection broke."""

    kind = ErrorKind.NETWORK


class RequestTimeout(SyncError):
    """The server did not answer in time."""

    kind = ErrorKind.TIMEOUT


class ServerError(SyncError):
    """The server answered 5xx."""

    kind = ErrorKind.SERVER


class RateLimited(SyncError):
    """The server answered 429; ``retry_after`` holds its wish in seconds, if it gave one."""

    kind = ErrorKind.RATE_LIMITED


class LoginRequired(SyncError):
    """The token is missing, wrong or expired (401)."""

    kind = ErrorKind.LOGIN


class ConflictError(SyncError):
    """The complaint changed on the server so the action no longer applies (409)."""

    kind = ErrorKind.CONFLICT


class ValidationRejected(SyncError):
    """The server refused the content of the request (422, or another 4xx)."""

    kind = ErrorKind.VALIDATION


class ProtocolError(SyncError):
    """The server's response does not follow the protocol (malformed, oversized, wrong types)."""

    kind = ErrorKind.PROTOCOL


class OutdatedClient(SyncError):
    """The server needs a newer app version ("perbarui aplikasi")."""

    kind = ErrorKind.OUTDATED_CLIENT
