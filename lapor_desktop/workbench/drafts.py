"""Drafting follow-ups: open or resume a draft, autosave it, fill templates, recover and send.

Qt-free; the editor calls it on the task manager's database worker. Sending goes through
:func:`lapor_desktop.sync.outbox.queue_action` (the one path shared with ``lapor-desktop reply``),
so an action is in the outbox the moment the officer presses *Kirim*, online or not, and its
draft is locked in the same transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from lapor_desktop.core.checks import UNFILLED_MARKERS
from lapor_desktop.core.errors import InvalidDataError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, Complaint, TimeZone
from lapor_desktop.resources import resource
from lapor_desktop.store import Draft, DraftState, OutboxOp, Store, reference
from lapor_desktop.store.drafts import EDITABLE_STATES
from lapor_desktop.sync.outbox import (
    ActionInput,
    AttachmentError,
    queue_action,
    read_attachment,
    sniff_mime,
)
from lapor_desktop.workbench import officer_templates
from lapor_desktop.workbench.evidence import Evidence, prepare_all

TEMPLATES_DIR = resource("templates")
PLACEHOLDERS = ("tracking_id", "tanggal", "opd", "petugas", "pejabat")
# Shown where a name is not known yet; deliberately free of words the completeness check
# counts (a placeholder must not tick "Pejabat yang menyetujui"), and refused by it as unfilled.
UNKNOWN = UNFILLED_MARKERS
_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember")
_PLACEHOLDER = re.compile(r"\{(\w+)\}(\.?)")
# Drafts in these states hold work the server has not seen; the editor resumes them.
OPEN_STATES = (*EDITABLE_STATES, DraftState.QUEUED)


@dataclasses.dataclass(frozen=True, slots=True)
class Template:
    """A follow-up template: ``text`` has ``{tracking_id}``, ``{tanggal}``, ``{opd}``,
    ``{petugas}`` and ``{pejabat}`` placeholders."""

    id: str
    version: int
    title: str
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class RecoverableDraft:
    """An unsent draft with text, offered by "Pulihkan draf?" at start-up."""

    draft_id: int
    complaint_id: int
    tracking_id: str
    complaint_title: str
    text: str
    saved_at: dt.datetime

    @property
    def first_line(self) -> str:
        """The first non-empty line of the text, shortened for a list."""
        line = next((part.strip() for part in self.text.splitlines() if part.strip()), "")
        return line if len(line) <= 80 else line[:79] + "…"


@dataclasses.dataclass(frozen=True, slots=True)
class Names:
    """Who fills the template's names: the OPD, the officer and the approving official."""

    opd: str | None = None
    petugas: str | None = None
    pejabat: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class EditorData:
    """Everything the follow-up editor shows for one complaint, read in one go."""

    complaint: Complaint
    draft: Draft | None  # None until the officer writes something (no empty drafts)
    templates: list[Template]
    names: Names
    time_zone: TimeZone
    today: dt.date
    # The newest follow-up put in the outbox for this complaint (queued, delivered or refused),
    # so the editor can say what became of the last Send instead of showing an empty draft.
    last_follow_up: OutboxOp | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class SaveResult:
    """Where an autosave landed."""

    draft_id: int
    version: int
    saved_at: dt.datetime


