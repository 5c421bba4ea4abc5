"""The server keeps no state in process memory: any worker may answer any request.

Two server processes on different ports share one database (SQLite file, and PostgreSQL when
``LAPOR_TEST_PG_URL`` is set): a login throttle earned on one holds on the other, and an upload
started on one finishes on the other. Then ``serve --workers 2`` behind the shipped nginx config
(deploy/nginx/lapor.conf) serves a whole session, and throttling sees the address nginx saw.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy import select

from lapor_desktop.server import models as m
from lapor_desktop.server import seed, throttle
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import ServerProcess
from tests.support.nginx import NginxProxy, nginx_binary
from tests.support.serverkit import API, BACKENDS, fresh_db_url, sha

CT = {"Content-Type": "application/offset+octet-stream"}
CHUNK = 1024 * 1024


@pytest.fixture(params=BACKENDS)
def shared_db(request, tmp_path) -> Iterator[str]:
    """A fresh database with the demo agencies and officers, for several server processes."""
    url = fresh_db_url(request.param, tmp_path)
    db = Database(url)
    db.create_schema()
    with db.write() as s:
        seed.ensure_agencies(s)
    db.dispose()
    yield url


@pytest.fixture
def two_servers(shared_db) -> Iterator[tuple[str, str, str]]:
    """Two independent server processes on two ports, one database."""
    with ServerProcess(shared_db) as a, ServerProcess(shared_db) as b:
        assert a.port != b.port
        yield a.url + API, b.url + API, shared_db


def _login(api: str, username: str, password: str) -> requests.Response:
    return requests.post(f"{api}/auth/login", json={"username": username, "password": password},
                         timeout=30)


def test_login_throttle_earned_on_one_process_holds_on_the_other(two_servers):
    a, b, url = two_servers
    free = throttle.POLICIES["account"].free
    # Alternate the servers: each alone sees fewer failures than the free ones, so only a count
    # kept in the shared database can ever answer 429. (A little slack past the first throttled
    # attempt: on a loaded machine its 1 s wait may pass before the next attempt arrives.)
    limit = 2 * (free - 1)
    codes = []
    for attempt in range(limit):
        r = _login((a, b)[attempt % 2], "demo.dlh", "salah-sekali")
        codes.append(r.status_code)
        if r.status_code == 429:
            assert int(r.headers["Retry-After"]) >= 1
            break
    assert codes[-1] == 429, codes
    assert codes[:free] == [401] * free
    per_server = [codes[i::2].count(401) for i in (0, 1)]
    assert max(per_server) < free, per_server  # neither process could have throttled alone
    db = Database(url)
    try:
        with db.read() as s:
            failures = s.execute(select(m.LoginThrottle.failures).where(
                m.LoginThrottle.scope == "account",
                m.LoginThrottle.key == "demo.dlh")).scalar_one()
        assert failures == codes.count(401)
    finally:
        db.dispose()


def test_upload_started_on_one_process_finishes_on_the_other(two_servers):
    a, b, _url = two_servers
    token = _login(a, "demo.dlh", "latihan123").json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    data = b"\x89PNG\r\n\x1a\n" + random.Random(18).randbytes(int(2.5 * CHUNK))
    r = requests.post(f"{a}/uploads", headers=auth, timeout=30, json={
        "sha256": sha(data), "size": len(data), "filename": "bukti.png",
        "mime_type": "image/png"})
    assert r.status_code == 201, r.text
    uid = r.json()["upload_id"]
    # Chunks go to alternating processes; each asks the other where the upload stands.
    for i, off in enumerate(range(0, len(data), CHUNK)):
        here, there = (a, b) if i % 2 == 0 else (b, a)
        assert requests.get(f"{here}/uploads/{uid}", headers=auth,
                            timeout=30).json()["offset"] == off
        r = requests.patch(f"{there}/uploads/{uid}", data=data[off:off + CHUNK], timeout=30,
                           headers={**auth, **CT, "Upload-Offset": str(off)})
        assert r.status_code == 200, r.text
    assert r.json()["complete"] is True
    for api in (a, b):
        assert requests.get(f"{api}/uploads/{uid}", headers=auth,
                            timeout=30).json()["complete"] is True
        got = requests.get(f"{api}/attachments/{sha(data)}", headers=auth, timeout=30)
        assert got.status_code == 200 and got.content == data


@pytest.mark.skipif(nginx_binary() is None, reason="nginx is not installed")
def test_workers_behind_nginx_serve_a_session_and_throttle_the_real_address(shared_db,
                                                                            tmp_path):
    args = ["--workers", "2", "--trusted-proxy", "127.0.0.1"]
    with ServerProcess(shared_db, args=args) as server, \
            NginxProxy([server.port], tmp_path / "nginx", worker_processes=1) as proxy:
        api = proxy.url + API
        r = _login(api, "demo.dlh", "latihan123")
        assert r.status_code == 200 and r.headers["Server"] == "nginx"
        auth = {"Authorization": f"Bearer {r.json()['token']}"}
        # Fresh connections each time, so the kernel spreads them over both workers; every
        # one of them knows the token.
        for _ in range(10):
            page = requests.get(f"{api}/changes", params={"cursor": 0}, headers=auth, timeout=30)
            assert page.status_code == 200 and page.json()["has_more"] is False
        data = b"\x89PNG\r\n\x1a\n" + random.Random(19).randbytes(int(1.5 * CHUNK))
        status = requests.post(f"{api}/uploads", headers=auth, timeout=30, json={
            "sha256": sha(data), "size": len(data), "filename": "bukti.png",
            "mime_type": "image/png"}).json()
        while not status["complete"]:
            off = status["offset"]
            r = requests.patch(f"{api}/uploads/{status['upload_id']}", timeout=30,
                               data=data[off:off + CHUNK],
                               headers={**auth, **CT, "Upload-Offset": str(off)})
            assert r.status_code == 200, r.text
            status = r.json()
        # A client's own X-Forwarded-For is replaced by nginx: the failure counts against the
        # address nginx saw, not one the client chose.
        r = requests.post(f"{api}/auth/login", timeout=30,
                          json={"username": "demo.dlh", "password": "salah-sekali"},
                          headers={"X-Forwarded-For": "203.0.113.9"})
        assert r.status_code == 401
    db = Database(shared_db)
    try:
        with db.read() as s:
            addresses = s.execute(select(m.LoginThrottle.key).where(
                m.LoginThrottle.scope == "address")).scalars().all()
    finally:
        db.dispose()
    assert addresses == ["127.0.0.1"]
