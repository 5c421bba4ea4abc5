"""Opening an attachment from the detail pane: from the offline cache, or fetched on demand.

The download runs on the network worker; the safety checks and the system viewer (or "Simpan
sebagai…") are :class:`~lapor_desktop.ui.attachment_opener.AttachmentOpener`'s job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from lapor_desktop.core.models import Attachment, Complaint
from lapor_desktop.store.engine import Store
from lapor_desktop.sync.attachments import ensure_cached
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.outbox import cached_path
from lapor_desktop.ui.attachment_opener import AttachmentOpener
from lapor_desktop.ui.attachment_preview import AttachmentPreview
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.changes import Changes


def find_attachment(complaint: Complaint | None, sha256: str) -> Attachment | None:
    """The attachment with ``sha256`` on the complaint or any of its history events."""
    if complaint is None:
        return None
    for attachment in (*complaint.attachments, *(a for e in complaint.events for a in e.attachments)):
        if attachment.sha256 == sha256:
            return attachment
    return None


class AttachmentFlow(QObject):
    """Fetches (if needed) and opens the attachment the officer activated."""

    #: A message for the status bar while a file is being fetched.
    message = Signal(str)
    #: The built-in preview of an attachment is on screen (the dialog).
    preview_shown = Signal(object)
    #: A file was fetched into the offline cache: a :class:`Changes` for the change hub.
    fetched = Signal(object)

    def __init__(self, tasks: TaskManager, store: Store, cache: Path,
                 client: Callable[[], SyncClient], opener: AttachmentOpener,
                 on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._store = store
        self._cache = cache
        self._client = client
        self._opener = opener
        self._on_error = on_error

    def activate(self, complaint: Complaint | None, sha256: str, action: str = "preview") -> None:
        """Fetch the attachment ``sha256`` of ``complaint`` if needed, then ``action`` it
        (the built-in preview by default; the system viewer only on request)."""
        attachment = find_attachment(complaint, sha256)
        if attachment is None:
            return
        self.message.emit(self.tr("Membuka lampiran {name}…").format(name=attachment.filename))

        def fetch() -> tuple[Path, bool]:
            cached_before = cached_path(self._cache, attachment.sha256).exists()
            return (ensure_cached(self._client(), self._store, self._cache, attachment),
                    not cached_before)

        def done(result: tuple[Path, bool]) -> None:
            if result[1]:
                self.fetched.emit(Changes(attachments=True))
            self._then(attachment, action)

        self._tasks.net(fetch, on_done=done, on_error=self._on_error)

    def request(self, complaint: Complaint | None, sha256: str, action: str) -> None:
        """An action from the context menu: "preview", "save" or "external" (system viewer)."""
        self.activate(complaint, sha256, action)

    def _then(self, attachment: Attachment, action: str) -> None:
        sha, name, mime = attachment.sha256, attachment.filename, attachment.mime_type
        if action == "save":
            self._opener.save_as(sha, name)
        elif action == "external":
            self._opener.open(sha, name, mime)
        else:
            self.preview(attachment)

    def preview(self, attachment: Attachment) -> AttachmentPreview | None:
        """Show the built-in preview of a cached attachment (the default on Enter)."""
        data = self._opener.content(attachment.sha256)
        if data is None:
            return None
        sha, name, mime = attachment.sha256, attachment.filename, attachment.mime_type
        dialog = AttachmentPreview(self._tasks, name, mime, data, self._opener.parent_widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.save_requested.connect(lambda: self._opener.save_as(sha, name))
        dialog.open_external_requested.connect(lambda: self._opener.open(sha, name, mime))
        dialog.open()
        self.preview_shown.emit(dialog)
        return dialog
