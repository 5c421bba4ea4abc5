"""Sign-off by the Pejabat Penghubung on the server (issue 15): holding, reviewing, publishing,
scope, and every bad input of the issue answered with a clear 4xx and a reason."""

from __future__ import annotations

from sqlalchemy import select

from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from lapor_desktop.server.signoff import set_setting
from tests.support.serverkit import FOLLOW_UP_TEXT, idem

OFFICER, OFFICIAL = "demo.diskominfo", "pejabat.diskominfo"
AGENCY = "kepri-diskominfo"
EDITED = FOLLOW_UP_TEXT + " Disetujui dengan perbaikan oleh pejabat."


def post(server, user, cid, body, headers=None):
    return server.session(user).post(f"{server.api}/complaints/{cid}/actions", json=body,
                                     headers=headers if headers is not None else idem())


def submit(server, cid, text=FOLLOW_UP_TEXT, user=OFFICER):
    r = post(server, user, cid, {"kind": "submit_signoff", "base_revision": 0, "text": text})
    assert r.status_code == 201, r.text
    return r.json()


def review(server, cid, signoff_id, kind="approve_signoff", user=OFFICIAL, headers=None, **kw):
    return post(server, user, cid, {"kind": kind, "base_revision": 0, "signoff_id": signoff_id,
                                    **kw}, headers)


def follow_ups(server, cid):
    with server.db.read() as s:
        return list(s.execute(select(m.Event.text).where(
            m.Event.complaint_id == cid, m.Event.kind == "follow_up")).scalars())


