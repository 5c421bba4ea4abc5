"""Data for the load test: many agencies, two officers each, complaints spread over them.

The national system has hundreds of agencies with a few liaison officers each, not the demo's 23:
complaints from ``seed_bulk`` are moved round-robin onto ``agencies`` synthetic agencies, and
each officer gets a bearer token written straight into the database (500 argon2 logins would
measure argon2, which the load test is not about; logins have their own throttle tests).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import secrets

from sqlalchemy import func, insert, select, update

from lapor_desktop.server import models as m
from lapor_desktop.server import seed
from lapor_desktop.server.auth import hash_password
from lapor_desktop.server.db import Database

AGENCY_PREFIX = "bench-"


@dataclasses.dataclass(frozen=True)
class Officer:
    """One simulated officer: their token, agency, and complaints they may act on."""

    username: str
    token: str
    agency_id: str
    complaint_ids: list[int]


def agency_id(i: int) -> str:
    """The id of synthetic agency ``i``."""
    return f"{AGENCY_PREFIX}{i:04d}"


def build(db_url: str, *, complaints: int, agencies: int, officers: int) -> list[Officer]:
    """Seed ``complaints`` over ``agencies`` agencies and ``officers`` officers; returns them."""
    seed.seed_bulk(db_url, complaints)
    db = Database(db_url)
    now = dt.datetime.now(dt.UTC)
    # One hash for every bench officer: hashing 500 passwords would take minutes of argon2.
    shared_hash = hash_password(secrets.token_urlsafe(16))
    try:
        with db.write() as s:
            s.execute(insert(m.Agency), [
                dict(id=agency_id(i), name=f"Dinas Uji Beban {i:04d}", timezone="WIB",
                     level="kabupaten") for i in range(agencies)])
            ids = s.execute(select(m.Complaint.id).order_by(m.Complaint.id)).scalars().all()
            # Round-robin by id: every agency gets complaints from every part of the sequence
            # (ORM bulk update by primary key: portable, one executemany).
            s.execute(update(m.Complaint), [
                {"id": cid, "agency_id": agency_id(cid % agencies)} for cid in ids])
            by_agency: dict[int, list[int]] = {}
            for cid in ids:
                by_agency.setdefault(cid % agencies, []).append(cid)
            rows, tokens, out = [], [], []
            for n in range(officers):
                aid = agency_id(n % agencies)
                username = f"uji.{n:04d}"
                rows.append(dict(username=username, display_name=f"Petugas Uji {n:04d}",
                                 password_hash=shared_hash, role="penghubung", agency_id=aid))
                token = secrets.token_urlsafe(32)
                tokens.append((username, token))
                mine = by_agency.get(n % agencies, [])[:20]
                out.append(Officer(username, token, aid, mine))
            s.execute(insert(m.Officer), rows)
            by_name = dict(s.execute(select(m.Officer.username, m.Officer.id).where(
                m.Officer.username.like("uji.%"))).all())
            s.execute(insert(m.Token), [
                dict(token_hash=hashlib.sha256(token.encode()).hexdigest(),
                     officer_id=by_name[username], created_at=now,
                     expires_at=now + dt.timedelta(days=2)) for username, token in tokens])
    finally:
        db.dispose()
    return out


def head_cursors(db_url: str) -> dict[str, int]:
    """Each agency's newest sequence now: where an officer who synced a moment ago stands."""
    db = Database(db_url)
    try:
        with db.read() as s:
            rows = s.execute(select(m.Complaint.agency_id, func.max(m.Complaint.seq))
                             .group_by(m.Complaint.agency_id)).all()
        return {aid: seq for aid, seq in rows}
    finally:
        db.dispose()
