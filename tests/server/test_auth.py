"""Login, bearer tokens, expiry and login rate limiting against a live server."""

from __future__ import annotations

import requests

from lapor_desktop.server import models as m
from lapor_desktop.server.seed import DEMO_PASSWORD
from tests.support.serverkit import API


def test_login_returns_token_and_officer(demo_server):
    r = requests.post(f"{demo_server.api}/auth/login",
                      json={"username": "demo.diskominfo", "password": DEMO_PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["officer"] == {
        "username": "demo.diskominfo", "display_name": body["officer"]["display_name"],
        "role": "penghubung", "agency_id": "kepri-diskominfo",
        "agency_name": "Dinas Komunikasi dan Informatika Provinsi Kepulauan Riau",
        "agency_timezone": "WIB",
        # Training: Diskominfo's follow-ups need the Pejabat Penghubung's sign-off (issue 15).
        "signoff": {"required": True, "signers": []}}
    me = requests.get(f"{demo_server.api}/me",
                      headers={"Authorization": f"Bearer {body['token']}"})
    assert me.status_code == 200 and me.json() == body["officer"]
    assert "date" in me.headers


def test_token_is_stored_hashed(demo_server):
    token = demo_server.token("demo.pupr", fresh=True)
    from sqlalchemy import select

    with demo_server.db.read() as s:
        stored = s.execute(select(m.Token.token_hash)).scalars().all()
    assert token not in stored and all(len(h) == 64 for h in stored)


def test_wrong_password_and_unknown_user_are_401(demo_server):
    for username in ("demo.pupr", "tidak.ada"):
        r = requests.post(f"{demo_server.api}/auth/login",
                          json={"username": username, "password": "salah-sandi"})
        assert r.status_code == 401
        assert r.json()["error"] == "invalid_credentials"


def test_missing_or_bad_token_is_401(demo_server):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer " + "x" * 5000}):
        r = requests.get(f"{demo_server.api}/changes", headers=headers)
        assert r.status_code == 401, headers
        assert r.json()["error"] == "unauthorized"
        assert r.headers["www-authenticate"] == "Bearer"


def test_token_expires_after_12_hours(clean_server):
    s = clean_server.session("demo.dinkes")
    assert s.get(f"{clean_server.api}/me").status_code == 200
    clean_server.clock.advance(hours=11, minutes=59)
    assert s.get(f"{clean_server.api}/me").status_code == 200
    clean_server.clock.advance(minutes=2)
    r = s.get(f"{clean_server.api}/me")
    assert r.status_code == 401 and r.json()["error"] == "unauthorized"


def test_login_rate_limited_per_username(clean_server):
    url = f"{clean_server.api}/auth/login"
    for _ in range(5):
        r = requests.post(url, json={"username": "demo.dinsos", "password": "salah"})
        assert r.status_code == 401
    r = requests.post(url, json={"username": "demo.dinsos", "password": DEMO_PASSWORD})
    assert r.status_code == 429
    assert r.json()["error"] == "rate_limited"
    assert 1 <= int(r.headers["retry-after"]) <= 60
    # Another username from the same client is not locked out.
    ok = requests.post(url, json={"username": "demo.dlh", "password": DEMO_PASSWORD})
    assert ok.status_code == 200
    clean_server.clock.advance(seconds=61)
    r = requests.post(url, json={"username": "demo.dinsos", "password": DEMO_PASSWORD})
    assert r.status_code == 200


def test_health_needs_no_auth_and_reports_versions(demo_server):
    r = requests.get(f"{demo_server.url}{API}/health")
    assert r.status_code == 200
    body = r.json()
    assert body["api_version"] == "1" and body["min_client_version"]
    assert body["server_time"].endswith("Z") or "+00:00" in body["server_time"]
