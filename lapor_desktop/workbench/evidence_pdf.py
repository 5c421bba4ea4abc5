"""PDF evidence: refuse active content, drop document metadata. Qt-free (pypdf).

A PDF that runs JavaScript (or launches programs, or carries XFA scripts) or that hides other
files inside it is refused: the reporter may open it, and hidden files are unreviewed evidence.
Otherwise the pages are copied into a new document without the Info dictionary (author,
creator, producer, dates) and without XMP packets on the catalogue or the pages.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from lapor_desktop.core.i18n import _
from lapor_desktop.workbench.evidence_meta import FoundMetadata

if TYPE_CHECKING:  # pypdf itself is imported when a PDF is attached, not at start-up (~0.2 s)
    from pypdf import PdfReader

_SCRIPT_KEYS = {"/JS", "/JavaScript", "/XFA", "/RichMedia"}
_SCRIPT_ACTIONS = {"/JavaScript", "/Launch", "/RichMediaExecute"}
_FILE_KEYS = {"/EmbeddedFiles", "/EmbeddedFile", "/EF"}
_WALK_LIMIT = 200_000  # objects; a hostile file must not make the walk endless
_INFO_LABELS = {"/Author": "Penulis", "/Creator": "Aplikasi pembuat", "/Producer": "Pengolah PDF",
                "/Title": "Judul", "/Subject": "Subjek", "/Keywords": "Kata kunci",
                "/CreationDate": "Tanggal dibuat", "/ModDate": "Tanggal diubah"}


def _active_content(reader: PdfReader) -> str | None:
    """``"script"``, ``"file"`` or None, from a walk of every object reachable from the root."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject
    seen: set[tuple[int, int]] = set()
    stack: list[object] = [reader.trailer["/Root"]]
    steps = 0
    while stack:
        steps += 1
        if steps > _WALK_LIMIT:
            return "script"  # too tangled to check: treated as unsafe
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                continue
            seen.add(key)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            for name, value in obj.items():
                if name in _SCRIPT_KEYS:
                    return "script"
                if name in _FILE_KEYS:
                    return "file"
                if name == "/S" and value in _SCRIPT_ACTIONS:
                    return "script"
                if name == "/Subtype" and value == "/FileAttachment":
                    return "file"
                stack.append(value)
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return None


def clean_pdf(data: bytes, name: str, error: type[Exception]) -> tuple[bytes, FoundMetadata]:
    """The PDF without document metadata, and what was found; raises ``error`` with an
    Indonesian message for a damaged, locked or active PDF."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise error(_("Dokumen '{name}' terkunci kata sandi; buka kuncinya lalu lampirkan lagi.")
                        .format(name=name))
        active = _active_content(reader)
        if active == "script":
            raise error(_("Dokumen '{name}' berisi JavaScript (kode yang berjalan saat dibuka) dan "
                           "tidak dapat dikirim. Cetak ulang ke PDF tanpa skrip (misalnya dengan "
                           "'Cetak ke PDF'), lalu lampirkan lagi.").format(name=name))
        if active == "file":
            raise error(_("Dokumen '{name}' menyimpan berkas lain di dalamnya dan tidak dapat "
                           "dikirim. Lampirkan berkas-berkas itu terpisah, atau cetak ulang ke PDF "
                           "tanpa lampiran.").format(name=name))
        found = _found(reader)
        writer = PdfWriter()
        for page in reader.pages:
            added = writer.add_page(page)
            for key in ("/Metadata", "/PieceInfo"):
                added.pop(NameObject(key), None)
        writer.metadata = None  # no Info dictionary at all (not even "Producer: pypdf")
        out = io.BytesIO()
        writer.write(out)
    except error:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError,
            RecursionError) as exc:
        raise error(_("Dokumen '{name}' rusak dan tidak dapat dibuka.").format(name=name)) from exc
    return out.getvalue(), found


def _found(reader: PdfReader) -> FoundMetadata:
    blocks, details = [], []
    info = reader.metadata
    if info:
        blocks.append("Info dokumen")
        for key, label in _INFO_LABELS.items():
            value = info.get(key)
            if value:
                details.append((label, str(value)[:120]))
    root = reader.trailer["/Root"].get_object()
    if "/Metadata" in root or any("/Metadata" in page for page in reader.pages):
        blocks.append("XMP")
    return FoundMetadata(blocks=tuple(blocks), details=tuple(details))
