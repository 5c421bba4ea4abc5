"""Handovers on the reference server: audit trail, pick-up by the successor (idempotent, scoped to
the agency), and closing a departed officer's account."""

from __future__ import annotations

import base64
import uuid

import requests

from lapor_desktop.server.handover_models import Handover
from lapor_desktop.server.seed_data import DEMO_PASSWORD

A, B, ADMIN = "demo.kota-batam", "demo.kota-batam2", "pejabat.kota-batam"
OTHER = "demo.diskominfo"
SEALED = b"LAPOR-SERAH-TERIMA\n{}\n" + bytes(range(256)) * 4


def _upload(server, ids, **overrides):
    body = {"id": str(uuid.uuid4()), "to_username": B, "complaint_ids": ids,
            "package": base64.b64encode(SEALED).decode()}
    body.update(overrides)
    return body


def test_handover_is_recorded_once_and_picked_up_by_the_successor_only(clean_server):
    s = clean_server
    ids = [s.new_complaint("kota-batam") for _ in range(2)]
    a = s.session(A)
    body = _upload(s, ids)
    first = a.post(f"{s.api}/handovers", json=body)
    assert first.status_code == 200, first.text
    again = a.post(f"{s.api}/handovers", json=body)  # a retried upload
    assert again.json() == first.json()
    assert s.count(Handover) == 1
    trail = a.get(f"{s.api}/handovers").json()["items"]
    assert [(h["from_username"], h["to_username"], sorted(h["complaint_ids"]))
            for h in trail] == [(A, B, sorted(ids))]

    b = s.session(B)
    waiting = b.get(f"{s.api}/handovers/incoming").json()["items"]
    assert [h["id"] for h in waiting] == [body["id"]]
    package = b.get(f"{s.api}/handovers/{body['id']}/package")
    assert base64.b64decode(package.json()["package"]) == SEALED
    done = b.post(f"{s.api}/handovers/{body['id']}/received").json()
    assert done["received_at"] is not None
    assert b.post(f"{s.api}/handovers/{body['id']}/received").json() == done
    assert b.get(f"{s.api}/handovers/incoming").json()["items"] == []
    # Nobody else gets the package: the sender, another agency.
    assert a.get(f"{s.api}/handovers/{body['id']}/package").status_code == 404
    other = s.session(OTHER)
    assert other.get(f"{s.api}/handovers/{body['id']}/package").status_code == 404
    assert other.get(f"{s.api}/handovers").json()["items"] == []


def test_handover_is_refused_across_agencies(clean_server):
    s = clean_server
    mine = s.new_complaint("kota-batam")
    theirs = s.new_complaint("kepri-diskominfo")
    a = s.session(A)
    # Another agency's officer or complaint is "not found" (never told apart from absent);
    # a package that is not base64 is refused by the schema.
    assert a.post(f"{s.api}/handovers", json=_upload(s, [mine], to_username=OTHER)
                  ).status_code == 404
    assert a.post(f"{s.api}/handovers", json=_upload(s, [mine, theirs])).status_code == 404
    assert a.post(f"{s.api}/handovers", json=_upload(s, [mine], to_username=A)).status_code == 404
    assert a.post(f"{s.api}/handovers", json=_upload(s, [mine], package="%%%")).status_code == 422
    assert s.count(Handover) == 0


def test_admin_deactivates_the_predecessor_and_revokes_every_token(clean_server):
    s = clean_server
    a = s.session(A)
    assert a.get(f"{s.api}/me").status_code == 200
    # Only a pejabat of the same agency may do it.
    assert s.session(B).post(f"{s.api}/officers/{A}/deactivate",
                             json={"reason": "Mutasi"}).status_code == 403
    assert s.session("pejabat.diskominfo").post(f"{s.api}/officers/{A}/deactivate",
                                                json={"reason": "Mutasi"}).status_code == 404
    admin = s.session(ADMIN)
    r = admin.post(f"{s.api}/officers/{A}/deactivate", json={"reason": "Mutasi ke Dinas PU"})
    assert r.status_code == 200 and r.json()["tokens_revoked"] >= 1
    assert a.get(f"{s.api}/me").status_code == 401
    login = requests.post(f"{s.api}/auth/login", json={"username": A, "password": DEMO_PASSWORD},
                          timeout=10)
    assert login.status_code == 401
    again = admin.post(f"{s.api}/officers/{A}/deactivate", json={"reason": "Mutasi ke Dinas PU"})
    assert again.json()["deactivated_at"] == r.json()["deactivated_at"]
    # A deactivated officer receives no handover.
    c = s.new_complaint("kota-batam")
    assert s.session(B).post(f"{s.api}/handovers",
                             json=_upload(s, [c], to_username=A)).status_code == 404
