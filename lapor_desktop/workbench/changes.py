"""What a write or a sync pass changed, so each view decides what to refresh.

Modelled on Anki's ``OpChanges``: every write through the :class:`~lapor_desktop.workbench.Workbench`
returns an :class:`Op` carrying its value and a :class:`Changes`; a sync pass returns one too. The
Qt side emits the changes once, and each screen refreshes only what it shows (keeping the
officer's selection, scroll position and open dialogs).
"""

from __future__ import annotations

import dataclasses
from typing import Generic, TypeVar

from lapor_desktop.store.changelog import ChangeLog

T = TypeVar("T")


@dataclasses.dataclass(frozen=True, slots=True)
class Changes:
    """The parts of the profile a write touched (empty: nothing to refresh)."""

    #: Complaints added or changed (including their local state: draft, queued, refused).
    complaints: frozenset[int] = frozenset()
    #: Complaints removed from this profile (re-disposed elsewhere).
    removed: frozenset[int] = frozenset()
    #: Too much changed to list (a re-assignment purge, a wipe): reload every view.
    everything: bool = False
    #: Outbox operations changed state (queued, sent, refused, discarded).
    outbox: bool = False
    #: Drafts were saved, locked or reopened.
    drafts: bool = False
    #: Reference data (categories, agencies, holidays, templates) was replaced.
    reference: bool = False
    #: Settings or the officer's identity changed.
    settings: bool = False
    #: A new action waits in the outbox: a window that is online pushes it now.
    queued: bool = False
    #: Files were added to (or fetched into) the offline attachment cache.
    attachments: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            complaints=self.complaints | other.complaints, removed=self.removed | other.removed,
            everything=self.everything or other.everything, outbox=self.outbox or other.outbox,
            drafts=self.drafts or other.drafts, reference=self.reference or other.reference,
            settings=self.settings or other.settings, queued=self.queued or other.queued,
            attachments=self.attachments or other.attachments)

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return self == Changes()

    @property
    def queue(self) -> bool:
        """True when the list of complaints (rows, counts, local state) may look different."""
        return self.everything or bool(self.complaints or self.removed)

    def touches(self, complaint_id: int | None) -> bool:
        """True when ``complaint_id``'s detail may look different."""
        if complaint_id is None:
            return False
        return self.everything or complaint_id in self.complaints or complaint_id in self.removed

    @classmethod
    def from_log(cls, log: ChangeLog) -> Changes:
        """The changes a sync pass recorded."""
        return cls(complaints=frozenset(log.upserted), removed=frozenset(log.removed),
                   outbox=log.outbox, reference=log.reference,
                   # A pulled complaint's drafts may have become "needs attention".
                   drafts=bool(log.removed))


@dataclasses.dataclass(frozen=True, slots=True)
class Op(Generic[T]):
    """A write's result: its value and what it changed."""

    value: T
    changes: Changes = Changes()
