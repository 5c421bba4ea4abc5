"""Duplicate detection's store side: the per-complaint keys, the candidate queries, the links.

The keys (salted reporter keys, normalised place, category, submission time) are computed above
the store (:mod:`lapor_desktop.core.duplicates`) and kept in ``duplicate_keys``; a candidate query
reads only indexed rows: the same phone or e-mail key, or the same place and category within the
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


@dataclasses.dataclass(frozen=True, slots=True)
class Candidate:
    """A complaint that shares a key with the one looked at, with its text for scoring."""

    keys: Keys
    tracking_id: str
    title: str
    body: str
    status: str


class DuplicateRepository(Repository):
    """Duplicate keys, candidate queries and the officer's links."""

    # --- keys ---------------------------------------------------------------------------------

    def unkeyed(self, *, after_id: int = 0, limit: int = REKEY_BATCH,
                session: Session | None = None) -> list[KeySource]:
        """Complaints (id above ``after_id``, in id order, at most ``limit``) with no keys yet,
        or keys older than their snapshot. Callers page by id so no row is scanned twice."""
        k = DuplicateKeyRow
        c = ComplaintRow
        stale = sa.or_(k.complaint_id.is_(None),
                       sa.and_(c.synced_at.is_not(None),
                               sa.or_(k.synced_at.is_(None), k.synced_at != c.synced_at)))
        stmt = (sa.select(c.id, c.location, c.category, c.submitted_at, c.anonim,
                          c.reporter_name, c.reporter_phone, c.reporter_email, c.synced_at)
                .outerjoin(k, k.complaint_id == c.id).where(c.id > after_id, stale)
                .order_by(c.id).limit(limit))
        with self._reading(session) as s:
            return [KeySource(
                id=r.id, location=r.location or "", category=r.category,
                submitted_at=r.submitted_at,
                reporter=None if r.anonim or r.reporter_name is None else Reporter(
                    r.reporter_name, r.reporter_phone, r.reporter_email),
                synced_at=r.synced_at) for r in s.execute(stmt)]

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

    def candidates(self, query: Keys, window: dt.timedelta, *, limit: int = CANDIDATE_LIMIT,
                   session: Session | None = None) -> list[Candidate]:
        """Complaints sharing a reporter key, or place and category within ``window``."""
        k = DuplicateKeyRow
        ids: set[int] = set()
        with self._reading(session) as s:
            # One indexed lookup per signal (an OR across indexes would scan).
            lookups = []
            if query.phone_key:
                lookups.append(sa.select(k.complaint_id).where(k.phone_key == query.phone_key))
            if query.email_key:
                lookups.append(sa.select(k.complaint_id).where(k.email_key == query.email_key))
            if query.place_key:
                # The nearest in time on either side, straight off the (place, category,
                # submitted_at) index: a busy place keeps the work bounded.
                same = (k.place_key == query.place_key, k.category == query.category)
                at = query.submitted_at
                lookups.append(sa.select(k.complaint_id).where(
                    *same, k.submitted_at.between(at - window, at))
                    .order_by(k.submitted_at.desc()))
                lookups.append(sa.select(k.complaint_id).where(
                    *same, k.submitted_at > at, k.submitted_at <= at + window)
                    .order_by(k.submitted_at))
            if not lookups:
                return []
            # One round trip: each branch keeps its own index and limit.
            parts = [sa.select(sub.c.complaint_id) for sub in (
                stmt.limit(limit // 2).subquery() for stmt in lookups)]
            ids.update(s.scalars(sa.union_all(*parts)))
            ids.discard(query.complaint_id)
            return self._load(s, sorted(ids)[:limit]) if ids else []

    def candidate(self, complaint_id: int, *, session: Session | None = None
                  ) -> Candidate | None:
        """One keyed complaint with its text (None when not stored or not keyed yet)."""
        with self._reading(session) as s:
            found = self._load(s, [complaint_id])
            return found[0] if found else None

    @staticmethod
    def _load(s: Session, ids: list[int]) -> list[Candidate]:
        # Plain columns, no ORM entities: this runs for every complaint the officer opens.
        c, k = ComplaintRow, DuplicateKeyRow
        rows = s.execute(
            sa.select(*_KEY_COLUMNS, c.tracking_id, c.title, c.body, c.status)
            .join(c, c.id == k.complaint_id).where(k.complaint_id.in_(ids)))
        return [Candidate(Keys(*r[:len(_KEY_COLUMNS)]), r.tracking_id, r.title, r.body,
                          r.status) for r in rows]

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
_KEY_COLUMNS = [getattr(DuplicateKeyRow, name) for name in _KEY_FIELDS]


def _keys(row: DuplicateKeyRow) -> Keys:
    return Keys(row.complaint_id, row.phone_key, row.email_key, row.place_key, row.category,
                row.submitted_at, row.synced_at)
