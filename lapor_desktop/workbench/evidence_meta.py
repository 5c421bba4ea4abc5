"""What an evidence file said about its author before it was cleaned: read, never kept.

The preparation in :mod:`lapor_desktop.workbench.evidence` drops every metadata block; this module
reads them first so the officer can see what was removed (GPS position as numbers, capture time,
device) and choose to write time and place as visible text instead. Qt-free.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from PIL import Image

# EXIF tags (TIFF/EXIF 2.32 numbering).
_MAKE, _MODEL, _SOFTWARE, _ARTIST, _COPYRIGHT = 0x010F, 0x0110, 0x0131, 0x013B, 0x8298
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME, _DATETIME_ORIGINAL, _OFFSET_ORIGINAL = 0x0132, 0x9003, 0x9011
_OWNER, _BODY_SERIAL, _LENS_SERIAL = 0xA430, 0xA431, 0xA435
_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
# XMP keeps coordinates as "DDD,MM.mmk" or "DDD,MM,SSk" (attribute or element form).
_XMP_COORD = r"(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?([NSEW])"
_XMP_LAT = re.compile(rb"GPSLatitude(?:=\"|>)" + _XMP_COORD.encode())
_XMP_LON = re.compile(rb"GPSLongitude(?:=\"|>)" + _XMP_COORD.encode())
_XMP_SERIAL = re.compile(rb"(?:aux:SerialNumber|exifEX:BodySerialNumber)(?:=\"|>)([^\"<]{1,64})")


@dataclasses.dataclass(frozen=True, slots=True)
class FoundMetadata:
    """Metadata found in an evidence file (and removed from the copy that is sent).

    ``blocks`` names each hidden block that was present (``"EXIF"``, ``"GPS"``, ``"XMP"``, ...);
    ``details`` holds other revealing fields as (Indonesian label, value) pairs (owner, software,
    PDF author...). ``taken_at`` is the camera's local time; ``taken_offset`` its UTC offset when
    the camera wrote one.
    """

    blocks: tuple[str, ...] = ()
    latitude: float | None = None
    longitude: float | None = None
    taken_at: dt.datetime | None = None
    taken_offset: dt.timedelta | None = None
    make: str | None = None
    model: str | None = None
    serial: str | None = None
    details: tuple[tuple[str, str], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the file carried no hidden metadata at all."""
        return not self.blocks

    @property
    def has_location(self) -> bool:
        """True when a GPS position was found."""
        return self.latitude is not None and self.longitude is not None

    @property
    def device(self) -> str | None:
        """Make and model as one label ("Samsung SM-A525F"), or None."""
        parts = [p for p in (self.make, self.model) if p]
        if len(parts) == 2 and parts[1].lower().startswith(parts[0].lower()):
            parts = parts[1:]  # "Canon" + "Canon EOS 80D"
        return " ".join(parts) or None

    def time_text(self) -> str | None:
        """``2 Des 2026 09.14 WIB`` (the zone only when the camera recorded its offset)."""
        if self.taken_at is None:
            return None
        t = self.taken_at
        text = f"{t.day} {_MONTHS[t.month - 1]} {t.year} {t.hour:02d}.{t.minute:02d}"
        if self.taken_offset is not None:
            hours = self.taken_offset.total_seconds() / 3600
            zone = _ZONES.get(int(hours)) if hours.is_integer() else None
            text += " " + (zone or _utc_label(self.taken_offset))
        return text

    def place_text(self, decimals: int = 2) -> str | None:
        """``-0.91, 104.45``: coordinates only (no map, no place name); two decimals (about a
        kilometre) by default, enough to say where without pointing at a house."""
        if not self.has_location:
            return None
        return f"{self.latitude:.{decimals}f}, {self.longitude:.{decimals}f}"

    def caption(self, *, time: bool = True, place: bool = True) -> str | None:
        """Visible text for the follow-up: ``Foto diambil 2 Des 2026 09.14 WIB di -0.91, 104.45``;
        None when the chosen parts were not in the file."""
        when = self.time_text() if time else None
        where = self.place_text() if place else None
        if not when and not where:
            return None
        text = "Foto diambil"
        if when:
            text += f" {when}"
        if where:
            text += f" di {where}"
        return text

    def summary(self) -> str:
        """One Indonesian line for the command line: what was removed."""
        if self.is_empty:
            return "tidak ada metadata tersembunyi"
        parts = [f"blok {', '.join(self.blocks)}"]
        if self.has_location:
            parts.append(f"lokasi {self.place_text(5)}")
        if self.taken_at is not None:
            parts.append(f"waktu {self.time_text()}")
        if self.device:
            parts.append(f"perangkat {self.device}")
        if self.serial:
            parts.append(f"nomor seri {self.serial}")
        return "dihapus: " + "; ".join(parts)


