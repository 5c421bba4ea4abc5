"""Idle lock: after N minutes without keyboard or mouse input the window hides its content.

:class:`IdleLock` watches the whole application's input through an event filter and emits
:attr:`IdleLock.locked` when the officer has been away for ``Settings.idle_lock_minutes``.
:func:`install_idle_lock` wraps the window's central widget in a stack whose other page is a
:class:`LockOverlay` (the unlock page, verifying against the vault's key check): while locked the
queue and detail are not merely covered but hidden, the menus are disabled, and only the right
password brings them back. Background sync keeps running; the store stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.ui.unlock_page import UnlockPage

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.Shortcut,
})


class IdleLock(QObject):
    """Emits :attr:`locked` after a period without user input (an application event filter)."""

    #: No input for the configured time: hide the content until the password is entered.
    locked = Signal()

    def __init__(self, minutes: int = 15, *, timeout_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._locked = False
        #: The last lock was asked for (Ctrl+L), not caused by inactivity.
        self.by_request = False
        self.set_timeout(timeout_ms if timeout_ms is not None else minutes * 60_000)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    @property
    def is_locked(self) -> bool:
        """True between :attr:`locked` and :meth:`unlock`."""
        return self._locked

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time (Settings.idle_lock_minutes)."""
        self.set_timeout(max(1, int(minutes)) * 60_000)

    def set_timeout(self, timeout_ms: int) -> None:
        """Change the idle time in milliseconds (tests use a short one)."""
        self._timer.setInterval(max(1, int(timeout_ms)))
        if not self._locked:
            self._timer.start()

    def lock_now(self) -> None:
        """Lock at once (e.g. a "Kunci layar" menu action)."""
        self._timer.stop()
        self._lock(by_request=True)

    def unlock(self) -> None:
        """The password was entered: start watching for idleness again."""
        self._locked = False
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (at shutdown)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Any input restarts the countdown; events are never swallowed."""
        if not self._locked and event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        self._lock(by_request=False)

    def _lock(self, *, by_request: bool) -> None:
        if self._locked:
            return
        self._locked = True
        self.by_request = by_request
        self.locked.emit()


class LockOverlay(QWidget):
    """The page shown instead of the window's content while locked: the profile password, or
    in training mode (no profile password) a button."""

    #: The right password was entered: the master key (already checked against the vault);
    #: in training mode, empty bytes when the button was pressed.
    unlocked = Signal(bytes)

    def __init__(self, tasks: TaskManager, profile: Path | None, *, base_delay_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page: UnlockPage | None = None
        self.resume: QPushButton | None = None
        if profile is not None:
            self.page = UnlockPage(tasks, profile, show_remember=False,
                                   base_delay_ms=base_delay_ms)
            self.page.title.setText(self.tr("Layar dikunci"))
            layout.addWidget(self.page)
            self.page.unlocked.connect(self.unlocked)
        else:
            # Training mode has no profile password: the lock still hides the content.
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(48, 32, 48, 32)
            title = QLabel(self.tr("Layar dikunci"))
            title.setObjectName("lockTitle")
            self.message = QLabel()
            self.message.setObjectName("lockMessage")
            self.message.setWordWrap(True)
            self.resume = QPushButton(self.tr("&Buka kunci"))
            self.resume.setObjectName("lockResume")
            self.resume.setDefault(True)
            self.resume.clicked.connect(lambda: self.unlocked.emit(b""))
            for widget in (title, self.message, self.resume):
                inner.addWidget(widget)
            inner.addStretch(1)
            layout.addWidget(box)
        self.show_reason(by_request=False)

    def show_reason(self, *, by_request: bool) -> None:
        """Say why the window is locked: asked for (Ctrl+L) or no activity."""
        if by_request:
            text = self.tr("Layar dikunci atas permintaan Anda. Data pengaduan disembunyikan; "
                           "sinkronisasi tetap berjalan.")
        else:
            text = self.tr("LAPOR! Desktop dikunci karena tidak ada aktivitas. Data pengaduan "
                           "disembunyikan; sinkronisasi tetap berjalan.")
        if self.page is not None:
            self.page.set_message(text + " " + self.tr(
                "Masukkan kata sandi profil untuk melanjutkan."))
        else:
            self.message.setText(text + " " + self.tr(
                "Mode Latihan tidak memakai kata sandi profil: tekan Buka kunci untuk "
                "melanjutkan."))

    def message_text(self) -> str:
        """The explanation on show (tests and screen readers read it)."""
        return self.page.explanation.text() if self.page is not None else self.message.text()

    def reset(self) -> None:
        """Clear the password field and focus it (or focus the button in training mode)."""
        if self.page is not None:
            self.page.reset()
        elif self.resume is not None:
            self.resume.setFocus()


def install_idle_lock(window: QMainWindow, idle: IdleLock, overlay: LockOverlay) -> QStackedWidget:
    """Put the window's central widget and ``overlay`` in a stack and switch on lock/unlock.

    Returns the stack (now the central widget). While locked nothing but the unlock field is
    reachable: dock widgets are hidden, and the menu bar, the toolbars, the status bar and
    every action of the window (so no shortcut either, e.g. Ctrl+K for the Kotak Keluar) are
    disabled; all come back as they were after the right password.
    """
    content = window.takeCentralWidget()
    stack = QStackedWidget()
    stack.setObjectName("lockStack")
    stack.addWidget(content)
    stack.addWidget(overlay)
    window.setCentralWidget(stack)
    hidden_docks: list[QDockWidget] = []
    disabled: list[QWidget | QAction] = []

    def lock() -> None:
        # Open dialogs would stay readable over the locked window (and a modal one would block
        # the unlock field), so they are cancelled: each keeps the officer's data as its Cancel
        # does (drafts stay drafts; a refused action stays in the outbox).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        stack.setCurrentWidget(overlay)
        window.menuBar().setEnabled(False)
        disabled.clear()
        for item in (*window.findChildren(QToolBar), window.statusBar(),
                     *window.findChildren(QAction)):
            if item.isEnabled():
                item.setEnabled(False)
                disabled.append(item)
        hidden_docks.clear()
        for dock in window.findChildren(QDockWidget):
            if dock.isVisible():
                hidden_docks.append(dock)
                dock.hide()
        overlay.show_reason(by_request=idle.by_request)
        overlay.reset()

    def unlock(_key: bytes) -> None:
        stack.setCurrentWidget(content)
        window.menuBar().setEnabled(True)
        for item in disabled:
            item.setEnabled(True)
        disabled.clear()
        for dock in hidden_docks:
            dock.show()
        hidden_docks.clear()
        idle.unlock()

    idle.locked.connect(lock)
    overlay.unlocked.connect(unlock)
    return stack
