"""The changes feed: pull by server sequence, paging, tombstones, auto-close."""

from __future__ import annotations

from lapor_desktop.server import workflow
from tests.support.serverkit import FOLLOW_UP_TEXT, idem


def pull_all(session, api, cursor=0, limit=7):
    """Follow the feed to its end; returns (items, tombstones, pages, cursor)."""
    items, tombs, pages = [], [], 0
    while True:
        r = session.get(f"{api}/changes", params={"cursor": cursor, "limit": limit})
        assert r.status_code == 200, r.text
        page = r.json()
        pages += 1
        seqs = [i["seq"] for i in page["items"]] + [t["seq"] for t in page["tombstones"]]
        assert all(s > cursor for s in seqs)
        assert len(seqs) <= limit
        if seqs:
            assert page["next_cursor"] == max(seqs)
        else:
            assert page["next_cursor"] == cursor and not page["has_more"]
        items += page["items"]
        tombs += page["tombstones"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items, tombs, pages, cursor


def test_paging_returns_each_complaint_once_in_seq_order(demo_server):
    s = demo_server.session("demo.pupr")
    items, _tombs, pages, _ = pull_all(s, demo_server.api)
    assert pages > 1
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    assert [i["seq"] for i in items] == sorted(i["seq"] for i in items)
    assert all(i["agency_id"] == "kepri-pupr" for i in items)


def test_changed_complaint_reappears_after_cursor(demo_server):
    s = demo_server.session("demo.dlh")
    _, _, _, cursor = pull_all(s, demo_server.api)
    cid = demo_server.new_complaint("kepri-dlh")
    items, _, _, cursor2 = pull_all(s, demo_server.api, cursor)
    assert [i["id"] for i in items] == [cid]
    r = s.post(f"{demo_server.api}/complaints/{cid}/actions", headers=idem(),
               json={"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 201
    items, _, _, _ = pull_all(s, demo_server.api, cursor2)
    assert len(items) == 1 and items[0]["status"] == "ditindaklanjuti"
    assert items[0]["seq"] > cursor2 and items[0]["revision"] == 2


def test_redisposition_gives_tombstone_to_old_agency_and_item_to_new(demo_server):
    old = demo_server.session("demo.kota-batam")
    new = demo_server.session("demo.disdukcapil")
    _, _, _, c_old = pull_all(old, demo_server.api)
    _, _, _, c_new = pull_all(new, demo_server.api)
    cid = demo_server.new_complaint("kota-batam")
    cal = demo_server.app.state.ctx.calendar
    demo_server.mutate(cid, lambda s, c, now: workflow.redispose(s, c, "kepri-disdukcapil",
                                                                 now, cal))
    items, tombs, _, _ = pull_all(old, demo_server.api, c_old)
    assert [t["complaint_id"] for t in tombs] == [cid]
    assert tombs[0]["reason"] == "redisposed"
    # The creation and the tombstone are both above the old cursor; the item itself is gone.
    assert cid not in [i["id"] for i in items]
    items, tombs, _, _ = pull_all(new, demo_server.api, c_new)
    assert [i["id"] for i in items] == [cid] and not tombs
    assert items[0]["status"] == "terdisposisi" and items[0]["agency_id"] == "kepri-disdukcapil"


def test_limit_and_cursor_are_validated(demo_server):
    s = demo_server.session("demo.pupr")
    for params in ({"limit": 0}, {"limit": 501}, {"cursor": -1}, {"cursor": "abc"}):
        r = s.get(f"{demo_server.api}/changes", params=params)
        assert r.status_code == 422, params
        assert r.json()["error"] == "validation_error" and r.json()["fields"]


def test_auto_close_after_ten_working_days(clean_server):
    s = clean_server.session("demo.dishub")
    cid = clean_server.new_complaint("kepri-dishub")
    r = s.post(f"{clean_server.api}/complaints/{cid}/actions", headers=idem(),
               json={"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 201
    due = r.json()["complaint"]["auto_close_due"]
    assert due is not None
    clean_server.clock.advance(days=30)
    s.headers["Authorization"] = f"Bearer {clean_server.token('demo.dishub', fresh=True)}"
    items, _, _, _ = pull_all(s, clean_server.api)
    snap = next(i for i in items if i["id"] == cid)
    assert snap["status"] == "selesai"
    assert snap["events"][-1]["kind"] == "auto_closed"
