"""Hostile or broken input gets a clear 4xx in the one error shape: never a 500, no partial write."""

from __future__ import annotations

import gzip

import requests

from lapor_desktop.server import models as m
from tests.support.serverkit import idem


def _tables(server):
    return tuple(server.count(t) for t in (m.Event, m.Action, m.Complaint, m.UploadSession,
                                            m.Blob, m.Tombstone))


def test_broken_requests_are_clear_4xx_and_write_nothing(demo_server):
    s = demo_server.session("demo.bpbd")
    cid = demo_server.new_complaint("kepri-bpbd")
    url = f"{demo_server.api}/complaints/{cid}/actions"
    json_ct = {"Content-Type": "application/json"}
    before = _tables(demo_server)
    cases = [
        (b"{not json", 400), (b"", 422), (b"[]", 422), (b"null", 422), (b"\xff\xfe", 400),
        (b'{"kind": 5, "base_revision": "x"}', 422),
        (b'{"kind": "internal_note", "base_revision": 1e99, "text": "a"}', 422),
        (b'{"kind": "internal_note", "base_revision": 1, "text": ["a"]}', 422),
        (b'{"kind": "internal_note", "base_revision": 1, "text": "a", "admin": true}', 422),
        (b'{"kind": "internal_note", "base_revision": 1, "text": "a"' + b" " * 2_000_000 + b"}",
         413),
    ]
    for body, status in cases:
        r = s.post(url, data=body, headers={**json_ct, **idem()})
        assert r.status_code == status, (body[:60], r.status_code, r.text[:200])
        err = r.json()
        assert err["error"] and err["message"]
    for path in ("/complaints/abc/actions", "/complaints/-1/actions",
                 "/complaints/99999999999999999999999/actions"):
        r = s.post(demo_server.api + path, json={}, headers=idem())
        assert r.status_code in (404, 422), path
    assert _tables(demo_server) == before


def test_unknown_routes_and_methods(demo_server):
    s = demo_server.session("demo.bpbd")
    assert s.get(f"{demo_server.api}/tidak-ada").json()["error"] == "not_found"
    r = s.delete(f"{demo_server.api}/changes")
    assert r.status_code == 405 and r.json()["error"] == "method_not_allowed"
    r = s.get(f"{demo_server.api}/../../etc/passwd")
    assert r.status_code == 404
    r = s.get(f"{demo_server.api}/attachments/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code in (404, 422)


def test_chunked_huge_body_is_413(demo_server):
    def gen():
        for _ in range(40):
            yield b"a" * 65536

    r = requests.post(f"{demo_server.api}/auth/login", data=gen(),
                      headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and r.json()["error"] == "too_large"


def test_gzip_when_accepted(demo_server):
    s = demo_server.session("demo.pupr")
    r = s.get(f"{demo_server.api}/changes", params={"limit": 50},
              headers={"Accept-Encoding": "gzip"}, stream=True)
    assert r.headers["content-encoding"] == "gzip"
    raw = r.raw.read(decode_content=False)
    assert gzip.decompress(raw).startswith(b"{")
    r = s.get(f"{demo_server.api}/changes", params={"limit": 50},
              headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in r.headers and r.json()["items"]


def test_every_response_has_date_header(demo_server):
    for r in (requests.get(f"{demo_server.api}/health"),
              requests.get(f"{demo_server.api}/me"),
              requests.get(f"{demo_server.api}/nope")):
        assert r.headers["date"].endswith("GMT")
