"""Opening and saving attachments from the (encrypted) cache, safely.

The server's file name goes through :func:`~lapor_desktop.security.filenames.safe_filename`
before anything is written; the type is decided from the content, not the name. Images and PDF
whose content matches the declared type are decrypted into the profile's private temp folder
(removed by :meth:`AttachmentOpener.cleanup` at exit) and opened with the system viewer;
executables, scripts and mismatches are never opened: the officer is offered "Simpan sebagai…".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from lapor_desktop.security.cache_crypto import CacheCipher
from lapor_desktop.security.filenames import (
    ContentVerdict,
    check_content,
    clear_private_temp,
    private_temp_dir,
    safe_filename,
    write_private_copy,
)
from lapor_desktop.sync.outbox import AttachmentError, read_cached
from lapor_desktop.ui.plain import question

OpenUrl = Callable[[QUrl], bool]
AskPath = Callable[[str], str | None]
Confirm = Callable[[str], bool]


class AttachmentOpener(QObject):
    """Decrypts cached attachments for viewing (private temp copy) or saving elsewhere."""

    #: Something went wrong or was refused: a message for the officer (Indonesian).
    failed = Signal(str)
    #: A decrypted copy was handed to the system viewer: its path.
    opened = Signal(str)
    #: The attachment was saved where the officer chose: the path.
    saved = Signal(str)

    def __init__(self, profile: Path, cache: Path, cipher: CacheCipher | None, *,
                 parent_widget: QWidget | None = None, open_url: OpenUrl | None = None,
                 ask_save_path: AskPath | None = None, confirm_save: Confirm | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile = Path(profile)
        self._cache = Path(cache)
        self._cipher = cipher
        self._parent_widget = parent_widget
        self._open_url = open_url or QDesktopServices.openUrl
        self._ask_save_path = ask_save_path or self._dialog_save_path
        self._confirm_save = confirm_save or self._dialog_confirm_save
        clear_private_temp(self._profile)  # leftovers of a crash

    def verdict(self, sha256: str, filename: str, mime: str | None) -> ContentVerdict:
        """Whether the cached attachment may be opened (content vs declared type and name)."""
        data = self._read(sha256)
        return check_content(safe_filename(filename), mime, data[:64])

    def open(self, sha256: str, filename: str, mime: str | None) -> Path | None:
        """Open with the system viewer if safe; otherwise offer "Simpan sebagai…"."""
        try:
            data = self._read(sha256)
        except AttachmentError as exc:
            self.failed.emit(str(exc))
            return None
        name = safe_filename(filename)
        verdict = check_content(name, mime, data[:64])
        if not verdict.can_open:
            if self._confirm_save(verdict.reason):
                self.save_as(sha256, filename)
            else:
                self.failed.emit(verdict.reason)
            return None
        path = write_private_copy(private_temp_dir(self._profile), name, data)
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.failed.emit(self.tr("Tidak ada aplikasi untuk membuka {name}.").format(name=name))
            return path
        self.opened.emit(str(path))
        return path

    def parent_widget(self) -> QWidget | None:
        """The window its dialogs belong to."""
        return self._parent_widget

    def content(self, sha256: str) -> bytes | None:
        """The decrypted bytes for the built-in preview (in memory only), or None after
        :attr:`failed` said why."""
        try:
            return self._read(sha256)
        except AttachmentError as exc:
            self.failed.emit(str(exc))
            return None

    def save_as(self, sha256: str, filename: str, target: Path | None = None) -> Path | None:
        """Decrypt to a place the officer chooses (a dialog unless ``target`` is given)."""
        try:
            data = self._read(sha256)
        except AttachmentError as exc:
            self.failed.emit(str(exc))
            return None
        if target is None:
            chosen = self._ask_save_path(safe_filename(filename))
            if not chosen:
                return None
            target = Path(chosen)
        try:
            target.write_bytes(data)
        except OSError as exc:
            self.failed.emit(self.tr("Lampiran tidak dapat disimpan: {error}")
                             .format(error=exc.strerror or exc))
            return None
        self.saved.emit(str(target))
        return target

    def cleanup(self) -> None:
        """Delete every decrypted copy (connect to ``QApplication.aboutToQuit``)."""
        clear_private_temp(self._profile)

    def _read(self, sha256: str) -> bytes:
        data = read_cached(self._cache, sha256, self._cipher)
        if data is None:
            raise AttachmentError(self.tr("Lampiran belum diunduh atau salinannya rusak. "
                                          "Sinkronkan lalu coba lagi."))
        return data

    def _dialog_save_path(self, name: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent_widget, self.tr("Simpan lampiran sebagai…"), str(Path.home() / name))
        return path or None

    def _dialog_confirm_save(self, reason: str) -> bool:
        return question(self._parent_widget, self.tr("Lampiran tidak dibuka"),
                        reason + "\n\n" + self.tr("Simpan berkas ini sebagai…?"))
