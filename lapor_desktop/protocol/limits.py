"""Limits and text rules of the wire protocol, shared by the client and the reference server."""

from __future__ import annotations

import re
import unicodedata

from lapor_desktop.core.checks import VANISHING as _CORE_VANISHING
from lapor_desktop.core.checks import text_length

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
# Complaints one internal note may link as the same problem ("terkait dengan #…").
MAX_RELATED_PER_ACTION = 20
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
_SURROGATE = re.compile("[\ud800-\udfff]")

# --- The one text rule of the protocol ------------------------------------------------------------
# Every free text an officer sends (reply, note, reason) passes :func:`clean_text`, on the client
# before it is queued and on the server when it arrives, so both hold exactly the same characters.
#
# Refused (no meaning, and PostgreSQL cannot store NUL; a UTF-8 encoder cannot encode a lone
# surrogate): C0 controls except tab, newline and carriage return, DEL, C1 controls, lone surrogates.
# Neutralised: CR LF and lone CR become LF; the byte order mark (U+FEFF, also used as an invisible
# "zero width no-break space") is removed; the bidi embedding, override and isolate controls
# (U+202A..U+202E, U+2066..U+2069) are removed, because they let a text show a reader something
# else than what it says (``"lampiran\u202egnp.exe"`` reads as ``lampiranexe.png``) while plain
# right-to-left script still shows right; the result is Unicode NFC, as typed on any keyboard.
REFUSED_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
VANISHING = _CORE_VANISHING  # one definition, in core (the checklist counts the same way)

# The same rule as JSON Schema ``pattern``s for the OpenAPI document, so a generated client (or a
# fuzzer) knows exactly what the server takes. Surrogates cannot appear in valid UTF-8 JSON, so the
# patterns need not name them. _R: refused characters; _V: characters that vanish.
_R = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f"
_V = "\\ufeff\\u202a-\\u202e\\u2066-\\u2069"
TEXT_PATTERN = f"^[^{_R}]*$"
# At least one character that is neither white space nor vanishing.
NONBLANK_PATTERN = f"^[\\s{_V}]*[^\\s{_V}{_R}][^{_R}]*$"


def min_visible_pattern(chars: int) -> str:
    """Pattern of a text whose :func:`visible_length` is at least ``chars`` (>= 2)."""
    edge = f"[^\\s{_V}{_R}]"
    return (f"^[\\s{_V}]*{edge}(?:[{_V}]*[^{_V}{_R}]){{{chars - 2},}}[{_V}]*{edge}"
            f"[\\s{_V}]*$")


def visible_length(value: str) -> int:
    """Length of ``value`` without vanishing characters and surrounding white space: what the
    minimum lengths of the protocol count (before NFC, so a schema pattern can express it).
    The client's checklist uses the same function (:func:`lapor_desktop.core.checks.text_length`)."""
    return text_length(value)


class TextRuleError(ValueError):
    """A text holds a character the protocol refuses; the message is for the officer."""


def clean_text(value: str) -> str:
    """``value`` under the protocol's text rule (see above); raises :class:`TextRuleError`."""
    text = value.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    bad = REFUSED_CHARS.search(text)
    if bad is not None:
        char = bad.group()
        what = ("karakter NUL" if char == "\x00" else
                "karakter pengganti (surrogate) yang tidak lengkap" if _SURROGATE.match(char)
                else "karakter kontrol")
        raise TextRuleError(f"Teks memuat {what} (U+{ord(char):04X}) pada posisi "
                            f"{bad.start() + 1} yang tidak dapat disimpan; hapus karakter itu")
    return BIDI_CONTROLS.sub("", unicodedata.normalize("NFC", text))


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
    name = _SURROGATE.sub("", name or "")
    name = unicodedata.normalize("NFC", name)
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


# The extensions each allowed type may carry; the first one is used when a name needs fixing.
EXTENSIONS = {
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg", ".jpe"),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
}


def reconcile_filename(name: str, mime_type: str) -> str:
    """``name`` (already sanitized) with an extension that matches ``mime_type``, the type found in
    the content: a PNG named ``x.exe`` becomes ``x.png``, so no reader opens an image as a program.
    A name without an extension gets one; a matching one is kept (any case)."""
    allowed = EXTENSIONS.get(mime_type)
    if not allowed:
        return name
    stem, dot, ext = name.rpartition(".")
    if dot and stem and f".{ext.lower()}" in allowed:
        return name
    if dot and stem and 0 < len(ext) <= 10 and ext.isalnum():
        name = stem  # a wrong extension is replaced, not kept in front of the right one
    name = name[: FILENAME_MAX_CHARS - len(allowed[0])]
    return name + allowed[0]


def json_integer(value: object) -> object:
    """Before int validation: a JSON integer (``140`` or ``140.0``), never a string or a
    boolean, which pydantic's lax mode would coerce although the schema says ``integer``."""
    if isinstance(value, str | bytes | bool):
        from pydantic_core import PydanticCustomError

        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value
