"""Anonymous reports never carry the reporter's identity, in any response."""

from __future__ import annotations

import json

from lapor_desktop.server import workflow
from tests.support.serverkit import FOLLOW_UP_TEXT, idem

IDENTITY = ("Pelapor Rahasia Sekali", "081234567890", "pelapor@contoh.id")


def test_anonim_never_carries_reporter(demo_server):
    s = demo_server.session("demo.satpolpp")
    cid = demo_server.new_complaint("kepri-satpolpp", anonim=True)
    named = demo_server.new_complaint("kepri-satpolpp")
    bodies = []
    cursor = 0
    while True:
        r = s.get(f"{demo_server.api}/changes", params={"cursor": cursor, "limit": 500})
        page = r.json()
        bodies.append(r.text)
        for item in page["items"]:
            if item["anonim"]:
                assert item["reporter"] is None
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert any(i["id"] == named and i["reporter"]["name"] == IDENTITY[0]
               for i in json.loads(bodies[-1])["items"])
    r = s.post(f"{demo_server.api}/complaints/{cid}/actions", headers=idem(),
               json={"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
    bodies.append(r.text)
    demo_server.mutate(cid, lambda ses, c, now: workflow.reporter_reply(ses, c, "Belum", now))
    demo_server.mutate(cid, lambda ses, c, now: workflow.close(ses, c, now))
    r = s.post(f"{demo_server.api}/complaints/{cid}/actions", headers=idem(),
               json={"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 409
    bodies.append(r.text)
    anon_texts = [b for b in bodies[-2:]]
    for text in anon_texts:
        for secret in IDENTITY:
            assert secret not in text
        assert json.loads(text)["complaint"]["reporter"] is None
    # The seeded anonymous complaints too, for every agency.
    with demo_server.db.read() as ses:
        from sqlalchemy import select

        from lapor_desktop.server import models as m
        stored = ses.execute(select(m.Complaint).where(m.Complaint.anonim.is_(True))).scalars()
        assert all(c.reporter_name is None and c.reporter_phone is None for c in stored)