def _utc_label(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if value is None:
        return None
    text = str(value).replace("\x00", "").strip()
    return text[:120] or None


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(v) for v in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    ref = _text(ref) or ""
    return round(-result if ref.upper() in ("S", "W") else result, 6)


def _exif_time(value: Any) -> dt.datetime | None:
    text = _text(value)
    try:
        return dt.datetime.strptime(text or "", "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _offset(value: Any) -> dt.timedelta | None:
    match = re.fullmatch(r"([+-])(\d{2}):(\d{2})", _text(value) or "")
    if not match:
        return None
    delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    return -delta if match.group(1) == "-" else delta


def _xmp_coord(pattern: re.Pattern[bytes], xmp: bytes) -> float | None:
    match = pattern.search(xmp)
    if not match:
        return None
    deg, minutes, seconds, ref = match.groups()
    value = int(deg) + float(minutes) / 60 + (float(seconds) / 3600 if seconds else 0.0)
    return round(-value if ref in (b"S", b"W") else value, 6)


def image_blocks(image: Image.Image) -> list[str]:
    """Names of the hidden metadata blocks an opened (not yet cleaned) image carries."""
    blocks: list[str] = []
    info = image.info
    for marker, payload in getattr(image, "applist", []):
        if marker == "APP1" and payload.startswith(b"Exif"):
            blocks.append("EXIF")
        elif marker == "APP1" and b"ns.adobe.com/xap" in payload[:64]:
            blocks.append("XMP")
        elif marker == "APP13":
            blocks.append("IPTC")
        elif marker == "APP2" and payload.startswith(b"ICC_PROFILE"):
            blocks.append("ICC")
        elif marker == "COM":
            blocks.append("Komentar JPEG")
        elif marker not in ("APP0", "APP14"):  # JFIF density and Adobe colour transform only
            blocks.append(f"Blok {marker}")
    if image.format == "PNG":
        if "exif" in info:
            blocks.append("EXIF")
        if "XML:com.adobe.xmp" in info or "xmp" in info:
            blocks.append("XMP")
        if "icc_profile" in info:
            blocks.append("ICC")
        if getattr(image, "text", None):
            blocks.append("Teks PNG")
    return list(dict.fromkeys(blocks))


def read_image_metadata(image: Image.Image) -> FoundMetadata:
    """Everything revealing an opened image carries (before any cleaning)."""
    blocks = image_blocks(image)
    exif = image.getexif()
    sub = exif.get_ifd(_EXIF_IFD)
    gps = exif.get_ifd(_GPS_IFD)
    lat = _degrees(gps.get(2), gps.get(1)) if 2 in gps else None
    lon = _degrees(gps.get(4), gps.get(3)) if 4 in gps else None
    xmp = _xmp_bytes(image)
    if lat is None and xmp:
        lat, lon = _xmp_coord(_XMP_LAT, xmp), _xmp_coord(_XMP_LON, xmp)
    if gps or lat is not None:
        blocks.insert(blocks.index("EXIF") + 1 if "EXIF" in blocks else 0, "GPS")
    serial = _text(sub.get(_BODY_SERIAL))
    if serial is None and xmp and (found := _XMP_SERIAL.search(xmp)):
        serial = _text(found.group(1))
    details = []
    for label, value in (("Pemilik kamera", sub.get(_OWNER)), ("Fotografer", exif.get(_ARTIST)),
                         ("Hak cipta", exif.get(_COPYRIGHT)), ("Aplikasi", exif.get(_SOFTWARE)),
                         ("Nomor seri lensa", sub.get(_LENS_SERIAL))):
        if (text := _text(value)) is not None:
            details.append((label, text))
    for key, value in (getattr(image, "text", None) or {}).items():
        if key != "XML:com.adobe.xmp" and (text := _text(value)) is not None:
            details.append((f"Teks PNG '{key[:40]}'", text))
    if (comment := _text(image.info.get("comment"))) is not None:
        details.append(("Komentar", comment))
    return FoundMetadata(
        blocks=tuple(dict.fromkeys(blocks)), latitude=lat if lon is not None else None,
        longitude=lon if lat is not None else None,
        taken_at=_exif_time(sub.get(_DATETIME_ORIGINAL)) or _exif_time(exif.get(_DATETIME)),
        taken_offset=_offset(sub.get(_OFFSET_ORIGINAL)), make=_text(exif.get(_MAKE)),
        model=_text(exif.get(_MODEL)), serial=serial, details=tuple(details))


def _xmp_bytes(image: Image.Image) -> bytes:
    for marker, payload in getattr(image, "applist", []):
        if marker == "APP1" and b"ns.adobe.com/xap" in payload[:64]:
            return payload
    value = image.info.get("XML:com.adobe.xmp") or image.info.get("xmp") or b""
    return value.encode("utf-8", "replace") if isinstance(value, str) else bytes(value)
