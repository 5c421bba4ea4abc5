"""The one adapter between LAPOR! Desktop and a sync server (DESIGN section 4).

Everything the server says is validated with the shared pydantic protocol models before anyone
uses it: a malformed, wrongly typed, oversized or inconsistent response raises
:class:`~lapor_desktop.sync.errors.ProtocolError` and nothing else happens. A connector to another
kind of server would be another class with these methods; nothing else changes.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import uuid
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from lapor_desktop import __version__
from lapor_desktop.core.i18n import _
from lapor_desktop.protocol import (
    API_PREFIX,
    MAX_BATCH_RESPONSE_BYTES,
    MAX_FILE_BYTES,
    MAX_PAGE_LIMIT,
    UPLOAD_CONTENT_TYPE,
    ActionReceipt,
    ActionRequest,
    BatchAction,
    BatchActionsRequest,
    BatchActionsResponse,
    ChangesPage,
    Health,
    LoginRequest,
    LoginResponse,
    OfficerInfo,
    ReferenceData,
    UploadCreate,
    UploadStatus,
)
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.security.cache_crypto import CacheCipher
from lapor_desktop.sync import errors
from lapor_desktop.sync.http import HttpTransport, error_for_status, iter_body

M = TypeVar("M", bound=BaseModel)

# No legitimate field is anywhere near this long (complaint bodies are capped far lower on the
# server); a longer string is a hostile or broken server and is refused before it reaches the store.
MAX_STRING_CHARS = 100_000
MAX_NESTING = 32
_TOO_BIG = "Lampiran dari server melebihi ukurannya."
_VERSION = re.compile(r"^\d+(\.\d+){0,3}$")


def parse_version(text: str) -> tuple[int, ...]:
    """``"0.10.2"`` -> ``(0, 10, 2)``; raises ProtocolError for anything else."""
    if not isinstance(text, str) or not _VERSION.match(text.strip()):
        raise errors.ProtocolError(_("Versi dari server tidak valid: {value!r}").format(value=str(text)[:40]))
    return tuple(int(p) for p in text.strip().split("."))


def _check_sizes(value: Any, depth: int = 0) -> None:
    if depth > MAX_NESTING:
        raise errors.ProtocolError(_("Jawaban server terlalu dalam bersarang."))
    if isinstance(value, str):
        if len(value) > MAX_STRING_CHARS:
            raise errors.ProtocolError(_("Jawaban server memuat teks yang terlalu panjang."))
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_sizes(key, depth + 1)
            _check_sizes(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check_sizes(item, depth + 1)


def _checked_receipt(receipt: ActionReceipt, op_id: str, complaint_id: int) -> ActionReceipt:
    if receipt.action_id != uuid.UUID(op_id) or receipt.complaint.id != complaint_id:
        raise errors.ProtocolError(_("Tanda terima server tidak cocok dengan tindakan yang dikirim."))
    if not receipt.receipt_number or len(receipt.receipt_number) > 128:
        raise errors.ProtocolError(_("Nomor tanda terima dari server tidak valid."))
    return receipt


def validate(model: type[M], data: Any, what: str) -> M:
    """``model`` from decoded JSON, or ProtocolError naming ``what`` was wrong (never a crash)."""
    _check_sizes(data)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))[:80]
        raise errors.ProtocolError(
            _("Jawaban server tidak sesuai protokol ({what}: {value}).")
                .format(what=what, value=where or 'isi')) from None
    except (ValueError, TypeError, RecursionError):
        raise errors.ProtocolError(_("Jawaban server tidak sesuai protokol ({what}).")
            .format(what=what)) from None


class SyncClient:
    """Protocol v1 calls over one :class:`HttpTransport`; ``token`` is the bearer token."""

    def __init__(self, transport: HttpTransport, token: str | None = None) -> None:
        self.transport = transport
        self.token = token

    @property
    def clock_offset(self) -> float | None:
        """Server time minus local time (seconds), from the last response's ``Date``."""
        return self.transport.clock_offset

    def close(self) -> None:
        """Release the connection pool."""
        self.transport.close()

    def drop_connections(self) -> None:
        """Forget pooled connections: after a broken or non-conforming answer the connection's
        byte stream cannot be trusted (a stray body would be read as the next response)."""
        for adapter in self.transport.session.adapters.values():
            adapter.close()

    def _json(self, method: str, path: str, model: type[M], what: str, *,
              auth: bool = True, **kwargs: Any) -> M:
        try:
            response = self.transport.request(method, API_PREFIX + path,
                                              token=self.token if auth else None, **kwargs)
            return validate(model, self.transport.get_json(response), what)
        except (errors.ProtocolError, errors.NetworkError, errors.RequestTimeout):
            self.drop_connections()
            raise

    # --- service and auth ------------------------------------------------------------------

    def health(self) -> Health:
        """Liveness and versions; OutdatedClient when the server needs a newer app."""
        health = self._json("GET", "/health", Health, "health", auth=False)
        if parse_version(__version__) < parse_version(health.min_client_version):
            raise errors.OutdatedClient(
                _("Server memerlukan LAPOR! Desktop versi {min_client_version} atau lebih "
                   "baru (terpasang {installed}). Perbarui aplikasi.")
                   .format(min_client_version=health.min_client_version, installed=__version__))
        return health

    def login(self, username: str, password: str) -> LoginResponse:
        """Exchange credentials for a token; the token is kept on this client."""
        try:
            body = LoginRequest(username=username, password=password).model_dump()
        except ValidationError as exc:
            raise errors.ValidationRejected(validation_message(exc)) from None
        result = self._json("POST", "/auth/login", LoginResponse, "login", auth=False,
                            json_body=body)
        if not result.token or len(result.token) > 4096:
            raise errors.ProtocolError(_("Token dari server tidak valid."))
        self.token = result.token
        return result

    def logout(self) -> None:
        """Revoke this client's token on the server; a token the server no longer knows counts
        as revoked. The token is dropped from this client either way."""
        token, self.token = self.token, None
        if not token:
            return
        try:
            self.transport.request("POST", API_PREFIX + "/auth/logout", token=token,
                                   expect=(200, 204)).close()
        except errors.LoginRequired:
            pass  # already expired or revoked: what logout wants
        except (errors.ProtocolError, errors.NetworkError, errors.RequestTimeout):
            self.drop_connections()
            raise

    def me(self) -> OfficerInfo:
        """Who the token belongs to (also proves the token still works)."""
        return self._json("GET", "/me", OfficerInfo, "me")

    def reference(self) -> ReferenceData:
        """Categories, agencies, holidays and templates."""
        return self._json("GET", "/reference", ReferenceData, "reference")

    # --- pull ------------------------------------------------------------------------------

    def changes(self, cursor: int, limit: int = 100) -> ChangesPage:
        """One page of the changes feed after ``cursor``, checked for consistency."""
        limit = max(1, min(limit, MAX_PAGE_LIMIT))
        page = self._json("GET", "/changes", ChangesPage, "changes",
                          params={"cursor": cursor, "limit": limit})
        check_page(page, cursor, limit)
        return page

    # --- push ------------------------------------------------------------------------------

    def post_action(self, complaint_id: int, op_id: str, request: ActionRequest) -> ActionReceipt:
        """Send an action with ``Idempotency-Key: op_id``; a replay returns the stored receipt."""
        receipt = self._json(
            "POST", f"/complaints/{int(complaint_id)}/actions", ActionReceipt, "receipt",
            json_body=request.model_dump(mode="json"), headers={"Idempotency-Key": op_id})
        return _checked_receipt(receipt, op_id, complaint_id)

    def post_actions(self, actions: list[tuple[str, int, ActionRequest]]
                     ) -> list[ActionReceipt | errors.SyncError]:
        """Send several ``(op_id, complaint_id, request)`` in one request (``/actions/batch``).

        One outcome per action, in order: its receipt, or the typed error it would have had
        alone (each action keeps its own idempotency key on the server). A failure of the
        request as a whole raises, and then no outcome is known for any of them.
        """
        body = BatchActionsRequest(actions=[
            BatchAction(action_id=uuid.UUID(op_id), complaint_id=complaint_id, action=request)
            for op_id, complaint_id, request in actions])
        try:
            response = self.transport.request("POST", API_PREFIX + "/actions/batch",
                                              token=self.token,
                                              json_body=body.model_dump(mode="json"))
            answer = validate(BatchActionsResponse, self.transport.get_json(
                response, MAX_BATCH_RESPONSE_BYTES), "batch")
        except (errors.ProtocolError, errors.NetworkError, errors.RequestTimeout):
            self.drop_connections()
            raise
        if len(answer.results) != len(actions):
            raise errors.ProtocolError(_("Jawaban server untuk kiriman gabungan tidak lengkap."))
        out: list[ActionReceipt | errors.SyncError] = []
        for (op_id, complaint_id, _request), result in zip(actions, answer.results, strict=True):
            if result.action_id != uuid.UUID(op_id):
                raise errors.ProtocolError(_("Jawaban server untuk kiriman gabungan tidak urut."))
            if result.receipt is not None and 200 <= result.status < 300:
                try:
                    out.append(_checked_receipt(result.receipt, op_id, complaint_id))
                except errors.ProtocolError as error:
                    out.append(error)
            else:
                error_body = result.error.model_dump(mode="json") if result.error else {}
                out.append(error_for_status(result.status, error_body))
        return out

    def create_upload(self, create: UploadCreate) -> UploadStatus:
        """Announce a file; complete at once if the server already has this hash."""
        status = self._json("POST", "/uploads", UploadStatus, "upload",
                            json_body=create.model_dump(mode="json"))
        _check_upload(status, create.sha256, create.size)
        return status

    def upload_status(self, upload_id: uuid.UUID | str, sha256: str, size: int) -> UploadStatus:
        """Where an upload stands (the offset to resume from)."""
        status = self._json("GET", f"/uploads/{uuid.UUID(str(upload_id))}", UploadStatus,
                            "upload")
        _check_upload(status, sha256, size)
        return status

    def upload_chunk(self, upload_id: uuid.UUID | str, offset: int, chunk: bytes,
                     sha256: str, size: int) -> UploadStatus:
        """Append ``chunk`` at ``offset``."""
        status = self._json(
            "PATCH", f"/uploads/{uuid.UUID(str(upload_id))}", UploadStatus, "upload", data=chunk,
            headers={"Upload-Offset": str(offset), "Content-Type": UPLOAD_CONTENT_TYPE})
        _check_upload(status, sha256, size)
        return status

    def download(self, sha256: str, dest: Path, expected_size: int | None = None,
                 cipher: CacheCipher | None = None) -> Path:
        """Fetch ``/attachments/{sha256}`` into ``dest``, resuming a partial ``dest.part`` with
        ``Range``; the content is verified against the hash before ``dest`` appears.

        With ``cipher`` (an encrypted profile) nothing is written in plaintext: the partial file
        is a series of sealed segments and ``dest`` is sealed (see
        :mod:`lapor_desktop.security.cache_crypto`).
        """
        if not re.fullmatch(r"[0-9a-f]{64}", sha256 or ""):
            raise errors.ProtocolError(_("Hash lampiran dari server tidak valid."))
        if cipher is not None:
            return self._download_sealed(sha256, dest, expected_size, cipher)
        part = dest.with_name(dest.name + ".part")
        dest.parent.mkdir(parents=True, exist_ok=True)
        have = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        response = self.transport.request("GET", f"{API_PREFIX}/attachments/{sha256}",
                                          token=self.token, headers=headers, stream=True,
                                          expect=(200, 206, 416))
        if response.status_code == 416 or (response.status_code == 200 and have):
            have = 0  # the server ignored or refused the range: start over
            if response.status_code == 416:
                part.unlink(missing_ok=True)
                return self.download(sha256, dest, expected_size)
        limit = expected_size if expected_size is not None else MAX_FILE_BYTES
        try:
            with part.open("ab" if have else "wb") as fh:
                size = have
                for chunk in iter_body(response, MAX_FILE_BYTES, _TOO_BIG):
                    size += len(chunk)
                    if size > min(limit, MAX_FILE_BYTES):
                        raise errors.ProtocolError(_("Lampiran dari server melebihi ukurannya."))
                    fh.write(chunk)
        except OSError as exc:
            raise errors.NetworkError(_("Koneksi terputus saat mengunduh lampiran.")) from exc
        except errors.ProtocolError:
            part.unlink(missing_ok=True)
            raise
        except Exception as exc:  # requests' streaming errors (connection reset mid-body)
            raise errors.NetworkError(_("Koneksi terputus saat mengunduh lampiran.")) from exc
        digest = hashlib.sha256()
        with part.open("rb") as fh:
            for block in iter(lambda: fh.read(1024 * 1024), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            part.unlink(missing_ok=True)
            raise errors.ProtocolError(_("Lampiran dari server tidak sesuai dengan hash-nya."))
        os.replace(part, dest)
        return dest

    def _download_sealed(self, sha256: str, dest: Path, expected_size: int | None,
                         cipher: CacheCipher) -> Path:
        part = dest.with_name(dest.name + ".part")
        dest.parent.mkdir(parents=True, exist_ok=True)
        have = len(cipher.read_segments(part, sha256))
        headers = {"Range": f"bytes={have}-"} if have else {}
        response = self.transport.request("GET", f"{API_PREFIX}/attachments/{sha256}",
                                          token=self.token, headers=headers, stream=True,
                                          expect=(200, 206, 416))
        if response.status_code == 416 or (response.status_code == 200 and have):
            part.unlink(missing_ok=True)  # the server ignored or refused the range: start over
            if response.status_code == 416:
                return self._download_sealed(sha256, dest, expected_size, cipher)
            have = 0
        limit = min(expected_size if expected_size is not None else MAX_FILE_BYTES,
                    MAX_FILE_BYTES)
        try:
            size = have
            for chunk in iter_body(response, MAX_FILE_BYTES, _TOO_BIG):
                size += len(chunk)
                if size > limit:
                    raise errors.ProtocolError(_("Lampiran dari server melebihi ukurannya."))
                if chunk:
                    cipher.append_segment(part, chunk, sha256)
        except OSError as exc:
            raise errors.NetworkError(_("Koneksi terputus saat mengunduh lampiran.")) from exc
        except errors.ProtocolError:
            part.unlink(missing_ok=True)
            raise
        except Exception as exc:  # requests' streaming errors (connection reset mid-body)
            raise errors.NetworkError(_("Koneksi terputus saat mengunduh lampiran.")) from exc
        data = cipher.read_segments(part, sha256)
        if hashlib.sha256(data).hexdigest() != sha256:
            part.unlink(missing_ok=True)
            raise errors.ProtocolError(_("Lampiran dari server tidak sesuai dengan hash-nya."))
        fd, tmp = tempfile.mkstemp(prefix=".in-", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(cipher.seal(data, sha256))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        part.unlink(missing_ok=True)
        return dest


def check_page(page: ChangesPage, cursor: int, limit: int) -> None:
    """Refuse a page that cannot be applied safely (the cursor must only move forward)."""
    if page.next_cursor < cursor:
        raise errors.ProtocolError(_("Kursor dari server mundur atau negatif."))
    if page.has_more and page.next_cursor == cursor:
        raise errors.ProtocolError(_("Server melaporkan data tambahan tanpa memajukan kursor."))
    if len(page.items) + len(page.tombstones) > limit:
        raise errors.ProtocolError(_("Halaman dari server lebih besar dari yang diminta."))
    ids, tracking = set(), set()
    for item in page.items:
        if not cursor < item.seq <= page.next_cursor:
            raise errors.ProtocolError(_("Nomor urut perubahan di luar rentang halaman."))
        if item.id in ids or item.tracking_id in tracking or item.id <= 0:
            raise errors.ProtocolError(_("Halaman dari server memuat laporan ganda."))
        ids.add(item.id)
        tracking.add(item.tracking_id)
        if not item.tracking_id.strip() or len(item.tracking_id) > 64:
            raise errors.ProtocolError(_("Nomor pelacakan dari server tidak valid."))
    for tomb in page.tombstones:
        if not cursor < tomb.seq <= page.next_cursor:
            raise errors.ProtocolError(_("Nomor urut perubahan di luar rentang halaman."))


def _check_upload(status: UploadStatus, sha256: str, size: int) -> None:
    if status.sha256 != sha256 or status.size != size or status.offset > size:
        raise errors.ProtocolError(_("Status unggahan dari server tidak cocok dengan berkasnya."))
