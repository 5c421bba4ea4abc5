"""The trainee's lesson progress: which lesson is current, what each one is about, when each
started and was done. Kept as ``pelajaran.json`` in the training folder (it survives restarts
until "Mulai ulang latihan"). Qt-free; the side panel (ui/lesson_panel.py) shows it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lapor_desktop.core.i18n import _
from lapor_desktop.workbench.lessons import BY_KEY, LESSONS, Lesson, LessonWorld

PROGRESS_FILE = "pelajaran.json"


@dataclasses.dataclass(frozen=True)
class LessonRecord:
    """One finished lesson, for the certificate."""

    key: str
    title: str
    started_at: dt.datetime
    done_at: dt.datetime

    @property
    def duration(self) -> dt.timedelta:
        """Time from starting the lesson to finishing it."""
        return self.done_at - self.started_at


class LessonBook:
    """Progress through :data:`~lapor_desktop.workbench.lessons.LESSONS`, saved on every change."""

    def __init__(self, root: Path, world: LessonWorld) -> None:
        self.path = Path(root) / PROGRESS_FILE
        self.world = world
        # Lessons are checked on a worker thread while the window notes facts.
        self._lock = threading.RLock()
        self.state: dict[str, Any] = {"current": None, "lessons": {}}
        if self.path.exists():
            self.state = json.loads(self.path.read_text(encoding="utf-8"))
        self.world.facts.update(self.state.get("facts", {}))

    # --- reading ---------------------------------------------------------------------------

    @property
    def current(self) -> Lesson | None:
        """The lesson in progress, or None."""
        key = self.state.get("current")
        return BY_KEY.get(key) if key else None

    def is_done(self, key: str) -> bool:
        """True when lesson ``key`` has been completed."""
        return bool(self._entry(key).get("done_at"))

    def done_count(self) -> int:
        """How many lessons are complete."""
        return sum(self.is_done(lesson.key) for lesson in LESSONS)

    def data(self, key: str) -> dict[str, Any]:
        """What lesson ``key`` prepared (its target complaint and so on)."""
        return self._entry(key).setdefault("data", {})

    def goal(self, lesson: Lesson, translate: Callable[[str], str] = _) -> str:
        """The translated goal with the lesson's complaint filled in."""
        return translate(lesson.goal).format(tracking=self.data(lesson.key).get("tracking", "…"))

    def hints(self, lesson: Lesson, translate: Callable[[str], str] = _) -> list[str]:
        """The translated hints with the lesson's complaint filled in."""
        tracking = self.data(lesson.key).get("tracking", "…")
        return [translate(hint).format(tracking=tracking) for hint in lesson.hints]

    def next_lesson(self) -> Lesson | None:
        """The first lesson not done yet."""
        return next((lesson for lesson in LESSONS if not self.is_done(lesson.key)), None)

    def records(self, translate: Callable[[str], str] = _) -> list[LessonRecord]:
        """The finished lessons in order, for the certificate."""
        out = []
        for lesson in LESSONS:
            entry = self._entry(lesson.key)
            if entry.get("done_at"):
                out.append(LessonRecord(lesson.key, translate(lesson.title),
                                        dt.datetime.fromisoformat(entry["started_at"]),
                                        dt.datetime.fromisoformat(entry["done_at"])))
        return out

    # --- changing --------------------------------------------------------------------------

    def start(self, key: str) -> Lesson:
        """Start (or restart) lesson ``key``: it prepares its world afresh."""
        lesson = BY_KEY[key]
        with self._lock:
            if self.current is not None and self.current.key != key:
                self._leave_current()
            used = [d.get("target") for d in (self.data(k) for k in BY_KEY) if d.get("target")]
            data = lesson.prepare(self.world, {"used": used})
            self.state["lessons"][key] = {"started_at": self.world.now().isoformat(),
                                          "data": data}
            self.state["current"] = key
            # What the lesson cleared (an earlier "opened") must not come back on a restart.
            self.state["facts"] = {k: v for k, v in self.world.facts.items()
                                   if isinstance(v, (int, str))}
            self._save()
        return lesson

    def resume(self) -> None:
        """After a restart of the app: a lesson that had the server down takes it down again."""
        if self.current is not None and self.data(self.current.key).get("down"):
            self.world.take_down()

    def set_trainee(self, name: str) -> None:
        """The trainee's own name, for the certificate."""
        with self._lock:
            self.state["trainee"] = name
            self._save()

    @property
    def trainee(self) -> str:
        """The trainee's name as entered ("" until then)."""
        return str(self.state.get("trainee", ""))

    def restart(self) -> Lesson | None:
        """Restart the current lesson."""
        return self.start(self.current.key) if self.current is not None else None

    def check(self) -> bool:
        """Let the current lesson advance and check it; True when it became done just now."""
        with self._lock:
            lesson = self.current
            if lesson is None:
                return False
            data = self.data(lesson.key)
            if lesson.advance is not None:
                before = dict(data)
                lesson.advance(self.world, data)
                if data != before:
                    self._save()
            if not lesson.check(self.world, data):
                return False
            self._entry(lesson.key)["done_at"] = self.world.now().isoformat()
            self.state["current"] = None
            self._save()
            return True

    def note(self, fact: str, value: Any) -> None:
        """Record a client fact (the complaint opened, the file a report went to)."""
        with self._lock:
            self.world.facts[fact] = value
            if isinstance(value, (int, str)):
                self.state.setdefault("facts", {})[fact] = value
                self._save()

    def _leave_current(self) -> None:
        # A lesson that took the server down gives it back when the trainee moves on.
        self.world.bring_back()

    def _entry(self, key: str) -> dict[str, Any]:
        return self.state["lessons"].setdefault(key, {})

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state, indent=1, default=str), encoding="utf-8")
        os.replace(tmp, self.path)
