"""The login dialog: server address, user name and password.

The password only lives in the line edit until the caller reads :meth:`LoginDialog.values`; it is
never logged, stored in settings, or kept in an attribute of its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop import APP_NAME
from lapor_desktop.core.errors import KnownError
from lapor_desktop.sync.http import InsecureServerError, check_server_url
from lapor_desktop.ui import theme

ERROR_STYLE = "QLabel {{ color: {login_error_text}; font-weight: bold; }}"
INFO_STYLE = ("QLabel {{ background: {info_fill}; color: {info_text}; border: 1px solid {blue_border};"
              " border-radius: 4px; padding: 8px; }}")


class LoginDialog(QDialog):
    """Asks for the server address and credentials; the address is checked before it closes."""

    def __init__(self, server_url: str = "", username: str = "",
                 parent: QWidget | None = None, *,
                 check: Callable[[str, str], object] | None = None) -> None:
        super().__init__(parent)
        # The workbench's identity check: a profile bound to one officer refuses another.
        self._check = check
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Masuk ke server LAPOR!"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        heading = QLabel(self.tr("Masuk ke {app}").format(app=APP_NAME))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)

        self.message_label = QLabel()
        self.message_label.setObjectName("loginMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        theme.themed(self.message_label, INFO_STYLE)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url_edit = QLineEdit(server_url)
        self.url_edit.setObjectName("loginServerUrl")
        self.url_edit.setPlaceholderText("https://lapor.contoh.go.id")
        self.username_edit = QLineEdit(username)
        self.username_edit.setObjectName("loginUsername")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("loginPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        # A password field offers no copy or drag: nothing should carry it off the dialog.
        self.password_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        for text, edit in ((self.tr("Alamat &server:"), self.url_edit),
                           (self.tr("Nama &pengguna:"), self.username_edit),
                           (self.tr("&Kata sandi:"), self.password_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._update_ok)
            edit.textChanged.connect(self._clear_error)
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("loginError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        theme.themed(self.error_label, ERROR_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("&Masuk"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("loginOk")
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Batal"))
        cancel.setObjectName("loginCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.url_edit, self.username_edit)
        self.setTabOrder(self.username_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.ok_button)
        self.setMinimumWidth(460)
        self._update_ok()
        # Start where the officer most likely types: the first empty field.
        first_empty = next((e for e in (self.url_edit, self.username_edit, self.password_edit)
                            if not e.text()), self.password_edit)
        first_empty.setFocus()

    def lock_identity(self) -> None:
        """Keep the server and user name as they are (a session that expired on a bound
        profile: only the password may be typed)."""
        for edit in (self.url_edit, self.username_edit):
            edit.setReadOnly(True)
        self.password_edit.setFocus()

    def set_message(self, text: str) -> None:
        """Show an explanation above the fields (e.g. why a new login is needed); "" hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        """Show why the last login failed, under the fields; the password is to be typed again."""
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.clear()
        self.password_edit.setFocus()

    def error_text(self) -> str:
        """The inline error on show ("" when none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def values(self) -> tuple[str, str, str]:
        """(server URL, user name, password); the URL normalised when it is valid."""
        url = self.url_edit.text().strip()
        with contextlib.suppress(InsecureServerError):
            url = check_server_url(url)
        return url, self.username_edit.text().strip(), self.password_edit.text()

    def accept(self) -> None:
        """Close only when every field is filled and the server address is acceptable."""
        if not self._filled():
            return
        try:
            url = check_server_url(self.url_edit.text())
            if self._check is not None:
                self._check(url, self.username_edit.text().strip())
        except KnownError as exc:
            # The message is already phrased for the officer (core.errors.KnownError).
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.url_edit.setFocus()
            self.url_edit.selectAll()
            return
        super().accept()

    def _filled(self) -> bool:
        return all(e.text().strip() for e in (self.url_edit, self.username_edit)) \
            and bool(self.password_edit.text())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._filled())

    def _clear_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
