"""Resumable, content-addressed attachment uploads (tus-like) and ranged downloads."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response
from sqlalchemy import delete, exists, func, select
from starlette.concurrency import run_in_threadpool

from lapor_desktop.protocol import (
    MAX_CHUNK_BYTES,
    UPLOAD_CONTENT_TYPE,
    UploadCreate,
    UploadStatus,
    content_matches,
)
from lapor_desktop.server import models as m
from lapor_desktop.server.auth import CallerDep, CtxDep
from lapor_desktop.server.context import Caller
from lapor_desktop.server.errors import ApiError, error_responses, not_found
from lapor_desktop.server.image_check import carries_gps
from lapor_desktop.server.openapi_links import links

router = APIRouter(tags=["attachments"])

# Unfinished uploads hold chunks in the database: they expire, and each officer may keep only so
# many open at once (the client resumes its own rather than opening new ones).
UPLOAD_TTL = dt.timedelta(hours=24)
MAX_OPEN_UPLOADS = 20



def _status(u: m.UploadSession) -> UploadStatus:
    return UploadStatus(upload_id=uuid.UUID(u.id), sha256=u.sha256, offset=u.offset, size=u.size,
                        complete=u.complete)


def _own_upload(session, caller: Caller, upload_id: uuid.UUID, now: dt.datetime, *,
                lock: bool = False) -> m.UploadSession:
    q = select(m.UploadSession).where(m.UploadSession.id == str(upload_id))
    u = session.execute(q.with_for_update() if lock else q).scalar_one_or_none()
    if u is None or u.agency_id != caller.agency_id or _expired(u, now):
        raise not_found("Unggahan tidak ditemukan")
    return u


def _expired(u: m.UploadSession, now: dt.datetime) -> bool:
    return not u.complete and u.created_at <= now - UPLOAD_TTL


def _prune_expired(session, now: dt.datetime) -> None:
    stale = select(m.UploadSession.id).where(m.UploadSession.complete.is_(False),
                                             m.UploadSession.created_at <= now - UPLOAD_TTL)
    session.execute(delete(m.UploadChunk).where(m.UploadChunk.upload_id.in_(stale)))
    session.execute(delete(m.UploadSession).where(m.UploadSession.id.in_(stale)))


@router.post("/uploads", status_code=201, response_model=UploadStatus,
             operation_id="createUpload", responses=error_responses(401, 422, 429),
             openapi_extra=links("createUpload"))
def create_upload(ctx: CtxDep, caller: CallerDep, body: UploadCreate) -> UploadStatus:
    """Start an upload. If the server already holds this SHA-256 and the caller's OPD may see it,
    the upload is complete at once. Otherwise the bytes must be sent (proof of possession: knowing
    a hash must not grant the file), though the content is still stored only once."""
    now = ctx.now()
    with ctx.db.write() as session:
        _prune_expired(session, now)
        blob = session.get(m.Blob, body.sha256)
        if blob is not None and blob.size != body.size:
            raise ApiError(422, "size_mismatch", "Ukuran berkas tidak sesuai dengan hash-nya")
        if blob is not None and not blob_visible(session, caller, body.sha256):
            blob = None
        if blob is None:
            open_count = session.execute(select(func.count()).select_from(m.UploadSession).where(
                m.UploadSession.officer_id == caller.officer_id,
                m.UploadSession.complete.is_(False))).scalar_one()
            if open_count >= MAX_OPEN_UPLOADS:
                raise ApiError(429, "too_many_uploads",
                               f"Terlalu banyak unggahan yang belum selesai ({open_count}); "
                               "selesaikan yang ada dulu", headers={"Retry-After": "3600"})
        u = m.UploadSession(id=str(uuid.uuid4()), officer_id=caller.officer_id,
                            agency_id=caller.agency_id, sha256=body.sha256, size=body.size,
                            filename=body.filename, mime_type=body.mime_type,
                            offset=body.size if blob else 0, complete=blob is not None,
                            created_at=now)
        session.add(u)
        session.flush()
        return _status(u)


@router.get("/uploads/{upload_id}", response_model=UploadStatus, operation_id="getUpload",
            responses=error_responses(401, 404, 422))
def get_upload(ctx: CtxDep, caller: CallerDep, upload_id: uuid.UUID) -> UploadStatus:
    """Where to resume: the offset the server has received up to."""
    with ctx.db.read() as session:
        return _status(_own_upload(session, caller, upload_id, ctx.now()))


_REFUSALS = {
    "hash_mismatch": "Isi berkas tidak sesuai dengan hash SHA-256 atau jenisnya; "
                     "unggah ulang dari awal",
    "image_has_gps": "Gambar masih memuat lokasi GPS di metadatanya dan tidak diterima, agar "
                     "posisi tidak bocor kepada pelapor atau publik. Hapus metadata foto "
                     "(aplikasi LAPOR! Desktop terbaru melakukannya otomatis), lalu kirim ulang",
}


def _finish(session, u: m.UploadSession, now) -> tuple[bytes | None, str | None]:
    """Assemble and verify; returns ``(data, None)``, or ``(None, error code)`` when the hash or
    type is wrong or an image still carries a GPS position."""
    chunks = session.execute(select(m.UploadChunk.data).where(m.UploadChunk.upload_id == u.id)
                             .order_by(m.UploadChunk.offset)).scalars().all()
    data = b"".join(chunks)
    if hashlib.sha256(data).hexdigest() != u.sha256 or len(data) != u.size:
        return None, "hash_mismatch"
    if not content_matches(u.mime_type, data[:64]):  # a file that lies about its type
        return None, "hash_mismatch"
    if u.mime_type.startswith("image/") and carries_gps(data):
        return None, "image_has_gps"
    return data, None


@router.patch(
    "/uploads/{upload_id}", response_model=UploadStatus,
    operation_id="patchUpload", responses=error_responses(401, 404, 409, 413, 415, 422),
    openapi_extra={**links("patchUpload"), "requestBody": {
        "required": True, "description": "The bytes from `Upload-Offset` on, at most "
        f"{MAX_CHUNK_BYTES} per request.", "content": {UPLOAD_CONTENT_TYPE: {
            "schema": {"type": "string", "format": "binary", "maxLength": MAX_CHUNK_BYTES}}}}})
async def patch_upload(
    request: Request, ctx: CtxDep, caller: CallerDep, upload_id: uuid.UUID,
    upload_offset: Annotated[int, Header(alias="Upload-Offset", ge=0, le=2**40)],
) -> UploadStatus:
    """Append a chunk at ``Upload-Offset``. On the last byte the SHA-256 and the type are
    verified: a mismatch answers 409 ``hash_mismatch`` and resets the upload to offset 0. An
    image that still carries a GPS position (EXIF or XMP) answers 422 ``image_has_gps`` and is
    not stored. 409 ``offset_mismatch`` / ``beyond_size`` when the chunk does not fit where the
    upload stands."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != UPLOAD_CONTENT_TYPE:
        raise ApiError(415, "unsupported_media_type",
                       f"Gunakan Content-Type {UPLOAD_CONTENT_TYPE}")
    chunk = await request.body()
    if len(chunk) > MAX_CHUNK_BYTES:
        raise ApiError(413, "too_large", "Potongan unggahan terlalu besar")
    return await run_in_threadpool(_append, ctx, caller, upload_id, upload_offset, chunk)


