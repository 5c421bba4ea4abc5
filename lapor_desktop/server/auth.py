"""Passwords (argon2id), bearer tokens (random, stored hashed, expiring, revocable) and logins.

A login checks the throttle (:mod:`lapor_desktop.server.throttle`) and reads the officer in a read
session, verifies the argon2 hash with no transaction open (it is slow on purpose: 40 bogus logins
inside write transactions used to stall every officer's writes), then writes the token in one
short transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Depends, Request, Response
from fastapi import Path as FastApiPath
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import delete, select
from sqlalchemy.orm import object_session

from lapor_desktop.protocol import (
    MAX_INT,
    LoginRequest,
    LoginResponse,
    OfficerInfo,
    OfficerRole,
    TokenInfo,
)
from lapor_desktop.protocol.signoff import SignoffSetting
from lapor_desktop.server import models as m
from lapor_desktop.server import throttle
from lapor_desktop.server.context import Caller, ServerContext, get_ctx
from lapor_desktop.server.errors import ApiError, error_responses, not_found
from lapor_desktop.server.openapi_links import links
from lapor_desktop.server.signoff_view import setting as signoff_setting

TOKEN_LIFETIME = dt.timedelta(hours=12)

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


def officer_info(officer: m.Officer) -> OfficerInfo:
    """Wire form of an officer and their agency."""
    return OfficerInfo(username=officer.username, display_name=officer.display_name,
                       role=OfficerRole(officer.role), agency_id=officer.agency_id,
                       agency_name=officer.agency.name,
                       agency_timezone=officer.agency.timezone,  # type: ignore[arg-type]
                       signoff=signoff_setting(object_session(officer), officer.agency_id))


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
                      agency_timezone=o.agency.timezone, token_id=row.Token.id)


CallerDep = Annotated[Caller, Depends(current_caller)]
CtxDep = Annotated[ServerContext, Depends(get_ctx)]

router = APIRouter(tags=["auth"])


@router.post("/auth/login", response_model=LoginResponse, operation_id="login",
             responses=error_responses(401, 422, 429), openapi_extra=links("login"))
def login(body: LoginRequest, request: Request, ctx: CtxDep) -> LoginResponse:
    """Exchange username and password for a bearer token valid for 12 hours.

    Repeated failures slow down the account and the client address (429 with ``Retry-After``).
    """
    now = ctx.now()
    username = body.username.strip()
    keys = throttle.keys_for(username, throttle.client_address(request, ctx.trusted_proxies))
    wait = throttle.wait_seconds(ctx.db, keys, now)
    if wait:
        raise ApiError(429, "rate_limited",
                       f"Terlalu banyak percobaan masuk, coba lagi dalam {wait} detik",
                       headers={"Retry-After": str(wait)})
    with ctx.db.read() as session:
        officer = session.execute(
            select(m.Officer).where(m.Officer.username == username)).scalar_one_or_none()
        stored = officer.password_hash if officer else _DUMMY_HASH
        info = officer_info(officer) if officer else None
        officer_id = officer.id if officer else None
    # No transaction is open here: argon2 takes its time without holding any lock.
    if not verify_password(stored, body.password) or officer_id is None or info is None:
        throttle.record_failure(ctx.db, keys, now)
        raise ApiError(401, "invalid_credentials", "Nama pengguna atau kata sandi salah")
    token = secrets.token_urlsafe(32)
    with ctx.db.write() as session:
        throttle.record_success(session, keys)
        # Expired tokens of this officer are pruned here, where a write happens anyway.
        session.execute(delete(m.Token).where(m.Token.officer_id == officer_id,
                                              m.Token.expires_at <= now))
        session.add(m.Token(token_hash=token_digest(token), officer_id=officer_id,
                            created_at=now, expires_at=now + TOKEN_LIFETIME))
    return LoginResponse(token=token, expires_at=now + TOKEN_LIFETIME, officer=info)


@router.post("/auth/logout", status_code=204, response_class=Response, operation_id="logout",
             responses=error_responses(401))
def logout(caller: CallerDep, ctx: CtxDep) -> Response:
    """Revoke the token of this request (logout, or logout-and-wipe on the client)."""
    with ctx.db.write() as session:
        session.execute(delete(m.Token).where(m.Token.id == caller.token_id))
    return Response(status_code=204)


@router.get("/auth/tokens", response_model=list[TokenInfo], operation_id="listTokens",
            responses=error_responses(401))
def list_tokens(caller: CallerDep, ctx: CtxDep) -> list[TokenInfo]:
    """The calling officer's live sessions, newest first."""
    now = ctx.now()
    with ctx.db.read() as session:
        rows = session.execute(
            select(m.Token).where(m.Token.officer_id == caller.officer_id,
                                  m.Token.expires_at > now)
            .order_by(m.Token.created_at.desc(), m.Token.id.desc())).scalars().all()
        return [TokenInfo(id=t.id, created_at=t.created_at, expires_at=t.expires_at,
                          current=t.id == caller.token_id) for t in rows]


@router.delete("/auth/tokens/{token_id}", status_code=204, response_class=Response,
               operation_id="revokeToken", responses=error_responses(401, 404, 422))
def revoke_token(token_id: Annotated[int, FastApiPath(ge=1, le=MAX_INT)], caller: CallerDep,
                 ctx: CtxDep) -> Response:
    """Revoke one of the calling officer's sessions (e.g. a laptop that was lost)."""
    with ctx.db.write() as session:
        gone = session.execute(delete(m.Token).where(
            m.Token.id == token_id, m.Token.officer_id == caller.officer_id)).rowcount
    if not gone:
        raise not_found("Sesi tidak ditemukan")
    return Response(status_code=204)


@router.get("/me", response_model=OfficerInfo, operation_id="me",
            responses=error_responses(401))
def me(ctx: CtxDep, caller: CallerDep) -> OfficerInfo:
    """The logged-in officer and their agency (with its sign-off setting)."""
    with ctx.db.read() as session:
        return caller_info(caller, signoff_setting(session, caller.agency_id))


def caller_info(caller: Caller, setting: SignoffSetting | None = None) -> OfficerInfo:
    """The officer behind a request, as ``/me`` and the changes feed report it."""
    return OfficerInfo(username=caller.username, display_name=caller.display_name,
                       role=OfficerRole(caller.role), agency_id=caller.agency_id,
                       agency_name=caller.agency_name,
                       agency_timezone=caller.agency_timezone,  # type: ignore[arg-type]
                       signoff=setting or SignoffSetting())
