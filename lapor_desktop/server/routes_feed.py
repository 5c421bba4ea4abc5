"""Read endpoints: health, reference data, and the changes feed (pull by server sequence)."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from sqlalchemy import select

from lapor_desktop.protocol import (
    API_VERSION,
    MAX_INT,
    MAX_PAGE_LIMIT,
    AgencyInfo,
    CategoryInfo,
    ChangesPage,
    Health,
    ReferenceData,
    TemplateInfo,
    Tombstone,
)
from lapor_desktop.resources import resources_dir
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.auth import CallerDep, CtxDep, caller_info
from lapor_desktop.server.context import ServerContext
from lapor_desktop.server.errors import error_responses
from lapor_desktop.server.openapi_links import links
from lapor_desktop.server.signoff_view import setting as signoff_setting
from lapor_desktop.server.snapshots import complaint_snapshots

RESOURCES = resources_dir()

router = APIRouter()


def load_categories() -> list[CategoryInfo]:
    """LAPOR! categories and subcategories from ``resources/seed/categories.json``."""
    data = json.loads((RESOURCES / "seed" / "categories.json").read_text(encoding="utf-8"))
    return [CategoryInfo(name=c["name"], subcategories=c["subcategories"]) for c in data]


def load_templates() -> list[TemplateInfo]:
    """Follow-up templates from ``resources/templates/*.json`` (one template per file)."""
    out = []
    for path in sorted((RESOURCES / "templates").glob("*.json")):
        out.append(TemplateInfo.model_validate_json(path.read_text(encoding="utf-8")))
    return out


# Complaints per streamed piece of a page: the first piece leaves while the rest is still read
# and built, so the link is not idle while the server builds the whole page (slow links).
STREAM_CHUNK = 100


def _bounds(session, agency: str, cursor: int, limit: int
            ) -> tuple[list[int], list[Tombstone], int, bool]:
    """What a page holds, from two light reads: the ids of its complaints (by ``seq``), its
    tombstones, ``next_cursor`` and ``has_more``. The complaints themselves are read in
    :data:`STREAM_CHUNK` pieces afterwards, in the same snapshot."""
    rows = session.execute(
        select(m.Complaint.seq, m.Complaint.id).where(m.Complaint.agency_id == agency,
                                                      m.Complaint.seq > cursor)
        .order_by(m.Complaint.seq).limit(limit + 1)).all()
    tombs = session.execute(
        select(m.Tombstone).where(m.Tombstone.agency_id == agency, m.Tombstone.seq > cursor)
        .order_by(m.Tombstone.seq).limit(limit + 1)).scalars().all()
    merged = sorted([(seq, cid) for seq, cid in rows] + [(t.seq, t) for t in tombs],
                    key=lambda pair: pair[0])
    page, has_more = merged[:limit], len(merged) > limit
    ids = [cid for _, cid in page if isinstance(cid, int)]
    tombstones = [Tombstone(complaint_id=t.complaint_id, tracking_id=t.tracking_id,
                            seq=t.seq, reason=t.reason)
                  for _, t in page if isinstance(t, m.Tombstone)]
    next_cursor = page[-1][0] if page else cursor
    return ids, tombstones, next_cursor, has_more


def _items_json(session, ids: list[int], agency: str) -> Iterator[bytes]:
    """The page's complaints as JSON array members, :data:`STREAM_CHUNK` at a time."""
    for start in range(0, len(ids), STREAM_CHUNK):
        chunk = ids[start:start + STREAM_CHUNK]
        by_id = {r.id: r for r in session.execute(
            select(m.Complaint).where(m.Complaint.id.in_(chunk))).scalars()}
        snapshots = complaint_snapshots(session, [by_id[i] for i in chunk], agency)
        lead = b"," if start else b""
        yield lead + b",".join(s.model_dump_json().encode() for s in snapshots)


def run_auto_close(ctx: ServerContext) -> None:
    """Apply the auto-close rule lazily, so the feed and actions always see it in force."""
    now = ctx.now()
    with ctx.db.read() as session:
        if not workflow.has_auto_close_due(session, now):
            return
    with ctx.db.write() as session:
        workflow.auto_close_sweep(session, now)


@router.get("/health", response_model=Health, tags=["service"], operation_id="health",
            responses=error_responses())
def health(ctx: CtxDep) -> Health:
    """Liveness and versions; needs no login."""
    return Health(server_time=ctx.now(), api_version=API_VERSION,
                  min_client_version=ctx.min_client_version)


@router.get("/reference", response_model=ReferenceData, tags=["service"], operation_id="reference",
            responses=error_responses(401))
def reference(ctx: CtxDep, caller: CallerDep) -> ReferenceData:
    """Categories, agencies, official holidays (this year and next) and follow-up templates."""
    year = ctx.now().year
    with ctx.db.read() as session:
        agencies = [AgencyInfo(id=a.id, name=a.name, timezone=a.timezone,  # type: ignore[arg-type]
                               signoff=signoff_setting(session, a.id))
                    for a in session.execute(select(m.Agency).order_by(m.Agency.id)).scalars()]
    years = sorted(set(ctx.calendar.published_years) | {year, year + 1})
    holidays = {y: sorted(ctx.calendar.holidays(y)) for y in years}
    data = ReferenceData(version="", categories=load_categories(), agencies=agencies,
                         holidays=holidays, templates=load_templates())
    # The version is a content hash, so the client can skip re-applying an unchanged list.
    digest = hashlib.sha256(data.model_dump_json().encode()).hexdigest()[:16]
    return data.model_copy(update={"version": digest})


@router.get("/changes", response_model=ChangesPage, tags=["sync"], operation_id="changes",
            responses=error_responses(401, 422), openapi_extra=links("changes"))
def changes(ctx: CtxDep, caller: CallerDep,
            cursor: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
            limit: Annotated[int, Query(ge=1, le=MAX_PAGE_LIMIT)] = 100) -> Response:
    """Complaints of the caller's agency changed after ``cursor``, and tombstones, by ``seq``.

    Items and tombstones share one sequence; the page holds the ``limit`` lowest of them above the
    cursor. Apply them in ``seq`` order and store ``next_cursor`` with them.
    """
    agency = caller.agency_id
    now = ctx.now()
    # One snapshot for the whole page: with several workers, writers commit while a page is
    # read, and a tombstone seen by the second query but not a change committed just before it
    # would carry the cursor past that change for good. The auto-close check rides in the same
    # session (one connection checkout per page); when a sweep is due it runs first, then the
    # page is read again.
    for attempt in range(2):
        held = contextlib.ExitStack()
        session = held.enter_context(ctx.db.snapshot())
        try:
            if attempt == 0 and workflow.has_auto_close_due(session, now):
                held.close()
                with ctx.db.write() as writer:
                    workflow.auto_close_sweep(writer, now)
                continue
            ids, tombstones, next_cursor, has_more = _bounds(session, agency, cursor, limit)
            setting = signoff_setting(session, caller.agency_id)
        except BaseException:
            held.close()
            raise
        break
    # The envelope with an empty item list, the items joined into it: the same JSON as the
    # whole ChangesPage, serialised per chunk of complaints (one sign-off query a chunk).
    envelope = ChangesPage(items=[], tombstones=tombstones, next_cursor=next_cursor,
                           has_more=has_more, server_time=ctx.now(),
                           officer=caller_info(caller, setting)).model_dump_json().encode()
    head = b'{"items":['
    assert envelope.startswith(head + b"]")
    # Built here, and the snapshot's connection returned before the response goes out. A page
    # streamed from an open session held its connection while the client read it: with more
    # slow readers than pooled connections, every request thread waited for a connection, the
    # streams needed a thread to go on, and the feed stood still until the pool timed out
    # (found by the 500-officer load test: 60 s waits, nine requests in ten failed).
    with held:
        items = b"".join(_items_json(session, ids, agency))
    return Response(head + items + envelope[len(head):], media_type="application/json")
