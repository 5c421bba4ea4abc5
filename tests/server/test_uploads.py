"""Resumable content-addressed uploads and ranged downloads."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image

from lapor_desktop.server import models as m
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.workbench.evidence import prepare_data
from tests.support.evidence_files import XMP, exif_bytes, phone_jpeg, text_png
from tests.support.serverkit import FOLLOW_UP_TEXT, idem, sha, upload

CT = {"Content-Type": "application/offset+octet-stream"}


def _create(s, api, data, **kw):
    body = {"sha256": sha(data), "size": len(data), "filename": "foto.png",
            "mime_type": "image/png", **kw}
    return s.post(f"{api}/uploads", json=body)


def _patch(s, api, uid, offset, chunk):
    return s.patch(f"{api}/uploads/{uid}", data=chunk,
                   headers={**CT, "Upload-Offset": str(offset)})


def test_interrupted_upload_resumes_from_server_offset(demo_server):
    s = demo_server.session("demo.dlh")
    # Only the leading bytes are checked for the type; 2.5 MiB needs several 1 MiB chunks.
    data = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(2_500_000)
    uid = _create(s, demo_server.api, data).json()["upload_id"]
    assert _patch(s, demo_server.api, uid, 0, data[:500]).json()["offset"] == 500
    # The client lost track (crash): it asks the server where to resume.
    status = s.get(f"{demo_server.api}/uploads/{uid}").json()
    assert status == {"upload_id": uid, "sha256": sha(data), "offset": 500,
                      "size": len(data), "complete": False}
    # A chunk sent at the wrong offset is refused with the right one.
    r = _patch(s, demo_server.api, uid, 0, data[:500])
    assert r.status_code == 409 and r.json()["offset"] == 500
    for off in range(500, len(data), 1024 * 1024):
        r = _patch(s, demo_server.api, uid, off, data[off:off + 1024 * 1024])
        assert r.status_code == 200 and r.json()["offset"] == min(len(data), off + 1024 * 1024)
    assert r.json()["complete"] is True
    got = s.get(f"{demo_server.api}/attachments/{sha(data)}")
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-type"] == "image/png"


def test_wrong_hash_is_refused_and_upload_reset(demo_server):
    s = demo_server.session("demo.dlh")
    data = png_bytes(40, 40, (1, 1, 1))
    uid = _create(s, demo_server.api, data).json()["upload_id"]
    tampered = data[:-1] + bytes([data[-1] ^ 0xFF])
    r = _patch(s, demo_server.api, uid, 0, tampered)
    assert r.status_code == 409 and r.json()["error"] == "hash_mismatch"
    assert r.json()["offset"] == 0
    assert s.get(f"{demo_server.api}/uploads/{uid}").json()["offset"] == 0
    with demo_server.db.read() as ses:
        assert ses.get(m.Blob, sha(data)) is None
    assert _patch(s, demo_server.api, uid, 0, data).json()["complete"] is True


def test_content_must_match_declared_type(demo_server):
    s = demo_server.session("demo.dlh")
    data = b"%PDF-1.4 bukan gambar" * 3
    uid = _create(s, demo_server.api, data).json()["upload_id"]
    r = _patch(s, demo_server.api, uid, 0, data)
    assert r.status_code == 409 and r.json()["error"] == "hash_mismatch"


def test_duplicates_are_stored_once(demo_server):
    s = demo_server.session("demo.dlh")
    data = png_bytes(50, 20, (5, 6, 7))
    blobs = demo_server.count(m.Blob)
    first = upload(s, demo_server.api, data)
    again = _create(s, demo_server.api, data, filename="salinan.png").json()
    assert first["complete"] and again["complete"] and again["offset"] == len(data)
    # Another OPD must prove possession by sending the bytes; still stored once.
    other = demo_server.session("demo.dinsos")
    assert upload(other, demo_server.api, data)["complete"]
    assert demo_server.count(m.Blob) == blobs + 1


def test_range_download(demo_server):
    s = demo_server.session("demo.dlh")
    data = png_bytes(64, 64, (100, 50, 25), stripe=5)
    upload(s, demo_server.api, data)
    url = f"{demo_server.api}/attachments/{sha(data)}"
    r = s.get(url, headers={"Range": "bytes=10-19"})
    assert r.status_code == 206 and r.content == data[10:20]
    assert r.headers["content-range"] == f"bytes 10-19/{len(data)}"
    r = s.get(url, headers={"Range": "bytes=100-"})
    assert r.status_code == 206 and r.content == data[100:]
    r = s.get(url, headers={"Range": "bytes=-5"})
    assert r.status_code == 206 and r.content == data[-5:]
    for bad in ("bytes=99999-", "bytes=5-2", "pages=1-2"):
        r = s.get(url, headers={"Range": bad})
        assert r.status_code == 416 and r.json()["error"] == "range_not_satisfiable"


def test_limits_and_filename_sanitising(demo_server):
    s = demo_server.session("demo.dlh")
    data = png_bytes(8, 8, (0, 0, 0))
    r = _create(s, demo_server.api, data, filename="../../etc/pass\x00wd\r\n.png")
    assert r.status_code == 201
    with demo_server.db.read() as ses:
        name = ses.get(m.UploadSession, r.json()["upload_id"]).filename
    assert name == "passwd.png"
    for bad in ({"size": 10 * 1024 * 1024 + 1}, {"size": 0}, {"mime_type": "text/html"},
                {"mime_type": "application/x-msdownload"}, {"sha256": "XYZ"},
                {"filename": ""}):
        r = _create(s, demo_server.api, data, **bad)
        assert r.status_code == 422, bad
    uid = _create(s, demo_server.api, data).json()["upload_id"]
    r = s.patch(f"{demo_server.api}/uploads/{uid}", data=data,
                headers={"Upload-Offset": "0", "Content-Type": "application/json"})
    assert r.status_code == 415
    r = _patch(s, demo_server.api, uid, 0, data + b"extra")
    assert r.status_code == 409 and r.json()["error"] == "beyond_size"
    r = _patch(s, demo_server.api, uid, 0, b"x" * (1024 * 1024 + 1))
    assert r.status_code == 413
    r = s.patch(f"{demo_server.api}/uploads/{uid}", data=data, headers=CT)
    assert r.status_code == 422  # Upload-Offset header missing
    assert s.get(f"{demo_server.api}/uploads/{uid}").json()["offset"] == 0


def test_follow_up_with_uploaded_evidence(demo_server):
    s = demo_server.session("demo.dlh")
    cid = demo_server.new_complaint("kepri-dlh")
    data = png_bytes(30, 30, (200, 200, 0), stripe=2)
    upload(s, demo_server.api, data, filename="bukti-pengangkutan.png")
    r = s.post(f"{demo_server.api}/complaints/{cid}/actions", headers=idem(), json={
        "kind": "follow_up", "base_revision": 1, "text": FOLLOW_UP_TEXT,
        "attachments": [sha(data)]})
    assert r.status_code == 201, r.text
    att = r.json()["complaint"]["events"][-1]["attachments"]
    assert att == [{"sha256": sha(data), "filename": "bukti-pengangkutan.png",
                    "mime_type": "image/png", "size": len(data)}]


@pytest.mark.parametrize(("data", "mime"), [
    (phone_jpeg(320, 240), "image/jpeg"), (text_png(200, 100), "image/png")],
    ids=["jpeg-exif", "png-exif"])
def test_image_with_gps_is_refused_and_not_stored(demo_server, data, mime):
    # An older client that sends a photo as the phone made it: the position must not be kept.
    s = demo_server.session("demo.dlh")
    uid = _create(s, demo_server.api, data, mime_type=mime).json()["upload_id"]
    r = _patch(s, demo_server.api, uid, 0, data)
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "image_has_gps" and "lokasi GPS" in body["message"]
    assert s.get(f"{demo_server.api}/uploads/{uid}").json()["offset"] == 0
    with demo_server.db.read() as ses:
        assert ses.get(m.Blob, sha(data)) is None
    # The same photo cleaned by the client's preparation is accepted.
    cleaned = prepare_data("foto", data).data
    assert upload(s, demo_server.api, cleaned, mime=mime)["complete"] is True


def test_image_with_gps_only_in_xmp_is_refused(demo_server):
    s = demo_server.session("demo.dlh")
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "grey").save(out, "JPEG", xmp=XMP)
    data = out.getvalue()
    uid = _create(s, demo_server.api, data, mime_type="image/jpeg").json()["upload_id"]
    r = _patch(s, demo_server.api, uid, 0, data)
    assert r.status_code == 422 and r.json()["error"] == "image_has_gps"


def test_image_without_position_is_accepted_with_its_exif(demo_server):
    # The server refuses positions, not all metadata: a camera block without GPS still passes.
    s = demo_server.session("demo.dlh")
    out = io.BytesIO()
    Image.new("RGB", (32, 24), "grey").save(out, "JPEG", exif=exif_bytes(gps=False))
    assert upload(s, demo_server.api, out.getvalue(), mime="image/jpeg")["complete"] is True
