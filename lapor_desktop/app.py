"""Composition root: builds every service once and hands it down (no globals, no locator).

Start-up order: paths and logging, the Qt application and translator, the error bridge, the
store, the task manager, sync, then the window. Training mode (``--demo``) first starts the
embedded reference server with demo data in a throwaway folder, on the network worker, while a
progress dialog shows; the GUI thread never waits for it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from lapor_desktop import APP_ID, APP_NAME, ORG_NAME, __version__, export_command
from lapor_desktop.config import Settings, load_settings, save_settings
from lapor_desktop.core.errors import KnownError, StoreError
from lapor_desktop.drafting import DraftService, RecoverableDraft, clear_scaled_copies
from lapor_desktop.ledger import LedgerService
from lapor_desktop.logs import setup_logging
from lapor_desktop.notifications import SyncWatcher, tray_counts
from lapor_desktop.queue_service import QueueService
from lapor_desktop.security.filenames import clear_private_temp
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store.engine import Store, open_store
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.store.profile import (
    cache_dir,
    database_path,
    ensure_profile_dir,
    logs_dir,
    resolve_profile_dir,
)
from lapor_desktop.store.secrets import StoreTokenVault
from lapor_desktop.sync.credentials import PASSWORD_ENV, CredentialStore
from lapor_desktop.sync.engine import SyncEngine
from lapor_desktop.sync.session import SyncSession
from lapor_desktop.ui import plain
from lapor_desktop.ui.attachment_flow import AttachmentFlow
from lapor_desktop.ui.attachment_opener import AttachmentOpener
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.i18n import install_translator, tr
from lapor_desktop.ui.idle_lock import IdleLock, LockOverlay, install_idle_lock
from lapor_desktop.ui.main_window import MainWindow, WindowServices
from lapor_desktop.ui.profile_guard import logout_and_wipe, unlock_profile
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)


def utc_now() -> dt.datetime:
    """The app's clock."""
    return dt.datetime.now(dt.UTC)


