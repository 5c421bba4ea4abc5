"""Passwords (argon2id), bearer tokens (random, stored hashed, expiring) and login rate limiting."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import math
import secrets
import threading
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import delete, select

from lapor_desktop.protocol import LoginRequest, LoginResponse, OfficerInfo, OfficerRole
from lapor_desktop.server import models as m
from lapor_desktop.server.context import Caller, ServerContext, get_ctx
from lapor_desktop.server.errors import ApiError, error_responses
from lapor_desktop.server.openapi_links import links

TOKEN_LIFETIME = dt.timedelta(hours=12)
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=1)

_hasher = PasswordHasher()
# A real hash to verify against when the username is unknown, so timing does not reveal which
# usernames exist.
_DUMMY_HASH = _hasher.hash("lapor-dummy-password")


def hash_password(password: str) -> str:
    """Argon2id hash (memory-hard) with a fresh salt."""
    return _hasher.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """True if ``password`` matches ``stored``; never raises on a malformed hash."""
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def token_digest(token: str) -> str:
    """What the database keeps of a token: its SHA-256."""
    return hashlib.sha256(token.encode()).hexdigest()


class LoginLimiter:
    """At most ``MAX_FAILURES`` failed logins per (username, client) within a sliding minute.

    In memory: the reference server is one process, and a restart forgiving failures is harmless.
    """

    def __init__(self) -> None:
        self._failures: dict[tuple[str, str], collections.deque[dt.datetime]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: tuple[str, str], now: dt.datetime) -> int | None:
        """Seconds to wait if ``key`` is locked out now, else ``None``."""
        with self._lock:
            q = self._failures.get(key)
            if not q:
                return None
            while q and now - q[0] >= FAILURE_WINDOW:
                q.popleft()
            if len(q) < MAX_FAILURES:
                return None
            return max(1, math.ceil((q[0] + FAILURE_WINDOW - now).total_seconds()))

    def failed(self, key: tuple[str, str], now: dt.datetime) -> None:
        """Record one failure."""
        with self._lock:
            self._failures.setdefault(key, collections.deque()).append(now)

    def succeeded(self, key: tuple[str, str]) -> None:
        """Forget failures after a good login."""
        with self._lock:
            self._failures.pop(key, None)


def officer_info(officer: m.Officer) -> OfficerInfo:
    """Wire form of an officer and their agency."""
    return OfficerInfo(username=officer.username, display_name=officer.display_name,
                       role=OfficerRole(officer.role), agency_id=officer.agency_id,
                       agency_name=officer.agency.name,
                       agency_timezone=officer.agency.timezone)  # type: ignore[arg-type]


_bearer = HTTPBearer(auto_error=False, description="Token dari POST /api/v1/auth/login")


def current_caller(
    ctx: Annotated[ServerContext, Depends(get_ctx)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """FastAPI dependency: the officer behind the bearer token, or 401."""
    unauthorized = ApiError(401, "unauthorized", "Sesi tidak valid atau kedaluwarsa, "
                            "silakan masuk kembali", headers={"WWW-Authenticate": "Bearer"})
    if credentials is None or not credentials.credentials or len(credentials.credentials) > 200:
        raise unauthorized
    now = ctx.now()
    with ctx.db.read() as session:
        row = session.execute(
            select(m.Token, m.Officer).join(m.Officer, m.Officer.id == m.Token.officer_id)
            .where(m.Token.token_hash == token_digest(credentials.credentials))).first()
        if row is None or row.Token.expires_at <= now:
            raise unauthorized
        o = row.Officer
        return Caller(officer_id=o.id, username=o.username, display_name=o.display_name,
                      role=o.role, agency_id=o.agency_id, agency_name=o.agency.name,
                      agency_timezone=o.agency.timezone)


CallerDep = Annotated[Caller, Depends(current_caller)]
CtxDep = Annotated[ServerContext, Depends(get_ctx)]

router = APIRouter(tags=["auth"])


@router.post("/auth/login", response_model=LoginResponse, operation_id="login",
             responses=error_responses(401, 422, 429), openapi_extra=links("login"))
def login(body: LoginRequest, request: Request, ctx: CtxDep) -> LoginResponse:
    """Exchange username and password for a bearer token valid for 12 hours."""
    limiter: LoginLimiter = ctx.limiter  # type: ignore[assignment]
    client = request.client.host if request.client else "?"
    key = (body.username.strip().lower(), client)
    now = ctx.now()
    wait = limiter.retry_after(key, now)
    if wait is not None:
        raise ApiError(429, "rate_limited",
                       f"Terlalu banyak percobaan masuk, coba lagi dalam {wait} detik",
                       headers={"Retry-After": str(wait)})
    with ctx.db.write() as session:
        officer = session.execute(
            select(m.Officer).where(m.Officer.username == body.username.strip())).scalar_one_or_none()
        ok = verify_password(officer.password_hash if officer else _DUMMY_HASH, body.password)
        if officer is None or not ok:
            limiter.failed(key, now)
            raise ApiError(401, "invalid_credentials", "Nama pengguna atau kata sandi salah")
        limiter.succeeded(key)
        token = secrets.token_urlsafe(32)
        # Expired tokens of this officer are pruned here, where a write happens anyway.
        session.execute(delete(m.Token).where(m.Token.officer_id == officer.id,
                                              m.Token.expires_at <= now))
        session.add(m.Token(token_hash=token_digest(token), officer_id=officer.id,
                            created_at=now, expires_at=now + TOKEN_LIFETIME))
        return LoginResponse(token=token, expires_at=now + TOKEN_LIFETIME,
                             officer=officer_info(officer))


@router.get("/me", response_model=OfficerInfo, operation_id="me",
            responses=error_responses(401))
def me(caller: CallerDep) -> OfficerInfo:
    """The logged-in officer and their agency."""
    return OfficerInfo(username=caller.username, display_name=caller.display_name,
                       role=OfficerRole(caller.role), agency_id=caller.agency_id,
                       agency_name=caller.agency_name,
                       agency_timezone=caller.agency_timezone)  # type: ignore[arg-type]
