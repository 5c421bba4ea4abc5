"""Single-row and key-value state: sync bookkeeping, the officer's profile, reference data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lapor_desktop.core.models import TimeZone
from lapor_desktop.store._base import Repository
from lapor_desktop.store.orm import OfficerProfileRow, ReferenceDataRow, SyncStateRow

_SINGLE_ROW_ID = 1
# Read on every queue page: built once (a new select each call was most of its cost).
_TIMEZONE = sa.select(OfficerProfileRow.agency_timezone).where(
    OfficerProfileRow.id == _SINGLE_ROW_ID)
_STAMP = sa.select(ReferenceDataRow.version, ReferenceDataRow.updated_at).where(
    ReferenceDataRow.key == sa.bindparam("key"))


@dataclasses.dataclass(frozen=True, slots=True)
class SyncState:
    """Where pulling resumes (``cursor``), the server clock offset, and the last run's outcome."""

    cursor: str | None = None
    server_clock_offset_seconds: float = 0.0
    last_sync_at: dt.datetime | None = None
    last_sync_ok: bool | None = None
    last_error: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class OfficerProfile:
    """The signed-in officer, their agency and the server they use."""

    server_url: str
    username: str
    display_name: str
    agency_id: str
    agency_name: str
    agency_timezone: TimeZone
    role: str


@dataclasses.dataclass(frozen=True, slots=True)
class ReferenceEntry:
    """A reference data blob (categories, agencies, holidays, templates) and its version."""

    key: str
    version: str
    data: Any
    updated_at: dt.datetime


class SyncStateRepository(Repository):
    """The sync bookkeeping row. Writes take the caller's session so the cursor can be stored in
    the same transaction as the page it belongs to."""

    def get(self, *, session: Session | None = None) -> SyncState:
        """The current state (defaults before the first sync)."""
        with self._reading(session) as s:
            row = s.get(SyncStateRow, _SINGLE_ROW_ID)
            if row is None:
                return SyncState()
            return SyncState(row.cursor, row.server_clock_offset_seconds, row.last_sync_at,
                             row.last_sync_ok, row.last_error)

    def set_cursor(self, session: Session, cursor: str | None) -> None:
        """Store the pull cursor (call inside the transaction that applied the page)."""
        self._upsert(session, cursor=cursor)

    def set_clock_offset(self, session: Session, offset_seconds: float) -> None:
        """Record server time minus local time, measured on the last response."""
        self._upsert(session, server_clock_offset_seconds=float(offset_seconds))

    def record_run(self, session: Session, *, at: dt.datetime, ok: bool,
                   error: str | None = None) -> None:
        """Record the outcome of a sync run (``error`` is cleared on success)."""
        self._upsert(session, last_sync_at=at, last_sync_ok=ok, last_error=None if ok else error)

    @staticmethod
    def _upsert(session: Session, **values: Any) -> None:
        stmt = sqlite_insert(SyncStateRow).values(
            **{"id": _SINGLE_ROW_ID, "server_clock_offset_seconds": 0.0, **values})
        session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))


class ProfileRepository(Repository):
    """The officer profile row."""

    def get(self, *, session: Session | None = None) -> OfficerProfile | None:
        """The saved profile, or None before the first login."""
        with self._reading(session) as s:
            row = s.get(OfficerProfileRow, _SINGLE_ROW_ID)
            if row is None:
                return None
            return OfficerProfile(row.server_url, row.username, row.display_name, row.agency_id,
                                  row.agency_name, TimeZone(row.agency_timezone), row.role)

    def timezone(self, *, session: Session | None = None) -> TimeZone | None:
        """The agency's time zone alone (every queue page needs it; the whole profile through
        the ORM's identity map cost more than the page's own query)."""
        with self._reading(session) as s:
            value = s.connection().execute(_TIMEZONE).scalar()
            return TimeZone(value) if value else None

    def save(self, session: Session, profile: OfficerProfile) -> None:
        """Create or replace the profile."""
        values = dataclasses.asdict(profile)
        values["agency_timezone"] = TimeZone(profile.agency_timezone).value
        stmt = sqlite_insert(OfficerProfileRow).values(id=_SINGLE_ROW_ID, **values)
        session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))

    def clear(self, session: Session) -> None:
        """Forget the profile (log out for good); complaints and drafts are not touched."""
        session.execute(sa.delete(OfficerProfileRow))


class ReferenceDataRepository(Repository):
    """Reference data blobs by key."""

    def get(self, key: str, *, session: Session | None = None) -> ReferenceEntry | None:
        """The entry for ``key``, or None."""
        with self._reading(session) as s:
            row = s.get(ReferenceDataRow, key)
            return ReferenceEntry(row.key, row.version, row.data, row.updated_at) if row else None

    def stamp(self, key: str, *, session: Session | None = None) -> tuple[str, Any] | None:
        """(version, updated_at) of the entry for ``key`` without reading its data: the key of
        caches built from it."""
        with self._reading(session) as s:
            row = s.connection().execute(_STAMP, {"key": key}).first()
            return (row[0], row[1]) if row else None

    def put(self, session: Session, key: str, version: str, data: Any) -> None:
        """Create or replace the entry for ``key``."""
        values = {"version": version, "data": data, "updated_at": self._clock()}
        stmt = sqlite_insert(ReferenceDataRow).values(key=key, **values)
        session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_=values))

    def versions(self, *, session: Session | None = None) -> dict[str, str]:
        """Version of every stored key (sent to the server to ask only for what changed)."""
        with self._reading(session) as s:
            return dict(s.execute(sa.select(ReferenceDataRow.key, ReferenceDataRow.version))
                        .all())
