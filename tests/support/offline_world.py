"""Server-side files for the offline readiness tests: blobs on complaints and on their history,
as the national admin (a citizen's photo) or a predecessor (evidence of a follow-up) left them."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from lapor_desktop.core.calendar import WorkingCalendar
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import ActionRequest
from lapor_desktop.server import models as m
from lapor_desktop.server import workflow
from tests.sync_helpers import AGENCY, ServerWorld


def blob(size: int, seed: int) -> bytes:
    """``size`` bytes that start as a JPEG does (the server stores them as they are)."""
    rng = random.Random(seed)
    return b"\xff\xd8\xff\xe0" + rng.randbytes(size - 4)


def add_blob(world: ServerWorld, data: bytes, mime: str = "image/jpeg") -> str:
    """Store ``data`` on the server; its sha256."""
    sha = hashlib.sha256(data).hexdigest()
    with world.db.write() as s:
        if s.get(m.Blob, sha) is None:
            s.add(m.Blob(sha256=sha, size=len(data), mime_type=mime, data=data,
                         created_at=dt.datetime.now(dt.UTC)))
    return sha


def dispose_with(world: ServerWorld, shas: list[str]) -> int:
    """A new complaint carrying the citizen's files ``shas``; its id."""
    return world.dispose(1, attachments=tuple((sha, f"foto-{sha[:6]}.jpg") for sha in shas))[0]


def follow_up_with(world: ServerWorld, complaint_id: int, sha: str) -> None:
    """A follow-up with evidence ``sha`` in the complaint's history (a predecessor's, on the web)."""
    with world.db.write() as s:
        c = s.get(m.Complaint, complaint_id)
        request = ActionRequest(kind=ActionKind.FOLLOW_UP, base_revision=c.revision,
                                text="Tindak lanjut petugas sebelumnya: lokasi sudah diperiksa, "
                                     "foto terlampir. Kontak 0771-123456.",
                                attachments=[sha])
        workflow.apply_action(s, c, request, actor="Petugas lama", agency_id=AGENCY,
                              now=dt.datetime.now(dt.UTC), calendar=WorkingCalendar(),
                              attachments=[(sha, f"bukti-{sha[:6]}.jpg")])


def remove_blob(world: ServerWorld, sha: str) -> None:
    """The server loses a file (an admin purged it) after the officer's copy of the complaint
    was synced: the officer's snapshot still names it, the server answers 404."""
    from sqlalchemy import delete

    with world.db.write() as s:
        s.execute(delete(m.AttachmentLink).where(m.AttachmentLink.sha256 == sha))
        s.execute(delete(m.Blob).where(m.Blob.sha256 == sha))
