"""Queueing an officer action: the one path used by the window's Send button and ``lapor-desktop
reply`` alike. Qt-free.

Everything that can be checked locally is checked *before* anything is queued (status allows the
action, text long enough, attachments exist, are readable, small enough and really PNG/JPEG/PDF),
so the outbox only ever holds actions the server can accept unless the complaint changed meanwhile.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import os
import re
import tempfile
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from lapor_desktop.core.errors import InvalidDataError, KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind
from lapor_desktop.core.status import check_action
from lapor_desktop.protocol import (
    MAX_ATTACHMENTS_PER_ACTION,
    MAX_FILE_BYTES,
    ActionRequest,
    reconcile_filename,
    sanitize_filename,
)
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.security.cache_crypto import MAGIC as MAGIC_SEALED
from lapor_desktop.security.cache_crypto import CacheCipher, CacheDecryptError
from lapor_desktop.store import Store
from lapor_desktop.store.drafts import EDITABLE_STATES
from lapor_desktop.store.profile import cache_dir as profile_cache_dir

# Content sniffing: the file's first bytes decide its type, never its name.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
)
_HTML_HINT = re.compile(r"<\s*/?\s*(p|br|div|span|b|i|u|strong|em|ul|ol|li|a|table|tr|td|th|h[1-6]"
                        r"|font|html|body|head|meta|style|o:p)\b[^>]*>", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul",
               "ol"}


class AttachmentError(KnownError):
    """An attachment cannot be sent (missing, unreadable, too big, or not an allowed type)."""


@dataclasses.dataclass(frozen=True, slots=True)
class AttachmentData:
    """An evidence file already prepared in memory (cleaned, maybe redacted): queued as it is,
    so the cleaned copy is never written anywhere but the (encrypted) cache."""

    filename: str
    data: bytes


@dataclasses.dataclass(frozen=True, slots=True)
class ActionInput:
    """What the officer wrote for an action (the fields that apply to its ``kind``)."""

    kind: ActionKind
    text: str | None = None
    propose_close: bool = False
    reason: str | None = None
    suggested_agency: str | None = None
    #: Tracking ids linked as the same problem (internal notes only: "terkait dengan #…").
    related: tuple[str, ...] = ()
    #: Tracking ids whose link the officer removed (internal notes only).
    unrelated: tuple[str, ...] = ()
    signoff_id: int | None = None  # a review names the sign-off request it answers
    comment: str | None = None


# Kinds that carry a follow-up's fields (text, evidence, proposal to close).
_FOLLOW_UP_LIKE = (ActionKind.FOLLOW_UP, ActionKind.SUBMIT_SIGNOFF)
_REVIEWS = (ActionKind.APPROVE_SIGNOFF, ActionKind.RETURN_SIGNOFF, ActionKind.WITHDRAW_SIGNOFF)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def plain_text(text: str) -> str:
    """``text`` as plain text: HTML pasted from a word processor or browser loses its tags
    (block elements become line breaks); ordinary text, even with a stray ``<``, is untouched."""
    if not _HTML_HINT.search(text):
        return text
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    joined = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in joined.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def sniff_mime(head: bytes) -> str | None:
    """The allowed MIME type whose signature ``head`` starts with, else None."""
    for magic, mime in MAGIC:
        if head.startswith(magic):
            return mime
    return None


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def cached_path(cache: Path, sha256: str) -> Path:
    """Content-addressed location of a file in the attachment cache.

    The name is the sha256 of the plaintext even when the file is sealed; anything that is not a
    lowercase hex sha256 (e.g. ``../../x`` from a hostile server) is refused, so no path escapes.
    """
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        raise AttachmentError(_("Nama lampiran di cache tidak valid."))
    return cache / sha256[:2] / sha256


def cached_size(plain_size: int, cipher: CacheCipher | None) -> int:
    """Size on disk of a cached file of ``plain_size`` bytes."""
    return CacheCipher.sealed_size(plain_size) if cipher is not None else plain_size


def write_cached(cache: Path, data: bytes, cipher: CacheCipher | None = None) -> str:
    """Store ``data`` in the cache (sealed when ``cipher`` is given); returns its sha256."""
    sha = hashlib.sha256(data).hexdigest()
    target = cached_path(cache, sha)
    size = cached_size(len(data), cipher)
    if target.exists() and target.stat().st_size == size:
        return sha
    blob = cipher.seal(data, sha) if cipher is not None else data
    target.parent.mkdir(parents=True, exist_ok=True)
    # Temp file + rename: a crash never leaves a half-written file under the final name.
    fd, tmp = tempfile.mkstemp(prefix=".in-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha


def read_cached(cache: Path, sha256: str, cipher: CacheCipher | None = None) -> bytes | None:
    """The plaintext of a cached file, or None if it is missing, damaged or not this content.

    A sealed file is decrypted with ``cipher``; without one, a sealed file is unreadable (None).
    The sha256 is checked either way, so what comes back is exactly what was cached.
    """
    path = cached_path(cache, sha256)
    try:
        if path.stat().st_size > cached_size(MAX_FILE_BYTES, cipher):  # sealed or legacy
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if cipher is not None and data.startswith(MAGIC_SEALED):
        try:
            data = cipher.open(data, sha256)
        except CacheDecryptError:
            return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def add_to_cache(path: Path | AttachmentData, cache: Path,
                 cipher: CacheCipher | None = None) -> dict[str, Any]:
    """Validate ``path`` (a file, or data prepared in memory) and copy it into the cache (sealed
    with ``cipher`` when the store is encrypted); returns its attachment record."""
    if isinstance(path, AttachmentData):
        return _add_data(path.filename, path.data, cache, cipher)
    return _add_data(path.name, read_attachment(path), cache, cipher)


def read_attachment(path: Path) -> bytes:
    """The bytes of a file the officer attached, or :class:`AttachmentError` saying what is
    wrong (missing, a folder, a device, unreadable, empty, too big). The one reader of attachment
    files, for the outbox and the evidence preparation alike."""
    shown = path.name or str(path)
    try:
        if not path.exists():
            raise AttachmentError(_("Lampiran '{shown}' tidak ditemukan.").format(shown=shown))
        if path.is_dir():
            raise AttachmentError(_("Lampiran '{shown}' adalah folder, bukan berkas. Pilih berkas "
                                     "PNG/JPEG/PDF di dalamnya.").format(shown=shown))
        if not path.is_file():
            # /dev/zero, a pipe, a socket: reading it would never end or mean nothing.
            raise AttachmentError(_("Lampiran '{shown}' bukan berkas biasa (mis. perangkat atau pipa) dan "
                                     "tidak dapat dilampirkan.").format(shown=shown))
        size = path.stat().st_size
        if size == 0:
            raise AttachmentError(_("Lampiran '{shown}' kosong.").format(shown=shown))
        if size > MAX_FILE_BYTES:
            raise AttachmentError(_("Lampiran '{shown}' terlalu besar ({value} KB); maksimal {value2} MB.")
                .format(shown=shown, value=size // 1024, value2=MAX_FILE_BYTES // (1024 * 1024)))
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except PermissionError as exc:
        raise AttachmentError(_("Lampiran '{shown}' tidak dapat dibaca (izin ditolak).")
            .format(shown=shown)) from exc
    except OSError as exc:
        raise AttachmentError(_("Lampiran '{shown}' tidak dapat dibaca: {strerror}.")
            .format(shown=shown, strerror=exc.strerror)) from exc
    if not data:
        raise AttachmentError(_("Lampiran '{shown}' kosong.").format(shown=shown))
    if len(data) > MAX_FILE_BYTES:  # the file grew while we looked at it
        raise AttachmentError(_("Lampiran '{shown}' terlalu besar.").format(shown=shown))
    return data


def _add_data(shown: str, data: bytes, cache: Path, cipher: CacheCipher | None) -> dict[str, Any]:
    if not data:
        raise AttachmentError(_("Lampiran '{shown}' kosong.").format(shown=shown))
    if len(data) > MAX_FILE_BYTES:
        raise AttachmentError(_("Lampiran '{shown}' terlalu besar ({value} KB); maksimal {value2} MB.")
            .format(shown=shown, value=len(data) // 1024, value2=MAX_FILE_BYTES // (1024 * 1024)))
    mime = sniff_mime(data[:16])
    if mime is None:
        raise AttachmentError(_("Lampiran '{shown}' bukan gambar PNG/JPEG atau dokumen PDF. Hanya jenis "
                                 "berkas tersebut yang dapat dikirim.").format(shown=shown))
    sha = write_cached(cache, data, cipher)
    name = reconcile_filename(sanitize_filename(shown), mime)
    return {"sha256": sha, "filename": name, "mime_type": mime, "size": len(data)}


def build_request(kind: ActionKind, payload: dict[str, Any], base_revision: int) -> ActionRequest:
    """The wire request for a stored payload (raises pydantic's ValidationError)."""
    fields: dict[str, Any] = {"kind": kind, "base_revision": base_revision}
    if kind in _REVIEWS:
        fields["signoff_id"] = payload.get("signoff_id")
        fields["comment"] = payload.get("comment")
        if kind is ActionKind.APPROVE_SIGNOFF:
            fields["text"] = payload.get("text")
    elif kind in _FOLLOW_UP_LIKE:
        fields["text"] = payload.get("text")
        fields["propose_close"] = bool(payload.get("propose_close", False))
        fields["attachments"] = [a["sha256"] for a in payload.get("attachments", [])]
    elif kind is ActionKind.BUKAN_WEWENANG:
        fields["reason"] = payload.get("reason")
        fields["suggested_agency"] = payload.get("suggested_agency")
    else:
        fields["text"] = payload.get("text")
        if payload.get("related"):
            fields["related"] = list(payload["related"])
        if payload.get("unrelated"):
            fields["unrelated"] = list(payload["unrelated"])
    return ActionRequest(**fields)


def _payload_for(action: ActionInput) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    if action.text is not None:
        payload["text"] = plain_text(action.text)
    if action.kind in _FOLLOW_UP_LIKE:
        payload["propose_close"] = bool(action.propose_close)
    if action.signoff_id is not None:
        payload["signoff_id"] = action.signoff_id
    if action.comment is not None:
        payload["comment"] = plain_text(action.comment)
    if action.reason is not None:
        payload["reason"] = plain_text(action.reason)
    if action.suggested_agency is not None:
        payload["suggested_agency"] = action.suggested_agency
    if action.related:
        payload["related"] = list(action.related)
    if action.unrelated:
        payload["unrelated"] = list(action.unrelated)
    return payload


def queue_action(store: Store, complaint_id: int, action: ActionInput | ActionKind, *,
                 draft_id: int | None = None,
                 attachment_paths: Iterable[Path | str | AttachmentData] = (),
                 cache_dir: Path | None = None) -> str:
    """Check and queue an officer action; returns the outbox operation id (Idempotency-Key).

    ``action`` is what was written, or just its kind when the text comes from draft ``draft_id``.
    Attachments are validated and copied into the profile's content-addressed cache before the
    outbox row (and the draft's move to *queued*) is committed in one transaction. Raises a
    :class:`KnownError` with an Indonesian message when anything is wrong; nothing is queued then.
    """
    complaint = store.complaints.get(complaint_id)
    if complaint is None:
        raise InvalidDataError(_("Laporan {complaint_id} tidak ada di basis data lokal")
            .format(complaint_id=complaint_id),
                               field="complaint_id", value=complaint_id)
    kind = action.kind if isinstance(action, ActionInput) else ActionKind(action)
    check_action(complaint.status, kind)
    if isinstance(action, ActionInput):
        payload = _payload_for(action)
    elif draft_id is not None:
        draft = store.drafts.get(draft_id)
        if draft is None:
            raise InvalidDataError(_("Draf {draft_id} tidak ditemukan")
                .format(draft_id=draft_id), field="draft_id")
        payload = {k: v for k, v in draft.payload.items() if k != "attachments"}
        for key in ("text", "reason"):
            if isinstance(payload.get(key), str):
                payload[key] = plain_text(payload[key])
    else:
        raise InvalidDataError(_("Isi tindakan kosong"), field="action")
    paths = [p if isinstance(p, AttachmentData) else Path(p) for p in attachment_paths]
    if paths and kind not in _FOLLOW_UP_LIKE:
        raise AttachmentError(_("Lampiran hanya dapat dikirim bersama tindak lanjut."))
    if len(paths) > MAX_ATTACHMENTS_PER_ACTION:
        raise AttachmentError(_("Maksimal {MAX_ATTACHMENTS_PER_ACTION} lampiran per tindak lanjut.")
            .format(MAX_ATTACHMENTS_PER_ACTION=MAX_ATTACHMENTS_PER_ACTION))
    try:
        request = build_request(kind, payload, complaint.revision)  # before any file is copied
    except ValidationError as exc:
        raise InvalidDataError(validation_message(exc), field="payload") from None
    for key in ("text", "reason", "suggested_agency", "comment"):
        # Keep what the protocol's text rule made of it (BOM and bidi controls gone, NFC): the
        # outbox, the draft and the server hold the same characters.
        if isinstance(payload.get(key), str) and getattr(request, key) is not None:
            payload[key] = getattr(request, key)
    cache = cache_dir or profile_cache_dir(store.path.parent)
    records = [add_to_cache(p, cache, store.cache_cipher) for p in paths]
    if records:
        payload["attachments"] = list({r["sha256"]: r for r in records}.values())
    with store.transaction() as session:
        if draft_id is not None:
            draft = store.drafts.get(draft_id, session=session)
            if draft is None or draft.complaint_id != complaint_id:
                raise InvalidDataError(_("Draf {draft_id} bukan milik laporan ini").format(draft_id=draft_id),
                                       field="draft_id", value=draft_id)
            if draft.state not in EDITABLE_STATES:
                raise InvalidDataError(_("Draf {draft_id} sudah ada di antrean kirim")
                    .format(draft_id=draft_id),
                                       field="draft_id", value=draft_id)
            store.drafts.autosave(session, draft_id, payload)
        return store.outbox.enqueue(session, draft_id, complaint_id, kind, payload,
                                    complaint.revision)
