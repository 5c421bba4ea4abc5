"""Likely duplicates and repeats of a complaint, offline; linking them; reusing one follow-up.

Qt-free: the detail view's duplicate panel calls it on the database worker. Keys are computed on
demand for complaints that arrived or changed since the last look (:meth:`DuplicateService.refresh`),
so a sync never waits for them. The salt of the reporter keys is per profile: kept in the encrypted
store's secrets; a plaintext store (tests, profiles from before encryption) gets a salt for this
session only and its keys are rebuilt when it is opened again, so no salt is ever written in clear.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterable

from pydantic import ValidationError

from lapor_desktop.core.duplicates import (
    PLACE_WINDOW,
    Features,
    Match,
    Reason,
    place_key,
    rank,
    reporter_keys,
    reuse_text,
    words,
)
from lapor_desktop.core.errors import InvalidDataError, KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.core.models import ActionKind, EventKind, Status, TimeZone
from lapor_desktop.core.status import allowed_actions
from lapor_desktop.protocol.messages import validation_message
from lapor_desktop.store.duplicates import Candidate, Keys
from lapor_desktop.store.engine import Store
from lapor_desktop.sync.outbox import build_request
from lapor_desktop.workbench.changes import Changes, Op

SALT_SECRET = "duplicates:salt"
SALT_BYTES = 32


@dataclasses.dataclass(frozen=True, slots=True)
class DuplicateEntry:
    """One likely duplicate (or linked complaint) as the detail view lists it: no identity."""

    id: int
    tracking_id: str
    title: str
    status: Status
    submitted_at: dt.datetime
    score: float
    reasons: tuple[Reason, ...]
    linked: bool


@dataclasses.dataclass(frozen=True, slots=True)
class Duplicates:
    """The complaints linked to one complaint, and the unlinked likely duplicates."""

    linked: list[DuplicateEntry]
    suggested: list[DuplicateEntry]


class DuplicateService:
    """Finds likely duplicates among the profile's complaints and links them."""

    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self._store = store
        self._clock = clock
        self._salt: bytes | None = None
        # The sync position keys were last brought up to date at: complaints only change
        # through sync passes, so an unchanged position means nothing needs keying.
        self._keyed_at: tuple[object, ...] | None = None

    # --- keys ---------------------------------------------------------------------------------

    def _salt_bytes(self) -> bytes:
        if self._salt is not None:
            return self._salt
        secrets = self._store.secrets
        if secrets.available:
            stored = secrets.get(SALT_SECRET)
            if stored is None:
                stored = os.urandom(SALT_BYTES).hex()
                with self._store.transaction() as session:
                    secrets.put(session, SALT_SECRET, stored)
                    self._store.duplicates.clear_keys(session)
            self._salt = bytes.fromhex(stored)
        else:
            self._salt = os.urandom(SALT_BYTES)
            with self._store.transaction() as session:
                self._store.duplicates.clear_keys(session)
        return self._salt

    def refresh(self) -> int:
        """Key every complaint that is new or changed since it was keyed; returns how many."""
        state = self._store.sync_state.get()
        mark = (state.cursor, state.last_sync_at)
        if mark == self._keyed_at:
            return 0
        salt = self._salt_bytes()
        repo = self._store.duplicates
        total = after = 0
        while sources := repo.unkeyed(after_id=after):
            after = sources[-1].id
            keys = []
            for src in sources:
                phone, email = reporter_keys(salt, src.reporter)
                keys.append(Keys(src.id, phone, email, place_key(src.location), src.category,
                                 src.submitted_at, src.synced_at,
                                 " ".join(sorted(words(src.text)))))
            with self._store.transaction() as session:
                total += repo.put_keys(session, keys)
        self._keyed_at = mark
        return total

    # --- finding ------------------------------------------------------------------------------

    def find(self, complaint_id: int, *, limit: int = 10, refresh: bool = True) -> Duplicates:
        """The complaint's linked complaints and its likely (not yet linked) duplicates."""
        repo = self._store.duplicates
        if refresh:
            self.refresh()
        linked_ids = repo.linked(complaint_id)
        matches, texts = self.matches(complaint_id, limit=limit + len(linked_ids))
        if refresh and not texts and repo.candidate(complaint_id) is None:
            # Arrived outside a sync pass (e.g. a handover package): key it now.
            self._keyed_at = None
            self.refresh()
            matches, texts = self.matches(complaint_id, limit=limit + len(linked_ids))
        suggested = [self._entry(texts[m.id], m, False) for m in matches
                     if m.id not in linked_ids][:limit]
        by_id = {m.id: m for m in matches}
        linked = []
        for cid in sorted(linked_ids):
            cand = texts.get(cid) or repo.candidate(cid)
            if cand is not None:
                linked.append(self._entry(cand, by_id.get(cid), True))
        return Duplicates(linked=linked, suggested=suggested)

    def matches(self, complaint_id: int, *, limit: int = 10
                ) -> tuple[list[Match], dict[int, Candidate]]:
        """Scored likely duplicates (best first) and the candidates they came from."""
        repo = self._store.duplicates
        query = repo.candidate(complaint_id)
        if query is None:
            return [], {}
        candidates = repo.candidates(query, PLACE_WINDOW)
        texts = {c.id: c for c in candidates}
        found = rank(_features(query), (_features(c) for c in candidates), limit=limit)
        return found, texts

    @staticmethod
    def _entry(c: Candidate, m: Match | None, linked: bool) -> DuplicateEntry:
        return DuplicateEntry(
            id=c.id, tracking_id=c.tracking_id, title=c.title,
            status=Status(c.status), submitted_at=c.submitted_at,
            score=m.score if m else 0.0, reasons=m.reasons if m else (), linked=linked)

    # --- linking ------------------------------------------------------------------------------

    def link(self, complaint_id: int, other_ids: Iterable[int]) -> Op[str | None]:
        """Link ``other_ids`` to ``complaint_id`` as one problem, here and (through the outbox,
        exactly once) on the server as an internal note "Terkait dengan #…".

        The note goes on the first of the complaints whose status still takes an internal note;
        when none does, the link is kept on this PC only (value None).
        """
        store = self._store
        ids = [complaint_id, *dict.fromkeys(i for i in other_ids if i != complaint_id)]
        complaints = [store.complaints.get(i) for i in ids]
        if any(c is None for c in complaints) or len(complaints) < 2:
            raise InvalidDataError(_("Laporan yang akan dikaitkan tidak ada di profil ini."),
                                   field="complaint_id")
        anchor = next((c for c in complaints
                       if ActionKind.INTERNAL_NOTE in allowed_actions(c.status)), None)
        request = payload = None
        if anchor is not None:
            related = [c.tracking_id for c in complaints if c is not anchor]
            # The note goes into the agency's record: Indonesian, whatever the officer's UI.
            payload = {"text": "Terkait dengan {ids}".format(
                ids=", ".join(f"#{t}" for t in related)), "related": related}
            try:
                request = build_request(ActionKind.INTERNAL_NOTE, payload, anchor.revision)
            except ValidationError as exc:
                raise InvalidDataError(validation_message(exc), field="related") from None
        op_id = None
        with store.transaction() as session:
            for other in ids[1:]:
                store.duplicates.link(session, complaint_id, other)
            if anchor is not None and request is not None and payload is not None:
                payload["text"] = request.text
                op_id = store.outbox.enqueue(session, None, anchor.id,
                                             ActionKind.INTERNAL_NOTE, payload, anchor.revision)
        queued = op_id is not None
        return Op(op_id, Changes(complaints=frozenset(ids), outbox=queued, queued=queued))

    def unlink(self, complaint_id: int, other_id: int) -> Op[str | None]:
        """Remove the link between two complaints, here and (through the outbox, exactly once)
        on the server as an internal note "Tidak lagi terkait dengan #…" with ``unrelated``.

        The note goes on whichever of the two still takes an internal note; when neither does,
        or the link was never there, only this PC changes (value None).
        """
        store = self._store
        pair = [store.complaints.get(complaint_id), store.complaints.get(other_id)]
        anchor = next((c for c in pair if c is not None
                       and ActionKind.INTERNAL_NOTE in allowed_actions(c.status)), None)
        other = next((c for c in pair if c is not None and c is not anchor), None)
        payload = None
        if anchor is not None and other is not None:
            # The agency's record is in Indonesian, whatever the officer's UI.
            payload = {"text": f"Tidak lagi terkait dengan #{other.tracking_id}",
                       "unrelated": [other.tracking_id]}
            build_request(ActionKind.INTERNAL_NOTE, payload, anchor.revision)  # valid on the wire
        op_id = None
        with store.transaction() as session:
            removed = store.duplicates.unlink(session, complaint_id, other_id)
            if removed and anchor is not None and payload is not None:
                op_id = store.outbox.enqueue(session, None, anchor.id,
                                             ActionKind.INTERNAL_NOTE, payload, anchor.revision)
        queued = op_id is not None
        return Op(op_id, Changes(complaints=frozenset({complaint_id, other_id}), outbox=queued,
                                 queued=queued))

    def unlink_all(self, complaint_id: int, other_ids: Iterable[int]) -> Op[list[str]]:
        """:meth:`unlink` ``complaint_id`` from each of ``other_ids`` (the panel's ticked linked
        complaints); the value lists the queued notes."""
        queued: list[str] = []
        changes = Changes()
        for other_id in dict.fromkeys(other_ids):
            op = self.unlink(complaint_id, other_id)
            changes |= op.changes
            if op.value is not None:
                queued.append(op.value)
        return Op(queued, changes)

    # --- reusing a follow-up ------------------------------------------------------------------

    def reuse_texts(self, complaint_id: int, text: str, timezone: TimeZone = TimeZone.WIB
                    ) -> dict[int, str]:
        """The follow-up ``text`` written for ``complaint_id``, adapted to each linked complaint
        that still takes a follow-up (its tracking id and submission date filled in)."""
        source = self._store.complaints.get(complaint_id)
        if source is None:
            raise KnownError(_("Laporan tidak ada di profil ini."))
        zone = dt.timezone(dt.timedelta(hours=_UTC_OFFSET[timezone]))
        out = {}
        for other_id in sorted(self._store.duplicates.linked(complaint_id)):
            other = self._store.complaints.get(other_id)
            if other is None or ActionKind.FOLLOW_UP not in allowed_actions(other.status):
                continue
            out[other_id] = reuse_text(text, source.tracking_id, other.tracking_id,
                                       other.submitted_at.astimezone(zone).date(),
                                       source.submitted_at.astimezone(zone).date())
        return out

    def queue_reused(self, complaint_id: int, text: str, send: Callable[[int, str], Op[str]],
                     timezone: TimeZone = TimeZone.WIB) -> Op[list[str]]:
        """Queue ``text`` (adapted by :meth:`reuse_texts`) as a follow-up on every linked
        complaint that takes one, through ``send`` (the workbench's ``send_follow_up``)."""
        op_ids: list[str] = []
        changes = Changes()
        for target, adapted in self.reuse_texts(complaint_id, text, timezone).items():
            op = send(target, adapted)
            op_ids.append(op.value)
            changes = changes | op.changes
        return Op(op_ids, changes)

    def last_follow_up(self, complaint_id: int) -> str | None:
        """The newest follow-up text in the complaint's history, or None."""
        complaint = self._store.complaints.get(complaint_id)
        if complaint is None:
            return None
        texts = [e.text for e in complaint.events if e.kind is EventKind.FOLLOW_UP]
        return texts[-1] if texts else None


_UTC_OFFSET = {TimeZone.WIB: 7, TimeZone.WITA: 8, TimeZone.WIT: 9}


def _features(c: Candidate) -> Features:
    # The words were computed when the complaint was keyed: no tokenising per lookup.
    return Features(id=c.id, tracking_id=c.tracking_id, category=c.category,
                    place_key=c.place_key, submitted_at=c.submitted_at,
                    reporter_keys=frozenset(x for x in (c.phone_key, c.email_key) if x),
                    words=frozenset(c.words.split()))
