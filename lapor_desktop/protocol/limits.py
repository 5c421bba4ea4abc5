"""Limits and text rules of the wire protocol, shared by the client and the reference server."""

from __future__ import annotations

import re
import unicodedata

API_PREFIX = "/api/v1"
API_VERSION = "1"
MIN_CLIENT_VERSION = "0.1.0"

MAX_JSON_BYTES = 1024 * 1024
MAX_CHUNK_BYTES = 1024 * 1024
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_PAGE_LIMIT = 500
# Ids, cursors and revisions fit a signed 32-bit integer (the server's INTEGER columns).
MAX_INT = 2**31 - 1
MAX_ATTACHMENTS_PER_ACTION = 20
FOLLOW_UP_MIN_CHARS = 20
TEXT_MAX_CHARS = 20000
FILENAME_MAX_CHARS = 120
ALLOWED_MIME_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf")
UPLOAD_CONTENT_TYPE = "application/offset+octet-stream"

# Control characters, and the invisible ones that reorder or hide text: bidi overrides and
# isolates (U+202E makes "gpj.exe" read "exe.jpg"), zero-width marks, the BOM.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_FORBIDDEN = re.compile(r'[<>:"|?*]')  # not allowed in Windows file names
# Windows device names: "CON.png" cannot be saved (and once could hang the machine).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10)),
             "COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3"}
FALLBACK_FILENAME = "lampiran"

# Leading bytes of each allowed type (RIFF is a container: WEBP must be named at offset 8).
_SIGNATURES: dict[str, tuple[tuple[int, bytes], ...]] = {
    "image/png": ((0, b"\x89PNG\r\n\x1a\n"),),
    "image/jpeg": ((0, b"\xff\xd8\xff"),),
    "image/gif": ((0, b"GIF87a"), (0, b"GIF89a")),
    "image/webp": ((0, b"RIFF"), (8, b"WEBP")),
    "application/pdf": ((0, b"%PDF-"),),
}
_ANY_OF = {"image/gif"}  # one of the signatures suffices; for the others all must match


def content_matches(mime_type: str, head: bytes) -> bool:
    """True if ``head`` (the file's first bytes, 16 or more) is really of ``mime_type``."""
    signatures = _SIGNATURES.get(mime_type)
    if not signatures:
        return False
    hits = [head[at:at + len(magic)] == magic for at, magic in signatures]
    return any(hits) if mime_type in _ANY_OF else all(hits)


def sanitize_filename(name: str, max_chars: int = FILENAME_MAX_CHARS) -> str:
    """A file name safe to show and to save: the one cleaning for display, upload and disk.

    No directories, no control or invisible reordering characters, no characters Windows
    refuses, no leading/trailing dots or spaces, no Windows device name (``CON.png`` becomes
    ``_CON.png``), bounded length keeping the extension. Both the client (before upload, on
    receipt, before display and saving) and the server (on receipt) use it, so what the officer
    sees is what is stored. Never returns an empty string or a dot-only name.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[\\/]", name)[-1]
    name = _CONTROL.sub("", name)
    name = _FORBIDDEN.sub("_", name)
    name = name.strip().strip(". ")
    if not name:
        return FALLBACK_FILENAME
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = "_" + name
    if len(name) > max_chars:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 16 and stem:
            name = stem[: max_chars - len(ext) - 1].rstrip(". ") + "." + ext
        else:
            name = name[:max_chars].rstrip(". ")
    return name or FALLBACK_FILENAME
