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

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def sanitize_filename(name: str) -> str:
    """A display-safe file name: no directories, no control characters, bounded length.

    Both the client (before upload) and the server (on receipt) use it, so what the officer sees is
    what is stored. Never returns an empty string or a dot-only name.
    """
    name = unicodedata.normalize("NFC", name)
    name = re.split(r"[\\/]", name)[-1]
    name = _CONTROL.sub("", name).strip().lstrip(".")
    if len(name) > FILENAME_MAX_CHARS:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: FILENAME_MAX_CHARS - len(ext) - 1] + "." + ext
        else:
            name = name[:FILENAME_MAX_CHARS]
    return name or "lampiran"
