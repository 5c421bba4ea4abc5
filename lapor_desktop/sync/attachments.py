"""Attachments on their own resumable channel (DESIGN section 4): upload before the action that
references them, resuming from the offset the server reports; download into the cache.

The upload id of each file is kept in the operation's payload, so a pass that dies half-way
(network, crash) resumes the same upload next time instead of starting again.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import Attachment
from lapor_desktop.protocol import MAX_CHUNK_BYTES, UploadCreate, UploadStatus
from lapor_desktop.store import Store
from lapor_desktop.store.outbox import OutboxOp
from lapor_desktop.store.sync_support import set_payload
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.outbox import cached_path, read_cached

log = logging.getLogger(__name__)

CHUNK_BYTES = 256 * 1024  # small enough to make progress on a 64 kbit/s link within a timeout


class AttachmentMissing(errors.ValidationRejected):
    """The cached copy of an attachment is gone or damaged: the officer must attach it again."""


def upload_for_op(client: SyncClient, store: Store, op: OutboxOp, cache: Path, *,
                  chunk_bytes: int = CHUNK_BYTES,
                  cancelled: Callable[[], bool] = lambda: False) -> int:
    """Make sure every attachment of ``op`` is complete on the server; returns files uploaded."""
    records: list[dict[str, Any]] = [dict(a) for a in op.payload.get("attachments", [])]
    uploaded = 0
    for index, record in enumerate(records):
        if record.get("complete"):
            continue
        if cancelled():
            return uploaded
        # Decrypted in memory (files are at most MAX_FILE_BYTES); never as plaintext on disk.
        data = read_cached(cache, record["sha256"], store.cache_cipher)
        if data is None or len(data) != record["size"]:
            raise AttachmentMissing(
                _("Salinan lampiran '{value}' hilang dari cache. Lampirkan ulang berkasnya "
                   "lalu kirim kembali.").format(value=record['filename']))
        status = _resume_or_create(client, store, op, records, index, record)
        status = _send(client, data, record, status, min(chunk_bytes, MAX_CHUNK_BYTES),
                       cancelled)
        if status.complete:
            record["complete"] = True
            uploaded += 1
            _save(store, op, records)
    return uploaded


def _save(store: Store, op: OutboxOp, records: list[dict[str, Any]]) -> None:
    payload = {**op.payload, "attachments": records}
    with store.transaction() as session:
        set_payload(session, op.id, payload)


def _resume_or_create(client: SyncClient, store: Store, op: OutboxOp,
                      records: list[dict[str, Any]], index: int,
                      record: dict[str, Any]) -> UploadStatus:
    sha, size = record["sha256"], int(record["size"])
    upload_id = record.get("upload_id")
    if upload_id:
        try:
            return client.upload_status(upload_id, sha, size)
        except errors.ValidationRejected:
            log.info("upload %s unknown to the server; starting a new one", upload_id)
    status = client.create_upload(UploadCreate(sha256=sha, size=size,
                                               filename=record["filename"],
                                               mime_type=record["mime_type"]))
    record["upload_id"] = str(status.upload_id)
    records[index] = record
    _save(store, op, records)
    return status


def _send(client: SyncClient, data: bytes, record: dict[str, Any], status: UploadStatus,
          chunk_bytes: int, cancelled: Callable[[], bool]) -> UploadStatus:
    sha, size = record["sha256"], int(record["size"])
    restarts = 0
    with io.BytesIO(data) as fh:
        while not status.complete:
            if cancelled():
                return status
            fh.seek(status.offset)
            chunk = fh.read(chunk_bytes)
            try:
                status = client.upload_chunk(status.upload_id, status.offset, chunk, sha, size)
            except (errors.ConflictError, errors.ValidationRejected) as exc:
                if exc.body.get("error") == "hash_mismatch":
                    # The server reset the upload to 0: send it all once more, then give up.
                    if restarts:
                        raise
                    restarts += 1
                    status = client.upload_status(status.upload_id, sha, size)
                    continue
                if not isinstance(exc, errors.ConflictError):
                    raise
                # Offset mismatch (an earlier chunk landed but its answer was lost): ask where
                # the server is and continue from there.
                log.info("upload offset mismatch: %s", exc)
                status = client.upload_status(status.upload_id, sha, size)
    return status


def ensure_cached(client: SyncClient, store: Store, cache: Path, attachment: Attachment) -> Path:
    """The cached copy of ``attachment``, downloading it first when it is not in the cache yet.

    Runs on the network worker (the officer opened an attachment never fetched, or whose copy
    is damaged). The download resumes a partial file and verifies the hash; with an encrypted
    profile nothing is written in plaintext.
    """
    dest = cached_path(cache, attachment.sha256)
    if read_cached(cache, attachment.sha256, store.cache_cipher) is None:
        # Missing, or damaged on disk (a bad sector, a killed copy): fetch it again.
        dest.unlink(missing_ok=True)
        client.download(attachment.sha256, dest, expected_size=attachment.size,
                        cipher=store.cache_cipher)
    with store.transaction() as session:
        store.complaints.set_cache_path(session, attachment.sha256, str(dest))
    return dest
