"""Evidence attachments of a follow-up: add by file dialog or drag and drop, see sizes, remove.

Each added file is checked on the database worker before it is listed: photos wider or taller
than :data:`MAX_IMAGE_SIDE` are downscaled with ``QImage`` into the profile cache (the scaled copy
is what gets queued), and missing, unreadable, empty, too large or unsupported files are refused
with an Indonesian message, so nothing bad ever reaches the outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import KnownError
from lapor_desktop.drafting import SCALED_DIR, check_attachment
from lapor_desktop.sync.outbox import sniff_mime
from lapor_desktop.ui.formatting import format_size
from lapor_desktop.ui.plain import plain_label, tooltip
from lapor_desktop.ui.tasks import TaskManager

MAX_IMAGE_SIDE = 1600
_PATH_ROLE = Qt.ItemDataRole.UserRole


def prepare_attachment(path: Path | str, cache_dir: Path) -> dict[str, Any]:
    """Check ``path`` (downscaling a large photo into ``cache_dir`` first); returns the record
    to queue: ``path`` (maybe the scaled copy), ``filename``, ``size``, ``mime_type``,
    ``original`` and ``scaled``. Raises :class:`AttachmentError` for a file that cannot go.
    Runs on a worker thread (``QImage`` is safe there)."""
    original = Path(path)
    record = check_attachment(original)
    scaled = False
    if record["mime_type"] in ("image/png", "image/jpeg"):
        reader = QImageReader(str(original))
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_IMAGE_SIDE:
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                image = image.scaled(QSize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
                                     Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
                record = _save_scaled(image, original, record["mime_type"], cache_dir)
                scaled = True
    record.update(original=str(original), scaled=scaled)
    return record


def _save_scaled(image: QImage, original: Path, mime: str, cache_dir: Path) -> dict[str, Any]:
    # A folder of its own keeps the officer's file name (the server shows it) unique.
    folder = cache_dir / SCALED_DIR / uuid.uuid4().hex
    folder.mkdir(parents=True, exist_ok=True)
    jpeg = mime == "image/jpeg"
    target = folder / original.name
    tmp = folder / (".tmp-" + original.name)
    if not image.save(str(tmp), "JPG" if jpeg else "PNG", 85 if jpeg else -1):
        raise OSError(f"cannot write {tmp}")
    tmp.replace(target)
    with target.open("rb") as fh:
        assert sniff_mime(fh.read(16)) == mime
    return check_attachment(target)


class AttachmentList(QWidget):
    """The follow-up's evidence files (checked, maybe downscaled), with add and remove."""

    #: The list of attachments changed (added or removed).
    changed = Signal()
    #: A file was refused: its Indonesian reason (also shown under the list).
    refused = Signal(str)

    def __init__(self, tasks: TaskManager, cache_dir: Path, parent: QWidget | None = None, *,
                 file_dialog: Callable[[QWidget], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setAcceptDrops(True)
        self._tasks = tasks
        self._cache_dir = cache_dir
        self._file_dialog = file_dialog or self._ask_files
        self.pending = 0

        self.list = QListWidget()
        self.list.setObjectName("attachmentItems")
        self.list.setMaximumHeight(72)
        self.list.setAccessibleName(self.tr("Lampiran bukti"))
        self.add_button = QPushButton(self.tr("&Lampirkan berkas…"))
        self.add_button.setObjectName("attachAdd")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("&Hapus lampiran"))
        self.remove_button.setObjectName("attachRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = plain_label()
        self.message.setObjectName("attachMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #8a1c17; }")
        self.message.hide()
        hint = QLabel(self.tr("PNG, JPEG atau PDF, maksimal 10 MB; seret berkas ke sini."))
        hint.setStyleSheet("QLabel { color: #555555; }")
        hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.message)

    # --- public -----------------------------------------------------------------------------

    def paths(self) -> list[str]:
        """Paths to queue (scaled copies where a photo was downscaled)."""
        return [self.list.item(i).data(_PATH_ROLE)["path"] for i in range(self.list.count())]

    def originals(self) -> list[str]:
        """The files as the officer chose them (kept in the draft for recovery)."""
        return [self.list.item(i).data(_PATH_ROLE)["original"] for i in range(self.list.count())]

    def count(self) -> int:
        """Number of attachments listed."""
        return self.list.count()

    def clear(self) -> None:
        """Empty the list (another complaint was opened)."""
        self.list.clear()
        self.message.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Lock the list once the follow-up is queued."""
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.setAcceptDrops(not read_only)

    def add_files(self, paths: list[str]) -> None:
        """Check and add ``paths`` on the database worker; refusals show a message."""
        self.message.hide()
        for path in paths:
            self.pending += 1
            self._tasks.db(lambda p=path: prepare_attachment(p, self._cache_dir),
                           on_done=self._added, on_error=self._failed)

    def choose_files(self) -> None:
        """Ask for files with the file dialog."""
        chosen = self._file_dialog(self)
        if chosen:
            self.add_files(chosen)

    def remove_selected(self) -> None:
        """Remove the selected attachment."""
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    # --- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept dragged local files."""
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Add dropped local files."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- internals --------------------------------------------------------------------------

    def _ask_files(self, parent: QWidget) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            parent, self.tr("Pilih lampiran bukti"), "",
            self.tr("Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)"))
        return files

    def _added(self, record: dict[str, Any]) -> None:
        self.pending -= 1
        if record["original"] in self.originals():
            return
        text = f"{Path(record['original']).name}  ({format_size(record['size'])})"
        if record["scaled"]:
            text += "  " + self.tr("– diperkecil")
        item = QListWidgetItem(text)
        item.setData(_PATH_ROLE, record)
        item.setToolTip(tooltip(record["original"]))
        self.list.addItem(item)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.pending -= 1
        if not isinstance(error, KnownError | OSError):
            raise error
        text = str(error) if isinstance(error, KnownError) else self.tr(
            "Lampiran tidak dapat diproses: {error}").format(error=error)
        self.message.setText(text)
        self.message.show()
        self.refused.emit(text)
