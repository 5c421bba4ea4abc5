"""The built-in preview of an attachment: an image, or a PDF page by page; "Simpan sebagai…" and
the system viewer only when the officer asks for them.

Images are decoded by Qt from the decrypted bytes in memory (nothing written to disk); PDF pages
are rendered to pictures on the database worker (``workbench.preview``), so a large document
never blocks the window. A file of another type says so and offers the same two buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.protocol import sanitize_filename
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.preview import PageImage, render_pdf_page


def preview_kind(mime: str | None, data: bytes) -> str:
    """``"image"``, ``"pdf"`` or ``""`` (no built-in preview), by the bytes first."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        return "image"
    return "image" if (mime or "").startswith("image/") and not QImage.fromData(data).isNull() \
        else ""


class AttachmentPreview(QDialog):
    """Shows one attachment; PgUp/PgDown (or the buttons) move between PDF pages."""

    #: The officer asked to save the file ("Simpan sebagai…").
    save_requested = Signal()
    #: The officer asked for the system's viewer ("Buka dengan aplikasi lain").
    open_external_requested = Signal()
    #: A page (or the image) is on show: its 0-based index.
    page_shown = Signal(int)

    def __init__(self, tasks: TaskManager, filename: str, mime: str | None, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self._tasks = tasks
        self._data = data
        self.kind = preview_kind(mime, data)
        self.page = 0
        self.pages = 1
        name = sanitize_filename(filename)
        self.setWindowTitle(self.tr("Pratinjau: {name}").format(name=name))

        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setWordWrap(True)
        self.picture.setAccessibleName(self.tr("Isi lampiran {name}").format(name=name))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.picture)

        self.previous = QPushButton(self.tr("&Sebelumnya"))
        self.next = QPushButton(self.tr("Be&rikutnya"))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        pager = QHBoxLayout()
        for widget in (self.previous, self.page_label, self.next):
            pager.addWidget(widget)
        pager.insertStretch(0, 1)
        pager.addStretch(1)
        self.previous.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next.clicked.connect(lambda: self.show_page(self.page + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self,
                  lambda: self.show_page(self.page - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self,
                  lambda: self.show_page(self.page + 1))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Simpan &sebagai…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.external_button = buttons.addButton(self.tr("Buka dengan &aplikasi lain"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_requested)
        self.external_button.clicked.connect(self.open_external_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(pager)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self._show_first()

    def image(self) -> QPixmap:
        """The picture on show (null when there is none)."""
        return self.picture.pixmap()

    def show_page(self, index: int) -> None:
        """Render and show PDF page ``index`` (ignored outside the document)."""
        if self.kind != "pdf" or not 0 <= index < self.pages:
            return
        data = self._data
        self._tasks.db(lambda: render_pdf_page(data, index), on_done=self._on_page,
                       on_error=self._on_error)

    def _show_first(self) -> None:
        for widget in (self.previous, self.next, self.page_label):
            widget.setVisible(self.kind == "pdf")
        if self.kind == "image":
            image = QImage.fromData(self._data)
            if image.isNull():
                self._no_preview()
                return
            self.picture.setPixmap(QPixmap.fromImage(image))
            self.page_shown.emit(0)
        elif self.kind == "pdf":
            self.picture.setText(self.tr("Menampilkan halaman…"))
            self.show_page(0)
        else:
            self._no_preview()
        self.save_button.setFocus()

    def _no_preview(self) -> None:
        self.picture.setText(self.tr("Pratinjau tidak tersedia untuk jenis berkas ini. Simpan "
                                     "berkasnya, atau buka dengan aplikasi lain bila Anda "
                                     "mempercayainya."))

    def _on_page(self, page: PageImage) -> None:
        self.page, self.pages = page.index, page.pages
        image = QImage.fromData(page.png, "PNG")
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(self.tr("Halaman {n} dari {total}").format(
            n=page.index + 1, total=page.pages))
        self.previous.setEnabled(page.index > 0)
        self.next.setEnabled(page.index + 1 < page.pages)
        self.page_shown.emit(page.index)

    def _on_error(self, error: BaseException) -> None:
        self.picture.setText(str(error))
