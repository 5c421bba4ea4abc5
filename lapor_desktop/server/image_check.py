"""The server's own check that an uploaded image carries no GPS position.

Clients strip metadata before sending (``workbench/evidence.py``), but an older or foreign client
may not: the server refuses such an image at upload completion, so a position can never reach a
reporter or the public. Only the metadata is read (EXIF in a JPEG APP1 segment or a PNG eXIf
chunk, XMP text anywhere); the pixels are never decoded.
"""

from __future__ import annotations

import re
import struct

from PIL import Image

_GPS_IFD = 0x8825
_LAT, _LON = 2, 4
_XMP_GPS = re.compile(rb"GPS(?:Latitude|Longitude)\s*(?:=|>)")


def _exif_has_position(block: bytes) -> bool:
    exif = Image.Exif()
    try:
        exif.load(block)
        gps = exif.get_ifd(_GPS_IFD)
    except (OSError, ValueError, KeyError, TypeError, struct.error, SyntaxError):
        return False
    return _LAT in gps or _LON in gps


def _jpeg_exif(data: bytes) -> list[bytes]:
    blocks, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xDA:
            break
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        payload = data[pos + 4:pos + 2 + length]
        if marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            blocks.append(payload[6:])
        pos += 2 + length
    return blocks


def _png_exif(data: bytes) -> list[bytes]:
    blocks, pos = [], 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"eXIf":
            blocks.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    return blocks


def carries_gps(data: bytes) -> bool:
    """True when PNG/JPEG ``data`` holds a GPS latitude or longitude (EXIF or XMP)."""
    if _XMP_GPS.search(data):
        return True
    if data.startswith(b"\xff\xd8"):
        blocks = _jpeg_exif(data)
    elif data.startswith(b"\x89PNG\r\n\x1a\n"):
        blocks = _png_exif(data)
    else:
        return False
    return any(_exif_has_position(block) for block in blocks)
