"""Officer actions: idempotency, conflicts, validation, effects."""

from __future__ import annotations

import uuid

from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from tests.support.serverkit import FOLLOW_UP_TEXT, idem


def post(server, session, cid, body, headers=None):
    return session.post(f"{server.api}/complaints/{cid}/actions", json=body,
                        headers=headers if headers is not None else idem())


def test_replay_returns_same_receipt_and_creates_nothing(demo_server):
    s = demo_server.session("demo.dinkes")
    cid = demo_server.new_complaint("kepri-dinkes")
    body = {"kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT,
            "propose_close": True}
    key = idem()
    first = post(demo_server, s, cid, body, key)
    assert first.status_code == 201
    receipt = first.json()
    assert receipt["receipt_number"].startswith("TL-")
    assert receipt["action_id"] == key["Idempotency-Key"]
    events, actions = demo_server.count(m.Event), demo_server.count(m.Action)
    for _ in range(3):
        again = post(demo_server, s, cid, body, key)
        assert again.status_code == 201 and again.json() == receipt
    assert (demo_server.count(m.Event), demo_server.count(m.Action)) == (events, actions)
    ev = receipt["complaint"]["events"][-1]
    assert ev["kind"] == "follow_up" and ev["propose_close"] is True


def test_same_key_different_body_is_refused(demo_server):
    s = demo_server.session("demo.dinkes")
    cid = demo_server.new_complaint("kepri-dinkes")
    key = idem()
    assert post(demo_server, s, cid, {"kind": "internal_note", "base_revision": 1,
                                      "text": "catatan"}, key).status_code == 201
    r = post(demo_server, s, cid, {"kind": "internal_note", "base_revision": 1,
                                   "text": "catatan lain"}, key)
    assert r.status_code == 422 and r.json()["error"] == "idempotency_key_reused"


def test_missing_or_bad_idempotency_key(demo_server):
    s = demo_server.session("demo.dinkes")
    cid = demo_server.new_complaint("kepri-dinkes")
    body = {"kind": "internal_note", "base_revision": 1, "text": "catatan"}
    for headers in ({}, {"Idempotency-Key": "bukan-uuid"}):
        r = post(demo_server, s, cid, body, headers)
        assert r.status_code == 422
        assert any(f["loc"][0] == "header" for f in r.json()["fields"])


def test_conflict_on_closed_and_returned(demo_server):
    s = demo_server.session("demo.disdik")
    closed = demo_server.new_complaint("kepri-disdik")
    demo_server.mutate(closed, lambda ses, c, now: workflow.close(ses, c, now))
    returned = demo_server.new_complaint("kepri-disdik")
    assert post(demo_server, s, returned, {
        "kind": "bukan_wewenang", "base_revision": 1, "reason": "Kewenangan kabupaten",
        "suggested_agency": "Pemerintah Kabupaten Bintan"}).status_code == 201
    events = demo_server.count(m.Event)
    for cid, status in ((closed, "selesai"), (returned, "dikembalikan")):
        r = post(demo_server, s, cid, {"kind": "follow_up", "base_revision": 1,
                                       "text": FOLLOW_UP_TEXT})
        assert r.status_code == 409
        body = r.json()
        assert body["error"] == "conflict" and body["message"]
        assert body["complaint"]["id"] == cid and body["complaint"]["status"] == status
    assert demo_server.count(m.Event) == events


def test_stale_base_revision_alone_is_not_a_conflict(demo_server):
    s = demo_server.session("demo.disdik")
    cid = demo_server.new_complaint("kepri-disdik")
    assert post(demo_server, s, cid, {"kind": "internal_note", "base_revision": 1,
                                      "text": "a"}).status_code == 201
    r = post(demo_server, s, cid, {"kind": "follow_up", "base_revision": 1,
                                   "text": FOLLOW_UP_TEXT})
    assert r.status_code == 201 and r.json()["complaint"]["revision"] == 3


