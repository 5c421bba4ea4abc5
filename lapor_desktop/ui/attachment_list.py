"""Evidence attachments of a follow-up: add by file dialog or drag and drop, redact, remove.

Each added file is prepared on the database worker by the Qt-free
:mod:`lapor_desktop.workbench.evidence` (the same path as ``lapor-desktop reply --attach``):
metadata removed, photos turned upright and downscaled, bad files refused with an Indonesian
message. The cleaned copy lives only in memory until *Kirim* queues it (into the encrypted
cache); the original file is read once and never leaves the PC. "Samarkan bagian…" opens the
redaction editor; the redacted copy is prepared again from the original and replaces the one
listed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
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
from lapor_desktop.protocol import sanitize_filename
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import format_size
from lapor_desktop.ui.plain import plain_label, tooltip
from lapor_desktop.ui.redact_dialog import RedactDialog
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.evidence import (
    PreparedEvidence,
    Redaction,
    prepare_data,
    read_evidence,
)

_RECORD_ROLE = Qt.ItemDataRole.UserRole


def _prepare(path: str, redactions: Sequence[Redaction]) -> dict[str, Any]:
    """Worker side: the cleaned file (with and without redactions) and the original's bytes."""
    source = read_evidence(path)
    base = prepare_data(Path(path).name, source)
    prepared = prepare_data(base.filename, source, redactions=redactions) if redactions else base
    return {"original": path, "source": source, "base": base, "prepared": prepared}


