"""Findings 5 and 6 of issue 19: login throttling and revocable tokens, on a live server.

- ``X-Forwarded-For`` from a loopback peer made every try look like a new client: never throttled.
- A named officer could be locked out by a stranger; the delay now grows and is capped.
- The throttle lived in one process's memory; it is now in the database.
- The argon2 check ran inside a write transaction, stalling every officer's writes.
- There was no logout: a token stayed valid for 12 hours after logout-and-wipe.
"""

from __future__ import annotations

import sqlite3

import pytest
import requests

from lapor_desktop.server import auth
from lapor_desktop.server.seed import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer
from tests.support.serverkit import API, FakeClock, fresh_db_url


def _login(api: str, username: str, password: str = "salah-sandi", **headers: str):
    return requests.post(f"{api}/auth/login", json={"username": username, "password": password},
                         headers=headers, timeout=20)


def test_forwarded_for_from_loopback_does_not_escape_the_address_throttle(clean_server):
    api = clean_server.api
    # A spray: one wrong try per account, each claiming another client address.
    accounts = [f"tidak.ada.{i}" for i in range(21)]
    for i, name in enumerate(accounts):
        r = _login(api, name, **{"X-Forwarded-For": f"203.0.113.{i}"})
        assert r.status_code in (401, 429)
    r = _login(api, "demo.dinsos", DEMO_PASSWORD, **{"X-Forwarded-For": "198.51.100.1"})
    assert r.status_code == 429 and r.json()["error"] == "rate_limited"
    assert 1 <= int(r.headers["retry-after"]) <= 300


def test_forwarded_for_counts_only_behind_a_configured_proxy(tmp_path):
    clock = FakeClock()
    with LiveServer(fresh_db_url("sqlite", tmp_path), clock=clock,
                    trusted_proxies=["127.0.0.1"]) as live:
        from lapor_desktop.server import seed

        db = live.app.state.ctx.db
        with db.write() as s:
            seed.ensure_agencies(s)
        api = live.url + API
        for i in range(21):
            _login(api, f"tidak.ada.{i}", **{"X-Forwarded-For": "203.0.113.7"})
        blocked = _login(api, "demo.dinsos", DEMO_PASSWORD, **{"X-Forwarded-For": "203.0.113.7"})
        assert blocked.status_code == 429
        # A colleague behind the same proxy, at another address, is not slowed down.
        ok = _login(api, "demo.dinsos", DEMO_PASSWORD, **{"X-Forwarded-For": "203.0.113.8"})
        assert ok.status_code == 200


def test_delay_grows_exponentially_is_capped_and_the_right_password_gets_in(clean_server):
    api = clean_server.api
    waits: list[int] = []
    while len(waits) < 9:
        r = _login(api, "demo.dinsos")
        if r.status_code == 429:
            waits.append(int(r.headers["retry-after"]))
            clean_server.clock.advance(seconds=waits[-1])
        else:
            assert r.status_code == 401
    assert all(b > a for a, b in zip(waits[:5], waits[1:6], strict=True)), waits
    assert max(waits) <= 60 and waits[-1] >= 30, waits  # a delay, never a lock
    assert _login(api, "demo.dinsos").status_code == 401  # the stranger's last try
    # The stranger stops; after the (bounded) wait the officer's right password works ...
    blocked = _login(api, "demo.dinsos", DEMO_PASSWORD)
    assert blocked.status_code == 429
    clean_server.clock.advance(seconds=int(blocked.headers["retry-after"]))
    assert _login(api, "demo.dinsos", DEMO_PASSWORD).status_code == 200
    # ... and clears the account's count: the next typo is a plain 401 again.
    assert _login(api, "demo.dinsos").status_code == 401


def test_throttle_is_shared_by_server_processes_on_one_database(tmp_path):
    url = fresh_db_url("sqlite", tmp_path)
    clock = FakeClock()
    with LiveServer(url, clock=clock) as first, LiveServer(url, clock=clock) as second:
        from lapor_desktop.server import seed

        with first.app.state.ctx.db.write() as s:
            seed.ensure_agencies(s)
        for _ in range(5):
            assert _login(first.url + API, "demo.dlh").status_code == 401
        r = _login(second.url + API, "demo.dlh", DEMO_PASSWORD)
        assert r.status_code == 429


def test_password_is_verified_with_no_write_transaction_open(clean_server, monkeypatch):
    url = clean_server.db.url
    if not url.startswith("sqlite"):
        pytest.skip("probes the SQLite write lock")
    path = url.removeprefix("sqlite:///")
    probes: list[str] = []
    real = auth.verify_password

    def spying_verify(stored: str, password: str) -> bool:
        # While argon2 runs, another writer must get the write lock at once.
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            probes.append("free")
        except sqlite3.OperationalError as exc:
            probes.append(str(exc))
        finally:
            conn.close()
        return real(stored, password)

    monkeypatch.setattr(auth, "verify_password", spying_verify)
    assert _login(clean_server.api, "demo.dinkes").status_code == 401
    assert _login(clean_server.api, "demo.dinkes", DEMO_PASSWORD).status_code == 200
    assert probes == ["free", "free"]


def test_logout_revokes_the_token(clean_server):
    token = clean_server.token("demo.dinkes", fresh=True)
    headers = {"Authorization": f"Bearer {token}"}
    assert requests.get(f"{clean_server.api}/me", headers=headers, timeout=10).status_code == 200
    r = requests.post(f"{clean_server.api}/auth/logout", headers=headers, timeout=10)
    assert r.status_code == 204
    me = requests.get(f"{clean_server.api}/me", headers=headers, timeout=10)
    assert me.status_code == 401
    again = requests.post(f"{clean_server.api}/auth/logout", headers=headers, timeout=10)
    assert again.status_code == 401


def test_tokens_are_listed_and_revocable_per_officer(clean_server):
    api = clean_server.api
    laptop = clean_server.token("demo.dinkes", fresh=True)
    office = clean_server.token("demo.dinkes", fresh=True)
    other = clean_server.token("demo.pupr", fresh=True)
    auth_office = {"Authorization": f"Bearer {office}"}
    listed = requests.get(f"{api}/auth/tokens", headers=auth_office, timeout=10).json()
    assert len(listed) == 2 and [t["current"] for t in listed].count(True) == 1
    assert all(set(t) == {"id", "created_at", "expires_at", "current"} for t in listed)
    lost = next(t["id"] for t in listed if not t["current"])
    others = requests.get(f"{api}/auth/tokens", headers={"Authorization": f"Bearer {other}"},
                          timeout=10).json()
    # Another officer's session is not ours to see or revoke.
    assert requests.delete(f"{api}/auth/tokens/{others[0]['id']}", headers=auth_office,
                           timeout=10).status_code == 404
    assert requests.delete(f"{api}/auth/tokens/{lost}", headers=auth_office,
                           timeout=10).status_code == 204
    assert requests.get(f"{api}/me", headers={"Authorization": f"Bearer {laptop}"},
                        timeout=10).status_code == 401
    assert requests.get(f"{api}/me", headers=auth_office, timeout=10).status_code == 200
    assert requests.get(f"{api}/me", headers={"Authorization": f"Bearer {other}"},
                        timeout=10).status_code == 200
