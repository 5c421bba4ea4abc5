"""PDF pages as pictures for the built-in attachment preview (Qt-free, run on a worker).

PDFium (``pypdfium2``) renders the page: QtPdf is not in PySide6-Essentials, poppler's
``pdftoppm`` is not bundled, and Pillow cannot rasterise PDF. Only pixels leave here (a PNG),
nothing of the document runs: PDFium renders without JavaScript or form actions.
"""

from __future__ import annotations

import dataclasses
import io

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _

#: The longer side of a rendered page, in pixels (a screen's worth; the dialog scales down).
MAX_SIDE = 1600


@dataclasses.dataclass(frozen=True, slots=True)
class PageImage:
    """One rendered page: PNG bytes, its 0-based index and the document's page count."""

    png: bytes
    index: int
    pages: int


class PreviewError(KnownError):
    """The document cannot be shown in the preview (damaged, locked with a password)."""


def render_pdf_page(data: bytes, index: int = 0, *, max_side: int = MAX_SIDE) -> PageImage:
    """Render page ``index`` (clamped to the document) of the PDF ``data``."""
    import pypdfium2 as pdfium  # imported here: only the preview needs PDFium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PreviewError(_("Dokumen ini tidak dapat ditampilkan: {error}.")
                           .format(error=exc)) from None
    try:
        pages = len(document)
        if pages == 0:
            raise PreviewError(_("Dokumen ini tidak berisi halaman."))
        index = max(0, min(index, pages - 1))
        page = document[index]
        width, height = page.get_size()
        scale = max_side / max(width, height, 1.0)
        image = page.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG")
        return PageImage(out.getvalue(), index, pages)
    finally:
        document.close()
