"""The officer's main window: queue on the left, complaint detail on the right, sync below.

Everything is handed in by ``app.py``; the window builds no services itself. Database reads go
through the task manager's database worker and sync runs on its network worker, so the window
stays responsive with 100,000 complaints and a slow link.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop import APP_NAME
from lapor_desktop.core.models import LocalState
from lapor_desktop.core.status import LOCAL_STATE_LABELS
from lapor_desktop.store.complaints import LocalInfo
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.dashboard_tab import DashboardTab
from lapor_desktop.ui.detail_view import ComplaintDetail
from lapor_desktop.ui.duplicate_panel import DuplicatePanel
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.followup_editor import FollowUpEditor
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.ledger_view import LedgerView
from lapor_desktop.ui.offline_actions import OfflineActions
from lapor_desktop.ui.queue_pane import QueuePane
from lapor_desktop.ui.review_queue import ReviewQueue
from lapor_desktop.ui.shortcuts_dialog import ShortcutsDialog, shortcut_entries
from lapor_desktop.ui.split_default import DefaultSplit
from lapor_desktop.ui.status_elide import StatusElider
from lapor_desktop.ui.sync_controller import SyncController
from lapor_desktop.ui.sync_status import SyncStatusWidget
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.ui.theme_follow import follower
from lapor_desktop.ui.training_banner import TrainingBanner
from lapor_desktop.workbench import Changes, Workbench
from lapor_desktop.workbench.queue import ComplaintDetailData


@dataclasses.dataclass(frozen=True)
class WindowServices:
    """What the window needs, built in ``app.py`` around one open workbench."""

    tasks: TaskManager
    bench: Workbench
    hub: ChangeHub
    sync: SyncController
    errors: ErrorBridge
    ui_state: QSettings
    language: str = "id"
    training_officer: str | None = None
    with_editor: bool = True  # False: read-only window (no follow-up editor)
    with_ledger: bool = True  # False: no "Kotak Keluar" panel
    with_dashboard: bool = True  # False: no dashboard tab


class MainWindow(QMainWindow):
    """Queue, detail and sync status; menus and shortcuts for every action."""

    #: The officer opened settings (app.py shows the dialog and applies the result).
    settings_requested = Signal()
    #: The officer asked for Help > About.
    about_requested = Signal()
    #: The officer asked to lock the screen now (Ctrl+L).
    lock_requested = Signal()
    #: The officer asked to log out and remove the local profile.
    logout_requested = Signal()

    def __init__(self, services: WindowServices, now: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._selected_id: int | None = None

        bench = services.bench
        self.queue_pane = QueuePane(services.tasks, bench, services.ui_state, now,
                                    language=services.language)
        # Short names for what tests and the tray reach through the window.
        self.model = self.queue_pane.model
        self.filters = self.queue_pane.filters
        self.table = self.queue_pane.table
        self.empty_state = self.queue_pane.empty_state
        left = self.queue_pane

        self.detail = ComplaintDetail()
        self.duplicates = DuplicatePanel(services.tasks, bench, services.hub, services.errors)
        self.detail.related_slot.addWidget(self.duplicates)
        self.duplicates.open_requested.connect(self.open_complaint)
        self.duplicates.show_together.connect(lambda ids: self.model.set_query(
            dataclasses.replace(self.filters.query(), ids=ids)))  # any filter change ends it
        self.detail.other_complaints.open_requested.connect(self.open_complaint)
        self.editor: FollowUpEditor | None = None
        right: QWidget = self.detail
        if services.with_editor:
            self.editor = FollowUpEditor(services.tasks, bench, services.hub, services.errors)
            self.tabs = QTabWidget()
            self.tabs.setObjectName("detailTabs")
            self.tabs.addTab(self.detail, self.tr("&Rincian"))
            self.tabs.addTab(self.editor, self.tr("Tindak &lanjut"))
            right = self.tabs
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if services.training_officer is not None:
            self.banner = TrainingBanner()
            self.banner.set_officer(services.training_officer)
            layout.addWidget(self.banner)
        self.main_tabs = QTabWidget()
        self.main_tabs.setObjectName("mainTabs")
        self.main_tabs.setDocumentMode(True)
        self.main_tabs.addTab(self.splitter, self.tr("&Antrean"))
        self.dashboard: DashboardTab | None = None
        if services.with_dashboard:
            self.dashboard = DashboardTab(services.tasks, bench.load_report, now,
                                          signatory=bench.signatory)
            self.dashboard.load_failed.connect(services.errors.handle)
            # Scrolls on a short screen instead of setting the window's minimum height.
            self.dashboard_scroll = QScrollArea()
            self.dashboard_scroll.setObjectName("dashboardScroll")
            self.dashboard_scroll.setWidgetResizable(True)
            self.dashboard_scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.dashboard_scroll.setWidget(self.dashboard)
            self.main_tabs.addTab(self.dashboard_scroll, self.tr("&Dasbor"))
            # Figures are computed when the tab is shown, not on every start.
            self.main_tabs.currentChanged.connect(self._on_main_tab)
        self.review_queue = _review_tab(self, services)  # a pejabat opens on it (issue 15)
        layout.addWidget(self.main_tabs, 1)
        self.setCentralWidget(central)

        self.sync_status = SyncStatusWidget(services.sync)
        self.statusBar().addPermanentWidget(self.sync_status)
        # Bound methods, not lambdas, for long-lived senders: a language switch deletes this
        # window and its connections must go with it (ui/language_switch.py).
        services.errors.status_message.connect(self._show_status)
        services.errors.parent_widget = self

        self._build_actions()
        # The OS switching to dark or high contrast recolours every themed widget in place.
        self.theme_follower = follower(self)
        if self.ledger_view is not None:
            self.theme_follower.changed.connect(self.ledger_view.recolour)
        # On a 1366x768 screen the status bar's labels elide rather than widen the window.
        self.status_elider = StatusElider(self)
        for label in self.statusBar().findChildren(QLabel):
            self.status_elider.add(label)
        self._connect()
        self._restore_layout()
        self.filters.emit_query()
        self.refresh_outbox_counts()
        self._load_categories()
        services.tasks.db(bench.ledger.timezone, on_done=self.sync_status.set_time_zone,
                          on_error=services.errors.handle)

    # --- construction -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&Berkas"))
        self.menu_file = menu_file
        self.action_sync = QAction(self.tr("&Sinkronkan sekarang"), self)
        self.action_sync.setObjectName("actionSync")
        # F9 as in mail clients' "Send/Receive"; F5 is the queue's refresh (one key, one action).
        self.action_sync.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.action_sync.triggered.connect(self.services.sync.sync_now)
        # Thunderbird's "Work Offline": no automatic pass until the officer turns it off.
        self.action_work_offline = QAction(self.tr("Kerja &luring"), self)
        self.action_work_offline.setObjectName("actionWorkOffline")
        self.action_work_offline.setCheckable(True)
        self.action_work_offline.setChecked(
            self.services.ui_state.value("sync/work_offline", False, type=bool))
        self.services.sync.set_work_offline(self.action_work_offline.isChecked())
        self.action_work_offline.toggled.connect(self._set_work_offline)
        self.action_settings = QAction(self.tr("&Pengaturan…"), self)
        self.action_settings.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.action_settings.triggered.connect(self.settings_requested)
        self.action_quit = QAction(self.tr("&Keluar"), self)
        self.action_quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.action_quit.triggered.connect(self.close)
        self.action_lock = QAction(self.tr("Kunci &layar"), self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.triggered.connect(self.lock_requested)
        self.action_logout = QAction(self.tr("Keluar &dan hapus data profil…"), self)
        self.action_logout.triggered.connect(self.logout_requested)
        self.offline = OfflineActions(self, self.services)  # issue 16: Siap luring, thin links
        for action in (self.action_sync, self.action_work_offline,
                       self.offline.action_readiness, self.action_settings, self.action_lock,
                       self.action_logout, self.action_quit):
            menu_file.addAction(action)
        menu_file.insertMenu(self.action_settings, self.offline.metered_menu)

        menu_view = self.menuBar().addMenu(self.tr("&Tampilan"))
        self.action_search = QAction(self.tr("&Cari"), self)
        self.action_search.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.action_search.triggered.connect(self.queue_pane.focus_search)
        menu_view.addAction(self.action_search)
        self.view_actions: dict[str, QAction] = {}
        for number, view in enumerate(("all", "overdue", "due_this_week", "needs_attention"), 1):
            action = QAction(self.filters.view.itemText(number - 1), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, v=view: self.filters.select_view(v))
            menu_view.addAction(action)
            self.view_actions[view] = action
        self.action_write = QAction(self.tr("&Tulis tindak lanjut"), self)
        self.action_write.setObjectName("actionWrite")
        self.action_write.setShortcut(QKeySequence("Ctrl+T"))
        self.action_write.triggered.connect(self._write_selected)
        menu_view.addAction(self.action_write)
        self.action_refresh = QAction(self.tr("&Muat ulang antrean"), self)
        self.action_refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.action_refresh.triggered.connect(self.model.refresh)
        menu_view.addAction(self.action_refresh)

        self._add_ledger_dock(menu_view)

        menu_help = self.menuBar().addMenu(self.tr("Ba&ntuan"))
        self.action_about = QAction(self.tr("&Tentang LAPOR! Desktop"), self)
        self.action_about.triggered.connect(self.about_requested)
        self.action_shortcuts = QAction(self.tr("&Pintasan papan ketik"), self)
        self.action_shortcuts.setObjectName("actionShortcuts")
        self.action_shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.action_help = QAction(self.tr("&Bantuan untuk layar ini"), self)
        self.action_help.setObjectName("actionHelp")
        self.action_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action_help.triggered.connect(self.show_help)
        self.menu_help = menu_help
        menu_help.addAction(self.action_help)
        menu_help.addAction(self.action_shortcuts)
        menu_help.addAction(self.action_about)

        toolbar = self.addToolBar(self.tr("Alat"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.action_sync)
        toolbar.addAction(self.action_search)
        toolbar.addAction(self.action_refresh)

    def _add_ledger_dock(self, menu_view: QMenu) -> None:
        self.ledger_view: LedgerView | None = None
        if not self.services.with_ledger:
            return
        self.ledger_view = LedgerView(self.services.tasks, self.services.bench, self.services.hub,
                                      on_error=self.services.errors.handle)
        self.ledger_dock = QDockWidget(self.tr("Kotak Keluar"), self)
        self.ledger_dock.setObjectName("ledgerDock")
        self.ledger_dock.setWidget(self.ledger_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.ledger_dock)
        self.ledger_dock.hide()
        self.action_ledger = self.ledger_dock.toggleViewAction()
        self.action_ledger.setText(self.tr("&Kotak Keluar"))
        self.action_ledger.setShortcut(QKeySequence("Ctrl+K"))
        menu_view.addAction(self.action_ledger)
        self.ledger_dock.visibilityChanged.connect(self._ledger_shown)
        self.ledger_view.open_complaint.connect(self.open_complaint)
        # An explicit request: a pass now, even offline or while working offline.
        self.ledger_view.send_now_requested.connect(self.services.sync.sync_now)

    def _ledger_shown(self, shown: bool) -> None:
        if not shown:
            return
        # A quarter of the window, not half: the queue stays the main thing on a short screen.
        self.resizeDocks([self.ledger_dock], [max(170, self.height() // 4)],
                         Qt.Orientation.Vertical)
        self.ledger_view.refresh()
        self.ledger_view.table.setFocus()  # Ctrl+K: read the outbox with the arrow keys

    def show_ledger(self) -> None:
        """Show the "Kotak Keluar" panel (from the tray menu or a notification)."""
        if self.ledger_view is not None:
            self.ledger_dock.show()
            self.ledger_dock.raise_()
            self.ledger_view.refresh()

    def show_shortcuts(self) -> None:
        """Show the shortcut overview (Ctrl+/)."""
        dialog = ShortcutsDialog(shortcut_entries(self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_help(self) -> None:
        """F1: the built-in help page for the screen the officer is on."""
        from lapor_desktop.ui.help_dialog import HelpDialog, screen_of

        dialog = HelpDialog(screen_of(self), self)
        dialog.shortcuts_requested.connect(self.show_shortcuts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _on_main_tab(self, index: int) -> None:
        if self.dashboard is not None and self.main_tabs.widget(index) is self.dashboard_scroll:
            self.dashboard.refresh()

    def _connect(self) -> None:
        self.queue_pane.complaint_selected.connect(self.open_complaint)
        self.services.hub.changed.connect(self.on_changes)
        self.services.sync.crashed.connect(self._crashed)
        if self.editor is not None:
            self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))

    # --- behaviour --------------------------------------------------------------------------

    def _crashed(self, error: BaseException) -> None:
        self.services.errors.handle(error)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _set_work_offline(self, offline: bool) -> None:
        self.services.ui_state.setValue("sync/work_offline", offline)
        self.services.sync.set_work_offline(offline)

    def _write_selected(self) -> None:
        if self._selected_id is not None and self.editor is not None:
            self.open_follow_up(self._selected_id)

    def open_complaint(self, complaint_id: int) -> None:
        """Load and show one complaint's detail (from a click, a search or a notification)."""
        self._selected_id = complaint_id
        self.services.tasks.db(lambda: self.services.bench.queue.detail(complaint_id),
                               on_done=lambda data: self._show_detail(complaint_id, data),
                               on_error=self.services.errors.handle)

    def open_follow_up(self, complaint_id: int) -> None:
        """Open a complaint on its follow-up tab (e.g. to restore a draft)."""
        self.open_complaint(complaint_id)
        if self.editor is not None:
            self.tabs.setCurrentWidget(self.editor)
            self.editor.text.setFocus()

    def _show_detail(self, complaint_id: int, data: ComplaintDetailData | None) -> None:
        if complaint_id != self._selected_id:
            return  # the officer moved on while this was loading
        if self.editor is not None:
            self.editor.set_complaint(data.complaint if data is not None else None)
        if data is None:
            self.detail.show_complaint(None)
            return
        self.detail.set_time_zone(data.timezone)
        self.duplicates.set_time_zone(data.timezone)
        self.duplicates.load(complaint_id)
        self.detail.show_complaint(data.complaint,
                                   countdown_text=data.countdown.text_in(self.services.language),
                                   local_state_text=_local_text(data.local),
                                   handover_note=data.handover_note,
                                   other_complaints=data.other_complaints)

    def on_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched, in place: the officer's selection, scroll position
        and open pop-ups stay as they are."""
        if changes.queue or changes.outbox:
            self.model.reload()  # rows, counts and the "Lokal" column
        if changes.outbox or changes.everything:
            self.refresh_outbox_counts()
        if changes.touches(self._selected_id):
            self.open_complaint(self._selected_id)  # type: ignore[arg-type]
        if self.ledger_view is not None and self.ledger_dock.isVisible() and (
                changes.outbox or changes.everything):
            self.ledger_view.refresh()
        if self.dashboard is not None and self.main_tabs.currentWidget() is self.dashboard_scroll \
                and changes.queue:
            self.dashboard.refresh()
        if changes.reference or changes.everything:
            self._load_categories()
        if self.review_queue is None and (changes.queue or changes.settings):
            self.review_queue = _review_tab(self, self.services)  # first login as a pejabat
        elif self.review_queue is not None and (changes.queue or changes.outbox):
            self.review_queue.refresh()
        if changes.queued:
            # Online, a queued action leaves now, not at the next interval.
            self.services.sync.request_pass()

    def _load_categories(self) -> None:
        self.services.tasks.db(self.services.bench.queue.categories,
                               on_done=self.filters.set_categories,
                               on_error=self.services.errors.handle)

    def refresh_outbox_counts(self) -> None:
        """Re-read the outbox counts for the status bar."""
        self.services.tasks.db(self.services.bench.outbox_counts,
                               on_done=lambda counts: self.sync_status.set_waiting(*counts),
                               on_error=self.services.errors.handle)

    # --- layout persistence -----------------------------------------------------------------

    def _restore_layout(self) -> None:
        state = self.services.ui_state
        geometry = state.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            # First start: 1280x800, but never larger than the screen (1366x768 laptops).
            available = self.screen().availableGeometry()
            self.resize(min(1280, available.width()), min(800, available.height()))
        window_state = state.value("main/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        splitter = state.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            # The queue keeps room for the title column; the detail pane scrolls.
            DefaultSplit(self.splitter)
        self.queue_pane.restore_state()

    def save_layout(self) -> None:
        """Remember window geometry, toolbars, splitter and column widths."""
        state = self.services.ui_state
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/state", self.saveState())
        state.setValue("main/splitter", self.splitter.saveState())
        self.queue_pane.save_state()
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Save the layout and any keystrokes typed since the last autosave."""
        if self.editor is not None:
            self.editor.save_now()
        self.save_layout()
        super().closeEvent(event)


def _review_tab(window: MainWindow, services: WindowServices) -> ReviewQueue | None:
    """The official's review queue as the first tab, shown first; None for an officer."""
    if not services.with_editor or not services.bench.signoff.is_official():
        return None
    queue = ReviewQueue(services.tasks, services.bench, services.hub, services.errors)
    queue.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    window.main_tabs.insertTab(0, queue, window.tr("&Persetujuan"))
    window.main_tabs.setCurrentIndex(0)
    queue.refresh()
    return queue


def _local_text(local: LocalInfo | None) -> str:
    if local is None or local.local_state is LocalState.NONE:
        return ""
    return tr("LocalState", LOCAL_STATE_LABELS[local.local_state])
