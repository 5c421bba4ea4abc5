"""The one Qt signal that carries what changed, from any workbench write or sync pass, to the views.

Modelled on Anki's ``CollectionOp``: a write runs on the task manager's database worker and
returns an :class:`~lapor_desktop.workbench.Op`; back on the GUI thread the hub emits the op's
:class:`~lapor_desktop.workbench.Changes` once, then hands the value to the caller. Each view
connects to :attr:`ChangeHub.changed` and decides what to refresh, so a write in one panel (or a
background sync) updates the others without anyone refreshing five views by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Changes, Op

T = TypeVar("T")


class ChangeHub(QObject):
    """Runs workbench writes off the GUI thread and announces what they changed."""

    #: Something in the profile changed: a :class:`~lapor_desktop.workbench.Changes`. Views
    #: refresh only what they show, keeping selection, scroll position and open dialogs.
    changed = Signal(object)

    def __init__(self, tasks: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks

    def run(self, write: Callable[[], Op[T]], *, on_done: Callable[[T], Any] | None = None,
            on_error: Callable[[BaseException], Any] | None = None) -> None:
        """Run ``write`` on the database worker; announce its changes, then ``on_done(value)``."""
        def done(op: Op[T]) -> None:
            self.announce(op.changes)
            if on_done is not None:
                on_done(op.value)

        self._tasks.db(write, on_done=done, on_error=on_error)

    def announce(self, changes: Changes) -> None:
        """Emit :attr:`changed` unless nothing changed."""
        if not changes.empty:
            self.changed.emit(changes)
