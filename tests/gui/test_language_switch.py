"""Switching the language in the settings dialog takes effect at once, without a restart.

The window is built by the app's own composition root (:class:`lapor_desktop.app.Application`,
tray notifier, idle lock, serah terima menu and all) around a real profile synced from the real
reference server on loopback; the officer switches Indonesian -> English -> Indonesian through
the settings dialog while a complaint is selected, filtered by a search and a draft half typed.
"""

from __future__ import annotations

import argparse
import contextlib
import re

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QLabel, QPushButton

from lapor_desktop.app import Application
from lapor_desktop.core import i18n as core_i18n
from lapor_desktop.server.seed import PEJABAT_USERNAME
from lapor_desktop.server.signoff import set_setting
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.i18n import install_translator
from lapor_desktop.ui.idle_lock import LockOverlay
from lapor_desktop.ui.main_window import MainWindow
from lapor_desktop.workbench.doors import open_training
from tests.sync_helpers import AGENCY, FOLLOW_UP_TEXT, ClientProfile

pytestmark = pytest.mark.timeout(180)

ENGLISH_MONTH = re.compile(r"^(January|February|March|April|May|June|July|August|September|"
                           r"October|November|December) \d{4}$")
INDONESIAN_MONTH = re.compile(r"^(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|"
                              r"Oktober|November|Desember) \d{4}$")
# "17 March 2026 10:05 WIB" / "17 Maret 2026 10.05 WIB"
ENGLISH_TIME = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}:\d{2} WI[BT]A?$")
INDONESIAN_TIME = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2} WI[BT]A?$")


@pytest.fixture
def app(qtbot, tmp_path, world):
    """The app's window on a profile holding three complaints."""
    proxy, server = world
    server.dispose(3)
    with app_window(tmp_path, proxy.url) as application:
        yield application


@contextlib.contextmanager
def app_window(tmp_path, proxy_url: str, **account):
    """The app's window on a profile synced before the window opens (so no first-start
    question waits for the first pass)."""
    profile = ClientProfile(tmp_path / "profil", proxy_url, timeout=(2.0, 5.0), **account)
    profile.bench.sync()
    qt_app = QApplication.instance()
    application = Application(qt_app, argparse.Namespace(demo=False, profile=None))
    application.translator = install_translator(qt_app, "id")
    application.errors = ErrorBridge(tmp_path / "logs", interactive=False)
    application._build_window(profile.bench, training_officer=None)
    try:
        yield application
    finally:
        application.controller.stop()
        application.notifier.stop()
        application.idle.stop()
        application.window.close()
        application.tasks.shutdown()
        profile.close()
        qt_app.removeTranslator(application.translator)
        core_i18n.install("id", {})
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian))


def _choose_language(qtbot, application, language: str):
    """Settings > Bahasa > ``language`` > Simpan, as the officer does; returns the new window."""
    old = application.window
    seen = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        combo = dialog.findChild(QComboBox, "settingsLanguage")
        combo.setCurrentIndex(combo.findData(language))
        dialog.findChild(QPushButton, "settingsOk").click()

    QTimer.singleShot(0, fill)
    old.action_settings.trigger()
    assert seen == ["settingsDialog"]
    qtbot.waitUntil(lambda: application.window is not old, timeout=10_000)
    window = application.window
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=10_000)  # no old window left
    return window


def _months(window) -> list[str]:
    period = window.dashboard.period
    return [period.itemText(index) for index in range(period.count())]


def _receivers(objects: list[QObject]) -> dict[tuple[int, str], int]:
    """How many connections every signal of the long-lived ``objects`` has."""
    counts = {}
    for position, obj in enumerate(objects):
        meta = obj.metaObject()
        for index in range(meta.methodCount()):
            method = meta.method(index)
            if method.methodType() == method.MethodType.Signal:
                signature = bytes(method.methodSignature()).decode()
                counts[(position, signature)] = obj.receivers(SIGNAL(signature))
    return counts


def _settle(qtbot, window, complaint_id: int, text: str) -> None:
    """Wait until the window shows ``complaint_id`` with ``text`` in its editor."""
    qtbot.waitUntil(lambda: window.detail.complaint() is not None
                    and window.detail.complaint().id == complaint_id
                    and window.editor.complaint() is not None
                    and not window.editor.is_read_only()
                    and window.editor.text.toPlainText() == text, timeout=15_000)
    qtbot.waitUntil(lambda: window.services.tasks.pending == 0, timeout=15_000)


