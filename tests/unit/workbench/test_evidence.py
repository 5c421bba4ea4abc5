"""Evidence preparation: every metadata block gone, photos upright and at most 1600 px, redaction
where the officer drew it, and a clear refusal (with nothing left in the cache) for bad files."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader

from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
from lapor_desktop.server.image_check import carries_gps
from lapor_desktop.store import open_store
from lapor_desktop.sync.outbox import AttachmentError
from lapor_desktop.workbench.drafts import DraftService
from lapor_desktop.workbench.evidence import (
    BLACK,
    MAX_IMAGE_SIDE,
    Redaction,
    hidden_blocks,
    prepare_all,
    prepare_data,
    prepare_evidence,
)
from tests.faults.hostile_server import snapshot
from tests.support import evidence_files as ef

NOW = dt.datetime(2026, 3, 16, 23, 30, tzinfo=dt.UTC)


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def assert_clean_image(data: bytes) -> None:
    """No EXIF/GPS, XMP, serial, owner or comment left; at most the size limit."""
    assert hidden_blocks(data) == []
    assert not carries_gps(data)
    for secret in (ef.XMP_MARK, ef.SERIAL.encode(), ef.OWNER.encode(), b"Exif", b"Samsung",
                   b"Rumah Pak Ahmad", b"ICC_PROFILE", b"Photoshop"):
        assert secret not in data, secret
    image = _open(data)
    assert not image.getexif() and "icc_profile" not in image.info
    assert max(image.size) <= MAX_IMAGE_SIDE


def test_phone_jpeg_loses_every_block_and_reports_what_it_said():
    original = ef.phone_jpeg(2400, 1800)
    # The test photo really carries what a phone writes (else the test proves nothing).
    assert set(hidden_blocks(original)) == {"0xFFE1", "0xFFE2", "0xFFED", "0xFFFE"}
    assert carries_gps(original) and ef.SERIAL.encode() in original

    prepared = prepare_data("foto.jpg", original)
    assert_clean_image(prepared.data)
    assert (prepared.width, prepared.height, prepared.scaled) == (1600, 1200, True)
    assert prepared.mime_type == "image/jpeg" and prepared.data.startswith(b"\xff\xd8")
    found = prepared.found
    assert set(found.blocks) == {"EXIF", "GPS", "XMP", "IPTC", "ICC", "Komentar JPEG"}
    assert found.latitude == pytest.approx(ef.LAT, abs=1e-5)
    assert found.longitude == pytest.approx(ef.LON, abs=1e-5)
    assert found.taken_at == dt.datetime(2026, 12, 2, 9, 14, 33)
    assert (found.device, found.serial) == ("Samsung SM-A525F", ef.SERIAL)
    assert ("Pemilik kamera", ef.OWNER) in found.details
    assert found.caption() == "Foto diambil 2 Des 2026 09.14 WIB di -0.91, 104.45"
    assert found.caption(place=False) == "Foto diambil 2 Des 2026 09.14 WIB"
    assert found.caption(time=False) == "Foto diambil di -0.91, 104.45"


def test_orientation_is_applied_to_the_pixels():
    # Orientation 6: the sensor's 2400x1800 is shown as a portrait 1800x2400.
    prepared = prepare_data("potret.jpg", ef.phone_jpeg(2400, 1800, orientation=6))
    assert (prepared.width, prepared.height) == (1200, 1600)
    assert _open(prepared.data).size == (1200, 1600)


def test_small_photo_is_re_encoded_too():
    # The old window path sent photos up to 1600 px byte for byte, metadata included.
    prepared = prepare_data("kecil.jpg", ef.phone_jpeg(800, 600))
    assert not prepared.scaled and (prepared.width, prepared.height) == (800, 600)
    assert_clean_image(prepared.data)


def test_png_text_chunks_and_exif_are_dropped_pixels_kept():
    original = ef.text_png(400, 200)
    assert {"tEXt", "iTXt", "eXIf"} <= set(hidden_blocks(original))
    prepared = prepare_data("denah.png", original)
    assert_clean_image(prepared.data)
    assert "Teks PNG" in prepared.found.blocks and prepared.found.has_location
    # Lossless: the same picture, only the metadata is gone.
    assert ImageChops.difference(_open(original).convert("RGB"),
                                 _open(prepared.data).convert("RGB")).getbbox() is None


def test_pdf_loses_info_and_xmp_keeps_pages():
    original = ef.metadata_pdf()
    assert ef.OWNER.encode() in original and ef.XMP_MARK in original
    prepared = prepare_data("surat.pdf", original)
    data = prepared.data
    for secret in (ef.OWNER.encode(), ef.XMP_MARK, b"/Author", b"/Creator", b"/Producer",
                   b"Microsoft Word", b"/Metadata", b"/Info"):
        assert secret not in data, secret
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 and not reader.metadata
    assert set(prepared.found.blocks) == {"Info dokumen", "XMP"}
    assert ("Penulis", ef.OWNER) in prepared.found.details


def test_16_bit_png_is_scaled_to_8_bits_not_clipped():
    prepared = prepare_data("pindai.png", ef.png16(64, 48))
    image = _open(prepared.data)
    assert image.mode == "L"
    assert image.getpixel((0, 0)) == 0 and image.getpixel((63, 0)) >= 254
    assert 120 <= image.getpixel((32, 0)) <= 135  # mid-grey stays mid-grey


def test_cmyk_jpeg_becomes_rgb_with_its_colour():
    image = _open(prepare_data("cetak.jpg", ef.cmyk_jpeg()).data)
    assert image.mode == "RGB"
    red, green, blue = ImageStat.Stat(image).mean
    assert red < 100 and green > 200 and blue > 200  # cyan stays cyan


BAD = [
    ("rusak.jpg", ef.corrupt_jpeg, "rusak atau tidak lengkap"),
    ("cmyk.jpg", ef.cmyk_jpeg, None),
    ("16bit.png", ef.png16, None),
    ("bom.png", ef.bomb_png, "terlalu besar saat dibuka"),
    ("animasi.gif", ef.animated_gif, "bukan gambar PNG/JPEG"),
    ("animasi.png", ef.animated_png, "adalah animasi (3 bingkai)"),
    ("skrip.pdf", ef.javascript_pdf, "berisi JavaScript"),
    ("lampiran.pdf", ef.attachment_pdf, "menyimpan berkas lain"),
    ("kosong.jpg", lambda: b"", "kosong"),
    ("palsu.pdf", lambda: b"%PDF-1.4\nbukan pdf", "rusak"),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_with_a_clear_message(tmp_path, name, make, message):
    """The table of awkward inputs: refused with a message naming the file, or (None) converted
    and accepted clean."""
    path = tmp_path / name
    path.write_bytes(make())
    if message is None:
        assert_clean_image(prepare_evidence(path).data)
        return
    with pytest.raises(AttachmentError) as info:
        prepare_evidence(path)
    assert message in str(info.value) and name in str(info.value)


@pytest.fixture
def service(tmp_path):
    with open_store(tmp_path / "prof" / "lapor.db", clock=lambda: NOW) as store:
        complaint = snapshot_to_complaint(ComplaintSnapshot.model_validate(snapshot(1, 1)))
        with store.transaction() as session:
            store.complaints.upsert_snapshots(session, [complaint])
        yield DraftService(store, tmp_path / "prof" / "cache", lambda: NOW)


REFUSED = [b for b in BAD if b[2] is not None][:6]


@pytest.mark.parametrize(("name", "make", "message"), REFUSED, ids=[b[0] for b in REFUSED])
def test_bad_input_leaves_nothing_queued_or_cached(service, tmp_path, name, make, message):
    good, bad = tmp_path / "bagus.jpg", tmp_path / name
    good.write_bytes(ef.phone_jpeg(320, 240))
    bad.write_bytes(make())
    with pytest.raises(AttachmentError, match=re.escape(message)):
        service.send_follow_up(1, "Tindak lanjut dengan bukti foto.", [good, bad])
    assert not any(service.store.outbox.counts().values())
    assert service.store.drafts.for_complaint(1) == []
    cache = service.cache_dir
    assert not cache.exists() or not [p for p in cache.rglob("*") if p.is_file()]


def test_redaction_changes_only_the_marked_region():
    original = ef.text_png(400, 200)
    plain = _open(prepare_data("a.png", original).data).convert("RGB")
    box = Redaction(0.25, 0.25, 0.5, 0.5)
    redacted = _open(prepare_data("a.png", original, redactions=[box]).data).convert("RGB")
    inside = (100, 50, 300, 150)
    diff = ImageChops.difference(plain, redacted)
    assert diff.getbbox() is not None and diff.getbbox() == inside
    # Blurred, not just nudged: the checkerboard's hard edges are gone inside the box.
    assert ImageStat.Stat(redacted.crop(inside)).stddev[2] < ImageStat.Stat(
        plain.crop(inside)).stddev[2] / 2
    black = _open(prepare_data("a.png", original, redactions=[
        Redaction(0.0, 0.0, 0.1, 0.2, BLACK)]).data).convert("RGB")
    assert black.crop((0, 0, 40, 40)).getextrema() == ((0, 0), (0, 0), (0, 0))


def test_prepared_data_passes_through_unless_it_still_hides_metadata():
    clean = prepare_data("a.jpg", ef.phone_jpeg(200, 150)).attachment
    assert prepare_all([clean])[0] is clean  # not encoded twice
    from lapor_desktop.sync.outbox import AttachmentData

    dirty = AttachmentData("b.jpg", ef.phone_jpeg(200, 150))
    assert hidden_blocks(prepare_all([dirty])[0].data) == []