def format_date(day: dt.date) -> str:
    """``17 Maret 2026``: dates in follow-ups are written in Indonesian."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def render_template(template: Template | str, complaint: Complaint, names: Names,
                    day: dt.date) -> str:
    """The template's text with its placeholders filled; unknown names get a visible marker.

    Only the known placeholders are replaced; any other ``{...}`` stays as written.
    """
    text = template.text if isinstance(template, Template) else template
    values = {"tracking_id": complaint.tracking_id, "tanggal": format_date(day),
              "opd": names.opd or UNKNOWN["opd"], "petugas": names.petugas or UNKNOWN["petugas"],
              "pejabat": names.pejabat or UNKNOWN["pejabat"]}

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None:
            return match.group(0)
        # "Mengetahui, {pejabat}." with "M.Si." must not end in "..".
        return value if value.endswith(".") else value + match.group(2)

    return _PLACEHOLDER.sub(fill, text)


def bundled_templates(folder: Path = TEMPLATES_DIR) -> list[Template]:
    """Templates shipped in ``resources/templates`` (the fallback before the first sync)."""
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            out.extend(_templates_from([json.loads(path.read_text(encoding="utf-8"))]))
        except (OSError, ValueError):
            continue
    return out


def _templates_from(items: object) -> list[Template]:
    out = []
    if not isinstance(items, list):
        return out
    for item in items:
        if not isinstance(item, Mapping):
            continue
        try:
            out.append(Template(str(item["id"]), int(item.get("version", 1)), str(item["title"]),
                                str(item["text"])))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def check_attachment(path: Path | str) -> dict[str, Any]:
    """Check one evidence file before anything is queued; returns name, size and MIME type.

    Raises :class:`AttachmentError` with an Indonesian message when the file is missing,
    unreadable, empty, too large or not a PNG/JPEG/PDF (by content, never by name): the outbox's
    own reader and type check, so the messages are the ones queueing gives.
    """
    path = Path(path)
    data = read_attachment(path)
    mime = sniff_mime(data[:16])
    if mime is None:
        raise AttachmentError(_("Lampiran '{name}' bukan gambar PNG/JPEG atau dokumen PDF. Hanya jenis "
                                 "berkas tersebut yang dapat dikirim.").format(name=path.name))
    return {"path": str(path), "filename": path.name, "size": len(data), "mime_type": mime}


class DraftService:
    """Drafts of one profile's store: open, autosave, recover, fill templates, send.

    ``clock`` gives aware UTC instants; ``official_name`` (if known) fills ``{pejabat}``.
    """

    def __init__(self, store: Store, cache_dir: Path, clock: Callable[[], dt.datetime], *,
                 official_name: str | None = None) -> None:
        self.store = store
        self.cache_dir = cache_dir
        self._clock = clock
        self.official_name = official_name

    # --- drafts -----------------------------------------------------------------------------

    def find_open(self, complaint_id: int,
                  kind: ActionKind = ActionKind.FOLLOW_UP) -> Draft | None:
        """The complaint's newest unsent draft of ``kind`` (editable or queued), or None."""
        for draft in reversed(self.store.drafts.for_complaint(complaint_id)):
            if draft.kind is kind and draft.state in OPEN_STATES:
                return draft
        return None

    def open_or_create(self, complaint_id: int,
                       kind: ActionKind = ActionKind.FOLLOW_UP) -> Draft:
        """The complaint's unsent draft of ``kind`` (the newest), or a new empty one."""
        found = self.find_open(complaint_id, kind)
        if found is not None:
            return found
        with self.store.transaction() as session:
            draft_id = self.store.drafts.create(session, complaint_id, kind, {"text": ""})
        draft = self.store.drafts.get(draft_id)
        assert draft is not None
        return draft

    def autosave(self, draft_id: int, payload: Mapping[str, Any]) -> int:
        """Store ``payload`` as the draft's latest version (a new version only when it changed);
        returns the version number."""
        with self.store.transaction() as session:
            return self.store.drafts.autosave(session, draft_id, dict(payload))

    def save(self, complaint_id: int, payload: Mapping[str, Any],
             kind: ActionKind = ActionKind.FOLLOW_UP) -> SaveResult:
        """Autosave the editor's ``payload`` into the complaint's open draft, starting one if
        there is none yet (the first keystroke of a new follow-up)."""
        draft = self.open_or_create(complaint_id, kind)
        version = self.autosave(draft.id, payload)
        saved = self.store.drafts.get(draft.id)
        assert saved is not None
        return SaveResult(draft.id, version, saved.updated_at)

    def recoverable(self) -> list[RecoverableDraft]:
        """Unsent drafts (still editable) that hold text, oldest first: "Pulihkan draf?"."""
        out = []
        for draft in self.store.drafts.by_state(EDITABLE_STATES):
            text = str(draft.payload.get("text") or draft.payload.get("reason") or "")
            if text.strip():
                out.append(RecoverableDraft(draft.id, draft.complaint_id, draft.tracking_id,
                                            draft.complaint_title, text, draft.updated_at))
        return out

    # --- templates --------------------------------------------------------------------------

    def templates(self) -> list[Template]:
        """Templates from the server's reference data, newest version of each id; the bundled
        ones fill in any id the server has not sent (or all of them before the first sync)."""
        found: dict[str, Template] = {}
        for candidate in (*bundled_templates(), *self._reference_templates()):
            known = found.get(candidate.id)
            if known is None or candidate.version >= known.version:
                found[candidate.id] = candidate
        return sorted(found.values(), key=lambda t: t.id)

    def _reference_templates(self) -> list[Template]:
        # The officer's own templates come last: their version of an id wins a tie.
        return _templates_from([*reference.templates(self.store),
                                *officer_templates.load(self.store)])

    def agencies(self) -> list[tuple[str, str]]:
        """(id, name) of the agencies a complaint may be suggested to, from reference data."""
        return reference.agencies(self.store)

    def names(self, complaint: Complaint) -> Names:
        """The names a template needs, from the officer profile and the reference agencies."""
        profile = self.store.profile.get()
        agency = dict(self.agencies()).get(complaint.agency_id)
        return Names(opd=agency or (profile.agency_name if profile else None),
                     petugas=profile.display_name if profile else None,
                     pejabat=self.official_name)

    def time_zone(self) -> TimeZone:
        """The agency's time zone (dates in templates are the agency's local date)."""
        profile = self.store.profile.get()
        return profile.agency_timezone if profile else TimeZone.WIB

    def today(self) -> dt.date:
        """Today in the agency's time zone."""
        return self._clock().astimezone(ZoneInfo(self.time_zone().value)).date()

    def render(self, template: Template, complaint_id: int) -> str:
        """``template`` filled for a stored complaint, dated today."""
        complaint = self._complaint(complaint_id)
        return render_template(template, complaint, self.names(complaint), self.today())

    def load(self, complaint_id: int) -> EditorData:
        """Everything the editor needs for ``complaint_id`` (opens or creates its draft)."""
        complaint = self._complaint(complaint_id)
        last = next((op for op in self.store.outbox.ledger(limit=20, complaint_id=complaint_id)
                     if op.kind is ActionKind.FOLLOW_UP), None)
        return EditorData(complaint, self.find_open(complaint_id), self.templates(),
                          self.names(complaint), self.time_zone(), self.today(), last)

    # --- sending ----------------------------------------------------------------------------

    def send(self, draft_id: int, attachment_paths: Iterable[Path | str | Evidence] = (),
             propose_close: bool = False, *, text: str | None = None) -> str:
        """Queue the draft's follow-up with its evidence; returns the outbox op id.

        ``text`` is what the editor shows now (default: the draft's last saved text).
        Attachments are prepared (:mod:`~lapor_desktop.workbench.evidence`: cleaned of metadata,
        downscaled) before anything is queued; the draft's final text is saved and
        the draft locked (*queued*) in the same transaction as the outbox row.
        """
        draft = self.store.drafts.get(draft_id)
        if draft is None:
            raise InvalidDataError(_("Draf {draft_id} tidak ditemukan")
                .format(draft_id=draft_id), field="draft_id")
        prepared = prepare_all(attachment_paths)  # cleaned of metadata, downscaled
        if text is None:
            text = str(draft.payload.get("text", ""))
        action = ActionInput(draft.kind, text=text,
                             propose_close=propose_close)
        op_id = queue_action(self.store, draft.complaint_id, action, draft_id=draft_id,
                             attachment_paths=prepared, cache_dir=self.cache_dir)
        return op_id

    def send_follow_up(self, complaint_id: int, text: str,
                       attachment_paths: Iterable[Path | str | Evidence] = (),
                       propose_close: bool = False) -> str:
        """Queue the follow-up the editor shows for ``complaint_id`` (its draft is created if
        the officer sends before the first autosave); returns the outbox op id."""
        paths = prepare_all(attachment_paths)  # before even a draft is created
        draft = self.open_or_create(complaint_id)
        return self.send(draft.id, paths, propose_close, text=text)

    def queue(self, complaint_id: int, action: ActionInput) -> str:
        """Queue an action that has no draft (internal note, bukan wewenang, acknowledgement)."""
        return queue_action(self.store, complaint_id, action, cache_dir=self.cache_dir)

    def _complaint(self, complaint_id: int) -> Complaint:
        complaint = self.store.complaints.get(complaint_id)
        if complaint is None:
            raise InvalidDataError(_("Laporan {complaint_id} tidak ada di basis data lokal")
                .format(complaint_id=complaint_id),
                                   field="complaint_id", value=complaint_id)
        return complaint


SCALED_DIR = "scaled"


def clear_scaled_copies(cache_dir: Path) -> None:
    """Remove every downscaled photo left by an earlier run (restoring a draft scales again)."""
    shutil.rmtree(cache_dir / SCALED_DIR, ignore_errors=True)