def _append(ctx, caller: Caller, upload_id: uuid.UUID, offset: int, chunk: bytes
            ) -> UploadStatus:
    now = ctx.now()
    refused: str | None = None
    with ctx.db.write() as session:
        u = _own_upload(session, caller, upload_id, now, lock=True)
        if u.complete:
            return _status(u)
        if offset != u.offset:
            raise ApiError(409, "offset_mismatch",
                           f"Posisi unggahan tidak sesuai; lanjutkan dari {u.offset}",
                           offset=u.offset)
        if offset + len(chunk) > u.size:
            # 409 like the other disagreements with what the upload announced (its size here,
            # its hash below); 413 stays for a chunk over the protocol's own limit.
            raise ApiError(409, "beyond_size", "Data melebihi ukuran berkas yang diumumkan",
                           offset=u.offset)
        if not chunk:
            return _status(u)
        session.add(m.UploadChunk(upload_id=u.id, offset=offset, data=chunk))
        u.offset = offset + len(chunk)
        session.flush()
        if u.offset == u.size:
            data, refused = _finish(session, u, now)
            session.execute(delete(m.UploadChunk).where(m.UploadChunk.upload_id == u.id))
            if data is None:
                # The reset is committed on purpose: the client must start over from 0 (and
                # nothing refused is kept).
                u.offset = 0
            else:
                if session.get(m.Blob, u.sha256) is None:
                    session.add(m.Blob(sha256=u.sha256, size=u.size, mime_type=u.mime_type,
                                       data=data, created_at=now))
                u.complete = True
        status = _status(u)
    if refused == "hash_mismatch":  # the bytes disagree with what was announced
        raise ApiError(409, refused, _REFUSALS[refused], offset=0)
    if refused is not None:  # a rule about clean data (a GPS position left in a photo)
        raise ApiError(422, refused, _REFUSALS[refused], offset=0)
    return status


