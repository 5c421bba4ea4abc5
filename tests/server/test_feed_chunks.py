"""The changes feed reads and serialises a page in chunks (one sign-off query a chunk): what
arrives is still one whole, valid page, in ``seq`` order, from one snapshot."""

from __future__ import annotations

from lapor_desktop.protocol import ChangesPage
from lapor_desktop.server import routes_feed, workflow
from tests.support.serverkit import idem


def test_a_page_built_in_chunks_is_whole_and_in_order(clean_server, monkeypatch):
    srv = clean_server
    monkeypatch.setattr(routes_feed, "STREAM_CHUNK", 3)  # a page of 8 is built in 3 chunks
    s = srv.session("demo.kota-batam")
    cids = [srv.new_complaint("kota-batam") for _ in range(9)]
    srv.mutate(cids[4], lambda ss, c, now: workflow.redispose(
        ss, c, "kepri-disdukcapil", now, srv.app.state.ctx.calendar))
    note = {"kind": "internal_note", "base_revision": 1, "text": "dicek lagi"}
    assert s.post(f"{srv.api}/complaints/{cids[0]}/actions", json=note,
                  headers=idem()).status_code == 201

    r = s.get(f"{srv.api}/changes", params={"cursor": 0, "limit": 8})

    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    page = ChangesPage.model_validate_json(r.content)
    seqs = [i.seq for i in page.items] + [t.seq for t in page.tombstones]
    assert sorted(seqs) == sorted(set(seqs)) and len(seqs) == 8 and page.has_more
    assert [i.seq for i in page.items] == sorted(i.seq for i in page.items)
    assert page.next_cursor == max(seqs)
    assert [t.complaint_id for t in page.tombstones] == [cids[4]]
    # The rest comes with the next page: every complaint once, the changed one as it is now.
    rest = ChangesPage.model_validate_json(s.get(
        f"{srv.api}/changes", params={"cursor": page.next_cursor, "limit": 8}).content)
    ids = [i.id for i in page.items] + [i.id for i in rest.items]
    assert sorted(ids) == sorted(c for c in cids if c != cids[4]) and not rest.has_more
    first = next(i for i in page.items + rest.items if i.id == cids[0])
    assert first.events[-1].text == "dicek lagi"
