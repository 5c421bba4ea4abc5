"""Evidence files made safe to send: the one preparation path of the window and the CLI.

Every attachment goes through :func:`prepare_evidence` before it is queued. A photo is decoded,
turned upright (EXIF orientation), converted to 8-bit RGB/greyscale (CMYK and 16-bit PNG
included; a colour profile is applied to the pixels, then dropped), downscaled above
:data:`MAX_IMAGE_SIDE`, optionally redacted (blurred or blacked-out rectangles) and re-encoded
from bare pixels, so no metadata block survives: no EXIF, GPS, XMP, IPTC, ICC, PNG text or JPEG
comment. The result is checked again before it is returned. A PDF loses its document metadata
(:mod:`lapor_desktop.workbench.evidence_pdf`). Everything happens in memory: nothing
half-written is ever left on disk, and the cleaned copy reaches disk only through the outbox's
atomic, encrypted cache write. What was removed is reported (:class:`FoundMetadata`) so the
officer can see it and may write time and place as visible text instead.

Animated images are refused rather than cut to their first frame: the officer reviews and redacts
what is shown, and frames nobody looked at must not be sent (nor silently dropped from evidence).
Qt-free.
"""

from __future__ import annotations

import dataclasses
import io
import struct
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

from PIL import Image, ImageCms, ImageDraw, ImageFilter, ImageOps, UnidentifiedImageError

from lapor_desktop.core.i18n import _
from lapor_desktop.protocol import MAX_FILE_BYTES
from lapor_desktop.sync.outbox import AttachmentData, AttachmentError, read_attachment, sniff_mime
from lapor_desktop.workbench.evidence_meta import FoundMetadata, read_image_metadata
from lapor_desktop.workbench.evidence_pdf import clean_pdf

__all__ = ["MAX_IMAGE_SIDE", "MAX_PIXELS", "Evidence", "EvidenceError", "FoundMetadata", "PreparedEvidence",
           "Redaction", "hidden_blocks", "prepare_all", "prepare_data", "prepare_evidence",
           "read_evidence", "RedactionPreview"]

MAX_IMAGE_SIDE = 1600
# Refused before decoding: a 10 MB file can claim gigapixels (decompression bomb). 50 MP is
# above any phone camera in use.
MAX_PIXELS = 50_000_000
JPEG_QUALITY = 85
BLACK, BLUR = "black", "blur"


class EvidenceError(AttachmentError):
    """An evidence file cannot be prepared (corrupt, too large when decoded, animated, a PDF with
    scripts or embedded files); the message says why in Indonesian."""


