"""Scope: an officer of one OPD gets nothing of another OPD's, on any endpoint.

The test walks ``app.routes``: a new route without a probe here fails the test, so every endpoint
is checked for scope when it is added.
"""

from __future__ import annotations

import json
import uuid

import requests
from fastapi.routing import iter_route_contexts

from lapor_desktop.server import models as m
from lapor_desktop.server.seed import DEMO_PASSWORD, png_bytes
from tests.support.serverkit import FOLLOW_UP_TEXT, idem, sha, upload

VICTIM, VICTIM_USER = "kepri-dkp", "demo.dkp"
ATTACKER_USER = "demo.disnaker"


def _victim_world(server):
    """A complaint, an event attachment and an unfinished upload belonging to the victim OPD."""
    s = server.session(VICTIM_USER)
    cid = server.new_complaint(VICTIM, title="Laporan milik DKP saja")
    data = png_bytes(20, 10, (1, 2, 3), stripe=3)
    upload(s, server.api, data, filename="dkp.png")
    r = s.post(f"{server.api}/complaints/{cid}/actions", headers=idem(), json={
        "kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT,
        "attachments": [sha(data)]})
    assert r.status_code == 201, r.text
    partial = png_bytes(30, 10, (9, 9, 9))
    r = s.post(f"{server.api}/uploads", json={"sha256": sha(partial), "size": len(partial),
                                               "filename": "p.png", "mime_type": "image/png"})
    return {"cid": cid, "sha": sha(data),
            "upload_id": r.json()["upload_id"], "title": "Laporan milik DKP saja",
            "data": data}


def _no_victim_data(text: str, world) -> None:
    assert world["title"] not in text
    assert world["sha"] not in text


def probe_login(server, a, world):
    r = requests.post(f"{server.api}/auth/login",
                      json={"username": ATTACKER_USER, "password": DEMO_PASSWORD})
    assert r.json()["officer"]["agency_id"] != VICTIM
    _no_victim_data(r.text, world)


def probe_me(server, a, world):
    r = a.get(f"{server.api}/me")
    assert r.json()["agency_id"] != VICTIM


def probe_health(server, a, world):
    _no_victim_data(requests.get(f"{server.api}/health").text, world)


def probe_reference(server, a, world):
    _no_victim_data(a.get(f"{server.api}/reference").text, world)


def probe_changes(server, a, world):
    cursor = 0
    while True:
        page = a.get(f"{server.api}/changes", params={"cursor": cursor, "limit": 500}).json()
        assert all(i["agency_id"] != VICTIM for i in page["items"])
        assert world["cid"] not in [i["id"] for i in page["items"]]
        assert world["cid"] not in [t["complaint_id"] for t in page["tombstones"]]
        _no_victim_data(json.dumps(page), world)
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return


def probe_action(server, a, world):
    events = server.count(m.Event)
    body = {"kind": "internal_note", "base_revision": 1, "text": "mengintip"}
    r = a.post(f"{server.api}/complaints/{world['cid']}/actions", json=body, headers=idem())
    missing = a.post(f"{server.api}/complaints/999999999/actions", json=body, headers=idem())
    assert r.status_code == missing.status_code == 404
    assert r.json() == missing.json()  # existence is not leaked
    assert server.count(m.Event) == events


def probe_batch_actions(server, a, world):
    # In a batch, another OPD's complaint answers exactly like an absent one, on its own line.
    events = server.count(m.Event)
    body = {"kind": "internal_note", "base_revision": 1, "text": "mengintip"}
    r = a.post(f"{server.api}/actions/batch", json={"actions": [
        {"action_id": str(uuid.uuid4()), "complaint_id": world["cid"], "action": body},
        {"action_id": str(uuid.uuid4()), "complaint_id": 999999999, "action": body}]})
    assert r.status_code == 200
    victim, missing = r.json()["results"]
    assert victim["status"] == missing["status"] == 404
    assert victim["error"] == missing["error"]  # existence is not leaked
    _no_victim_data(r.text, world)
    assert server.count(m.Event) == events


def probe_create_upload(server, a, world):
    # Knowing a hash must not grant the file: no instant completion for another OPD's blob.
    data = world["data"]
    r = a.post(f"{server.api}/uploads", json={"sha256": world["sha"], "size": len(data),
                                               "filename": "x.png", "mime_type": "image/png"})
    assert r.status_code == 201 and r.json()["complete"] is False and r.json()["offset"] == 0
    assert a.get(f"{server.api}/attachments/{world['sha']}").status_code == 404