def test_language_switch_applies_at_once_and_keeps_the_officers_work(qtbot, app):
    window = app.window
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=15_000)
    complaint = window.model.item(1).row
    # The officer searches for one complaint, opens it and starts writing.
    window.filters.search.setText(complaint.tracking_id)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15_000)
    window.table.selectRow(0)
    window.tabs.setCurrentWidget(window.editor)
    qtbot.waitUntil(lambda: window.editor.complaint() is not None
                    and not window.editor.is_read_only(), timeout=15_000)
    draft = "Kami sudah meninjau lokasi bersama tim teknis"
    qtbot.keyClicks(window.editor.text, draft)  # switched before the autosave runs
    assert window.menu_file.title() == "&Berkas"
    window.show_ledger()  # the Kotak Keluar open below, the queue pane made wider
    window.splitter.setSizes([800, 400])
    sizes = window.splitter.sizes()
    submitted_id = window.detail.findChild(QLabel, "detailSubmitted").text()
    assert INDONESIAN_TIME.match(submitted_id), submitted_id
    qtbot.waitUntil(lambda: app.window.services.tasks.pending == 0, timeout=15_000)
    window.resizeDocks([window.ledger_dock], [300], Qt.Orientation.Vertical)  # dragged taller
    qtbot.waitUntil(lambda: window.ledger_dock.height() == 300)
    layout = (window.geometry(), window.ledger_dock.size())
    long_lived = [app.hub, app.controller, app.errors, app.tasks, QCoreApplication.instance()]
    connections = _receivers(long_lived)

    english = _choose_language(qtbot, app, "en")
    _settle(qtbot, english, complaint.id, draft)
    # Menus, queue headers, detail labels, status bar, dates and the dashboard's months.
    titles = [action.text() for action in english.menuBar().actions()]
    assert titles[:3] == ["&File", "&View", "&Help"]
    assert english.action_settings.text() == "Se&ttings…"
    headers = [english.model.headerData(column, english.table.horizontalHeader().orientation())
               for column in range(english.model.columnCount())]
    assert headers == ["Tracking ID", "Title", "Category", "Status", "Deadline", "Local"]
    labels = {label.text() for label in english.detail.findChildren(QLabel)}
    assert {"Submitted:", "Category:", "Location:"} <= labels
    assert "Dikirim:" not in labels
    assert english.sync_status.state_label.text() in {"● Online", "Not synced yet"}
    assert english.sync_status.waiting_label.text().startswith("Waiting to send: ")
    submitted = english.detail.findChild(QLabel, "detailSubmitted").text()
    assert ENGLISH_TIME.match(submitted), submitted
    months = _months(english)
    assert all(ENGLISH_MONTH.match(month) for month in months), months
    assert not all(INDONESIAN_MONTH.match(month) for month in months), months
    # The officer's work is where it was: search, selection, open tab, the unsaved draft.
    assert english.filters.search.text() == complaint.tracking_id
    assert english.model.rowCount() == 1
    assert english.table.currentIndex().row() == 0
    assert english.model.item(0).row.id == complaint.id
    assert english.tabs.currentWidget() is english.editor
    assert english.editor.text.toPlainText() == draft
    assert english.ledger_dock.isVisible() and english.ledger_dock.windowTitle() == "Outbox"
    qtbot.waitUntil(lambda: (english.geometry(), english.ledger_dock.size()) == layout)
    assert english.splitter.sizes() == sizes
    assert app.bench.settings.language == "en"  # and the next start opens in English
    # The old window left no connection behind on the long-lived objects, and what hangs on
    # the window (tray, idle lock) hangs on the new one: Ctrl+L locks it, in English.
    assert _receivers(long_lived) == connections
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == [english]
    assert app.notifier.parent() is english
    assert app.notifier.open_action.text() == "Open LAPOR! Desktop"  # the tray menu too
    assert app.idle.parent() is english
    english.action_lock.trigger()
    assert app.idle.is_locked
    overlay = english.findChild(LockOverlay)
    assert overlay.isVisible() and overlay.message_text().startswith("The screen was locked")
    qtbot.mouseClick(overlay.resume, Qt.MouseButton.LeftButton)
    assert not app.idle.is_locked and english.editor.text.isVisible()

    indonesian = _choose_language(qtbot, app, "id")
    _settle(qtbot, indonesian, complaint.id, draft)
    assert [a.text() for a in indonesian.menuBar().actions()][:3] == \
        ["&Berkas", "&Tampilan", "Ba&ntuan"]
    assert indonesian.model.headerData(0, indonesian.table.horizontalHeader().orientation()) \
        == "ID Pelacakan"
    assert INDONESIAN_TIME.match(indonesian.detail.findChild(QLabel, "detailSubmitted").text())
    assert all(INDONESIAN_MONTH.match(month) for month in _months(indonesian))
    assert indonesian.table.currentIndex().row() == 0
    assert indonesian.editor.text.toPlainText() == draft
    assert _receivers(long_lived) == connections


