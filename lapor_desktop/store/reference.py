"""The server's reference data as cached in the store: one blob, read here and nowhere else.

The sync engine stores ``GET /reference`` whole (categories, agencies, holidays, templates) under
:data:`REFERENCE_KEY`; the queue, the editor and the calendar read their part through these
functions, so a change of layout is made in one place. A missing or damaged blob reads as empty:
the app works offline before its first sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.store.engine import Store

REFERENCE_KEY = "reference"


def reference_blob(store: Store) -> Mapping[str, Any]:
    """The cached reference data, or an empty mapping."""
    entry = store.reference_data.get(REFERENCE_KEY)
    return entry.data if entry is not None and isinstance(entry.data, Mapping) else {}


def _items(store: Store, name: str) -> list[Mapping[str, Any]]:
    items = reference_blob(store).get(name)
    return [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []


def category_names(store: Store) -> list[str]:
    """Category names, for the queue filter."""
    return [str(c["name"]) for c in _items(store, "categories") if "name" in c]


def agencies(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every agency, for "bukan wewenang" suggestions and template names."""
    return [(str(a["id"]), str(a.get("name", a["id"]))) for a in _items(store, "agencies")
            if "id" in a]


def templates(store: Store) -> list[Mapping[str, Any]]:
    """Follow-up templates the server publishes (raw mappings; the editor validates them)."""
    return _items(store, "templates")


def published_holidays(store: Store) -> dict[int, list[dt.date]]:
    """The official holiday lists ``{year: [dates]}``; damaged years are left out."""
    data = reference_blob(store).get("holidays")
    published: dict[int, list[dt.date]] = {}
    if not isinstance(data, Mapping):
        return published
    for year, days in data.items():
        try:
            year_int = int(year)
            parsed = [dt.date.fromisoformat(str(d)) for d in days]
        except (TypeError, ValueError):
            continue  # a damaged list must not stop the queue from showing
        if all(d.year == year_int for d in parsed):
            published[year_int] = parsed
    return published


def reference_stamp(store: Store, *, session: Session | None = None) -> object:
    """Changes whenever the cached reference data does (a cheap cache key)."""
    return store.reference_data.stamp(REFERENCE_KEY, session=session)


def working_calendar(store: Store) -> WorkingCalendar:
    """The working-day calendar with the server's published holiday lists (they win)."""
    return WorkingCalendar(published_holidays(store))
