"""Training mode in GUI tests: the training folder opened through the door (``open_training``)
and the window wired as app.py wires it, lesson dock included.

The demo seed takes a while, so one seeded server database is made per test session and copied
into each test's training folder (the folder then counts as made before: training reuses it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lapor_desktop.server.seed import png_bytes, seed_demo
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.ui.training_flow import TrainingFlow
from lapor_desktop.workbench import Changes
from lapor_desktop.workbench.doors import open_training
from lapor_desktop.workbench.training import SERVER_DB


def utc_now() -> dt.datetime:
    """The clock the training window uses."""
    return dt.datetime.now(dt.UTC)


@pytest.fixture(scope="session")
def seeded_training_db(tmp_path_factory):
    """One demo-seeded training server database for the whole session."""
    path = tmp_path_factory.mktemp("training-seed") / SERVER_DB
    seed_demo(f"sqlite:///{path}")
    return path


@pytest.fixture
def training_root(tmp_path, seeded_training_db):
    """A training folder holding a copy of the seeded server database."""
    root = tmp_path / "latihan"
    root.mkdir()
    shutil.copy(seeded_training_db, root / SERVER_DB)
    return root


@contextlib.contextmanager
def training_window(qtbot, root, *, tell_on_quit=False):
    """A shown training window opened through the door; yields (window, flow, session)."""
    session, bench = open_training(root)
    tasks = TaskManager()
    hub = ChangeHub(tasks)
    controller = SyncController(tasks, bench.sync, interval_minutes=60)
    controller.finished.connect(lambda report: hub.announce(Changes.from_log(report.changes)))
    services = WindowServices(
        tasks=tasks, bench=bench, hub=hub, sync=controller,
        errors=ErrorBridge(root / "logs", interactive=False),
        ui_state=QSettings(str(bench.profile / "ui.ini"), QSettings.Format.IniFormat),
        language=bench.settings.language, training_officer=bench.settings.username)
    win = MainWindow(services, utc_now)
    qtbot.addWidget(win)
    flow = TrainingFlow(win, session, tell_on_quit=tell_on_quit)
    win.show()
    try:
        yield win, flow, session
    finally:
        flow.panel.timer.stop()
        controller.stop()
        tasks.shutdown()
        flow.close()
        bench.close()
        session.stop()


def sync(qtbot, win):
    """Click "Sinkronkan sekarang" and wait for the pass and what follows it."""
    from tests.gui.conftest import sync_from_status_bar

    return sync_from_status_bar(qtbot, win)


def start_lesson(qtbot, flow, key):
    """Select lesson ``key`` in the panel and click "Mulai pelajaran"."""
    panel = flow.panel
    row = next(i for i in range(panel.lessons.count())
               if panel.lessons.item(i).data(Qt.ItemDataRole.UserRole) == key)
    panel.lessons.setCurrentRow(row)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.book.current is not None and flow.book.current.key == key
                    and not panel.busy, timeout=30_000)
    return flow.book.data(key)


def check_lesson(qtbot, flow, key):
    """Click "Periksa" (when the panel's own periodic check has not already finished the
    lesson) and wait for the answer; True when lesson ``key`` is done."""
    panel = flow.panel
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    if panel.check_button.isEnabled():
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    return flow.book.is_done(key)


def open_by_search(qtbot, win, tracking):
    """Type the tracking id into the search box and click the one row found."""
    win.filters.select_view("all")
    search = win.filters.search
    search.clear()
    qtbot.keyClicks(search, tracking)
    win.filters.emit_query()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1 and tracking in str(
        win.model.index(0, 0).data()), timeout=15_000)
    rect = win.table.visualRect(win.model.index(0, 1))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_editor(qtbot, win, tracking):
    """Open complaint ``tracking`` on its follow-up tab, ready to write."""
    open_by_search(qtbot, win, tracking)
    editor = win.editor
    win.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.complaint() is not None
                    and editor.complaint().tracking_id == tracking
                    and not editor.is_read_only(), timeout=15_000)
    return editor


_photos: list[int] = []


def write_follow_up(qtbot, editor, tmp_path, *, contact=True, photo=True):
    """Apply the "selesai dengan bukti" template, fill its markers, add a contact line and a
    photo (each can be left out, as a careless trainee would)."""
    editor.template_box.setCurrentIndex(editor.template_box.findText(
        tr("Template", "Tindak lanjut selesai dengan bukti")))  # its name in the UI language
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    text = (editor.text.toPlainText().replace("(nama petugas)", "Rina Marlina")
            .replace("(nama penyetuju)", "Kepala Dinas").replace("(nama OPD)", "Dinas PUPR"))
    if contact:
        text += " Informasi lebih lanjut hubungi 0812-3456-7890."
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, text)
    if photo:
        _photos.append(1)  # a new picture each time, as a new visit's photo would be
        image = tmp_path / f"bukti-{len(_photos)}.png"
        image.write_bytes(png_bytes(400, 300, (60, 140, 90 + len(_photos))))
        with qtbot.waitSignal(editor.attachments.changed):
            editor.attachments.add_files([str(image)])


def send(qtbot, editor):
    """Ctrl+Enter; an "incomplete" warning is answered with "Kirim tetap"."""
    def answer():
        box = editor.findChild(QMessageBox, "incompleteWarning")
        if box is not None and box.isVisible():
            next(b for b in box.buttons() if b.text() == "Kirim &tetap").click()
        elif not done:
            QTimer.singleShot(20, answer)

    done: list[bool] = []
    QTimer.singleShot(0, answer)
    qtbot.waitUntil(lambda: not editor.attachments.pending, timeout=15_000)
    # The trainee's cursor is in the text (Ctrl+Enter is the editor's shortcut).
    editor.window().activateWindow()
    editor.text.setFocus()
    qtbot.waitUntil(editor.text.hasFocus, timeout=5_000)
    try:
        with qtbot.waitSignal(editor.queued, timeout=15_000, raising=False) as blocker:
            qtbot.keyClick(editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        done.append(True)
    assert blocker.signal_triggered, (editor.notice.text(), editor.is_read_only(),
                                      editor.send_button.isEnabled(), editor.state_label.text())
    return blocker.args[0]


def dialog_of(cls):
    """The visible top-level dialog of ``cls``, or None."""
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, cls) and w.isVisible()), None)
