"""Asking the officer to log in, saying why: the first login of a new profile, a session that
ended, or what the server refused on the last try.

A wrong password is a refused login, not an expired session: the dialog comes back with the
server's reason inline and keeps what was typed in the other fields. The login itself runs on
the network worker (the GUI thread never waits on the network).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lapor_desktop.core.errors import KnownError
from lapor_desktop.sync.errors import LoginRequired
from lapor_desktop.ui.login_dialog import LoginDialog
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench


class LoginPrompt(QObject):
    """Shows the login dialog when :meth:`ask` is called and logs in with what was typed."""

    #: Logged in: the workbench's ``Op`` (announce its changes, then sync).
    logged_in = Signal(object)
    #: A login dialog is on screen (the argument is the dialog).
    dialog_shown = Signal(object)

    def __init__(self, tasks: TaskManager, bench: Workbench, parent_widget: QWidget | None,
                 on_error: Callable[[BaseException], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._bench = bench
        self._parent_widget = parent_widget
        self._on_error = on_error
        self.dialog: LoginDialog | None = None

    def ask(self, refused: str = "", typed: tuple[str, str] | None = None) -> None:
        """Show the dialog (once: a second call while it is open does nothing). ``refused`` is
        the reason the last attempt failed, shown inline; ``typed`` the server and user name
        to keep."""
        if self.dialog is not None and self.dialog.isVisible():
            return
        session = self._bench.session
        url, user = typed or (session.server_url or "", session.username or "")
        dialog = LoginDialog(url, user, self._parent_widget, check=self._bench.check_login)
        if self._bench.officer() is not None:
            dialog.lock_identity()  # a bound profile: only its own officer may log in
            dialog.set_message(self.tr("Sesi Anda berakhir. Masuk lagi untuk melanjutkan "
                                       "sinkronisasi. Pekerjaan Anda tetap tersimpan."))
        else:
            dialog.set_message(self.tr("Masuk ke server untuk mengambil laporan yang "
                                       "didisposisikan ke instansi Anda."))
        if refused:
            dialog.show_error(refused)
        dialog.accepted.connect(lambda: self._login(*dialog.values()))
        self.dialog = dialog
        dialog.open()
        self.dialog_shown.emit(dialog)

    def _login(self, url: str, username: str, password: str) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, LoginRequired):
                # 401 on the login route: the name or the password was wrong.
                reason = self.tr("Nama pengguna atau kata sandi salah. Periksa lalu coba lagi.")
            elif isinstance(error, KnownError):
                reason = str(error)
            else:
                self._on_error(error)
                return
            self.ask(reason, (url, username))

        # Every login path saves the officer profile and binds the profile (workbench.login).
        self._tasks.net(lambda: self._bench.login(url, username, password),
                        on_done=self.logged_in.emit, on_error=failed)
