"""Training mode's extras around the main window: the "Pelajaran" dock, the certificate
export, "Mulai ulang latihan", and the note on quitting that the training is kept.

Built by app.py (and the GUI tests) around one open training session and its workbench.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog

from lapor_desktop import APP_NAME
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.lesson_panel import LessonPanel, lesson_text
from lapor_desktop.ui.main_window import MainWindow
from lapor_desktop.ui.plain import information, question
from lapor_desktop.ui.training_certificate import write_certificate
from lapor_desktop.workbench.lesson_book import LessonBook
from lapor_desktop.workbench.lessons import LESSONS, training_world

_CTX = "TrainingFlow"
_WAITING = frozenset({OutboxState.QUEUED, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION})


class TrainingFlow(QObject):
    """Owns the lesson book and panel of one training run."""

    #: The trainee confirmed "Mulai ulang latihan" (app.py deletes the folder on quit).
    reset_requested = Signal()
    #: The certificate was written to this path.
    certificate_written = Signal(object)

    def __init__(self, window: MainWindow, session, *, tell_on_quit: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        services = window.services
        self.tasks, self.bench = services.tasks, services.bench
        officer = self.bench.officer()
        self.agency = officer.agency_name if officer is not None else ""
        # Dates on the certificate are the agency's dates (WIB, WITA or WIT).
        self.zone = ZoneInfo(str(officer.agency_timezone)) if officer is not None else None
        self.waiting: set[int] = set()
        world = training_world(session, officer.agency_id if officer else "",
                               lambda: set(self.waiting))
        self.book = LessonBook(session.root, world)
        self.book.resume()
        self.panel = LessonPanel(self.tasks, self.book)
        self.panel.failed.connect(services.errors.handle)
        self.panel.certificate_requested.connect(self.ask_certificate)
        self.panel.lesson_done.connect(self._done)
        self.panel.timer.timeout.connect(self.refresh_waiting)
        self.dock = QDockWidget(tr(_CTX, "Pelajaran"), window)
        self.dock.setObjectName("lessonDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.action_lessons = self.dock.toggleViewAction()
        self.action_lessons.setText(tr(_CTX, "Pe&lajaran"))
        window.menu_help.insertAction(window.action_help, self.action_lessons)
        self.action_reset = QAction(tr(_CTX, "Mulai ulang lati&han…"), window)
        self.action_reset.setObjectName("actionResetTraining")
        self.action_reset.triggered.connect(self.confirm_reset)
        window.menu_file.insertAction(window.action_quit, self.action_reset)
        window.queue_pane.complaint_selected.connect(lambda cid: self.book.note("opened", cid))
        if window.dashboard is not None:
            window.dashboard.exported.connect(self._exported)
        # Bound methods: the connections end with the window (rebuilt on a language switch).
        services.hub.changed.connect(self._refresh_on)
        services.sync.finished.connect(self._refresh_on)
        if tell_on_quit:
            window.installEventFilter(self)
        self.refresh_waiting()

    def refresh_waiting(self) -> None:
        """Re-read which complaints have an action waiting in the outbox (lessons look)."""
        def read() -> set[int]:
            return {op.complaint_id for op in self.bench.store.outbox.ledger(states=_WAITING)}

        self.tasks.db(read, on_done=self._set_waiting, on_error=lambda _e: None)

    def _refresh_on(self, _what: object) -> None:
        self.refresh_waiting()

    def _set_waiting(self, waiting: set[int]) -> None:
        self.waiting = waiting

    def _exported(self, path: object) -> None:
        self.book.note("exported", Path(str(path)))
        self.panel.check_now()

    def _done(self, key: str) -> None:
        self.window.statusBar().showMessage(
            tr(_CTX, "Pelajaran selesai: {title}").format(
                title=lesson_text(next(lesson.title for lesson in LESSONS if lesson.key == key))),
            10_000)

    # --- certificate --------------------------------------------------------------------

    def ask_certificate(self) -> None:
        """Ask where to save the certificate, then write it."""
        name = self.panel.trainee.text().strip()
        self.book.set_trainee(name)
        path, _filter = QFileDialog.getSaveFileName(
            self.window, tr(_CTX, "Simpan sertifikat"),
            str(Path.home() / tr(_CTX, "sertifikat-latihan.pdf")), "PDF (*.pdf)")
        if path:
            self.export_certificate(Path(path))

    def export_certificate(self, path: Path) -> None:
        """Write the certificate PDF to ``path`` on the database worker."""
        records = self.book.records(lesson_text)
        name = self.book.trainee
        self.tasks.db(lambda: write_certificate(path, name, self.agency, records, self.zone),
                      on_done=self._written, on_error=self.window.services.errors.handle)

    def _written(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            tr(_CTX, "Sertifikat disimpan: {path}").format(path=path), 10_000)
        self.certificate_written.emit(path)

    # --- reset and quit -----------------------------------------------------------------

    def confirm_reset(self) -> None:
        """"Mulai ulang latihan": after confirmation, everything of the training goes on quit."""
        if question(
                self.window, APP_NAME,
                tr(_CTX, "Mulai ulang latihan? Semua draf, Kotak Keluar, kemajuan pelajaran dan "
                         "data server latihan dihapus. Aplikasi akan ditutup; buka Mode Latihan "
                         "lagi untuk mulai dari awal.")):
            self.window.removeEventFilter(self)
            self.reset_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On quitting, say that the training is kept."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            information(
                self.window, APP_NAME,
                tr(_CTX, "Latihan Anda tetap tersimpan: draf, Kotak Keluar dan kemajuan "
                         "pelajaran ada lagi saat Mode Latihan dibuka. Pilih Berkas > \"Mulai "
                         "ulang latihan\" untuk mulai dari awal."))
        return False

    def close(self) -> None:
        """Stop checking and release the server database."""
        self.panel.timer.stop()
        self.book.world.db.dispose()
