"""Opening an attachment from the detail pane: from the offline cache, or fetched on demand.

The download runs on the network worker; the safety checks and the system viewer (or "Simpan
sebagai…") are :class:`~lapor_desktop.ui.attachment_opener.AttachmentOpener`'s job.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from lapor_desktop.core.models import Attachment, Complaint
from lapor_desktop.store.engine import Store
from lapor_desktop.sync.attachments import ensure_cached
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.ui.attachment_opener import AttachmentOpener
from lapor_desktop.ui.tasks import TaskManager


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

    def activate(self, complaint: Complaint | None, sha256: str) -> None:
        """Open the attachment ``sha256`` of ``complaint``."""
        attachment = find_attachment(complaint, sha256)
        if attachment is None:
            return
        self.message.emit(self.tr("Membuka lampiran {name}…").format(name=attachment.filename))

        def fetch() -> Path:
            return ensure_cached(self._client(), self._store, self._cache, attachment)

        self._tasks.net(fetch, on_done=lambda _path: self._opener.open(
            attachment.sha256, attachment.filename, attachment.mime_type),
            on_error=self._on_error)
