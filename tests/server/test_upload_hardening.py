"""Finding 8 of issue 19, server side: numeric header bounds, upload expiry and quota, content
checks for every accepted type, and attachment names cleaned as for saving."""

from __future__ import annotations

import struct

import pytest

from lapor_desktop.protocol import content_matches, reconcile_filename, sanitize_filename
from lapor_desktop.server import models as m
from lapor_desktop.server import routes_uploads
from lapor_desktop.server.seed import png_bytes
from tests.support.serverkit import sha, upload

CT = {"Content-Type": "application/offset+octet-stream"}


def _create(s, api, data, **kw):
    body = {"sha256": sha(data), "size": len(data), "filename": "foto.png",
            "mime_type": "image/png", **kw}
    return s.post(f"{api}/uploads", json=body)


def test_a_range_of_thousands_of_digits_is_416_not_500(demo_server):
    s = demo_server.session("demo.dlh")
    data = png_bytes(12, 12, (7, 7, 7))
    upload(s, demo_server.api, data)
    url = f"{demo_server.api}/attachments/{sha(data)}"
    for bad in ("bytes=" + "9" * 5000 + "-", "bytes=0-" + "9" * 5000, "bytes=-" + "1" * 5000):
        r = s.get(url, headers={"Range": bad})
        assert r.status_code == 416, (bad[:20], r.status_code)
        assert r.json()["error"] == "range_not_satisfiable"


def test_unfinished_uploads_have_a_quota_and_expire(clean_server):
    api = clean_server.api
    s = clean_server.session("demo.dlh")
    started = []
    for i in range(routes_uploads.MAX_OPEN_UPLOADS):
        data = png_bytes(10, 10, (i, 1, 2))
        r = _create(s, api, data)
        assert r.status_code == 201
        s.patch(f"{api}/uploads/{r.json()['upload_id']}", data=data[:10],
                headers={**CT, "Upload-Offset": "0"})
        started.append(r.json()["upload_id"])
    more = _create(s, api, png_bytes(10, 10, (99, 1, 2)))
    assert more.status_code == 429 and more.json()["error"] == "too_many_uploads"
    # Another officer is not affected by this one's open uploads.
    assert _create(clean_server.session("demo.dinsos"), api,
                   png_bytes(10, 10, (98, 1, 2))).status_code == 201
    clean_server.clock.advance(hours=24, minutes=1)
    s.headers["Authorization"] = f"Bearer {clean_server.token('demo.dlh', fresh=True)}"
    assert s.get(f"{api}/uploads/{started[0]}").status_code == 404
    assert _create(s, api, png_bytes(10, 10, (99, 1, 2))).status_code == 201
    with clean_server.db.read() as ses:
        assert ses.get(m.UploadSession, started[0]) is None
        left = ses.query(m.UploadChunk).filter(m.UploadChunk.upload_id.in_(started)).count()
    assert left == 0  # expired chunks are gone from the database


def _webp(payload: bytes = b"VP8 " + b"\x00" * 20) -> bytes:
    return b"RIFF" + struct.pack("<I", 4 + len(payload)) + b"WEBP" + payload


@pytest.mark.parametrize(("mime", "liar"), [
    ("image/webp", b"RIFF" + struct.pack("<I", 24) + b"AVI LIST" + b"\x00" * 16),
    ("image/webp", b"RIFF" + struct.pack("<I", 24) + b"WAVEfmt " + b"\x00" * 16),
    ("image/gif", b"GIF00a" + b"\x00" * 20),
    ("image/jpeg", b"\xff\xd8" + b"\x00" * 20),
    ("application/pdf", b"%PDx-" + b"\x00" * 20),
])
def test_every_accepted_type_is_checked_by_content(demo_server, mime, liar):
    s = demo_server.session("demo.dlh")
    uid = _create(s, demo_server.api, liar, mime_type=mime, filename="x").json()["upload_id"]
    r = s.patch(f"{demo_server.api}/uploads/{uid}", data=liar,
                headers={**CT, "Upload-Offset": "0"})
    # The bytes disagree with what was announced: 409, like a wrong hash (issue 13).
    assert r.status_code == 409 and r.json()["error"] == "hash_mismatch", mime


def test_a_real_webp_is_accepted(demo_server):
    s = demo_server.session("demo.dlh")
    status = upload(s, demo_server.api, _webp(), filename="foto.webp", mime="image/webp")
    assert status["complete"]
    assert content_matches("image/webp", _webp()) and not content_matches("image/webp", b"RIFF")


@pytest.mark.parametrize(("hostile", "clean"), [
    ("laporan\u202egnp.exe", "laporangnp.exe"),  # shown as "laporanexe.png" otherwise
    ("foto\u200b\u2066.png", "foto.png"),
    ("CON.png", "_CON.png"),
    ("lpt1", "_lpt1"),
    ('a<b>:"c"|?*.png', "a_b___c____.png"),
    ("  ..  ", "lampiran"),
])
def test_attachment_names_are_cleaned_for_display_as_for_saving(demo_server, hostile, clean):
    assert sanitize_filename(hostile) == clean
    s = demo_server.session("demo.dlh")
    data = png_bytes(9, 9, (len(hostile), 3, 3))
    r = _create(s, demo_server.api, data, filename=hostile)
    assert r.status_code == 201
    # Stored cleaned, and with the extension of its real type (a PNG is never "x.exe").
    with demo_server.db.read() as ses:
        stored = ses.get(m.UploadSession, r.json()["upload_id"]).filename
    assert stored == reconcile_filename(clean, "image/png")
    assert stored.endswith(".png")
