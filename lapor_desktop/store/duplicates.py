"""Duplicate detection's store side: the per-complaint keys, the candidate queries, the links.

The keys (salted reporter keys, normalised place, category, submission time, content words) are
computed above
the store (:mod:`lapor_desktop.core.duplicates`) and kept in ``duplicate_keys``; a candidate
query reads only indexed rows: the same phone or e-mail key, or the same place and category within the
time window. Links are symmetric pairs kept as (low id, high id).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lapor_desktop.core.models import Reporter
from lapor_desktop.store._base import Repository
from lapor_desktop.store.orm import ComplaintLinkRow, ComplaintRow, DuplicateKeyRow

CANDIDATE_LIMIT = 120
REKEY_BATCH = 2000


@dataclasses.dataclass(frozen=True, slots=True)
class KeySource:
    """What a complaint's keys are computed from (the identity never leaves the key maker)."""

    id: int
    location: str
    category: str
    submitted_at: dt.datetime
    reporter: Reporter | None
    synced_at: dt.datetime | None
    text: str  # title and body, for the content words


@dataclasses.dataclass(frozen=True, slots=True)
class Keys:
    """The stored keys of one complaint."""

    complaint_id: int
    phone_key: str | None
    email_key: str | None
    place_key: str
    category: str
    submitted_at: dt.datetime
    synced_at: dt.datetime | None
    words: str  # content words, space-separated (computed when keyed, not per lookup)


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """A keyed complaint as the scorer and the duplicate list need it (no body, no identity)."""

    id: int
    tracking_id: str
    title: str
    status: str
    category: str
    place_key: str
    submitted_at: dt.datetime
    phone_key: str | None
    email_key: str | None
    words: str