@dataclasses.dataclass(frozen=True, slots=True)
class Redaction:
    """A rectangle to hide, in fractions (0..1) of the upright image, so it fits any size."""

    x: float
    y: float
    width: float
    height: float
    mode: str = BLUR  # BLUR or BLACK

    def box(self, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
        """Pixel box (left, top, right, bottom) in an image of ``size``; None if empty."""
        w, h = size
        left = max(0, min(w, round(min(self.x, self.x + self.width) * w)))
        top = max(0, min(h, round(min(self.y, self.y + self.height) * h)))
        right = max(0, min(w, round(max(self.x, self.x + self.width) * w)))
        bottom = max(0, min(h, round(max(self.y, self.y + self.height) * h)))
        return (left, top, right, bottom) if right > left and bottom > top else None

    def to_list(self) -> list[float | str]:
        """Plain form for a draft's JSON payload."""
        return [self.x, self.y, self.width, self.height, self.mode]

    @classmethod
    def from_list(cls, item: Sequence[float | str]) -> Redaction:
        """Inverse of :meth:`to_list`."""
        x, y, w, h, mode = item
        return cls(float(x), float(y), float(w), float(h), BLACK if mode == BLACK else BLUR)


@dataclasses.dataclass(frozen=True, slots=True)
class PreparedEvidence:
    """A cleaned evidence file, in memory, ready to queue; ``found`` is what was removed."""

    filename: str
    mime_type: str
    data: bytes
    found: FoundMetadata
    width: int = 0  # pixels (0 for a PDF)
    height: int = 0
    scaled: bool = False
    redactions: tuple[Redaction, ...] = ()

    @property
    def size(self) -> int:
        """Bytes that will be sent."""
        return len(self.data)

    @property
    def attachment(self) -> AttachmentData:
        """What the outbox queues."""
        return AttachmentData(self.filename, self.data)


def prepare_evidence(source: Path | str, *, redactions: Iterable[Redaction] = (),
                     max_side: int = MAX_IMAGE_SIDE) -> PreparedEvidence:
    """Read, check and clean one evidence file; raises :class:`AttachmentError` (or
    :class:`EvidenceError`) with an Indonesian message when it cannot go."""
    path = Path(source)
    return prepare_data(path.name, read_evidence(path), redactions=redactions, max_side=max_side)


def prepare_data(filename: str, data: bytes, *, redactions: Iterable[Redaction] = (),
                 max_side: int = MAX_IMAGE_SIDE) -> PreparedEvidence:
    """:func:`prepare_evidence` for bytes already read (``filename`` is shown and sent)."""
    mime = sniff_mime(data[:16])
    if mime is None:
        raise AttachmentError(_("Lampiran '{filename}' bukan gambar PNG/JPEG atau dokumen PDF. Hanya "
                                 "jenis berkas tersebut yang dapat dikirim.").format(filename=filename))
    if mime == "application/pdf":
        if tuple(redactions):
            raise EvidenceError(_("Dokumen '{filename}' tidak dapat disamarkan di sini; samarkan sebelum "
                                   "dijadikan PDF.").format(filename=filename))
        cleaned, found = clean_pdf(data, filename, EvidenceError)
        return _checked(PreparedEvidence(filename, mime, cleaned, found))
    return _checked(_prepare_image(filename, data, mime, tuple(redactions), max_side))


#: What a door may hand over for queueing: a file, or evidence prepared already.
Evidence = PreparedEvidence | AttachmentData


def prepare_all(items: Iterable[Path | str | Evidence]) -> list[AttachmentData]:
    """Every item ready for the outbox: paths are prepared here, prepared items pass through.
    The CLI and the drafting service call this, so no door queues an uncleaned file."""
    out = []
    for item in items:
        if isinstance(item, PreparedEvidence):
            out.append(item.attachment)
        elif isinstance(item, AttachmentData):
            # Already prepared in memory: passed on unless it still hides metadata (a PDF is
            # cleaned again; that is lossless, unlike encoding a JPEG twice).
            clean = sniff_mime(item.data[:16]) in ("image/png", "image/jpeg") and not hidden_blocks(
                item.data)
            out.append(item if clean else prepare_data(item.filename, item.data).attachment)
        else:
            out.append(prepare_evidence(item).attachment)
    return out


class RedactionPreview:
    """What the redaction editor shows while rectangles are drawn: the prepared photo decoded
    once, rendered with the rectangles as raw RGB (no encoding, so drawing stays quick). The
    queued copy is made by :func:`prepare_data` from the original with the same rectangles."""

    def __init__(self, data: bytes) -> None:
        with Image.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as image:
            image.load()
            self._base = image.convert("RGB")

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) in pixels."""
        return self._base.size

    def render(self, redactions: Iterable[Redaction]) -> bytes:
        """RGB bytes, row by row (3 bytes a pixel, no padding), with ``redactions`` applied."""
        image = self._base.copy()
        for redaction in redactions:
            _redact(image, redaction)
        return image.tobytes()


# --- reading ---------------------------------------------------------------------------------

def read_evidence(path: Path | str) -> bytes:
    """The bytes of an evidence file, refused (Indonesian message) when missing, a folder or a
    device, unreadable, empty or larger than the protocol allows."""
    return read_attachment(Path(path))


# --- images ----------------------------------------------------------------------------------

def _prepare_image(name: str, data: bytes, mime: str, redactions: tuple[Redaction, ...],
                   max_side: int) -> PreparedEvidence:
    corrupt = f"Gambar '{name}' rusak atau tidak lengkap dan tidak dapat dibuka."
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice it; a warning is a refusal here.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=["PNG", "JPEG"])
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _bomb(name, width, height)
            frames = getattr(image, "n_frames", 1)
            if frames > 1:
                raise EvidenceError(
                    _("Gambar '{name}' adalah animasi ({frames} bingkai) dan tidak dapat "
                       "dikirim. Simpan satu gambar diam sebagai JPEG atau PNG: hanya yang "
                       "terlihat dapat diperiksa dan disamarkan sebelum dikirim.")
                       .format(name=name, frames=frames))
            found = read_image_metadata(image)
            image.load()
            image = _upright_8bit(image)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _bomb(name) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError,
                struct.error, MemoryError) as exc:
            raise EvidenceError(corrupt) from exc
    scaled = max(image.size) > max_side
    if scaled:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    for redaction in redactions:
        _redact(image, redaction)
    encoded = _encode(image, jpeg=mime == "image/jpeg")
    if len(encoded) > MAX_FILE_BYTES:
        raise EvidenceError(_("Gambar '{name}' tetap lebih dari {value} MB setelah dibersihkan; simpan "
                               "sebagai JPEG lalu lampirkan lagi.")
                               .format(name=name, value=MAX_FILE_BYTES // (1024 * 1024)))
    return PreparedEvidence(name, mime, encoded, found, image.width, image.height, scaled,
                            redactions)


def _bomb(name: str, width: int = 0, height: int = 0) -> EvidenceError:
    shown = _("{width}×{height} piksel; ").format(width=width, height=height) if width else ""
    return EvidenceError(
        _("Gambar '{name}' terlalu besar saat dibuka ({shown}maksimal {value} juta "
           "piksel). Perkecil gambarnya lalu lampirkan lagi.")
           .format(name=name, shown=shown, value=MAX_PIXELS // 1_000_000))


def _upright_8bit(image: Image.Image) -> Image.Image:
    """Upright, colour-managed, 8-bit L, RGB or RGBA pixels."""
    image = ImageOps.exif_transpose(image) or image
    icc = image.info.get("icc_profile")
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale: scale to 8 bits (a plain convert would clip everything above 255).
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    elif image.mode in ("P", "PA", "LA", "La", "RGBa"):
        has_alpha = image.mode != "P" or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    elif image.mode == "1":
        image = image.convert("L")
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        image = _to_srgb(image, icc)
    if image.mode not in ("L", "RGB", "RGBA"):
        image = image.convert("RGB")  # CMYK (no usable profile), YCbCr, LAB, F
    return image


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    """Apply the embedded colour profile so colours survive dropping it."""
    out_mode = "RGBA" if image.mode == "RGBA" else "RGB"
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"),
                                              outputMode=out_mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return image  # unusable profile: keep the pixels as decoded
    return converted or image


def _redact(image: Image.Image, redaction: Redaction) -> None:
    box = redaction.box(image.size)
    if box is None:
        return
    if redaction.mode == BLACK:
        ImageDraw.Draw(image).rectangle((box[0], box[1], box[2] - 1, box[3] - 1),
                                        fill=(0, 0, 0, 255)[:len(image.getbands())])
        return
    # Pixelate, then blur: a blur alone can be partly reversed, coarse blocks cannot.
    region = image.crop(box)
    w, h = region.size
    block = max(8, max(w, h) // 6)  # about six blocks across: a face is no longer a face
    small = region.resize((max(1, w // block), max(1, h // block)), Image.Resampling.BOX)
    region = small.resize((w, h), Image.Resampling.NEAREST)
    image.paste(region.filter(ImageFilter.GaussianBlur(max(2, block // 2))), box[:2])


def _encode(image: Image.Image, *, jpeg: bool) -> bytes:
    # Re-made from bare pixels: no info, palette or EXIF object of the source can come along.
    bare = Image.frombytes(image.mode, image.size, image.tobytes())
    out = io.BytesIO()
    if jpeg:
        if bare.mode == "RGBA":
            bare = bare.convert("RGB")
        bare.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    else:
        bare.save(out, "PNG", optimize=False, compress_level=9)
    return out.getvalue()


# --- the final check -------------------------------------------------------------------------

_PNG_ALLOWED = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS"}
_JPEG_ALLOWED = {0xC0, 0xC1, 0xC2, 0xC4, 0xDB, 0xDD, 0xE0}  # SOFn, DHT, DQT, DRI, APP0 (JFIF)


def hidden_blocks(data: bytes) -> list[str]:
    """Metadata blocks still present in PNG/JPEG bytes, by walking the file's structure (not by
    trusting a decoder): PNG chunks other than pixels, JPEG APPn/COM segments other than JFIF."""
    found: list[str] = []
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        pos = 8
        while pos + 8 <= len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            if kind not in _PNG_ALLOWED:
                found.append(kind.decode("latin-1"))
            pos += 12 + length
    elif data.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 4 <= len(data) and data[pos] == 0xFF:
            marker = data[pos + 1]
            if marker == 0xDA:  # start of scan: only entropy-coded data follows
                break
            (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
            if marker not in _JPEG_ALLOWED:
                found.append(f"0xFF{marker:02X}")
            elif marker == 0xE0 and data[pos + 4:pos + 9] != b"JFIF\x00":
                found.append("APP0")
            pos += 2 + length
    return found


def _checked(prepared: PreparedEvidence) -> PreparedEvidence:
    if prepared.mime_type != "application/pdf" and hidden_blocks(prepared.data):
        # Never expected: a library change must stop the send, not leak.
        raise EvidenceError(_("Metadata '{filename}' tidak dapat dihapus dengan aman; lampiran tidak "
                               "dikirim.").format(filename=prepared.filename))
    return prepared
