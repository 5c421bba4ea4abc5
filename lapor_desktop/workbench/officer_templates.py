"""Follow-up templates the officer made or edited, kept in the (encrypted) profile store.

They sit beside the server's reference data under their own key, which the sync engine never
writes, and they travel to a successor in a handover package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lapor_desktop.store import Store

KEY = "officer_templates"


def load(store: Store, *, session: Any = None) -> list[dict[str, Any]]:
    """The officer's templates as mappings (id, version, title, text)."""
    entry = store.reference_data.get(KEY, session=session)
    if entry is None or not isinstance(entry.data, list):
        return []
    return [dict(t) for t in entry.data if isinstance(t, dict) and {"id", "title", "text"} <= set(t)]


def save(store: Store, session: Any, templates: Iterable[dict[str, Any]]) -> None:
    """Replace the officer's templates (in the caller's transaction)."""
    items = [{"id": str(t["id"]), "version": int(t.get("version", 1)), "title": str(t["title"]),
              "text": str(t["text"])} for t in templates]
    store.reference_data.put(session, KEY, str(len(items)), items)


def put(store: Store, template: dict[str, Any]) -> None:
    """Add or replace one template (same id) made by the officer."""
    with store.transaction() as session:
        items = [t for t in load(store, session=session) if t["id"] != template["id"]]
        save(store, session, [*items, template])


def merge(store: Store, session: Any, incoming: Iterable[dict[str, Any]]) -> int:
    """Add a predecessor's templates; one whose id the officer already uses with another text
    is kept under a new id, so neither officer's wording is lost. Returns how many were added."""
    items = load(store, session=session)
    by_id = {t["id"]: t for t in items}
    added = 0
    for template in incoming:
        template = dict(template)
        known = by_id.get(template["id"])
        if known is not None and (known["title"], known["text"]) == (template["title"],
                                                                     template["text"]):
            continue
        while template["id"] in by_id:
            template["id"] = template["id"] + "-serah"
        by_id[template["id"]] = template
        items.append(template)
        added += 1
    save(store, session, items)
    return added