def test_submitted_follow_up_is_held_not_published(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    receipt = submit(demo_server, cid)
    assert receipt["receipt_number"].startswith("PS-")
    snap = receipt["complaint"]
    assert snap["status"] == "terdisposisi"
    assert [e for e in snap["events"] if e["kind"] == "follow_up"] == []
    [req] = snap["signoffs"]
    assert req["state"] == "menunggu_persetujuan" and req["text"] == FOLLOW_UP_TEXT
    assert req["author_username"] == OFFICER and req["version"] == 1
    assert follow_ups(demo_server, cid) == []


def test_direct_follow_up_is_refused_where_signoff_is_on(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    r = post(demo_server, OFFICER, cid,
             {"kind": "follow_up", "base_revision": 0, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 403 and r.json()["error"] == "signoff_required"
    assert "persetujuan" in r.json()["message"]
    assert follow_ups(demo_server, cid) == []


def test_author_cannot_approve_own_follow_up(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, sid, user=OFFICER)
    assert r.status_code == 403 and r.json()["error"] == "own_followup"
    assert "sendiri" in r.json()["message"]
    # Nor may an official approve what they wrote themselves.
    own = submit(demo_server, cid, user=OFFICIAL)["complaint"]["signoffs"][-1]["id"]
    r = review(demo_server, cid, own, user=OFFICIAL)
    assert r.status_code == 403 and r.json()["error"] == "own_followup"
    assert follow_ups(demo_server, cid) == []


def test_official_of_another_agency_sees_and_reviews_nothing(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, sid, user="pejabat.kota-batam")
    assert r.status_code == 404
    other = demo_server.session("pejabat.kota-batam")
    seen, cursor = set(), 0
    while True:
        page = other.get(f"{demo_server.api}/changes",
                         params={"cursor": cursor, "limit": 200}).json()
        seen |= {i["id"] for i in page["items"]}
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen and cid not in seen
    audit = other.get(f"{demo_server.api}/signoffs/audit").json()["entries"]
    assert all(e["complaint_id"] != cid for e in audit)
    assert follow_ups(demo_server, cid) == []


def test_return_with_comment_then_resubmit_then_approve(clean_server):
    demo_server = clean_server  # moves the clock
    with demo_server.db.write() as s:
        set_setting(s, AGENCY, True)
    cid = demo_server.new_complaint(AGENCY)
    first = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, first, kind="return_signoff", comment="Cantumkan nama pejabat.")
    assert r.status_code == 201 and r.json()["receipt_number"].startswith("PK-")
    req = r.json()["complaint"]["signoffs"][0]
    assert req["state"] == "dikembalikan" and req["comment"] == "Cantumkan nama pejabat."
    assert req["reviewer"]
    second = submit(demo_server, cid, EDITED)["complaint"]["signoffs"]
    assert [s["state"] for s in second] == ["dikembalikan", "menunggu_persetujuan"]
    demo_server.clock.advance(hours=3)
    r = review(demo_server, cid, second[-1]["id"])
    assert r.status_code == 201 and r.json()["receipt_number"].startswith("TL-")
    snap = r.json()["complaint"]
    [published] = [e for e in snap["events"] if e["kind"] == "follow_up"]
    assert published["text"] == EDITED and published["approved_by"] == req["reviewer"]
    assert published["actor"] == "Dinas Komunikasi dan Informatika Provinsi Kepulauan Riau"
    # The deadline counts the publication (approval) time, not the submission.
    assert published["at"] > second[-1]["submitted_at"]
    assert snap["status"] == "ditindaklanjuti" and snap["signoffs"][-1]["state"] == "disetujui"
    assert snap["signoffs"][-1]["receipt_number"] == r.json()["receipt_number"]


def test_edit_and_approve_records_the_edit(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, sid, text=EDITED, comment="Saya lengkapi kontaknya.")
    assert r.status_code == 201
    req = r.json()["complaint"]["signoffs"][0]
    assert req["edited_text"] == EDITED and req["text"] == FOLLOW_UP_TEXT
    assert follow_ups(demo_server, cid) == [EDITED]


def test_review_sent_twice_publishes_once(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    key = idem()
    first = review(demo_server, cid, sid, headers=key)
    again = review(demo_server, cid, sid, headers=key)
    assert first.status_code == again.status_code == 201 and first.json() == again.json()
    other_key = review(demo_server, cid, sid)
    assert other_key.status_code == 409 and other_key.json()["error"] == "already_reviewed"
    assert other_key.json()["complaint"]["id"] == cid
    assert len(follow_ups(demo_server, cid)) == 1


def test_review_of_a_revised_follow_up_is_a_conflict(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    old = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    submit(demo_server, cid, EDITED)  # the officer revised it meanwhile
    r = review(demo_server, cid, old)
    assert r.status_code == 409 and r.json()["error"] == "signoff_changed"
    assert [s["state"] for s in r.json()["complaint"]["signoffs"]] == [
        "ditarik", "menunggu_persetujuan"]
    assert follow_ups(demo_server, cid) == []  # never a silent publish of the old text


def test_review_of_a_request_that_does_not_exist(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    r = review(demo_server, cid, 987654)
    assert r.status_code == 404 and r.json()["error"] == "signoff_not_found"
    other = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, other)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, sid)  # a request of another complaint
    assert r.status_code == 404 and r.json()["error"] == "signoff_not_found"


def test_complaint_closed_while_awaiting_signoff(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    demo_server.mutate(cid, lambda s, c, now: workflow.close(s, c, now))
    r = review(demo_server, cid, sid)
    assert r.status_code == 409 and r.json()["error"] == "conflict"
    snap = r.json()["complaint"]
    assert snap["status"] == "selesai" and snap["signoffs"][0]["state"] == "dibatalkan"
    assert follow_ups(demo_server, cid) == []


def test_penghubung_cannot_review_and_signers_can_be_named(clean_server):
    with clean_server.db.write() as s:
        set_setting(s, "kota-batam", True, ("pejabat.kota-batam",))
    cid = clean_server.new_complaint("kota-batam")
    sid = submit(clean_server, cid, user="demo.kota-batam")["complaint"]["signoffs"][0]["id"]
    r = review(clean_server, cid, sid, user="demo.kota-batam2")
    assert r.status_code == 403 and r.json()["error"] == "not_signer"
    assert review(clean_server, cid, sid, user="pejabat.kota-batam").status_code == 201


def test_submit_where_signoff_is_off_is_a_conflict(clean_server):
    cid = clean_server.new_complaint("kepri-pupr")
    r = post(clean_server, "demo.pupr", cid,
             {"kind": "submit_signoff", "base_revision": 0, "text": FOLLOW_UP_TEXT})
    assert r.status_code == 409 and r.json()["error"] == "signoff_not_required"


def test_setting_and_audit_trail(demo_server):
    me = demo_server.session(OFFICER).get(f"{demo_server.api}/me").json()
    assert me["signoff"]["required"] is True
    ref = demo_server.session(OFFICER).get(f"{demo_server.api}/reference").json()
    by_id = {a["id"]: a["signoff"]["required"] for a in ref["agencies"]}
    assert by_id[AGENCY] is True and by_id["kepri-pupr"] is False
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    review(demo_server, cid, sid, kind="return_signoff", comment="Kurang bukti.")
    sid2 = submit(demo_server, cid, EDITED)["complaint"]["signoffs"][-1]["id"]
    review(demo_server, cid, sid2)
    audit = demo_server.session(OFFICIAL).get(f"{demo_server.api}/signoffs/audit").json()
    mine = [(e["what"], e["version"]) for e in audit["entries"] if e["complaint_id"] == cid]
    assert mine[::-1] == [("submitted", 1), ("returned", 1), ("submitted", 2), ("approved", 2)]


def test_cli_turns_signoff_on_and_refuses_an_unknown_agency(tmp_path, capsys):
    from lapor_desktop.server.cli import main
    from lapor_desktop.server.db import Database
    from lapor_desktop.server.seed import ensure_agencies
    from lapor_desktop.server.signoff_view import setting

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    db = Database(url)
    db.create_schema()
    with db.write() as s:
        ensure_agencies(s)
    assert main(["signoff", "kota-batam", "on", "--signer", "pejabat.kota-batam",
                 "--db", url]) == 0
    with db.read() as s:
        assert setting(s, "kota-batam").model_dump() == {"required": True,
                                                          "signers": ["pejabat.kota-batam"]}
    assert main(["signoff", "tidak-ada", "on", "--db", url]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    db.dispose()


def test_withdrawn_follow_up_cannot_be_approved(demo_server):
    cid = demo_server.new_complaint(AGENCY)
    sid = submit(demo_server, cid)["complaint"]["signoffs"][0]["id"]
    r = review(demo_server, cid, sid, kind="withdraw_signoff", user=OFFICIAL)
    assert r.status_code == 403 and r.json()["error"] == "not_author"
    r = review(demo_server, cid, sid, kind="withdraw_signoff", user=OFFICER)
    assert r.status_code == 201 and r.json()["complaint"]["signoffs"][0]["state"] == "ditarik"
    r = review(demo_server, cid, sid)
    assert r.status_code == 409 and r.json()["error"] == "signoff_changed"
    assert follow_ups(demo_server, cid) == []