class AttachmentList(QWidget):
    """The follow-up's evidence files (cleaned, maybe downscaled and redacted), with add,
    redact and remove."""

    #: The list of attachments changed (added, redacted or removed).
    changed = Signal()
    #: A file was refused: its Indonesian reason (also shown under the list).
    refused = Signal(str)
    #: The selected attachment changed: its PreparedEvidence, or None.
    selected = Signal(object)

    def __init__(self, tasks: TaskManager, cache_dir: Path, parent: QWidget | None = None, *,
                 file_dialog: Callable[[QWidget], list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setAcceptDrops(True)
        self._tasks = tasks
        self._cache_dir = cache_dir  # kept for callers; nothing is written here any more
        self._file_dialog = file_dialog or self._ask_files
        self._read_only = False
        self.pending = 0

        self.list = QListWidget()
        self.list.setObjectName("attachmentItems")
        self.list.setMaximumHeight(72)
        self.list.setAccessibleName(self.tr("Lampiran bukti"))
        self.list.currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("&Lampirkan berkas…"))
        self.add_button.setObjectName("attachAdd")
        self.add_button.clicked.connect(self.choose_files)
        self.redact_button = QPushButton(self.tr("&Samarkan bagian…"))
        self.redact_button.setObjectName("attachRedact")
        self.redact_button.setToolTip(self.tr("Samarkan atau tutup wajah, pelat nomor, nomor "
                                              "rumah atau dokumen sebelum foto dikirim"))
        self.redact_button.clicked.connect(self.redact_selected)
        self.remove_button = QPushButton(self.tr("&Hapus lampiran"))
        self.remove_button.setObjectName("attachRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = plain_label()
        self.message.setObjectName("attachMessage")
        self.message.setWordWrap(True)
        theme.themed(self.message, "QLabel {{ color: {error_text}; }}")
        self.message.hide()
        hint = QLabel(self.tr("PNG, JPEG atau PDF, maksimal 10 MB; seret berkas ke sini. "
                              "Metadata (lokasi, waktu, perangkat) selalu dihapus."))
        theme.themed(hint, "QLabel {{ color: {note_text}; }}")
        hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.redact_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        self._update_buttons()

    # --- public -----------------------------------------------------------------------------

    def prepared(self) -> list[PreparedEvidence]:
        """The cleaned (and redacted) files to queue, in list order."""
        return [self._record(i)["prepared"] for i in range(self.list.count())]

    def originals(self) -> list[str]:
        """The files as the officer chose them (kept in the draft for recovery)."""
        return [self._record(i)["original"] for i in range(self.list.count())]

    def redactions(self) -> dict[str, list[list[float | str]]]:
        """Rectangles per original file, in plain form for the draft (restored with it)."""
        out = {}
        for i in range(self.list.count()):
            record = self._record(i)
            if record["prepared"].redactions:
                out[record["original"]] = [r.to_list() for r in record["prepared"].redactions]
        return out

    def current(self) -> PreparedEvidence | None:
        """The selected attachment, or None."""
        row = self.list.currentRow()
        return self._record(row)["prepared"] if row >= 0 else None

    def count(self) -> int:
        """Number of attachments listed."""
        return self.list.count()

    def clear(self) -> None:
        """Empty the list (another complaint was opened): originals are forgotten."""
        self.list.clear()
        self.message.hide()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """Lock the list once the follow-up is queued."""
        self._read_only = read_only
        self.setAcceptDrops(not read_only)
        self._update_buttons()

    def add_files(self, paths: Iterable[str],
                  redactions: Mapping[str, Sequence[Sequence[float | str]]] | None = None) -> None:
        """Prepare and add ``paths`` on the database worker (``redactions``: rectangles per path,
        from a restored draft); refusals show a message."""
        self.message.hide()
        for path in paths:
            rects = tuple(Redaction.from_list(r) for r in (redactions or {}).get(path, ()))
            self.pending += 1
            self._tasks.db(lambda p=path, r=rects: _prepare(p, r),
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

    def redact_selected(self) -> None:
        """Open the redaction editor on the selected photo; the result replaces it."""
        row = self.list.currentRow()
        if row < 0 or self._read_only:
            return
        record = self._record(row)
        dialog = RedactDialog(record["base"].data, record["prepared"].redactions,
                              record["base"].filename, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rects = dialog.redactions()
        if rects == record["prepared"].redactions:
            return
        self.pending += 1
        original, source, name = record["original"], record["source"], record["base"].filename
        self._tasks.db(lambda: prepare_data(name, source, redactions=rects) if rects
                       else record["base"],
                       on_done=lambda prepared: self._redacted(original, prepared),
                       on_error=self._failed)

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

    def _record(self, row: int) -> dict[str, Any]:
        return self.list.item(row).data(_RECORD_ROLE)

    def _ask_files(self, parent: QWidget) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            parent, self.tr("Pilih lampiran bukti"), "",
            self.tr("Gambar dan PDF (*.png *.jpg *.jpeg *.pdf);;Semua berkas (*)"))
        return files

    def _label(self, prepared: PreparedEvidence, original: str) -> str:
        # The name as it will be sent: no bidi tricks or device names in what the officer reads.
        text = f"{sanitize_filename(Path(original).name)}  ({format_size(prepared.size)})"
        notes = []
        if prepared.scaled:
            notes.append(self.tr("diperkecil"))
        if not prepared.found.is_empty:
            notes.append(self.tr("metadata dihapus"))
        if prepared.redactions:
            notes.append(self.tr("{n} bagian disamarkan").format(n=len(prepared.redactions)))
        return text + ("  – " + ", ".join(notes) if notes else "")

    def _added(self, record: dict[str, Any]) -> None:
        self.pending -= 1
        if record["original"] in self.originals():
            return
        item = QListWidgetItem(self._label(record["prepared"], record["original"]))
        item.setData(_RECORD_ROLE, record)
        item.setToolTip(tooltip(record["original"]))
        self.list.addItem(item)
        self.list.setCurrentItem(item)  # show at once what the file said
        self.changed.emit()

    def _redacted(self, original: str, prepared: PreparedEvidence) -> None:
        self.pending -= 1
        for row in range(self.list.count()):
            record = self._record(row)
            if record["original"] == original:
                record = {**record, "prepared": prepared}
                item = self.list.item(row)
                item.setData(_RECORD_ROLE, record)
                item.setText(self._label(prepared, original))
                if row == self.list.currentRow():
                    self.selected.emit(prepared)
                self.changed.emit()
                return

    def _current_changed(self, row: int) -> None:
        self._update_buttons()
        self.selected.emit(self._record(row)["prepared"] if row >= 0 else None)

    def _update_buttons(self) -> None:
        current = self.list.currentRow()
        is_image = current >= 0 and self._record(current)["prepared"].mime_type.startswith(
            "image/")
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and current >= 0)
        self.redact_button.setEnabled(not self._read_only and is_image)

    def _failed(self, error: BaseException) -> None:
        self.pending -= 1
        if not isinstance(error, KnownError | OSError):
            raise error
        text = str(error) if isinstance(error, KnownError) else self.tr(
            "Lampiran tidak dapat diproses: {error}").format(error=error)
        self.message.setText(text)
        self.message.show()
        self.refused.emit(text)
