"""Hostile or broken server responses (hypothesis-generated): the engine never crashes, never
changes local data on a bad page, records a clear reason, and applies the next good page."""

from __future__ import annotations

import copy
import json
import os
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_desktop.store import open_store
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.engine import SyncEngine
from lapor_desktop.sync.http import HttpTransport
from lapor_desktop.sync.report import Outcome
from tests.faults.hostile_server import HostileServer, good_page, snapshot

EXAMPLES = 1000 if os.environ.get("LAPOR_STRESS") == "1" else 100
settings.register_profile("lapor-hostile", max_examples=EXAMPLES, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12)
weird = (json_values | st.just("x" * 200_000) | st.integers(max_value=-1)
         | st.sampled_from(["bukan_status", "", "9999-99-99", "2026-03-17T03:00:00"]))
PATHS = [("next_cursor",), ("has_more",), ("items",), ("tombstones",), ("server_time",),
         ("items", 0, "status"), ("items", 0, "id"), ("items", 0, "seq"), ("items", 0, "title"),
         ("items", 0, "revision"), ("items", 0, "submitted_at"), ("items", 0, "events"),
         ("items", 0, "classification"), ("items", 0, "reporter"), ("items", 0, "tracking_id"),
         ("items", 0, "events", 0, "kind"), ("items", 0, "attachments")]


@st.composite
def hostile(draw):
    """(description, function of the cursor returning the reply)."""
    kind = draw(st.sampled_from(["raw", "json", "mutate", "status", "named"]))
    if kind == "raw":
        data = draw(st.binary(max_size=200))
        return kind, lambda c: (200, data)
    if kind == "json":
        value = draw(json_values)
        return kind, lambda c: (200, json.dumps(value).encode())
    if kind == "status":
        code = draw(st.sampled_from([200, 201, 204, 301, 400, 409, 418, 422, 500, 503]))
        body = draw(st.binary(max_size=50))
        return f"status {code}", lambda c: (code, body)
    if kind == "named":
        name = draw(st.sampled_from(["negative_cursor", "backwards", "stuck", "dup", "seq_out",
                                     "unknown_status", "huge", "anonim_identity"]))

        def named(c: int) -> tuple[int, bytes]:
            page = good_page(c)
            item = page["items"][0]
            if name == "negative_cursor":
                page["next_cursor"] = -5
            elif name == "backwards":
                page["next_cursor"] = c - 1
            elif name == "stuck":
                page.update(next_cursor=c, has_more=True, items=[])
            elif name == "dup":
                page["items"].append(copy.deepcopy(item))
            elif name == "seq_out":
                item["seq"] = c + 50
            elif name == "unknown_status":
                item["status"] = "dibatalkan"
            elif name == "huge":
                item["body"] = "A" * 500_000
            elif name == "anonim_identity":
                item.update(anonim=True, reporter={"name": "Rahasia", "phone": "0812"})
            return 200, json.dumps(page).encode()

        return name, named
    path, value = draw(st.sampled_from(PATHS)), draw(weird)

    def mutate(c: int) -> tuple[int, bytes]:
        page = good_page(c)
        target = page
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return 200, json.dumps(page).encode()

    return f"mutate {path}", mutate


def _local(db) -> tuple:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT id, revision, status, title, reporter_name FROM complaints"
                            " ORDER BY id").fetchall()
        cursor = conn.execute("SELECT cursor FROM sync_state").fetchall()
        return rows, cursor
    finally:
        conn.close()


def test_hostile_pages_never_crash_or_corrupt(tmp_path):
    db = tmp_path / "p" / "lapor.db"
    with HostileServer() as fake, open_store(db) as store:
        client = SyncClient(HttpTransport(fake.url, timeout=(2.0, 2.0)), token="tkn")
        # A hostile server may claim endless pages (has_more for ever, each with a new item): a
        # pass stops after its page budget instead of pulling for ever (kept small here).
        engine = SyncEngine(store, lambda: client, cache_dir=tmp_path / "cache",
                            max_pull_pages=5)
        assert engine.run_once().pulled == 1

        @settings(settings.get_profile("lapor-hostile"))
        @given(case=hostile())
        def run(case):
            name, reply = case
            before = _local(db)
            fake.changes = reply
            report = engine.run_once()  # must not raise
            if report.error_kind is not None:
                assert _local(db) == before, name
                assert report.outcome is Outcome.OFFLINE
                assert report.error_message
                assert store.sync_state.get().last_error
            # Never an anonymous reporter's identity on disk, whatever the server sent.
            conn = sqlite3.connect(db)
            try:
                leaked = conn.execute("SELECT count(*) FROM complaints WHERE anonim = 1 AND "
                                      "reporter_name IS NOT NULL").fetchone()[0]
            finally:
                conn.close()
            assert leaked == 0
            fake.changes = lambda c: (200, json.dumps(good_page(c)).encode())
            good = engine.run_once()
            assert good.error_kind is None and good.pulled == 1, (name, good)

        run()


def test_snapshot_helper_is_valid():
    from lapor_desktop.protocol import ComplaintSnapshot

    ComplaintSnapshot.model_validate(snapshot(1, 1))


def test_endless_pages_end_the_pass_at_its_budget(tmp_path):
    """A server that says 'has_more' for ever (each page with a new complaint) cannot keep a pass
    pulling for ever: the pass stops at its page budget, keeps what it pulled, and the next pass
    goes on from the stored cursor."""
    db = tmp_path / "p" / "lapor.db"

    def endless(cursor: int) -> tuple[int, bytes]:
        page = good_page(cursor)
        page["has_more"] = True
        return 200, json.dumps(page).encode()

    with HostileServer() as fake, open_store(db) as store:
        fake.changes = endless
        client = SyncClient(HttpTransport(fake.url, timeout=(2.0, 2.0)), token="tkn")
        engine = SyncEngine(store, lambda: client, cache_dir=tmp_path / "cache",
                            max_pull_pages=7)
        first = engine.run_once()
        assert first.error_kind is None and first.pulled == 7
        assert store.sync_state.get().cursor == "7"
        second = engine.run_once()
        assert second.pulled == 7 and store.sync_state.get().cursor == "14"