class Application:
    """Owns the long-lived objects of one GUI run and wires them together."""

    def __init__(self, qt_app: QApplication, args: argparse.Namespace) -> None:
        self.qt_app = qt_app
        self.args = args
        self.tasks = TaskManager()
        self.credentials = CredentialStore()
        self.window: MainWindow | None = None
        self.store: Store | None = None
        self.training = None
        self.errors: ErrorBridge | None = None
        self.notifier = None
        self.remember = KeyRemember()
        self.key: bytes | None = None
        self.idle: IdleLock | None = None
        self._keep: list[object] = []

    # --- start-up ---------------------------------------------------------------------------

    def start(self) -> None:
        """Decide between training mode, first run and the normal window."""
        if self.args.demo:
            self.start_training()
            return
        profile = ensure_profile_dir(resolve_profile_dir(self.args.profile, os.environ))
        self._init_profile(profile)
        clear_private_temp(profile)  # opened attachments of the last run
        clear_scaled_copies(cache_dir(profile))  # photos downscaled for a send that never came

        def unlocked(key: bytes) -> None:
            self.key = key
            settings = load_settings(profile)
            if not settings.server_url:
                self._show_first_run(profile)
            else:
                self._open_window(profile, settings, training_officer=None)

        # Nothing is read from the profile before the officer's password unlocks it.
        unlock_profile(self.tasks, profile, self.remember, unlocked, self._keep)

    def _init_profile(self, profile: Path) -> None:
        setup_logging(logs_dir(profile))
        log.info("%s %s starting, profile %s", APP_NAME, __version__, profile)
        if self.errors is None:  # once: training started from the first-run page comes here again
            self.errors = ErrorBridge(logs_dir(profile))
            self.errors.install()
            self.tasks.unhandled_error.connect(self.errors.handle)

    def start_training(self) -> None:
        """Start the embedded server with demo data, then open the window logged in."""
        from lapor_desktop import training

        progress = QProgressDialog(tr("Application", "Menyiapkan Mode Latihan: membuat data "
                                                     "contoh dan menjalankan server latihan…"),
                                   "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.show()
        self._keep.append(progress)

        def started(session: training.TrainingSession) -> None:
            self.training = session
            self._init_profile(session.profile)
            settings = Settings(server_url=session.url, username=session.username,
                                sync_interval_minutes=1)
            save_settings(session.profile, settings)
            self._open_window(session.profile, settings, training_officer=session.username,
                              password=session.password)
            # Closed only now: with no window left on screen, Qt would end the app.
            progress.close()

        def failed(error: BaseException) -> None:
            progress.close()
            QMessageBox.critical(None, APP_NAME, tr("Application", "Mode Latihan tidak dapat "
                                                    "dimulai: {error}").format(error=error))
            self.qt_app.exit(1)

        self.tasks.net(training.start_training, on_done=started, on_error=failed)

    def _show_first_run(self, profile: Path) -> None:
        from lapor_desktop.ui.first_run import FirstRunPage

        page = FirstRunPage()
        page.setWindowTitle(APP_NAME)
        page.resize(720, 480)
        self._keep.append(page)

        def chosen(url: str) -> None:
            settings = load_settings(profile)
            settings.server_url = url
            save_settings(profile, settings)
            self._open_window(profile, settings, training_officer=None)
            page.close()

        def training_requested() -> None:
            self.start_training()
            page.close()

        page.server_chosen.connect(chosen)
        page.training_requested.connect(training_requested)
        page.show()

    def _open_window(self, profile: Path, settings: Settings, *, training_officer: str | None,
                     password: str | None = None) -> None:
        """Open the store on the database worker (migrations, or the one-time encryption of an
        older plaintext profile, can take a while), then build the window."""
        progress = QProgressDialog(tr("Application", "Membuka data profil…"), "", 0, 0)
        progress.setCancelButton(None)
        progress.setWindowTitle(APP_NAME)
        # Shown at once: it is the window on screen while the previous page closes (with none
        # left, Qt would end the app).
        progress.setMinimumDuration(0)
        progress.show()
        self._keep.append(progress)
        key = self.key  # training passes no key: its folder is throwaway

        def opened(store: Store) -> None:
            self.store = store
            self._build_window(profile, settings, store, training_officer, password)
            progress.close()

        def failed(error: BaseException) -> None:
            progress.close()
            if not isinstance(error, StoreError):
                raise error
            QMessageBox.critical(None, APP_NAME, str(error))
            self.qt_app.exit(1)

        self.tasks.db(lambda: open_store(database_path(profile), key), on_done=opened,
                      on_error=failed)

    def _build_window(self, profile: Path, settings: Settings, store: Store,
                      training_officer: str | None, password: str | None) -> None:
        assert self.errors is not None
        if store.secrets.available:
            # No OS keyring needed: the token can live in the encrypted profile.
            self.credentials.set_vault(StoreTokenVault(store))
        # Training mode logs in with the demo password; a real profile uses the stored token
        # (or LAPOR_PASSWORD) and otherwise asks through the login dialog.
        env = {PASSWORD_ENV: password} if password else os.environ
        session = SyncSession(settings.server_url, settings.username, self.credentials,
                              ca_bundle=settings.ca_bundle, env=env)
        engine = SyncEngine(store, session.client, reauthenticate=session.reauthenticate,
                            cache_dir=cache_dir(profile))
        # The watcher snapshots the queue around each pass, for notifications.
        watcher = SyncWatcher(store, utc_now)
        controller = SyncController(self.tasks, watcher.watch(engine.run_once),
                                    interval_minutes=settings.sync_interval_minutes)
        drafts = DraftService(store, cache_dir(profile), utc_now,
                              official_name=settings.official_line())
        services = WindowServices(
            tasks=self.tasks, queue=QueueService(store, utc_now), sync=controller,
            errors=self.errors, outbox_counts=lambda: _outbox_counts(store),
            ui_state=QSettings(str(profile / "ui.ini"), QSettings.Format.IniFormat),
            language=settings.language, training_officer=training_officer,
            data_dir=profile, log_dir=logs_dir(profile), drafts=drafts,
            ledger=LedgerService(store, utc_now),
            load_report=lambda period: export_command.load_report(store, period, utc_now()),
            signatory=lambda: _signatory(load_settings(profile)))
        self.window = MainWindow(services, utc_now)
        self._start_notifier(store, watcher, controller)
        self._guard_window(profile, settings, store, session, controller)
        controller.login_required.connect(
            lambda: self._ask_login(profile, session, engine, controller))
        self.window.about_requested.connect(lambda: self._show_about(profile))
        self.window.settings_requested.connect(
            lambda: self._show_settings(profile, controller, drafts))
        self.window.show()
        controller.start()
        self.tasks.db(drafts.recoverable, on_done=self._offer_recovery,
                      on_error=self.errors.handle)

    def _start_notifier(self, store: Store, watcher: SyncWatcher,
                        controller: SyncController) -> None:
        from lapor_desktop.ui.notifier import Notifier

        window = self.window
        assert window is not None

        def raise_window() -> None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

        notifier = Notifier(self.tasks, watcher, lambda: tray_counts(store, utc_now()),
                            clock=utc_now, parent=window)
        controller.finished.connect(notifier.on_sync_finished)
        notifier.open_complaint.connect(lambda cid: (raise_window(), window.open_complaint(cid)))
        notifier.ledger_requested.connect(lambda: (raise_window(), window.show_ledger()))
        notifier.show_window_requested.connect(raise_window)
        notifier.sync_requested.connect(controller.sync_now)
        notifier.quit_requested.connect(self.qt_app.quit)
        notifier.is_locked = lambda: self.idle is not None and self.idle.is_locked
        notifier.start()
        self.notifier = notifier

    def _guard_window(self, profile: Path, settings: Settings, store: Store, session: SyncSession,
                      controller: SyncController) -> None:
        """Idle lock, safe attachment opening, and logout with wipe."""
        window = self.window
        assert window is not None and self.errors is not None
        self.idle = IdleLock(settings.idle_lock_minutes, parent=window)
        if self.key is not None:
            install_idle_lock(window, self.idle, LockOverlay(self.tasks, profile))
            window.lock_requested.connect(self.idle.lock_now)
        opener = AttachmentOpener(profile, cache_dir(profile), store.cache_cipher,
                                  parent_widget=window, parent=window)
        opener.failed.connect(lambda text: plain.warning(window, APP_NAME, text))
        self.qt_app.aboutToQuit.connect(opener.cleanup)
        flow = AttachmentFlow(self.tasks, store, cache_dir(profile), session.client, opener,
                              self.errors.handle, parent=window)
        flow.message.connect(lambda text: window.statusBar().showMessage(text, 5000))
        window.detail.attachment_activated.connect(
            lambda sha: flow.activate(window.detail.complaint(), sha))

        def stop_everything() -> None:
            controller.stop()
            session.logout()  # revokes the token on the server, then forgets it here

        def logout() -> None:
            if logout_and_wipe(window, profile, store, self.remember, stop_everything):
                self.store = None
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

    def _ask_login(self, profile: Path, session: SyncSession, engine: SyncEngine,
                   controller: SyncController) -> None:
        from lapor_desktop.ui.login_dialog import LoginDialog

        dialog = LoginDialog(session.server_url or "", session.username or "", self.window)
        if session.username:
            dialog.set_message(tr("Application", "Sesi Anda berakhir. Masuk lagi untuk "
                                                 "melanjutkan sinkronisasi. Pekerjaan Anda tetap "
                                                 "tersimpan."))
        else:
            dialog.set_message(tr("Application", "Masuk ke server untuk mengambil laporan yang "
                                                 "didisposisikan ke instansi Anda."))
        if not dialog.exec():
            return
        url, username, password = dialog.values()
        session.server_url, session.username = url, username

        def done(_result: object) -> None:
            # Remember who logged in where (no secret: the token is in the keyring or memory).
            settings = load_settings(profile)
            settings.server_url, settings.username = url, username
            save_settings(profile, settings)
            engine.reset_client()
            controller.sync_now()

        def failed(error: BaseException) -> None:
            assert self.errors is not None
            self.errors.handle(error)
            self._ask_login(profile, session, engine, controller)

        self.tasks.net(lambda: session.login(password), on_done=done,
                       on_error=failed)

    def _show_settings(self, profile: Path, controller: SyncController,
                       drafts: DraftService) -> None:
        from lapor_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(load_settings(profile), self.window)
        if dialog.exec():
            updated = dialog.settings()
            save_settings(profile, updated)
            # The interval applies at once; server, language and CA bundle on the next start.
            controller.set_interval(updated.sync_interval_minutes)
            drafts.official_name = updated.official_line()
            if self.idle is not None:
                self.idle.set_minutes(updated.idle_lock_minutes)

    def _show_about(self, profile: Path) -> None:
        from lapor_desktop.ui.about_dialog import AboutDialog

        AboutDialog(data_dir=str(profile), log_dir=str(logs_dir(profile)),
                    parent=self.window).exec()

    # --- shutdown ---------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop background work, close the store, stop the training server."""
        if self.notifier is not None:
            self.notifier.stop()
        self.tasks.shutdown()
        if self.store is not None:
            self.store.close()
        if self.training is not None:
            self.training.stop()


def _signatory(settings: Settings) -> export_command.Signatory:
    return export_command.Signatory(settings.official_position or "",
                                    settings.official_name or "", settings.official_nip or "")


def _outbox_counts(store: Store) -> tuple[int, int]:
    counts = store.outbox.counts()
    waiting = counts.get(OutboxState.QUEUED, 0) + counts.get(OutboxState.SENDING, 0)
    return waiting, counts.get(OutboxState.NEEDS_ATTENTION, 0)


def run_gui(args: argparse.Namespace, *, on_ready: Callable[[Application], None] | None = None) -> int:
    """Run the window until it closes; returns the process exit code."""
    QApplication.setApplicationName(APP_ID)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    probe_settings = Settings() if args.demo else load_settings(
        resolve_profile_dir(args.profile, os.environ))
    translator = install_translator(qt_app, probe_settings.language)
    app = Application(qt_app, args)
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
        del translator


def _quit_on_signals(qt_app: QApplication, app: Application) -> QTimer:
    """End cleanly on SIGTERM (session logout, system shutdown) and Ctrl+C.

    Closing the window saves pending keystrokes and the layout; shutdown then finishes queued
    writes and removes a training folder. Python runs signal handlers only between bytecodes,
    so a timer gives the interpreter a turn while Qt's event loop waits.
    """

    def on_signal(_signum: int, _frame: object) -> None:
        if app.window is not None:
            app.window.close()
        qt_app.quit()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    ticker = QTimer()
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    return ticker
