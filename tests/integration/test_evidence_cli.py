"""``lapor-desktop reply --attach`` in a real subprocess against the real server: what the server
stores is cleaned (no GPS, XMP, camera serial, PNG text or PDF metadata; photos at most 1600 px),
and a bad file is refused before anything is queued."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from lapor_desktop.server import models as m
from lapor_desktop.server.image_check import carries_gps
from lapor_desktop.store.profile import cache_dir
from lapor_desktop.workbench.evidence import MAX_IMAGE_SIDE, hidden_blocks
from tests.integration.test_cli import run_cli
from tests.support import evidence_files as ef
from tests.sync_helpers import FOLLOW_UP_TEXT, USER

pytestmark = pytest.mark.timeout(180)

SECRETS = (ef.XMP_MARK, ef.SERIAL.encode(), ef.OWNER.encode(), b"Samsung", b"Exif",
           b"Rumah Pak Ahmad", b"Lokasi rumah pelapor")


def _stored(world) -> dict[str, bytes]:
    """Blobs on the server by the file name they were attached under."""
    with world.db.read() as s:
        rows = s.execute(select(m.AttachmentLink.filename, m.Blob.data).join(
            m.Blob, m.Blob.sha256 == m.AttachmentLink.sha256)).all()
    return {name: bytes(data) for name, data in rows}


def assert_clean_stored_image(data: bytes) -> None:
    for secret in SECRETS:
        assert secret not in data, secret
    assert hidden_blocks(data) == [] and not carries_gps(data)
    image = Image.open(io.BytesIO(data))
    assert not image.getexif() and max(image.size) <= MAX_IMAGE_SIDE


def _logged_in(world, tmp_path) -> tuple[str, str]:
    server, w = world
    (cid,) = w.dispose(1)
    prof = str(tmp_path / "prof")
    assert run_cli("--profile", prof, "login", "--server", server.url, "--user",
                   USER).returncode == 0
    assert run_cli("sync", "--profile", prof).returncode == 0
    return prof, f"T{cid:07d}"


def test_reply_attach_sends_only_cleaned_files(world, tmp_path):
    _server, w = world
    prof, tracking = _logged_in(world, tmp_path)
    photo, plan, letter = tmp_path / "foto.jpg", tmp_path / "denah.png", tmp_path / "surat.pdf"
    photo.write_bytes(ef.phone_jpeg(2400, 1800))  # the reproduction
    plan.write_bytes(ef.text_png(1800, 900))
    letter.write_bytes(ef.metadata_pdf())
    text = tmp_path / "tl.txt"
    text.write_text(FOLLOW_UP_TEXT, encoding="utf-8")

    r = run_cli("--profile", prof, "reply", tracking, "--file", str(text), "--attach",
                str(photo), "--attach", str(plan), "--attach", str(letter))
    assert r.returncode == 0, r.stderr
    # The officer is told what was removed.
    assert "Lampiran foto.jpg: dihapus: blok IPTC, EXIF, GPS, XMP" in r.stdout
    assert "lokasi -0.91234, 104.45123" in r.stdout and ef.SERIAL in r.stdout
    assert "Lampiran surat.pdf: dihapus: blok Info dokumen, XMP" in r.stdout
    assert run_cli("sync", "--profile", prof).returncode == 0

    stored = _stored(w)
    assert set(stored) == {"foto.jpg", "denah.png", "surat.pdf"}
    assert_clean_stored_image(stored["foto.jpg"])
    assert Image.open(io.BytesIO(stored["foto.jpg"])).size == (1600, 1200)
    assert_clean_stored_image(stored["denah.png"])
    assert Image.open(io.BytesIO(stored["denah.png"])).size == (1600, 800)
    pdf = stored["surat.pdf"]
    for secret in (*SECRETS, b"/Author", b"/Creator", b"/Producer", b"/Metadata", b"/Info"):
        assert secret not in pdf, secret
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1


@pytest.mark.parametrize(("make", "name", "message"), [
    (ef.javascript_pdf, "skrip.pdf", "berisi JavaScript"),
    (ef.attachment_pdf, "lampiran.pdf", "menyimpan berkas lain"),
    (ef.bomb_png, "bom.png", "terlalu besar saat dibuka"),
], ids=["javascript", "embedded-file", "bomb"])
def test_reply_refuses_a_bad_file_and_queues_nothing(world, tmp_path, make, name, message):
    prof, tracking = _logged_in(world, tmp_path)
    bad = tmp_path / name
    bad.write_bytes(make())
    text = tmp_path / "tl.txt"
    text.write_text(FOLLOW_UP_TEXT, encoding="utf-8")
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(text), "--attach", str(bad))
    assert r.returncode != 0 and message in r.stderr and "Traceback" not in r.stderr
    status = json.loads(run_cli("status", "--json", "--profile", prof).stdout)
    assert status["outbox"] and not any(status["outbox"].values())
    cache = cache_dir(tmp_path / "prof")
    assert not cache.exists() or not [p for p in cache.rglob("*") if p.is_file()]
