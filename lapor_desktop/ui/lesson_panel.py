"""The "Pelajaran" side panel of training mode: the lessons, the current goal, hints, progress.

It shows a :class:`~lapor_desktop.workbench.lesson_book.LessonBook`; checking a lesson reads
the training server's database (and may bring the server back), so :meth:`check_now` runs on
the network worker and the result comes back by signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.lesson_book import LessonBook
from lapor_desktop.workbench.lessons import LESSONS

CHECK_INTERVAL_MS = 3000


def lesson_text(text: str) -> str:
    """A lesson's title, goal or hint in the UI language (scripts/translations.py lists them)."""
    return tr("Lessons", text)


class LessonPanel(QWidget):
    """Lesson list with check marks, the current goal and hints, progress, and buttons."""

    #: A lesson was completed (its key).
    lesson_done = Signal(str)
    #: The trainee asked for the certificate/summary PDF.
    certificate_requested = Signal()
    #: A check failed (the error, for the error bridge).
    failed = Signal(object)

    def __init__(self, tasks: TaskManager, book: LessonBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self._tasks = tasks
        self.book = book
        self._busy = 0  # lesson jobs on the network worker
        self.lessons = QListWidget()
        self.lessons.setObjectName("lessonList")
        self.lessons.setAccessibleName(self.tr("Daftar pelajaran"))
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.goal = QLabel()
        self.goal.setObjectName("lessonGoal")
        self.goal.setWordWrap(True)
        self.hints = QLabel()
        self.hints.setObjectName("lessonHints")
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("lessonProgress")
        self.progress.setRange(0, len(LESSONS))
        self.progress.setFormat(self.tr("%v dari %m pelajaran selesai"))
        self.start_button = QPushButton(self.tr("&Mulai pelajaran"))
        self.start_button.setObjectName("lessonStart")
        self.restart_button = QPushButton(self.tr("&Ulangi pelajaran"))
        self.restart_button.setObjectName("lessonRestart")
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.setObjectName("lessonCheck")
        self.trainee = QLineEdit(book.trainee)
        self.trainee.setObjectName("traineeName")
        self.trainee.setPlaceholderText(self.tr("Nama Anda (untuk sertifikat)"))
        self.trainee.setAccessibleName(self.tr("Nama peserta"))
        self.certificate_button = QPushButton(self.tr("Ekspor &sertifikat…"))
        self.certificate_button.setObjectName("lessonCertificate")

        buttons = QHBoxLayout()
        for button in (self.start_button, self.restart_button, self.check_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lessons)
        layout.addWidget(self.title)
        layout.addWidget(self.goal)
        layout.addWidget(self.hints)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.trainee)
        layout.addWidget(self.certificate_button)
        layout.addStretch(1)

        self.start_button.clicked.connect(self.start_selected)
        self.restart_button.clicked.connect(self.restart_current)
        self.check_button.clicked.connect(self.check_now)
        self.certificate_button.clicked.connect(self.certificate_requested)
        self.trainee.editingFinished.connect(lambda: book.set_trainee(self.trainee.text().strip()))
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        self.refresh()
        # Seven short rows: the goal and hints get the rest of the dock.
        rows = self.lessons.sizeHintForRow(0) * (len(LESSONS) + 1)
        self.lessons.setMaximumHeight(rows + 2 * self.lessons.frameWidth())

    def refresh(self) -> None:
        """Show the book as it is now."""
        book = self.book
        current = book.current
        selected = self.lessons.currentRow()
        self.lessons.clear()
        for number, lesson in enumerate(LESSONS, 1):
            mark = "✓" if book.is_done(lesson.key) else ("▶" if lesson is current else "○")
            item = QListWidgetItem(f"{mark} {number}. {lesson_text(lesson.title)}")
            item.setData(Qt.ItemDataRole.UserRole, lesson.key)
            self.lessons.addItem(item)
        target = current or book.next_lesson()
        row = LESSONS.index(target) if target is not None else max(selected, 0)
        self.lessons.setCurrentRow(row if selected < 0 or current is not None else selected)
        if current is not None:
            self.title.setText(lesson_text(current.title))
            self.goal.setText(book.goal(current, lesson_text))
            self.hints.setText("\n".join(f"• {hint}" for hint in book.hints(current, lesson_text)))
        elif book.next_lesson() is None:
            self.title.setText(self.tr("Semua pelajaran selesai"))
            self.goal.setText(self.tr("Ekspor sertifikat untuk pelatih Anda."))
            self.hints.setText("")
        else:
            self.title.setText(self.tr("Pilih pelajaran"))
            self.goal.setText(self.tr("Pilih pelajaran di daftar, lalu klik \"Mulai pelajaran\"."))
            self.hints.setText("")
        self.restart_button.setEnabled(current is not None)
        self.check_button.setEnabled(current is not None)
        self.progress.setValue(book.done_count())
        self.certificate_button.setEnabled(book.done_count() > 0)

    @property
    def busy(self) -> bool:
        """True while a start, restart or check of a lesson is running."""
        return self._busy > 0

    def selected_key(self) -> str | None:
        """The lesson selected in the list."""
        item = self.lessons.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def start_selected(self) -> None:
        """Start the selected lesson (prepares its complaint on the server)."""
        key = self.selected_key()
        if key is not None:
            self._run(lambda: self.book.start(key))

    def restart_current(self) -> None:
        """Restart the current lesson from the beginning."""
        self._run(self.book.restart)

    def check_now(self) -> None:
        """Check the current lesson against the training server (on the network worker)."""
        if self.book.current is None or self.busy:
            return
        key = self.book.current.key

        def done(became_done: bool) -> None:
            self.refresh()
            if became_done:
                self.lesson_done.emit(key)

        self._run(self.book.check, on_done=done)

    def _run(self, job, on_done=None) -> None:
        self._busy += 1

        def finished(result: object) -> None:
            self._busy -= 1
            if on_done is not None:
                on_done(result)
            else:
                self.refresh()

        def error(exc: BaseException) -> None:
            self._busy -= 1
            self.refresh()
            self.failed.emit(exc)

        self._tasks.net(job, on_done=finished, on_error=error)
