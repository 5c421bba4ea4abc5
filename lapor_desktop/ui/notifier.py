"""The tray icon and desktop notifications.

After each sync pass the notifier takes the notifications the workbench computed from the pass's
changes (:meth:`~lapor_desktop.workbench.Workbench.take_notifications`) and shows them with
``QSystemTrayIcon.showMessage``; clicking the message opens the complaint.
The tooltip counts open and overdue complaints and actions waiting to be sent.

Where no system tray exists (offscreen, CI, some Linux desktops) nothing is shown outside the
window, but every notification is still kept in :attr:`Notifier.history` and announced with
:attr:`Notifier.notified`, so the window can list them and tests can check them headless.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from lapor_desktop import APP_NAME
from lapor_desktop.ui import theme
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench.notifications import (
    Notification,
    NotificationKind,
    TrayCounts,
)

HISTORY_LIMIT = 200
MESSAGE_MS = 10_000


@dataclasses.dataclass(frozen=True, slots=True)
class ShownNotification:
    """A notification as the officer saw it (translated), with when it came."""

    notification: Notification
    title: str
    text: str
    at: dt.datetime


def tray_icon() -> QIcon:
    """The app's tray icon, drawn (a red rounded square with "L!")."""
    icon = QIcon()
    for size in (16, 22, 32, 48, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.qcolour("tray_fill"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(size * 0.58)))
        painter.setFont(font)
        painter.setPen(theme.qcolour("tray_text"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "L!")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class Notifier(QObject):
    """Tray icon, tooltip counts, desktop notifications and their in-app log."""

    #: A notification was raised (a ShownNotification), whether or not a tray could show it.
    notified = Signal(object)
    #: The officer clicked a notification about one complaint: its id.
    open_complaint = Signal(int)
    #: The officer clicked a notification about refused actions: show the Kotak Keluar.
    ledger_requested = Signal()
    #: "Buka LAPOR! Desktop" or a click on the tray icon: raise the main window.
    show_window_requested = Signal()
    #: "Sinkronkan sekarang" from the tray menu.
    sync_requested = Signal()
    #: "Keluar" from the tray menu.
    quit_requested = Signal()

    def __init__(self, tasks: TaskManager, take: Callable[[], list[Notification]],
                 counts: Callable[[], TrayCounts], *, clock: Callable[[], dt.datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._take = take
        self._counts = counts
        self._clock = clock
        self.history: list[ShownNotification] = []
        self.counts: TrayCounts | None = None
        self._target: Notification | None = None
        #: Title and text of the last tray message (also where no tray can show it).
        self.last_message: tuple[str, str] | None = None
        #: Whether the window is locked (the app sets ``IdleLock.is_locked``): while locked the
        #: tray says only how many notifications came, and clicking one opens nothing but the
        #: lock page.
        self.is_locked: Callable[[], bool] = lambda: False
        self.available = QSystemTrayIcon.isSystemTrayAvailable()

        self.menu = QMenu()
        self.open_action = QAction(self.tr("Buka LAPOR! Desktop"), self)
        self.sync_action = QAction(self.tr("Sinkronkan sekarang"), self)
        self.quit_action = QAction(self.tr("Keluar"), self)
        self.open_action.triggered.connect(self.show_window_requested)
        self.sync_action.triggered.connect(self.sync_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.sync_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

        self.tray = QSystemTrayIcon(tray_icon(), self)
        self.tray.setContextMenu(self.menu)
        self.tray.setToolTip(APP_NAME)
        self.tray.messageClicked.connect(self.activate_latest)
        self.tray.activated.connect(self._on_activated)

    def start(self) -> None:
        """Show the tray icon (where a tray exists) and read the counts."""
        if self.available:
            self.tray.show()
        self.refresh_counts()

    def stop(self) -> None:
        """Hide the tray icon (at exit)."""
        self.tray.hide()

    # --- sync results ----------------------------------------------------------------------

    def on_sync_finished(self, _report: object = None) -> None:
        """Slot for ``SyncController.finished``: show what the pass brought, refresh counts."""
        self.show_batch(self._take())
        self.refresh_counts()

    def show_batch(self, found: list[Notification]) -> None:
        """Record every notification; the tray shows the most urgent (with "+N lainnya")."""
        shown = [self._record(n) for n in found]
        if not shown:
            return
        first = shown[0]
        if self.is_locked():
            # Locked: a count only (no tracking id, title or reason on the screen), and a
            # click only raises the window, whose lock page asks for the password first.
            self._target = None
            title, text = APP_NAME, self.tr(
                "{n} pemberitahuan baru. Buka kunci aplikasi untuk melihatnya.").format(
                n=len(shown))
        else:
            self._target = first.notification
            title, text = first.title, first.text
            if len(shown) > 1:
                text += "\n" + self.tr("(+{n} pemberitahuan lainnya)").format(n=len(shown) - 1)
        self.last_message = (title, text)
        if self.available and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self.tray.icon(), MESSAGE_MS)

    def activate_latest(self) -> None:
        """The officer clicked the last notification shown (``messageClicked``)."""
        target = self._target
        if target is None or self.is_locked():
            self.show_window_requested.emit()
        elif target.complaint_id is not None:
            self.open_complaint.emit(target.complaint_id)
        elif target.kind is NotificationKind.NEEDS_ATTENTION:
            self.ledger_requested.emit()
        else:
            self.show_window_requested.emit()

    def _record(self, notification: Notification) -> ShownNotification:
        title, text = notification.render(self._templates(), self._summaries())
        shown = ShownNotification(notification, title, text, self._clock())
        self.history.append(shown)
        del self.history[:-HISTORY_LIMIT]
        self.notified.emit(shown)
        return shown

    def _templates(self) -> dict[NotificationKind, tuple[str, str]]:
        item = "{tracking_id}: {title}"
        return {
            NotificationKind.NEW_COMPLAINT: (self.tr("Laporan baru"), self.tr(item)),
            NotificationKind.REPORTER_REPLIED: (self.tr("Pelapor menanggapi"), self.tr(item)),
            NotificationKind.DUE_SOON: (self.tr("Segera jatuh tempo"),
                                        self.tr("{tracking_id}: {title} ({countdown})")),
            NotificationKind.OVERDUE: (self.tr("Terlambat"),
                                       self.tr("{tracking_id}: {title} ({countdown})")),
            NotificationKind.NEEDS_ATTENTION: (self.tr("Tindakan perlu perhatian"),
                                               self.tr("{tracking_id}: {reason}")),
        }

    def _summaries(self) -> dict[NotificationKind, tuple[str, str]]:
        return {
            NotificationKind.NEW_COMPLAINT: (
                self.tr("{count} laporan baru"),
                self.tr("Laporan baru terdisposisi ke instansi Anda.")),
            NotificationKind.REPORTER_REPLIED: (
                self.tr("{count} tanggapan pelapor"),
                self.tr("Pelapor menanggapi tindak lanjut Anda.")),
            NotificationKind.DUE_SOON: (
                self.tr("{count} laporan segera jatuh tempo"),
                self.tr("Jatuh tempo dalam satu hari kerja.")),
            NotificationKind.OVERDUE: (
                self.tr("{count} laporan terlambat"), self.tr("Batas waktu telah lewat.")),
            NotificationKind.NEEDS_ATTENTION: (
                self.tr("{count} tindakan perlu perhatian"),
                self.tr("Buka Kotak Keluar untuk memutuskan.")),
        }

    # --- tooltip ---------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        """Re-read the tooltip counts on the database worker."""
        self._tasks.db(self._counts, on_done=self._set_counts)

    def _set_counts(self, counts: TrayCounts) -> None:
        self.counts = counts
        lines = [APP_NAME, self.tr("{open} laporan terbuka · {overdue} terlambat").format(
            open=counts.open, overdue=counts.overdue),
            self.tr("{waiting} menunggu dikirim").format(waiting=counts.waiting)]
        if counts.attention:
            lines.append(self.tr("{n} tindakan perlu perhatian").format(n=counts.attention))
        self.tray.setToolTip("\n".join(lines))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window_requested.emit()
