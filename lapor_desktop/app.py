"""Composition root of the Qt side: builds the Qt objects around one open workbench.

Start-up by subsystem: the Qt application and translator, the error bridge, the task manager,
then the profile (unlocked by the officer's password, or training mode's embedded server), then
the window and what hangs off it. Every service below the UI lives in the
:class:`~lapor_desktop.workbench.Workbench`, opened exactly as the command line opens it; this
module only wires Qt objects to it. The GUI thread never waits: the store opens on the database
worker and the training server starts on the network worker, behind a progress dialog.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from lapor_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from lapor_desktop.core.errors import KnownError, StoreError
from lapor_desktop.security.filenames import clear_private_temp
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store.profile import (
    ENV_VAR,
    cache_dir,
    ensure_profile_dir,
    logs_dir,
    resolve_profile_dir,
)
from lapor_desktop.ui import plain
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.handover_flow import HandoverMenu
from lapor_desktop.ui.i18n import install_translator, tr
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.profile_guard import choose_profile, logout_and_wipe, unlock_profile
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Changes, Workbench
from lapor_desktop.workbench.drafts import RecoverableDraft, clear_scaled_copies
from lapor_desktop.workbench.notifications import tray_counts
from lapor_desktop.workbench.settings import load_settings

log = logging.getLogger(__name__)


class Application:
    """Owns the long-lived Qt objects of one GUI run and the workbench they show."""

    def __init__(self, qt_app: QApplication, args: argparse.Namespace) -> None:
        self.qt_app = qt_app
        self.args = args
        self.tasks = TaskManager()
        self.hub = ChangeHub(self.tasks)
        self.bench: Workbench | None = None
        self.window: MainWindow | None = None
        self.controller: SyncController | None = None
        self.training = None
        self.lessons = None
        self.reset_training = False  # "Mulai ulang latihan": the folder goes on quit
        self.errors: ErrorBridge | None = None
        self.notifier = None
        self.remember = KeyRemember()
        self.key: bytes | None = None
        self.idle = None
        self.login_prompt = None
        self.translator = None  # the UI language's QTranslator (run_gui installs it)
        self._keep: list[object] = []

    @property
    def store(self):  # -> Store | None (the self-test and tests read it)
        """The open store, or None before the profile is open."""
        return self.bench.store if self.bench is not None else None

    # --- start-up ---------------------------------------------------------------------------

    def start(self) -> None:
        """Decide between training mode, first run and the normal window."""
        if self.args.demo:
            self.start_training()
            return
        if self.args.profile is None and not os.environ.get(ENV_VAR):
            # A shared PC: one profile per officer, chosen before anything is unlocked.
            choose_profile(self._keep, self.start_profile, self.start_training)
            return
        self.start_profile(resolve_profile_dir(self.args.profile, os.environ))

    def start_profile(self, folder: Path) -> None:
        """Unlock (or create) the profile in ``folder``, then open it."""
        profile = ensure_profile_dir(folder)
        self._init_errors(logs_dir(profile))
        clear_private_temp(profile)  # opened attachments of the last run
        clear_scaled_copies(cache_dir(profile))  # photos downscaled for a send that never came

        def unlocked(key: bytes) -> None:
            self.key = key
            self._open_profile(profile, key)

        # Nothing is read from the profile before the officer's password unlocks it.
        unlock_profile(self.tasks, profile, self.remember, unlocked, self._keep)

    def _init_errors(self, log_dir: Path) -> None:
        if self.errors is None:  # once: training started from the first-run page comes here again
            self.errors = ErrorBridge(log_dir)
            self.errors.install()
            self.tasks.unhandled_error.connect(self.errors.handle)

    def _progress(self, text: str) -> QProgressDialog:
        """A busy dialog, shown at once: it is the window on screen while the previous page
        closes (with none left, Qt would end the app)."""
        progress = QProgressDialog(text, "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._keep.append(progress)
        return progress

    def start_training(self) -> None:
        """Start the embedded server with demo data, then open the window logged in."""
        from lapor_desktop.workbench.doors import open_training

        progress = self._progress(tr("Application", "Menyiapkan Mode Latihan: membuat data "
                                                    "contoh dan menjalankan server latihan…"))

        def started(result: tuple[object, Workbench]) -> None:
            self.training, bench = result
            self._init_errors(bench.logs_dir)
            self._build_window(bench, training_officer=bench.settings.username)
            self._start_lessons()
            progress.close()

        def failed(error: BaseException) -> None:
            progress.close()
            QMessageBox.critical(None, APP_NAME, tr("Application", "Mode Latihan tidak dapat "
                                                    "dimulai: {error}").format(error=error))
            self.qt_app.exit(1)

        self.tasks.net(open_training, on_done=started, on_error=failed)

    def _start_lessons(self) -> None:
        """Training mode's lesson panel, certificate and "Mulai ulang latihan"."""
        from lapor_desktop.ui.training_flow import TrainingFlow

        assert self.window is not None
        self.lessons = TrainingFlow(self.window, self.training)

        def reset() -> None:
            self.reset_training = True
            self.qt_app.quit()

        self.lessons.reset_requested.connect(reset)

    def _open_profile(self, profile: Path, key: bytes) -> None:
        """Open the workbench on the database worker (migrations, or the one-time encryption of
        an older plaintext profile, can take a while), then the first-run page or the window."""
        from lapor_desktop.workbench.doors import open_profile

        progress = self._progress(tr("Application", "Membuka data profil…"))

        def opened(bench: Workbench) -> None:
            self.bench = bench
            if bench.settings.server_url:
                self._build_window(bench, training_officer=None)
            else:
                self._show_first_run(bench)
            progress.close()

        def failed(error: BaseException) -> None:
            progress.close()
            if not isinstance(error, StoreError):
                raise error
            QMessageBox.critical(None, APP_NAME, str(error))
            self.qt_app.exit(1)

        self.tasks.db(lambda: open_profile(profile, key, touch_card=True), on_done=opened, on_error=failed)

    def _show_first_run(self, bench: Workbench) -> None:
        from lapor_desktop.ui.first_run import FirstRunPage

        page = FirstRunPage()
        page.setWindowTitle(APP_NAME)
        page.resize(720, 480)
        self._keep.append(page)

        def chosen(url: str) -> None:
            self.hub.run(lambda: bench.set_server(url), on_error=self._handle,
                         on_done=lambda _s: (self._build_window(bench, training_officer=None),
                                             page.close()))

        def training_requested() -> None:
            # The unlocked profile stays as it is; training has its own.
            self.bench = None
            self.tasks.db(bench.close)
            self.start_training()
            page.close()

        page.server_chosen.connect(chosen)
        page.training_requested.connect(training_requested)
        page.show()

    def _handle(self, error: BaseException) -> None:
        assert self.errors is not None
        self.errors.handle(error)

    def _build_window(self, bench: Workbench, *, training_officer: str | None) -> None:
        assert self.errors is not None
        self.bench = bench
        settings = bench.settings
        controller = SyncController(self.tasks, bench.sync, prober=bench.probe,
                                    interval_minutes=settings.sync_interval_minutes)
        self.controller = controller
        # A pass announces what it wrote, like any other write.
        controller.finished.connect(
            lambda report: self.hub.announce(Changes.from_log(report.changes)))
        services = WindowServices(
            tasks=self.tasks, bench=bench, hub=self.hub, sync=controller, errors=self.errors,
            ui_state=QSettings(str(bench.profile / "ui.ini"), QSettings.Format.IniFormat),
            language=settings.language, training_officer=training_officer)
        self._dress_window(services)
        self.handover.offer_on_first_start()
        controller.login_required.connect(lambda: self._ask_login(bench, controller))
        self.window.show()
        controller.start()
        self.tasks.db(bench.drafts.recoverable, on_done=self._offer_recovery,
                      on_error=self.errors.handle)

    def _dress_window(self, services: WindowServices) -> MainWindow:
        """The window and everything hung on it (serah terima menu, tray, idle lock, attachment
        flow); built again, whole, by a language switch."""
        bench, controller = services.bench, services.sync
        self.window = MainWindow(services, bench.clock)
        self.handover = HandoverMenu(self.window, services)  # serah terima
        self._start_notifier(bench, controller)
        self._guard_window(bench, controller)
        self.login_prompt = None  # a child of the window it was built for
        self.window.about_requested.connect(lambda: self._show_about(bench))
        self.window.settings_requested.connect(lambda: self._show_settings(bench, controller))
        return self.window

    def switch_language(self, language: str) -> None:
        """Show the UI in ``language`` now: new translators, then the window built again
        around the same workbench, showing what it showed (see ui/language_switch.py)."""
        from lapor_desktop.ui.language_switch import rebuild_window, switch_translator

        old = self.window
        assert old is not None
        self.translator = switch_translator(self.qt_app, self.translator, language)
        offer = self.handover.cancel_offer()
        notifier, lessons = self.notifier, self.lessons

        def build() -> MainWindow:
            window = self._dress_window(dataclasses.replace(old.services, language=language))
            if notifier is not None and self.notifier is not None:
                self.notifier.history = notifier.history  # the tray's "open the latest"
            if lessons is not None:  # progress is on disk; the new panel resumes it
                lessons.close()
                self._start_lessons()
            if offer:
                self.handover.offer_on_first_start()
            return window

        self.window = rebuild_window(old, build, senders=(
            self.hub, old.services.sync, old.services.errors, self.tasks, self.qt_app))

    def _start_notifier(self, bench: Workbench, controller: SyncController) -> None:
        from lapor_desktop.ui.notifier import Notifier

        window = self.window
        assert window is not None

        def raise_window() -> None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

        notifier = Notifier(self.tasks, bench.take_notifications,
                            lambda: tray_counts(bench.store, bench.clock()), clock=bench.clock,
                            parent=window)
        controller.finished.connect(notifier.on_sync_finished)
        notifier.open_complaint.connect(lambda cid: (raise_window(), window.open_complaint(cid)))
        notifier.ledger_requested.connect(lambda: (raise_window(), window.show_ledger()))
        notifier.show_window_requested.connect(raise_window)
        notifier.sync_requested.connect(controller.sync_now)
        notifier.quit_requested.connect(self.qt_app.quit)
        notifier.is_locked = lambda: self.idle is not None and self.idle.is_locked
        notifier.start()
        self.notifier = notifier

    def _guard_window(self, bench: Workbench, controller: SyncController) -> None:
        """Idle lock, safe attachment opening, and logout with wipe."""
        from lapor_desktop.ui.attachment_flow import AttachmentFlow
        from lapor_desktop.ui.attachment_opener import AttachmentOpener
        from lapor_desktop.ui.idle_lock import IdleLock, LockOverlay, install_idle_lock

        window = self.window
        assert window is not None and self.errors is not None
        self.idle = IdleLock(bench.settings.idle_lock_minutes, parent=window)
        # Training mode has no profile password; Ctrl+L still hides the window there.
        profile = bench.profile if self.key is not None else None
        install_idle_lock(window, self.idle, LockOverlay(self.tasks, profile))
        window.lock_requested.connect(self.idle.lock_now)
        opener = AttachmentOpener(bench.profile, bench.cache_dir, bench.store.cache_cipher,
                                  parent_widget=window, parent=window)
        opener.failed.connect(lambda text: plain.warning(window, APP_NAME, text))
        self.qt_app.aboutToQuit.connect(opener.cleanup)
        flow = AttachmentFlow(self.tasks, bench.store, bench.cache_dir, bench.session.client,
                              opener, self.errors.handle, parent=window)
        flow.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        flow.fetched.connect(self.hub.announce)  # the readiness view counts cached files
        window.detail.attachment_activated.connect(
            lambda sha: flow.activate(window.detail.complaint(), sha))
        window.detail.attachment_requested.connect(
            lambda sha, action: flow.request(window.detail.complaint(), sha, action))

        def stop_everything() -> None:
            controller.stop()
            # Forgotten here at once; revoked on the server by the network worker (the GUI
            # thread never waits on the network; shutdown lets queued jobs finish).
            token = bench.session.forget_token()
            self.tasks.net(lambda: bench.session.revoke(token))

        def logout() -> None:
            if logout_and_wipe(window, bench.profile, bench.store, self.remember,
                               stop_everything):
                self.bench = None
                self.qt_app.quit()

        window.logout_requested.connect(logout)

    # --- dialogs ----------------------------------------------------------------------------

    def _offer_recovery(self, drafts: list[RecoverableDraft]) -> None:
        """"Pulihkan draf?": restoring opens the complaint with its saved text; declining
        keeps the drafts (they stay in the queue as *Draf*)."""
        from lapor_desktop.ui.recover_dialog import RecoverDraftsDialog

        if not drafts or self.window is None:
            return
        dialog = RecoverDraftsDialog(drafts, self.window)
        if dialog.exec() and (complaint_id := dialog.chosen_complaint()) is not None:
            self.window.open_follow_up(complaint_id)

    def _ask_login(self, bench: Workbench, controller: SyncController) -> None:
        from lapor_desktop.ui.login_prompt import LoginPrompt

        if self.login_prompt is None:
            self.login_prompt = LoginPrompt(self.tasks, bench, self.window, self._handle,
                                            parent=self.window)
            self.login_prompt.logged_in.connect(
                lambda op: (self.hub.announce(op.changes), controller.sync_now()))
        self.login_prompt.ask()

    def _show_settings(self, bench: Workbench, controller: SyncController) -> None:
        from lapor_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_settings(bench.profile), self.window)
        if not dialog.exec():
            return
        updated = dialog.settings()

        language = self.window.services.language if self.window is not None else None

        def applied(_settings: object) -> None:
            # Interval and language apply at once; the CA bundle on the next start.
            controller.set_interval(updated.sync_interval_minutes)
            if self.idle is not None:
                self.idle.set_minutes(updated.idle_lock_minutes)
            if self.window is not None and updated.language != language:
                self.switch_language(updated.language)

        self.hub.run(lambda: bench.update_settings(updated), on_done=applied,
                     on_error=self._handle)

    def _show_about(self, bench: Workbench) -> None:
        from lapor_desktop.ui.about_dialog import AboutDialog

        AboutDialog(data_dir=str(bench.profile), log_dir=str(bench.logs_dir),
                    parent=self.window).exec()

    # --- shutdown ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work, close the workbench, stop the training server."""
        if self.notifier is not None:
            self.notifier.stop()
        if self.lessons is not None:
            self.lessons.panel.timer.stop()
        self.tasks.shutdown()
        if self.lessons is not None:
            self.lessons.close()
        if self.bench is not None:
            self.bench.close()
        if self.training is not None:
            self.training.stop(remove=self.reset_training)


