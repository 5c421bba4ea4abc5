"""The changes feed reads complaints and tombstones from one snapshot.

With several workers, writers commit while a feed page is being read. A page is built from two
statements (complaints above the cursor, tombstones above the cursor); if the second saw commits
the first did not, a tombstone could carry the cursor past a complaint change committed in
between, and that change would never reach the officer. Here the commits are made to land
exactly between the two statements, deterministically, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import requests
from sqlalchemy import event

from lapor_desktop.server import workflow
from tests.support.serverkit import FOLLOW_UP_TEXT, idem


def _pull(s: requests.Session, api: str, cursor: int) -> tuple[list[dict], list[dict], int]:
    items, tombs = [], []
    while True:
        page = s.get(f"{api}/changes", params={"cursor": cursor, "limit": 50}, timeout=30)
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        tombs += body["tombstones"]
        cursor = body["next_cursor"]
        if not body["has_more"]:
            return items, tombs, cursor


def test_changes_committed_while_a_page_is_read_are_not_skipped(clean_server):
    srv = clean_server
    s = srv.session("demo.kota-batam")
    changed = srv.new_complaint("kota-batam")
    leaving = srv.new_complaint("kota-batam")
    r = s.post(f"{srv.api}/complaints/{changed}/actions", headers=idem(),
               json={"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 201
    _, _, cursor = _pull(s, srv.api, 0)
    cal = srv.app.state.ctx.calendar
    fired: list[bool] = []

    def between(conn, cursor_, statement, params, context, executemany) -> None:
        # Just before the page's tombstone query: the reporter replies to one complaint
        # (seq N+1), then another complaint is re-disposed away (its tombstone: seq N+2).
        if fired or not statement.lstrip().upper().startswith("SELECT") \
                or "tombstones" not in statement:
            return
        fired.append(True)
        srv.mutate(changed, lambda ss, c, now: workflow.reporter_reply(
            ss, c, "Belum ada perbaikan sampai hari ini.", now))
        srv.mutate(leaving, lambda ss, c, now: workflow.redispose(
            ss, c, "kepri-disdukcapil", now, cal))

    event.listen(srv.db.engine, "before_cursor_execute", between)
    try:
        items, tombs, cursor = _pull(s, srv.api, cursor)
    finally:
        event.remove(srv.db.engine, "before_cursor_execute", between)
    assert fired
    # The next sync brings whatever that page did not (the client syncs again anyway).
    more_items, more_tombs, _ = _pull(s, srv.api, cursor)
    items, tombs = items + more_items, tombs + more_tombs
    assert [t["complaint_id"] for t in tombs] == [leaving]
    assert [(i["id"], i["status"]) for i in items] == [(changed, "ditanggapi_pelapor")]