@pytest.fixture
def training_app(qtbot, training_root):
    """Training mode wired by the app: banner, lesson dock and "Mulai ulang latihan"."""
    session, bench = open_training(training_root)
    qt_app = QApplication.instance()
    application = Application(qt_app, argparse.Namespace(demo=True, profile=None))
    application.translator = install_translator(qt_app, "id")
    application.errors = ErrorBridge(training_root / "logs", interactive=False)
    application.training = session
    application._build_window(bench, training_officer=bench.settings.username)
    application._start_lessons()
    try:
        yield application
    finally:
        application.lessons.panel.timer.stop()
        application.controller.stop()
        application.notifier.stop()
        application.idle.stop()
        application.window.removeEventFilter(application.lessons)  # no "training is kept" note
        application.window.close()
        application.tasks.shutdown()
        application.lessons.close()
        bench.close()
        session.stop()
        qt_app.removeTranslator(application.translator)
        core_i18n.install("id", {})
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian))


def test_training_window_switches_with_its_lessons(qtbot, training_app):
    """The lesson dock, the banner and "Mulai ulang latihan" come back once each, in English,
    with the lesson the trainee was on."""
    app = training_app
    window = app.window
    app.lessons.book.start("deadline")  # the trainee is on a lesson
    app.switch_language("en")
    english = app.window
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=10_000)
    docks = [dock for dock in english.findChildren(QDockWidget) if dock.objectName() == "lessonDock"]
    assert len(docks) == 1 and docks[0].windowTitle() == "Lessons" and docks[0].isVisible()
    assert app.lessons.window is english
    assert app.lessons.book.current.key == "deadline"
    resets = [a for a in english.menu_file.actions() if a.objectName() == "actionResetTraining"]
    assert len(resets) == 1
    assert english.banner.text_label.text().startswith("TRAINING MODE")
    assert english.banner.officer_label.text().startswith("Sample officer: ")


def test_a_pejabats_review_in_progress_survives_the_switch(qtbot, tmp_path, world):
    """The official's edited text and unsent comment stay on the follow-up under review."""
    proxy, server = world
    with server.db.write() as session:
        set_setting(session, AGENCY, True)  # sign-off by the Pejabat Penghubung
    cids = server.dispose(2)
    officer = ClientProfile(tmp_path / "officer", proxy.url)
    try:
        officer.bench.sync()
        for cid in cids:
            draft = officer.bench.drafts.open_or_create(cid)
            officer.bench.drafts.autosave(draft.id, {"text": FOLLOW_UP_TEXT})
            officer.bench.signoff.submit(draft.id)
        officer.bench.sync()
    finally:
        officer.close()
    with app_window(tmp_path, proxy.url, user=PEJABAT_USERNAME) as app:
        queue = app.window.review_queue
        qtbot.waitUntil(lambda: queue.list.count() == 2, timeout=10_000)
        queue.list.setCurrentRow(1)
        reviewed = queue.current().signoff_id
        edited = FOLLOW_UP_TEXT + " Nomor surat 045/1."
        queue.text.setPlainText(edited)
        queue.comment.setPlainText("Sudah saya lengkapi.")
        app.switch_language("en")
        review = app.window.review_queue
        qtbot.waitUntil(lambda: review.current() is not None
                        and review.current().signoff_id == reviewed
                        and review.comment.toPlainText() == "Sudah saya lengkapi.",
                        timeout=10_000)
        assert review.text.toPlainText() == edited
        assert review.approve_button.text() == "Edit and &approve"
        assert app.window.main_tabs.currentWidget() is review
