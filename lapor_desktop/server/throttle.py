"""Login throttling: exponential delay per account and per client address, kept in the database.

Each failed login counts against the account (lower-cased username, existing or not) and against
the client address. After ``free`` failures the next attempt must wait ``2**(n - free)`` seconds,
up to a cap; an attempt made during the wait is refused with 429 and ``Retry-After`` without
checking any password. The cap keeps it a *delay*: a stranger who types wrong passwords for a named
officer slows guessing to one try per cap (60 s per account) but can never lock the officer out
for longer than that, and the officer's right password after the wait logs in and clears the
account's count. The state is in the server database, so several server processes share it.

The client address is the TCP peer, unless the peer is a configured trusted proxy: only then is
``X-Forwarded-For`` read (right to left, skipping trusted hops). By default no proxy is trusted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import ipaddress
import math
from collections.abc import Iterable

from fastapi import Request
from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from lapor_desktop.server import models as m
from lapor_desktop.server.db import Database

FORGET_AFTER = dt.timedelta(hours=1)  # a quiet hour forgets an account's or address's failures
BASE_DELAY = 1.0  # seconds


@dataclasses.dataclass(frozen=True)
class Policy:
    """How many failures are free, and the longest delay after that."""

    free: int
    cap: dt.timedelta


POLICIES = {
    "account": Policy(free=5, cap=dt.timedelta(seconds=60)),
    # An office often shares one address: more free tries, a longer cap against sprays.
    "address": Policy(free=20, cap=dt.timedelta(minutes=5)),
}

Keys = tuple[tuple[str, str], ...]
TrustedProxies = tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]


def parse_trusted(entries: Iterable[str]) -> TrustedProxies:
    """Addresses or networks (``10.0.0.5``, ``10.0.0.0/8``) of the proxies to trust."""
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


def _trusted(host: str, trusted: TrustedProxies) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in trusted)


def client_address(request: Request, trusted: TrustedProxies) -> str:
    """The address to throttle: the peer, or the first untrusted hop behind trusted proxies."""
    peer = request.client.host if request.client else "?"
    if not trusted or not _trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in request.headers.get("x-forwarded-for", "").split(",") if h.strip()]
    for hop in reversed(hops):
        if not _trusted(hop, trusted):
            return hop[:80]
    return peer


def delay(failures: int, policy: Policy) -> dt.timedelta:
    """The wait after ``failures`` consecutive failures."""
    if failures < policy.free:
        return dt.timedelta(0)
    exponent = min(failures - policy.free, 32)  # 2**32 s is far past any cap
    return min(policy.cap, dt.timedelta(seconds=BASE_DELAY * 2 ** exponent))


def keys_for(username: str, address: str) -> Keys:
    """The throttle keys of one login attempt."""
    return (("account", username.strip().lower()[:80]), ("address", address[:80]))


def wait_seconds(db: Database, keys: Keys, now: dt.datetime) -> int:
    """Seconds before another attempt with these keys is allowed (0: go ahead). Read-only."""
    with db.read() as session:
        rows = session.execute(select(
            m.LoginThrottle.scope, m.LoginThrottle.key, m.LoginThrottle.next_allowed_at).where(
            m.LoginThrottle.scope.in_([s for s, _ in keys]),
            m.LoginThrottle.key.in_([k for _, k in keys]))).all()
    waits = [(until - now).total_seconds() for scope, key, until in rows if (scope, key) in keys]
    longest = max(waits, default=0.0)
    return math.ceil(longest) if longest > 0 else 0


def record_failure(db: Database, keys: Keys, now: dt.datetime) -> None:
    """Count one failure against every key (one short write transaction)."""
    with db.write() as session:
        session.execute(delete(m.LoginThrottle).where(
            m.LoginThrottle.last_failure_at < now - FORGET_AFTER,
            m.LoginThrottle.next_allowed_at < now))
        for scope, key in keys:
            _ensure_row(session, scope, key, now)
            row = session.execute(select(m.LoginThrottle).where(
                m.LoginThrottle.scope == scope, m.LoginThrottle.key == key)
                .with_for_update()).scalar_one()
            if now - row.last_failure_at >= FORGET_AFTER:
                row.failures = 0
            row.failures += 1
            row.last_failure_at = now
            row.next_allowed_at = now + delay(row.failures, POLICIES[scope])


def record_success(session: Session, keys: Keys) -> None:
    """A good login clears the account's count (the address keeps its own)."""
    for scope, key in keys:
        if scope == "account":
            session.execute(delete(m.LoginThrottle).where(
                m.LoginThrottle.scope == scope, m.LoginThrottle.key == key))


def _ensure_row(session: Session, scope: str, key: str, now: dt.datetime) -> None:
    # INSERT .. ON CONFLICT DO NOTHING: two processes failing at once must not collide.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(m.LoginThrottle).values(
        scope=scope, key=key, failures=0, last_failure_at=now, next_allowed_at=now)
        .on_conflict_do_nothing())
