"""Attachment file names and types from the server, made safe before anything touches the disk.

:func:`safe_filename` strips directories, ``..``, control characters, Windows reserved device
names and trailing dots/spaces, and bounds the length keeping the extension. :func:`check_content`
decides from the file's first bytes (never its name) whether it may be opened at all: only images
and PDF whose content matches the declared type open; executables and scripts are offered
"Simpan sebagai…" only. Decrypted copies go to a private folder inside the profile
(:func:`private_temp_dir`), removed at exit (:func:`clear_private_temp`).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import uuid
from pathlib import Path

from lapor_desktop.protocol.limits import FALLBACK_FILENAME, content_matches, sanitize_filename

MAX_NAME_CHARS = 120
FALLBACK_NAME = FALLBACK_FILENAME
TEMP_DIR_NAME = "tmp-open"


# Types that run code when opened: never opened from LAPOR! Desktop, only saved.
_EXECUTABLE = """
    exe bat cmd com scr msi msp msc ps1 psm1 psd1 vbs vbe js jse mjs wsf wsh hta cpl pif jar
    sh bash zsh csh ksh command run bin desktop appimage lnk url scf reg inf dll sys drv ocx
    py pyw pyc pl rb php apk deb rpm dmg pkg app iso img vhd vhdx xll docm dotm xlsm xltm xlam
    pptm potm ppam sldm application gadget msix msixbundle appx workflow action
"""
EXECUTABLE_EXTENSIONS = frozenset(_EXECUTABLE.split())

#: What may be opened with the system viewer: MIME type -> allowed extensions.
OPENABLE = {
    "image/png": ("png",),
    "image/jpeg": ("jpg", "jpeg", "jpe"),
    "image/gif": ("gif",),
    "image/webp": ("webp",),
    "application/pdf": ("pdf",),
}

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"MZ", "application/x-msdownload"),
    (b"\x7fELF", "application/x-executable"),
    (b"#!", "text/x-script"),
    (b"PK\x03\x04", "application/zip"),
    (b"\xca\xfe\xba\xbe", "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", "application/x-mach-binary"),
    (b"L\x00\x00\x00\x01\x14\x02\x00", "application/x-ms-shortcut"),
)


def safe_filename(name: str | None, max_chars: int = MAX_NAME_CHARS) -> str:
    """A file name safe to create on Windows, macOS and Linux; never empty, never a path.

    The same cleaning as for display and upload (:func:`lapor_desktop.protocol.sanitize_filename`).
    """
    return sanitize_filename(name or "", max_chars)


def extension(name: str) -> str:
    """The lowercased last extension (``"Foto.JPG.exe"`` -> ``"exe"``), or ``""``."""
    _stem, dot, ext = name.rpartition(".")
    return ext.lower().strip() if dot else ""


def is_executable_name(name: str) -> bool:
    """True if any extension of ``name`` is a type that runs code (``a.exe.pdf`` counts too)."""
    parts = [p.lower().strip() for p in name.split(".")[1:]]
    return any(p in EXECUTABLE_EXTENSIONS for p in parts)


def sniff_mime(head: bytes) -> str | None:
    """The type ``head`` (a file's first bytes) starts with, or None."""
    if content_matches("image/webp", head):
        return "image/webp"
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class ContentVerdict:
    """Whether an attachment may be opened, and why not (Indonesian, for the officer)."""

    can_open: bool
    mime: str | None
    reason: str = ""


def check_content(name: str, declared_mime: str | None, head: bytes) -> ContentVerdict:
    """Decide from the content (magic bytes), the declared type and the name."""
    actual = sniff_mime(head)
    if is_executable_name(name) or actual not in OPENABLE:
        return ContentVerdict(False, actual, "Jenis berkas ini dapat menjalankan program atau "
                              "tidak dikenali, jadi tidak dibuka langsung. Gunakan "
                              "\"Simpan sebagai…\" lalu periksa berkasnya dengan antivirus.")
    if declared_mime and declared_mime.lower() != actual:
        return ContentVerdict(False, actual, "Isi berkas tidak sesuai dengan jenis yang "
                              "disebutkan server, jadi tidak dibuka langsung. Gunakan "
                              "\"Simpan sebagai…\".")
    if extension(name) not in OPENABLE[actual]:
        return ContentVerdict(False, actual, "Nama berkas tidak sesuai dengan isinya, jadi tidak "
                              "dibuka langsung. Gunakan \"Simpan sebagai…\".")
    return ContentVerdict(True, actual)


def private_temp_dir(profile: Path) -> Path:
    """The profile's private folder for decrypted copies being viewed (owner-only)."""
    folder = Path(profile) / TEMP_DIR_NAME
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


def clear_private_temp(profile: Path) -> None:
    """Delete every decrypted copy (call at exit, and at start after a crash)."""
    shutil.rmtree(Path(profile) / TEMP_DIR_NAME, ignore_errors=True)


def write_private_copy(temp_dir: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``safe_filename(name)`` in a fresh sub-folder of ``temp_dir``.

    The result is checked to lie inside ``temp_dir`` whatever ``name`` was.
    """
    root = Path(temp_dir).resolve()
    folder = root / uuid.uuid4().hex
    folder.mkdir(mode=0o700)
    target = (folder / safe_filename(name)).resolve()
    if target.parent != folder:
        raise ValueError("attachment name escapes the temp folder")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return target