def probe_get_upload(server, a, world):
    assert a.get(f"{server.api}/uploads/{world['upload_id']}").status_code == 404


def probe_patch_upload(server, a, world):
    r = a.patch(f"{server.api}/uploads/{world['upload_id']}", data=b"\x89PNG",
                headers={"Upload-Offset": "0",
                         "Content-Type": "application/offset+octet-stream"})
    assert r.status_code == 404
    with server.db.read() as s:
        assert s.get(m.UploadSession, world["upload_id"]).offset == 0


def probe_download(server, a, world):
    r = a.get(f"{server.api}/attachments/{world['sha']}")
    missing = a.get(f"{server.api}/attachments/{'0' * 64}")
    assert r.status_code == missing.status_code == 404
    assert r.json() == missing.json()
    assert a.get(f"{server.api}/attachments/{world['sha']}",
                 headers={"Range": "bytes=0-3"}).status_code == 404


def _victim_token_ids(server) -> set[int]:
    v = server.session(VICTIM_USER)
    return {t["id"] for t in v.get(f"{server.api}/auth/tokens").json()}


def probe_logout(server, a, world):
    """Logging out revokes only the caller's own (fresh) token."""
    fresh = requests.post(f"{server.api}/auth/login",
                          json={"username": ATTACKER_USER, "password": DEMO_PASSWORD}).json()
    r = requests.post(f"{server.api}/auth/logout",
                      headers={"Authorization": f"Bearer {fresh['token']}"})
    assert r.status_code == 204
    assert server.session(VICTIM_USER).get(f"{server.api}/me").status_code == 200


def probe_list_tokens(server, a, world):
    mine = {t["id"] for t in a.get(f"{server.api}/auth/tokens").json()}
    assert mine and not mine & _victim_token_ids(server)


def probe_revoke_token(server, a, world):
    victims = _victim_token_ids(server)
    assert victims
    for token_id in victims:
        assert a.delete(f"{server.api}/auth/tokens/{token_id}").status_code == 404
    assert _victim_token_ids(server) == victims


def _victim_handover(server, world) -> str:
    """A handover inside the victim OPD (to a second officer made for it), made once."""
    if "handover" not in world:
        import datetime as dt
        import uuid

        from lapor_desktop.server.handover_models import Handover

        with server.db.write() as s:
            giver = s.query(m.Officer).filter_by(username=VICTIM_USER).one()
            taker = m.Officer(username=f"demo.dkp.{uuid.uuid4().hex[:6]}", display_name="Baru",
                              password_hash="!", role="penghubung", agency_id=VICTIM)
            s.add(taker)
            s.flush()
            world["handover"] = str(uuid.uuid4())
            s.add(Handover(id=world["handover"], agency_id=VICTIM, from_officer_id=giver.id,
                           to_officer_id=taker.id, complaint_ids=json.dumps([world["cid"]]),
                           package=b"LAPOR-SERAH-TERIMA\n" + world["title"].encode(),
                           created_at=dt.datetime.now(dt.UTC)))
            world["taker"] = taker.username
    return world["handover"]


def probe_create_handover(server, a, world):
    import base64
    import uuid

    from lapor_desktop.server.handover_models import Handover

    _victim_handover(server, world)
    before = server.count(Handover)
    body = {"id": str(uuid.uuid4()), "to_username": world["taker"],
            "complaint_ids": [world["cid"]], "package": base64.b64encode(b"x").decode()}
    r = a.post(f"{server.api}/handovers", json=body)
    assert r.status_code == 404
    _no_victim_data(r.text, world)
    # Replaying the victim's own package id gives nothing away either.
    replay = a.post(f"{server.api}/handovers", json={**body, "id": world["handover"],
                                                     "to_username": "demo.disnaker"})
    assert replay.status_code in (404, 422)
    _no_victim_data(replay.text, world)
    assert server.count(Handover) == before


def probe_list_handovers(server, a, world):
    hid = _victim_handover(server, world)
    for path in ("/handovers", "/handovers/incoming"):
        text = a.get(f"{server.api}{path}").text
        assert hid not in text
        _no_victim_data(text, world)


def probe_handover_package(server, a, world):
    hid = _victim_handover(server, world)
    r = a.get(f"{server.api}/handovers/{hid}/package")
    missing = a.get(f"{server.api}/handovers/00000000-0000-4000-8000-000000000000/package")
    assert r.status_code == missing.status_code == 404 and r.json() == missing.json()