class DuplicateRepository(Repository):
    """Duplicate keys, candidate queries and the officer's links."""

    # --- keys ---------------------------------------------------------------------------------

    def unkeyed(self, *, after_id: int = 0, limit: int = REKEY_BATCH,
                session: Session | None = None) -> list[KeySource]:
        """Complaints (id above ``after_id``, in id order, at most ``limit``) with no keys yet,
        or keys older than their snapshot. Callers page by id so no row is scanned twice."""
        k = DuplicateKeyRow
        c = ComplaintRow
        stale = sa.or_(k.complaint_id.is_(None), k.words.is_(None),
                       sa.and_(c.synced_at.is_not(None),
                               sa.or_(k.synced_at.is_(None), k.synced_at != c.synced_at)))
        stmt = (sa.select(c.id, c.location, c.category, c.submitted_at, c.anonim,
                          c.reporter_name, c.reporter_phone, c.reporter_email, c.synced_at,
                          c.title, c.body)
                .outerjoin(k, k.complaint_id == c.id).where(c.id > after_id, stale)
                .order_by(c.id).limit(limit))
        with self._reading(session) as s:
            return [KeySource(
                id=r.id, location=r.location or "", category=r.category,
                submitted_at=r.submitted_at,
                reporter=None if r.anonim or r.reporter_name is None else Reporter(
                    r.reporter_name, r.reporter_phone, r.reporter_email),
                synced_at=r.synced_at, text=f"{r.title} {r.body}") for r in s.execute(stmt)]

    def put_keys(self, session: Session, keys: Iterable[Keys]) -> int:
        """Insert or replace keys; returns how many."""
        # Shallow on purpose: dataclasses.asdict deep-copies every datetime (most of the cost).
        rows = [{name: getattr(k, name) for name in _KEY_FIELDS} for k in keys]
        if not rows:
            return 0
        stmt = sqlite_insert(DuplicateKeyRow.__table__)  # Core: no ORM bulk bookkeeping
        update = {name: stmt.excluded[name] for name in rows[0] if name != "complaint_id"}
        session.execute(stmt.on_conflict_do_update(index_elements=["complaint_id"], set_=update),
                        rows)
        return len(rows)

    def clear_keys(self, session: Session) -> None:
        """Forget every key (the salt changed: old keys no longer compare)."""
        session.execute(sa.delete(DuplicateKeyRow))

    def keys(self, complaint_id: int, *, session: Session | None = None) -> Keys | None:
        """The stored keys of one complaint."""
        with self._reading(session) as s:
            row = s.get(DuplicateKeyRow, complaint_id)
            return _keys(row) if row else None

    # --- candidates ---------------------------------------------------------------------------

    def candidates(self, query: Candidate, window: dt.timedelta, *,
                   limit: int = CANDIDATE_LIMIT, session: Session | None = None
                   ) -> list[Candidate]:
        """Complaints sharing a reporter key, or place and category within ``window``: one
        prepared statement (an indexed branch per signal, each with its own limit), so a
        lookup costs one round trip and no statement building."""
        place = query.place_key or None  # no place: that branch matches nothing
        at = query.submitted_at
        params = {"phone": query.phone_key, "email": query.email_key, "place": place,
                  "category": query.category, "since": at - window, "at": at,
                  "until": at + window, "per_branch": limit // 2, "me": query.id}
        with self._reading(session) as s:
            rows = s.execute(_CANDIDATES, params).all()
        return [Candidate(*r) for r in rows][:limit]

    def candidate(self, complaint_id: int, *, session: Session | None = None
                  ) -> Candidate | None:
        """One keyed complaint (None when not stored or not keyed yet)."""
        with self._reading(session) as s:
            row = s.execute(_ONE, {"id": complaint_id}).first()
            return Candidate(*row) if row else None

    # --- links --------------------------------------------------------------------------------

    def link(self, session: Session, a: int, b: int) -> bool:
        """Link ``a`` and ``b``; False if they already were (or are the same complaint)."""
        if a == b:
            return False
        low, high = sorted((a, b))
        result = session.execute(
            sqlite_insert(ComplaintLinkRow).values(low_id=low, high_id=high,
                                                   created_at=self._clock())
            .on_conflict_do_nothing())
        return bool(result.rowcount)

    def unlink(self, session: Session, a: int, b: int) -> bool:
        """Remove the link between ``a`` and ``b``; False if there was none."""
        low, high = sorted((a, b))
        result = session.execute(sa.delete(ComplaintLinkRow).where(
            ComplaintLinkRow.low_id == low, ComplaintLinkRow.high_id == high))
        return bool(result.rowcount)

    def linked(self, complaint_id: int, *, session: Session | None = None) -> set[int]:
        """Every complaint linked to ``complaint_id``, directly or through others."""
        seen = {complaint_id}
        frontier = {complaint_id}
        link = ComplaintLinkRow
        with self._reading(session) as s:
            while frontier:
                rows = s.execute(sa.select(link.low_id, link.high_id).where(sa.or_(
                    link.low_id.in_(frontier), link.high_id.in_(frontier)))).all()
                found = {x for pair in rows for x in pair} - seen
                seen |= found
                frontier = found
        seen.discard(complaint_id)
        return seen

    def linked_ids(self, *, session: Session | None = None) -> set[int]:
        """Every complaint that has at least one link (for the queue's marker)."""
        link = ComplaintLinkRow
        with self._reading(session) as s:
            return set(s.scalars(sa.select(link.low_id).union(sa.select(link.high_id))))


_KEY_FIELDS = [f.name for f in dataclasses.fields(Keys)]


def _keys(row: DuplicateKeyRow) -> Keys:
    return Keys(row.complaint_id, row.phone_key, row.email_key, row.place_key, row.category,
                row.submitted_at, row.synced_at, row.words or "")


def _candidate_select() -> sa.Select:
    k, c = DuplicateKeyRow, ComplaintRow
    return (sa.select(k.complaint_id, c.tracking_id, c.title, c.status, k.category, k.place_key,
                      k.submitted_at, k.phone_key, k.email_key, sa.func.coalesce(k.words, ""))
            .join(c, c.id == k.complaint_id))


def _candidates_statement() -> sa.Select:
    """Built once: SQLAlchemy caches its compiled form, so a lookup only binds parameters."""
    k = DuplicateKeyRow
    per = sa.bindparam("per_branch")
    same_place = (k.place_key == sa.bindparam("place"),
                  k.category == sa.bindparam("category"))
    at = sa.bindparam("at", type_=k.submitted_at.type)
    branches = [
        sa.select(k.complaint_id).where(k.phone_key == sa.bindparam("phone")).limit(per),
        sa.select(k.complaint_id).where(k.email_key == sa.bindparam("email")).limit(per),
        # The nearest in time on either side, straight off the (place, category,
        # submitted_at) index: a busy place keeps the work bounded.
        sa.select(k.complaint_id).where(
            *same_place, k.submitted_at.between(
                sa.bindparam("since", type_=k.submitted_at.type), at))
        .order_by(k.submitted_at.desc()).limit(per),
        sa.select(k.complaint_id).where(
            *same_place, k.submitted_at > at,
            k.submitted_at <= sa.bindparam("until", type_=k.submitted_at.type))
        .order_by(k.submitted_at).limit(per),
    ]
    ids = sa.union_all(*(sa.select(b.subquery().c.complaint_id) for b in branches)).subquery()
    return (_candidate_select()
            .where(k.complaint_id.in_(sa.select(ids.c.complaint_id)),
                   k.complaint_id != sa.bindparam("me"))
            .order_by(k.complaint_id))


_CANDIDATES = _candidates_statement()
_ONE = _candidate_select().where(DuplicateKeyRow.complaint_id == sa.bindparam("id"))