def test_validation_errors_name_the_fields(demo_server):
    s = demo_server.session("demo.disdik")
    cid = demo_server.new_complaint("kepri-disdik")
    cases = [
        ({"kind": "follow_up", "base_revision": 1, "text": "pendek"}, ["body", "text"]),
        ({"kind": "bukan_wewenang", "base_revision": 1, "reason": "x"},
         ["body", "suggested_agency"]),
        ({"kind": "internal_note", "base_revision": 1, "text": "a", "propose_close": True},
         ["body", "propose_close"]),
        ({"kind": "terbang", "base_revision": 1}, ["body", "kind"]),
        ({"kind": "internal_note", "base_revision": -1, "text": "a"}, ["body", "base_revision"]),
        ({"kind": "internal_note", "base_revision": 1, "text": "a", "extra": 1},
         ["body", "extra"]),
        ({"kind": "follow_up", "base_revision": 1, "text": "x" * 20001}, ["body", "text"]),
    ]
    events = demo_server.count(m.Event)
    for body, loc in cases:
        r = post(demo_server, s, cid, body)
        assert r.status_code == 422, (body, r.text)
        assert loc in [f["loc"] for f in r.json()["fields"]], (body, r.json())
        assert all(f["msg"] for f in r.json()["fields"])
    assert demo_server.count(m.Event) == events


def test_attachment_not_uploaded_is_a_conflict_naming_it(demo_server):
    # The body is well formed; the server's state lacks the file: 409, the same key may be sent
    # again once the upload is complete.
    s = demo_server.session("demo.disdik")
    cid = demo_server.new_complaint("kepri-disdik")
    r = post(demo_server, s, cid, {"kind": "follow_up", "base_revision": 1,
                                   "text": FOLLOW_UP_TEXT, "attachments": ["a" * 64]})
    assert r.status_code == 409 and r.json()["error"] == "attachment_missing", r.text
    assert r.json()["fields"][0]["loc"] == ["body", "attachments", 0]


def test_effects_of_each_action(demo_server):
    s = demo_server.session("demo.dinsos")
    cid = demo_server.new_complaint("kepri-dinsos")
    r = post(demo_server, s, cid, {"kind": "follow_up", "base_revision": 1,
                                   "text": FOLLOW_UP_TEXT})
    snap = r.json()["complaint"]
    assert snap["status"] == "ditindaklanjuti" and snap["auto_close_due"]
    demo_server.mutate(cid, lambda ses, c, now: workflow.reporter_reply(ses, c, "Belum", now))
    r = post(demo_server, s, cid, {"kind": "acknowledge_reply", "base_revision": 3})
    assert r.status_code == 201, r.text
    assert r.json()["receipt_number"].startswith("TB-")
    assert r.json()["complaint"]["events"][-1]["kind"] == "reply_acknowledged"
    r = post(demo_server, s, cid, {"kind": "bukan_wewenang", "base_revision": 4,
                                   "reason": "Bukan kewenangan provinsi",
                                   "suggested_agency": "Pemerintah Kabupaten Lingga"})
    assert r.status_code == 409  # not allowed while Ditanggapi Pelapor
    cid2 = demo_server.new_complaint("kepri-dinsos")
    r = post(demo_server, s, cid2, {"kind": "bukan_wewenang", "base_revision": 1,
                                    "reason": "Bukan kewenangan provinsi",
                                    "suggested_agency": "Pemerintah Kabupaten Lingga"})
    snap = r.json()["complaint"]
    assert snap["status"] == "dikembalikan"
    assert snap["events"][-1]["suggested_agency"] == "Pemerintah Kabupaten Lingga"


def test_internal_notes_stay_with_the_agency_that_wrote_them(demo_server):
    s = demo_server.session("demo.kab-bintan")
    cid = demo_server.new_complaint("kab-bintan")
    assert post(demo_server, s, cid, {"kind": "internal_note", "base_revision": 1,
                                      "text": "Catatan rahasia Bintan"}).status_code == 201
    cal = demo_server.app.state.ctx.calendar
    demo_server.mutate(cid, lambda ses, c, now: workflow.redispose(ses, c, "kepri-pupr", now,
                                                                   cal))
    other = demo_server.session("demo.pupr")
    r = post(demo_server, other, cid, {"kind": "internal_note", "base_revision": 1,
                                       "text": "Catatan PUPR"})
    texts = [e["text"] for e in r.json()["complaint"]["events"]]
    assert "Catatan PUPR" in texts and "Catatan rahasia Bintan" not in texts


def test_unknown_complaint_is_404(demo_server):
    s = demo_server.session("demo.dinsos")
    r = post(demo_server, s, 10**9, {"kind": "internal_note", "base_revision": 1, "text": "a"})
    assert r.status_code == 404 and r.json()["error"] == "not_found"
    assert str(uuid.UUID(idem()["Idempotency-Key"]))
