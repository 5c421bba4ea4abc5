"""Fetching what the officer needs offline: the open complaints' attachments and the reference
data (issue 16, "Siapkan untuk luring"). No Qt; runs on the network worker or in the CLI.

Each file is downloaded with :meth:`SyncClient.download`: resumed from its partial file with
``Range``, verified against its SHA-256, and renamed into the cache only when whole, so the cache
never holds half a file. What happens to each file is reported exactly:

- a dropped link stops the run and keeps the partial file (the next run resumes it);
- a full disk stops the run and removes the partial file (it only took space);
- a file the server no longer has (404) is named as such, and the others still come;
- files past the size budget wait for a later run.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import shutil
import time
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.cache_crypto import CacheCipher
from lapor_desktop.store import Store
from lapor_desktop.store.offline import OpenAttachment
from lapor_desktop.store.reference import REFERENCE_KEY
from lapor_desktop.sync import errors
from lapor_desktop.sync.client import SyncClient
from lapor_desktop.sync.link_meter import LinkMeter
from lapor_desktop.sync.outbox import cached_path, cached_size

log = logging.getLogger(__name__)

_DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
# Room kept free beyond a file's own size (the database and logs must still be writable).
DISK_MARGIN_BYTES = 1024 * 1024


class Outcome(StrEnum):
    """What became of one file in a run."""

    FETCHED = "fetched"
    UNAVAILABLE = "unavailable"  # the server no longer has it (404)
    DISK_FULL = "disk_full"
    LINK_DOWN = "link_down"
    OVER_BUDGET = "over_budget"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclasses.dataclass(frozen=True, slots=True)
class FileResult:
    """One file's outcome, with the reason in the officer's words when it did not arrive."""

    attachment: OpenAttachment
    outcome: Outcome
    message: str = ""
    resumed_from: int = 0


@dataclasses.dataclass(slots=True)
class FetchResult:
    """What a run fetched and what it left, file by file."""

    files: list[FileResult] = dataclasses.field(default_factory=list)
    bytes_fetched: int = 0

    def with_outcome(self, outcome: Outcome) -> list[FileResult]:
        """The files that ended with ``outcome``."""
        return [f for f in self.files if f.outcome is outcome]


Progress = Callable[[int, int, str], None]  # (bytes done, bytes planned, file name)


def is_cached(cache: Path, attachment: OpenAttachment, cipher: CacheCipher | None) -> bool:
    """A whole copy is in the cache (size check; the hash was verified when it was written)."""
    try:
        path = cached_path(cache, attachment.sha256)  # a hostile hash raises: never cached
        return path.stat().st_size == cached_size(attachment.size, cipher)
    except (OSError, KnownError):
        return False


def disk_full(exc: BaseException) -> bool:
    """``exc`` (or what caused it) says the disk or the file size limit is full."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in _DISK_FULL:
            return True
        if "database or disk is full" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def fetch_attachments(client: SyncClient, store: Store, cache: Path,
                      wanted: Iterable[OpenAttachment], *, budget: int | None = None,
                      meter: LinkMeter | None = None, progress: Progress | None = None,
                      cancelled: Callable[[], bool] = lambda: False) -> FetchResult:
    """Download every file of ``wanted`` missing from ``cache``, most urgent first, within
    ``budget`` bytes (None: no limit)."""
    cipher = store.cache_cipher
    todo = [a for a in wanted if not is_cached(cache, a, cipher)]
    planned = sum(a.size for a in todo)
    result = FetchResult()
    stopped: tuple[Outcome, str] | None = None
    spent = 0
    for attachment in todo:
        if stopped is None and cancelled():
            stopped = (Outcome.CANCELLED, _("Dibatalkan."))
        if stopped is not None:
            result.files.append(FileResult(attachment, *stopped))
            continue
        if budget is not None and spent + attachment.size > budget:
            result.files.append(FileResult(attachment, Outcome.OVER_BUDGET,
                                           _("Melebihi batas ukuran unduhan.")))
            continue
        if progress is not None:
            progress(result.bytes_fetched, planned, attachment.filename)
        one = _fetch_one(client, store, cache, attachment, meter)
        result.files.append(one)
        if one.outcome is Outcome.FETCHED:
            spent += attachment.size
            result.bytes_fetched += attachment.size - one.resumed_from
        elif one.outcome in (Outcome.DISK_FULL, Outcome.LINK_DOWN):
            stopped = (one.outcome, one.message)  # the rest cannot come now either
    if progress is not None:
        progress(result.bytes_fetched, planned, "")
    return result


def _fetch_one(client: SyncClient, store: Store, cache: Path, attachment: OpenAttachment,
               meter: LinkMeter | None) -> FileResult:
    dest = cached_path(cache, attachment.sha256)
    part = dest.with_name(dest.name + ".part")
    resumed = part.stat().st_size if part.exists() else 0
    started = time.monotonic()
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        free = shutil.disk_usage(dest.parent).free
        need = cached_size(attachment.size, store.cache_cipher) - resumed + DISK_MARGIN_BYTES
        if free < need:
            return FileResult(attachment, Outcome.DISK_FULL, _disk_message(need - free))
        client.download(attachment.sha256, dest, expected_size=attachment.size,
                        cipher=store.cache_cipher)
        with store.transaction() as session:
            store.complaints.set_cache_path(session, attachment.sha256, str(dest))
    except errors.ValidationRejected as exc:
        if exc.status == 404:
            return FileResult(attachment, Outcome.UNAVAILABLE,
                              _("Berkas tidak ada lagi di server."))
        return FileResult(attachment, Outcome.FAILED, str(exc))
    except Exception as exc:  # classified below; nothing half-written stays under its name
        if disk_full(exc):
            part.unlink(missing_ok=True)
            dest.unlink(missing_ok=True)
            return FileResult(attachment, Outcome.DISK_FULL, _disk_message(None))
        if isinstance(exc, (errors.NetworkError, errors.RequestTimeout)):
            # Keep the partial file: the next run asks only for the rest (Range).
            return FileResult(attachment, Outcome.LINK_DOWN,
                              _("Koneksi terputus; unduhan dilanjutkan pada percobaan berikutnya."))
        if isinstance(exc, errors.SyncError):
            return FileResult(attachment, Outcome.FAILED, str(exc))
        raise
    if meter is not None:
        meter.record(attachment.size - resumed, time.monotonic() - started)
    return FileResult(attachment, Outcome.FETCHED, resumed_from=min(resumed, attachment.size))


def _disk_message(short_by: int | None) -> str:
    if short_by is None:
        return _("Disk penuh saat menyimpan lampiran. Kosongkan ruang disk lalu ulangi.")
    return _("Ruang disk tidak cukup (kurang {mb} MB). Kosongkan ruang disk lalu ulangi.").format(
        mb=max(1, -(-short_by // (1024 * 1024))))


def refresh_reference(client: SyncClient, store: Store) -> str:
    """Fetch the reference data (categories, agencies, holidays, templates) now; its version."""
    data = client.reference()
    with store.transaction() as session:
        store.reference_data.put(session, REFERENCE_KEY, data.version,
                                 data.model_dump(mode="json"))
    return data.version
