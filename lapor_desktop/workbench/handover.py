"""Serah terima: the outgoing officer's package, and its import into the successor's profile.

Export writes one sealed file (:mod:`lapor_desktop.security.handover_seal`) and, only once the
file is safely on disk, locks what went over in the same profile (handed-over work can never be
sent from here too). Import checks the file completely before it writes anything, then fills the
successor's profile in one transaction: complaint snapshots (never over a newer one), the work as
drafts of the successor (sent later under the successor's own login), the predecessor's notes and
templates, and the package id so a second import is refused.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

from pydantic import ValidationError

from lapor_desktop import __version__
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind
from lapor_desktop.protocol import complaint_to_snapshot, snapshot_to_complaint
from lapor_desktop.security.handover_seal import (
    TamperedPackageError,
    WrongAgencyError,
    open_sealed,
    seal,
)
from lapor_desktop.security.keys import KdfParams
from lapor_desktop.store import DraftState, OfficerProfile, Store
from lapor_desktop.store.handover import HandoverRecord
from lapor_desktop.workbench import officer_templates
from lapor_desktop.workbench.drafts import OPEN_STATES
from lapor_desktop.workbench.handover_package import (
    PACKAGE_VERSION,
    DiscardedItem,
    HandedComplaint,
    HandoverPackage,
    NoteItem,
    PackageOfficer,
    TemplateItem,
    WorkItem,
)
from lapor_desktop.workbench.handover_plan import HandoverPlan, gather

HANDOVER = "handover"
SUFFIX = ".serahterima"


class HandoverError(KnownError):
    """A handover that cannot be made or imported as asked; nothing was changed."""


@dataclasses.dataclass(frozen=True, slots=True)
class Discard:
    """The officer's explicit decision to drop one piece of unsent work, with the reason."""

    reason: str


@dataclasses.dataclass(frozen=True, slots=True)
class ExportResult:
    """A written package: where, its id, and what it holds."""

    path: Path
    package: HandoverPackage