def blob_visible(session, caller: Caller, sha256: str) -> bool:
    """A blob is the caller's if linked to a complaint of their OPD or uploaded by their OPD."""
    linked = select(m.AttachmentLink.id).join(
        m.Complaint, m.Complaint.id == m.AttachmentLink.complaint_id).where(
        m.AttachmentLink.sha256 == sha256, m.Complaint.agency_id == caller.agency_id)
    uploaded = select(m.UploadSession.id).where(
        m.UploadSession.sha256 == sha256, m.UploadSession.agency_id == caller.agency_id,
        m.UploadSession.complete.is_(True))
    return bool(session.execute(select(exists(linked) | exists(uploaded))).scalar())


# At most 15 digits a side: a Range of thousands of digits is a bad range (416), not a 500 from
# Python's limit on int() of long strings.
_RANGE = re.compile(r"^bytes=(\d{0,15})-(\d{0,15})$")


@router.get("/attachments/{sha256}", response_class=Response, operation_id="download", responses={
    200: {"content": {"application/octet-stream": {}}}, 206: {"description": "Partial"},
    **error_responses(401, 404, 416, 422)})
def download(ctx: CtxDep, caller: CallerDep,
             sha256: Annotated[str, Path(pattern=r"^[0-9a-f]{64}$")],
             range_header: Annotated[str | None, Header(alias="Range")] = None) -> Response:
    """The file with this SHA-256, if it belongs to the caller's OPD; supports one byte range."""
    with ctx.db.read() as session:
        if not blob_visible(session, caller, sha256):
            raise not_found("Lampiran tidak ditemukan")
        blob = session.get(m.Blob, sha256)
        if blob is None:
            raise not_found("Lampiran tidak ditemukan")
        data, mime = blob.data, blob.mime_type
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"',
               "Cache-Control": "private, max-age=31536000, immutable"}
    if range_header is None:
        return Response(data, media_type=mime, headers=headers)
    match = _RANGE.match(range_header.strip())
    size = len(data)
    start = end = None
    if match and (match.group(1) or match.group(2)):
        a, b = match.group(1), match.group(2)
        if a:
            start, end = int(a), min(int(b), size - 1) if b else size - 1
        else:
            start, end = max(0, size - int(b)), size - 1
    if start is None or start > end or start >= size:
        raise ApiError(416, "range_not_satisfiable", "Rentang unduhan tidak valid",
                       headers={"Content-Range": f"bytes */{size}"})
    headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    return Response(data[start:end + 1], status_code=206, media_type=mime, headers=headers)
