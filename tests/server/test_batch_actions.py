"""``POST /actions/batch``: each action applied once, on its own result, however the batch is
read (the server reads the batch's complaints and keys up front, in one go)."""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from tests.support.serverkit import FOLLOW_UP_TEXT


def _item(cid: int, action: dict, key: str | None = None) -> dict:
    return {"action_id": key or str(uuid.uuid4()), "complaint_id": cid, "action": action}


def _events(server, *cids: int) -> int:
    # Only these complaints': the route's auto-close sweep may close seeded ones meanwhile.
    with server.db.read() as session:
        return session.scalar(sa.select(sa.func.count()).select_from(m.Event)
                              .where(m.Event.complaint_id.in_(cids)))


def _batch(server, session, items: list[dict]) -> list[dict]:
    r = session.post(f"{server.api}/actions/batch", json={"actions": items})
    assert r.status_code == 200, r.text
    return r.json()["results"]


def test_each_action_stands_on_its_own_result(demo_server):
    s = demo_server.session("demo.disdik")
    first, second = (demo_server.new_complaint("kepri-disdik") for _ in range(2))
    closed = demo_server.new_complaint("kepri-disdik")
    demo_server.mutate(closed, lambda ses, c, now: workflow.close(ses, c, now))
    note = {"kind": "internal_note", "base_revision": 1, "text": "catatan"}
    follow = {"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT}
    items = [_item(first, note), _item(closed, follow), _item(first, follow),
             _item(second, follow)]
    items.append(dict(items[0]))  # the same key again in one batch: answered, not re-applied
    events = _events(demo_server, first, second, closed)

    results = _batch(demo_server, s, items)

    assert [r["status"] for r in results] == [201, 409, 201, 201, 201]
    assert [r["action_id"] for r in results] == [i["action_id"] for i in items]
    assert results[1]["error"]["error"] == "conflict"
    assert results[1]["error"]["complaint"]["status"] == "selesai"
    assert results[4]["receipt"] == results[0]["receipt"]
    assert _events(demo_server, first, second, closed) == events + 3
    # Two actions on one complaint: each receipt shows the complaint as that action left it.
    note_view, follow_view = results[0]["receipt"]["complaint"], results[2]["receipt"]["complaint"]
    assert note_view["events"][-1]["kind"] == "internal_note"
    assert follow_view["events"][-1]["kind"] == "follow_up"
    assert follow_view["events"][-2]["kind"] == "internal_note"
    assert follow_view["revision"] == note_view["revision"] + 1
    assert follow_view["seq"] > note_view["seq"]
    assert follow_view["status"] == "ditindaklanjuti"


def test_a_replayed_batch_gets_the_stored_receipts_and_changes_nothing(demo_server):
    s = demo_server.session("demo.disdik")
    cids = [demo_server.new_complaint("kepri-disdik") for _ in range(3)]
    items = [_item(cid, {"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
             for cid in cids]
    first = _batch(demo_server, s, items)
    counts = _events(demo_server, *cids), demo_server.count(m.Action)

    again = _batch(demo_server, s, items)

    assert again == first
    assert (_events(demo_server, *cids), demo_server.count(m.Action)) == counts


def test_a_reused_key_is_refused_on_its_line_only(demo_server):
    s = demo_server.session("demo.disdik")
    cid, other = (demo_server.new_complaint("kepri-disdik") for _ in range(2))
    note = {"kind": "internal_note", "base_revision": 1, "text": "catatan"}
    key = str(uuid.uuid4())
    assert _batch(demo_server, s, [_item(cid, note, key)])[0]["status"] == 201

    results = _batch(demo_server, s, [
        _item(other, note), _item(cid, {**note, "text": "catatan lain"}, key)])

    assert [r["status"] for r in results] == [201, 422]
    assert results[1]["error"]["error"] == "idempotency_key_reused"