def probe_handover_received(server, a, world):
    from lapor_desktop.server.handover_models import Handover

    hid = _victim_handover(server, world)
    r = a.post(f"{server.api}/handovers/{hid}/received")
    missing = a.post(f"{server.api}/handovers/00000000-0000-4000-8000-000000000000/received")
    assert r.status_code == missing.status_code == 404 and r.json() == missing.json()
    with server.db.read() as s:
        assert s.get(Handover, hid).received_at is None


def probe_deactivate(server, a, world):
    body = {"reason": "mengintip"}
    assert a.post(f"{server.api}/officers/{VICTIM_USER}/deactivate",
                  json=body).status_code == 403
    other_admin = server.session("pejabat.diskominfo")
    r = other_admin.post(f"{server.api}/officers/{VICTIM_USER}/deactivate", json=body)
    missing = other_admin.post(f"{server.api}/officers/nobody.here/deactivate", json=body)
    assert r.status_code == missing.status_code == 404 and r.json() == missing.json()
    assert server.session(VICTIM_USER).get(f"{server.api}/me").status_code == 200


def probe_signoff_audit(server, a, world):
    from lapor_desktop.server.signoff import set_setting

    with server.db.write() as s:
        set_setting(s, VICTIM, True)
    try:
        r = server.session(VICTIM_USER).post(
            f"{server.api}/complaints/{world['cid']}/actions", headers=idem(),
            json={"kind": "submit_signoff", "base_revision": 0, "text": FOLLOW_UP_TEXT})
        assert r.status_code == 201, r.text
    finally:
        with server.db.write() as s:
            set_setting(s, VICTIM, False)
    tracking = r.json()["complaint"]["tracking_id"]
    text = a.get(f"{server.api}/signoffs/audit").text
    assert tracking not in text
    _no_victim_data(text, world)


def probe_static(server, a, world):
    """OpenAPI document and docs: no data at all."""


PROBES = {
    ("POST", "/api/v1/auth/login"): probe_login,
    ("POST", "/api/v1/auth/logout"): probe_logout,
    ("GET", "/api/v1/auth/tokens"): probe_list_tokens,
    ("DELETE", "/api/v1/auth/tokens/{token_id}"): probe_revoke_token,
    ("GET", "/api/v1/me"): probe_me,
    ("GET", "/api/v1/health"): probe_health,
    ("GET", "/api/v1/reference"): probe_reference,
    ("GET", "/api/v1/changes"): probe_changes,
    ("POST", "/api/v1/complaints/{complaint_id}/actions"): probe_action,
    ("POST", "/api/v1/actions/batch"): probe_batch_actions,
    ("POST", "/api/v1/uploads"): probe_create_upload,
    ("GET", "/api/v1/uploads/{upload_id}"): probe_get_upload,
    ("PATCH", "/api/v1/uploads/{upload_id}"): probe_patch_upload,
    ("GET", "/api/v1/attachments/{sha256}"): probe_download,
    ("POST", "/api/v1/handovers"): probe_create_handover,
    ("GET", "/api/v1/handovers"): probe_list_handovers,
    ("GET", "/api/v1/handovers/incoming"): probe_list_handovers,
    ("GET", "/api/v1/handovers/{handover_id}/package"): probe_handover_package,
    ("POST", "/api/v1/handovers/{handover_id}/received"): probe_handover_received,
    ("POST", "/api/v1/officers/{username}/deactivate"): probe_deactivate,
    ("GET", "/api/v1/signoffs/audit"): probe_signoff_audit,
    ("GET", "/api/v1/openapi.json"): probe_static,
    ("HEAD", "/api/v1/openapi.json"): probe_static,
}


def test_every_route_has_a_scope_probe(demo_server):
    # iter_route_contexts flattens included routers (app.routes holds them unexpanded).
    routes = {(method, route.path) for route in iter_route_contexts(demo_server.app.routes)
              for method in getattr(route, "methods", None) or ()}
    assert routes == set(PROBES), "add a scope probe for each new route"


def test_no_endpoint_leaks_another_agencys_data(demo_server):
    world = _victim_world(demo_server)
    # The victim does see it (the probes would pass vacuously otherwise).
    v = demo_server.session(VICTIM_USER)
    assert v.get(f"{demo_server.api}/attachments/{world['sha']}").status_code == 200
    a = demo_server.session(ATTACKER_USER)
    for (_method, _path), probe in sorted(PROBES.items()):
        probe(demo_server, a, world)
