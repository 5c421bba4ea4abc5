"""The unlock page: the officer's password opens the encrypted profile, offline.

Two modes: *create* (no ``vault.json`` yet: choose a password, typed twice) and *unlock*. The
argon2id KDF runs on the task manager's database worker, never on the GUI thread. After
:attr:`UnlockPage.FREE_TRIES` wrong passwords each further try waits twice as long as the last
(a countdown on a disabled button, driven by a QTimer: no sleep anywhere).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.security.keys import (
    KdfParams,
    VaultError,
    WrongPasswordError,
    check_new_password,
    create_vault,
    has_vault,
    load_vault,
)
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.ui import theme
from lapor_desktop.ui.plain import plain_label
from lapor_desktop.ui.tasks import TaskManager

ERROR_STYLE = "color: {unlock_error_text};"
MAX_DELAY_MS = 5 * 60 * 1000


class UnlockPage(QWidget):
    """Password entry that turns into the profile's master key (create or unlock mode)."""

    #: The password was right (or a new one was set): the 32-byte master key.
    unlocked = Signal(bytes)

    FREE_TRIES = 5

    def __init__(self, tasks: TaskManager, profile: Path, *, remember: KeyRemember | None = None,
                 show_remember: bool = True, params: KdfParams | None = None,
                 base_delay_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPage")
        self._tasks = tasks
        self._profile = Path(profile)
        self._remember = remember
        self._params = params
        self._base_delay_ms = base_delay_ms
        self._failures = 0
        self._blocked_until = 0.0
        self._busy = False
        self.create_mode = not has_vault(self._profile)

        self.title = QLabel()
        self.title.setObjectName("unlockTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("unlockConfirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(self.tr("Ulangi kata sandi"))
        self.confirm.setVisible(self.create_mode)
        self.remember_box = QCheckBox(self.tr("Ingat di komputer ini"))
        self.remember_box.setObjectName("rememberKey")
        persistent = remember is not None and remember.persistent
        self.remember_box.setEnabled(persistent)
        self.remember_box.setVisible(show_remember)
        self.remember_box.setToolTip(
            self.tr("Kunci disimpan di brankas kata sandi sistem operasi, bukan di berkas.")
            if persistent else
            self.tr("Komputer ini tidak memiliki brankas kata sandi; kata sandi perlu "
                    "dimasukkan setiap kali aplikasi dibuka."))
        self.error = plain_label()
        self.error.setObjectName("unlockError")
        theme.themed(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("unlockButton")
        self.button.setDefault(True)
        self.forgot = QLabel(self.tr(
            "<b>Lupa kata sandi?</b> Kata sandi tidak dapat dipulihkan dan tidak disimpan di "
            "mana pun. Data pengaduan dapat diambil lagi dengan membuat profil baru lalu "
            "sinkronisasi dengan server, tetapi draf dan tindakan yang belum terkirim di profil "
            "ini akan hilang."))
        self.forgot.setObjectName("forgotHint")
        self.forgot.setWordWrap(True)
        self.forgot.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        for widget in (self.title, self.explanation, self.password, self.confirm,
                       self.remember_box, self.error, self.button, self.forgot):
            layout.addWidget(widget)
        layout.addStretch(1)

        self._countdown = QTimer(self)
        self._countdown.setInterval(200)
        self._countdown.timeout.connect(self._tick)
        self.button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.confirm.returnPressed.connect(self.submit)
        self._retitle()

    # --- public -------------------------------------------------------------------------------

    @property
    def failures(self) -> int:
        """Wrong passwords entered so far."""
        return self._failures

    def set_message(self, text: str) -> None:
        """Replace the explanation (e.g. "Layar dikunci karena tidak ada aktivitas")."""
        self.explanation.setText(text)

    def reset(self) -> None:
        """Clear the fields and focus the password (keeps the wrong-try count)."""
        self.password.clear()
        self.confirm.clear()
        if not self._countdown.isActive():
            self.error.clear()
        self.password.setFocus()

    def try_remembered(self) -> bool:
        """Unlock with a key remembered in the keyring, if one exists and is right."""
        if self.create_mode or self._remember is None:
            return False
        key = self._remember.load(self._profile)
        try:
            vault = load_vault(self._profile)
        except VaultError:
            return False
        if key is None or not vault.verify(key):
            return False
        self.unlocked.emit(key)
        return True

    def submit(self) -> None:
        """Derive the key on the database worker (ignored while busy or counting down)."""
        if self._busy or time.monotonic() < self._blocked_until:
            return
        password, confirm = self.password.text(), self.confirm.text()
        if not password:
            self.error.setText(self.tr("Masukkan kata sandi."))
            return
        if self.create_mode:
            try:
                check_new_password(password, confirm)
            except VaultError as exc:
                self.error.setText(str(exc))
                return
        self._busy = True
        self.button.setEnabled(False)
        self.error.setText(self.tr("Memeriksa kata sandi…"))
        profile, params, create = self._profile, self._params, self.create_mode

        def derive() -> bytes:
            if create:
                return create_vault(profile, password, params)
            return load_vault(profile).unlock(password)

        self._tasks.db(derive, on_done=self._on_key, on_error=self._on_error)

    # --- results ------------------------------------------------------------------------------

    def _on_key(self, key: bytes) -> None:
        self._busy = False
        self._failures = 0
        self.button.setEnabled(True)
        self.error.clear()
        self.password.clear()
        self.confirm.clear()
        if self._remember is not None and self.remember_box.isVisible():
            if self.remember_box.isChecked():
                self._remember.save(self._profile, key)
            else:
                self._remember.forget(self._profile)
        if self.create_mode:
            self.create_mode = False
            self.confirm.setVisible(False)
            self._retitle()
        self.unlocked.emit(key)

    def _on_error(self, error: BaseException) -> None:
        self._busy = False
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(error, WrongPasswordError):
            self._failures += 1
            self.error.setText(self.tr("Kata sandi salah."))
            if self._failures >= self.FREE_TRIES:
                extra = self._failures - self.FREE_TRIES
                delay = min(self._base_delay_ms * (2 ** min(extra, 20)), MAX_DELAY_MS)
                self._blocked_until = time.monotonic() + delay / 1000
                self._tick()
                self._countdown.start()
                return
        elif isinstance(error, VaultError):
            self.error.setText(str(error))
        else:
            self.error.setText(self.tr("Profil tidak dapat dibuka: {error}").format(error=error))
        self.button.setEnabled(True)

    def _tick(self) -> None:
        left = self._blocked_until - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self.button.setEnabled(True)
            self.error.setText(self.tr("Kata sandi salah. Silakan coba lagi."))
            return
        self.button.setEnabled(False)
        self.error.setText(self.tr("Kata sandi salah {n} kali. Coba lagi dalam {s} detik.")
                           .format(n=self._failures, s=math.ceil(left)))

    def _retitle(self) -> None:
        if self.create_mode:
            self.title.setText(self.tr("Buat kata sandi profil"))
            self.explanation.setText(self.tr(
                "Data pengaduan di komputer ini disimpan terenkripsi. Buat kata sandi (minimal "
                "8 karakter, tidak mudah ditebak; misalnya empat kata acak) untuk membukanya; "
                "kata sandi ini bisa berbeda dari kata sandi server."))
            self.button.setText(self.tr("Simpan kata sandi"))
            self.password.setPlaceholderText(self.tr("Kata sandi baru"))
        else:
            self.title.setText(self.tr("Buka profil"))
            self.explanation.setText(self.tr(
                "Masukkan kata sandi profil untuk membuka data pengaduan di komputer ini."))
            self.button.setText(self.tr("Buka"))
            self.password.setPlaceholderText(self.tr("Kata sandi profil"))