@dataclasses.dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import brought: the package, new drafts, complaints added or kept newer."""

    package: HandoverPackage
    draft_ids: tuple[int, ...]
    complaints_added: int
    complaints_kept: int
    drafts_needing_attention: int


def _officer(store: Store) -> OfficerProfile:
    officer = store.profile.get()
    if officer is None:
        raise HandoverError(_("Profil ini belum terikat ke petugas. Masuk ke server dengan akun "
                            "Anda sendiri dahulu, lalu ulangi serah terima."))
    return officer


def build_package(store: Store, plan: HandoverPlan, decisions: Mapping[str, str | Discard], *,
                  to_name: str, pejabat: str, now: dt.datetime) -> HandoverPackage:
    """The package for ``plan``; every pending work item needs a decision: ``"handover"``
    (default) or :class:`Discard`. Items with a blocker must be sent first or discarded."""
    officer = _officer(store)
    unknown = set(decisions) - {w.key for w in plan.work}
    if unknown:
        raise HandoverError(_("Keputusan untuk pekerjaan yang tidak ada: {value}")
            .format(value=', '.join(sorted(unknown))))
    work, discarded, blocked = [], [], []
    for item in plan.work:
        decision = decisions.get(item.key, HANDOVER)
        if isinstance(decision, Discard):
            if not decision.reason.strip():
                raise HandoverError(_("Alasan membuang pekerjaan #{tracking_id} wajib diisi.")
                    .format(tracking_id=item.tracking_id))
            discarded.append(DiscardedItem(origin=item.origin, origin_id=item.origin_id,
                                           tracking_id=item.tracking_id, kind=item.kind.value,
                                           text=item.text, reason=decision.reason.strip()))
        elif item.blocker:
            blocked.append(f"#{item.tracking_id} ({item.blocker})")
        else:
            work.append(WorkItem(origin=item.origin, origin_id=item.origin_id,
                                 complaint_id=item.complaint_id, tracking_id=item.tracking_id,
                                 title=item.title, kind=item.kind.value,
                                 payload={k: v for k, v in item.payload.items()
                                          if k != "attachments"},
                                 created_at=item.created_at))
    if blocked:
        raise HandoverError("Pekerjaan ini belum dapat diserahkan: " + "; ".join(blocked)
                            + _(". Tidak ada yang ditulis."))
    open_ids = {c.id for c in plan.complaints}
    related = []
    for complaint_id in sorted({w.complaint_id for w in work} - open_ids):
        complaint = store.complaints.get(complaint_id)
        if complaint is not None:
            related.append(complaint_to_snapshot(complaint, seq=0))
    complaints = [HandedComplaint(
        snapshot=complaint_to_snapshot(c.complaint, seq=0), deadline=c.deadline,
        promised=c.promised, promised_at=c.promised_at,
        internal_notes=[NoteItem(at=at, actor=actor, text=text)
                        for at, actor, text in c.internal_notes],
        handover_note=c.handover_note) for c in plan.complaints]
    return HandoverPackage(
        version=PACKAGE_VERSION, package_id=str(uuid.uuid4()), created_at=now,
        app_version=__version__, server_url=officer.server_url, agency_id=officer.agency_id,
        agency_name=officer.agency_name, agency_timezone=officer.agency_timezone.value,
        from_officer=PackageOfficer(username=officer.username,
                                    display_name=officer.display_name),
        to_name=to_name.strip(), pejabat=pejabat.strip(), complaints=complaints, work=work,
        discarded=discarded,
        templates=[TemplateItem(id=str(t["id"]), version=int(t.get("version", 1)),
                                title=str(t["title"]), text=str(t["text"]))
                   for t in plan.templates],
        related=related)


class HandoverService:
    """Export and import of handover packages for one profile's store."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime], *,
                 kdf: KdfParams | None = None) -> None:
        self.store = store
        self._clock = clock
        self.kdf = kdf  # None: the strong defaults; tests pass cheap ones

    def plan(self) -> HandoverPlan:
        """What this profile would hand over now."""
        return gather(self.store)

    def set_note(self, complaint_id: int, text: str) -> None:
        """Save this officer's note for the successor on a complaint ("" removes it)."""
        complaint = self.store.complaints.get(complaint_id)
        if complaint is None:
            raise HandoverError(_("Laporan {complaint_id} tidak ada di profil ini.")
                .format(complaint_id=complaint_id))
        author = _officer(self.store).display_name
        with self.store.transaction() as session:
            self.store.handover.set_own_note(session, complaint_id, complaint.tracking_id,
                                             author, text)

    def export(self, path: Path, password: str, *, to_name: str = "", pejabat: str = "",
               decisions: Mapping[str, str | Discard] | None = None) -> ExportResult:
        """Write the package to ``path`` and lock what went over; nothing changes on error."""
        path = Path(path)
        plan = self.plan()
        package = build_package(self.store, plan, decisions or {}, to_name=to_name,
                                pejabat=pejabat, now=self._clock())
        blob = seal(package.model_dump_json().encode("utf-8"), password,
                    agency_id=package.agency_id, package_id=package.package_id,
                    created_at=package.created_at.isoformat(), params=self.kdf)
        _write_atomically(path, blob)
        try:
            self._lock_handed_over(package)
        except BaseException:
            path.unlink(missing_ok=True)  # the profile still holds everything: no half state
            raise
        return ExportResult(path, package)

    def _lock_handed_over(self, package: HandoverPackage) -> None:
        to = package.to_name or "penerus"
        reason = (f"Diserahterimakan kepada {to} pada "
                  f"{package.created_at.date().isoformat()} (paket {package.package_id[:8]})")
        with self.store.transaction() as session:
            ops = [w.origin_id for w in package.work if w.origin == "outbox"]
            drafts = [int(w.origin_id) for w in package.work if w.origin == "draft"]
            self.store.handover.mark_handed_over(session, drafts, ops, reason)
            for item in package.discarded:
                ops, drafts = (([item.origin_id], []) if item.origin == "outbox"
                               else ([], [int(item.origin_id)]))
                self.store.handover.mark_handed_over(
                    session, drafts, ops, f"Dibuang saat serah terima: {item.reason}",
                    discarded=True)
            self.store.handover.record(session, HandoverRecord(
                package.package_id, "out", package.from_officer.display_name, to,
                package.agency_id, package.created_at, _summary(package)))

    def import_package(self, path: Path, password: str) -> ImportResult:
        """Fill this profile from the package at ``path`` (all or nothing)."""
        officer = _officer(self.store)
        try:
            blob = Path(path).read_bytes()
        except OSError as exc:
            raise HandoverError(_("Paket {path} tidak dapat dibaca: {strerror}.")
                .format(path=path, strerror=exc.strerror)) from exc
        _header, plain = open_sealed(blob, password, agency_id=officer.agency_id)
        try:
            package = HandoverPackage.model_validate_json(plain)
        except ValidationError as exc:
            raise TamperedPackageError(_("Isi paket serah terima tidak sah. Tidak ada yang "
                                       "diimpor.")) from exc
        if package.agency_id != officer.agency_id:
            raise WrongAgencyError(_("Paket ini untuk instansi lain. Tidak ada yang diimpor."))
        if package.from_officer.username == officer.username:
            raise HandoverError(_("Paket ini dibuat dari akun Anda sendiri; serah terima hanya ke "
                                "petugas lain. Tidak ada yang diimpor."))
        known = self.store.handover.get(package.package_id)
        if known is not None:
            raise HandoverError(
                _("Paket ini sudah diimpor pada {value}. Tidak ada yang diimpor lagi; "
                   "semua draf dan catatan dari paket itu sudah ada di profil ini.")
                   .format(value=known.at.date().isoformat()))
        return self._fill(package)

    def _fill(self, package: HandoverPackage) -> ImportResult:
        added = kept = attention = 0
        draft_ids: list[int] = []
        author = package.from_officer.display_name
        with self.store.transaction() as session:
            fresh = []
            for snapshot in [c.snapshot for c in package.complaints] + list(package.related):
                stored = self.store.complaints.get(snapshot.id, session=session)
                if stored is None or stored.revision < snapshot.revision:
                    fresh.append(snapshot_to_complaint(snapshot))
                    added += stored is None
                else:
                    kept += 1
            self.store.complaints.upsert_snapshots(session, fresh)
            for item in package.complaints:
                if item.handover_note.strip():
                    self.store.handover.add_imported_note(
                        session, item.snapshot.id, item.snapshot.tracking_id, author,
                        item.handover_note, package.package_id, package.created_at)
            for work in package.work:
                kind = ActionKind(work.kind)
                mine = [d for d in self.store.drafts.for_complaint(work.complaint_id,
                                                                     session=session)
                        if d.kind is kind and d.state in OPEN_STATES]
                draft_id = self.store.drafts.create(session, work.complaint_id, kind,
                                                    dict(work.payload))
                if mine:
                    attention += 1
                    self.store.drafts.mark_state(
                        session, draft_id, DraftState.NEEDS_ATTENTION,
                        f"Draf serah terima dari {author}; laporan ini sudah punya draf Anda. "
                        "Gabungkan, lalu kirim salah satunya.")
                draft_ids.append(draft_id)
            officer_templates.merge(self.store, session,
                                    [t.model_dump() for t in package.templates])
            summary = _summary(package)
            summary["draft_ids"] = draft_ids
            self.store.handover.record(session, HandoverRecord(
                package.package_id, "in", author, _officer(self.store).display_name,
                package.agency_id, self._clock(), summary))
        return ImportResult(package, tuple(draft_ids), added, kept, attention)


def _summary(package: HandoverPackage) -> dict:
    return {"complaints": [{"id": c.snapshot.id, "tracking_id": c.snapshot.tracking_id,
                            "title": c.snapshot.title, "status": c.snapshot.status.value,
                            "deadline": c.deadline.isoformat() if c.deadline else None}
                           for c in package.complaints],
            "work": [{"tracking_id": w.tracking_id, "kind": w.kind} for w in package.work],
            "discarded": [{"tracking_id": d.tracking_id, "reason": d.reason}
                          for d in package.discarded],
            "created_at": package.created_at.isoformat(),
            "from_username": package.from_officer.username}


def _write_atomically(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HandoverError(_("Paket tidak dapat ditulis ke {path}: {strerror}. Tidak ada yang berubah "
                               "di profil ini.").format(path=path, strerror=exc.strerror)) from exc
