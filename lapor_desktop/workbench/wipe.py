"""Logging out for good: export unsent work, then wipe the profile's local data.

:func:`wipe_profile` refuses (:class:`UnsentWorkError`) while anything the officer wrote has not
reached the server (outbox queued, sending or needing attention; drafts not yet sent) unless the
caller says it was exported with :func:`export_unsent` first. It removes the database and its
WAL/SHM and backups, the attachment cache, decrypted temp copies, the vault, the settings and the
window state, and the logs and crash reports (scrubbed, but they still say what the officer did
and when) unless the caller keeps them with ``include_logs=False``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.filenames import TEMP_DIR_NAME
from lapor_desktop.security.keys import VAULT_FILE
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store import Store
from lapor_desktop.store._base import OPEN_DRAFT_STATES, PENDING_OUTBOX_STATES
from lapor_desktop.store.drafts import Draft
from lapor_desktop.store.outbox import OutboxOp
from lapor_desktop.store.profile import DATABASE_NAME, cache_dir, logs_dir
from lapor_desktop.workbench.logs import close_file_logs

EXPORT_FORMAT = "lapor-desktop/unsent-work/v1"
# Internal bookkeeping of the upload channel: meaningless outside this profile.
_INTERNAL_KEYS = {"upload_id", "complete"}


class UnsentWorkError(KnownError):
    """The profile still holds work the server has not received; export it first."""


@dataclasses.dataclass(frozen=True, slots=True)
class UnsentWork:
    """Drafts not yet sent and outbox operations not yet accepted."""

    drafts: list[Draft]
    operations: list[OutboxOp]

    @property
    def empty(self) -> bool:
        """True when nothing would be lost by wiping."""
        return not self.drafts and not self.operations


def unsent_work(store: Store) -> UnsentWork:
    """What would be lost if the profile were wiped now."""
    drafts = store.drafts.by_state(OPEN_DRAFT_STATES)
    ops = store.outbox.ledger(limit=1_000_000, states=frozenset(PENDING_OUTBOX_STATES))
    return UnsentWork(drafts=list(drafts), operations=list(ops))


def _clean(value: Any) -> Any:
    """A payload without upload bookkeeping or anything named like reporter identity."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()
                if k not in _INTERNAL_KEYS and not str(k).lower().startswith("reporter")}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def export_unsent(store: Store, target: Path, *, now: dt.datetime | None = None) -> int:
    """Write drafts and outbox payloads to a JSON file (no reporter identity); returns the count.

    The file is the officer's own copy to re-enter the work on another computer; it is written
    atomically and readable by the owner only.
    """
    work = unsent_work(store)
    document = {
        "format": EXPORT_FORMAT,
        "exported_at": (now or dt.datetime.now(dt.UTC)).isoformat(),
        "drafts": [{
            "draft_id": d.id, "complaint_id": d.complaint_id, "tracking_id": d.tracking_id,
            "complaint_title": d.complaint_title, "kind": d.kind.value, "state": d.state.value,
            "base_revision": d.base_revision, "updated_at": d.updated_at.isoformat(),
            "payload": _clean(d.payload)} for d in work.drafts],
        "outbox": [{
            "operation_id": o.id, "complaint_id": o.complaint_id, "draft_id": o.draft_id,
            "kind": o.kind.value, "state": o.state.value, "base_revision": o.base_revision,
            "created_at": o.created_at.isoformat(), "last_error": o.last_error,
            "payload": _clean(o.payload)} for o in work.operations],
    }
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".export-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(document, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(work.drafts) + len(work.operations)


def wipe_profile(profile: Path, store: Store | None, *, exported: bool = False,
                 remember: KeyRemember | None = None, include_logs: bool = True) -> list[Path]:
    """Delete the profile's local data; returns what was removed.

    ``store`` (if open) is checked for unsent work, then closed. Raises :class:`UnsentWorkError`
    while unsent work exists and ``exported`` is False; nothing is removed then.
    """
    profile = Path(profile)
    if store is not None:
        work = unsent_work(store)
        if not work.empty and not exported:
            raise UnsentWorkError(
                _("Masih ada {drafts} draf dan {operations} tindakan yang belum terkirim "
                   "ke server. Ekspor dulu pekerjaan yang belum terkirim (atau sinkronkan), "
                   "baru hapus data profil.")
                   .format(drafts=len(work.drafts), operations=len(work.operations)))
        store.close()
    if remember is not None:
        remember.forget(profile)
    removed: list[Path] = []
    candidates = [profile / n for n in (VAULT_FILE, "settings.json", "settings.json.damaged",
                                        "ui.ini")]
    candidates += sorted(profile.glob(DATABASE_NAME + "*"))
    candidates += sorted(profile.glob(f".{DATABASE_NAME}*"))
    for path in candidates:
        if path.is_file():
            path.unlink()
            removed.append(path)
    folders = [cache_dir(profile), profile / TEMP_DIR_NAME]
    if include_logs:
        # Our own open log file first: Windows cannot delete a file that is still open.
        close_file_logs(logs_dir(profile))
        folders.append(logs_dir(profile))
    for folder in folders:
        if folder.exists():
            shutil.rmtree(folder)
            removed.append(folder)
    return removed