def run_gui(args: argparse.Namespace, *, on_ready: Callable[[Application], None] | None = None) -> int:
    """Run the window until it closes; returns the process exit code."""
    QApplication.setApplicationName(APP_ID)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    if args.demo:  # the training profile keeps its language like any other
        from lapor_desktop.workbench.training import default_root

        language = load_settings(default_root() / "profil").language
    else:
        language = load_settings(resolve_profile_dir(args.profile, os.environ)).language
    translator = install_translator(qt_app, language)
    app = Application(qt_app, args)
    app.translator = translator
    try:
        app.start()
    except KnownError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    if on_ready is not None:
        on_ready(app)
    ticker = _quit_on_signals(qt_app, app)
    try:
        return qt_app.exec()
    finally:
        ticker.stop()
        app.shutdown()


def run_selftest(args: argparse.Namespace) -> int:
    """``--selftest``: training mode driven by :class:`~lapor_desktop.ui.selftest.SelfTest`."""
    from lapor_desktop.ui.selftest import SelfTest
    from lapor_desktop.workbench.training import TRAINING_ENV, throwaway_root

    args.demo = True
    holder: list[SelfTest] = []
    # The self-test trains in its own folder and removes it: the trainee's training stays.
    own_root = not os.environ.get(TRAINING_ENV)
    if own_root:
        os.environ[TRAINING_ENV] = str(throwaway_root())

    def on_ready(app: Application) -> None:
        app.reset_training = own_root
        test = SelfTest(app, log=lambda line: print(line, flush=True))
        holder.append(test)
        test.start()

    code = run_gui(args, on_ready=on_ready)
    sys.stdout.flush()
    return code


def _quit_on_signals(qt_app: QApplication, app: Application) -> QTimer:
    """End cleanly on SIGTERM (session logout, system shutdown) and Ctrl+C.

    Closing the window saves pending keystrokes and the layout; shutdown then finishes queued
    writes and removes a training folder. Python runs signal handlers only between bytecodes,
    so a timer gives the interpreter a turn while Qt's event loop waits.
    """

    def on_signal(_signum: int, _frame: object) -> None:
        if app.lessons is not None:  # no "training is kept" note to wait on at a logout
            app.window.removeEventFilter(app.lessons)
        if app.window is not None:
            app.window.close()
        qt_app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return ticker
