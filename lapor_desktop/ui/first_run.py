"""The first-run page: shown when no server has been set up yet.

Two ways forward: try the app with invented data (training mode, which needs no network), or
connect to the agency's LAPOR! server.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop import APP_NAME
from lapor_desktop.sync.http import InsecureServerError, check_server_url
from lapor_desktop.ui import theme
from lapor_desktop.ui.login_dialog import ERROR_STYLE

_CARD_STYLE = ("QFrame#{name} {{ border: 1px solid {welcome_border}; border-radius: 8px;"
               " background: {welcome_fill}; }}")


class FirstRunPage(QWidget):
    """Welcome page with two choices: training mode, or connect to a server."""

    #: The officer chose to try training mode (demo data, local training server).
    training_requested = Signal()
    #: The officer entered a valid server address (normalised by ``check_server_url``).
    server_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.setSpacing(14)

        title = QLabel(self.tr("Selamat datang di {app}").format(app=APP_NAME))
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        outer.addWidget(title)

        intro = QLabel(self.tr(
            "LAPOR! Desktop adalah meja kerja Admin Penghubung untuk menindaklanjuti laporan "
            "SP4N-LAPOR! yang didisposisikan ke instansi Anda. Antrean laporan, tenggat waktu, "
            "dan draf tindak lanjut tersimpan di komputer ini, sehingga Anda tetap dapat bekerja "
            "saat jaringan terputus. Begitu tersambung, semuanya disinkronkan dengan server."))
        intro.setObjectName("firstRunIntro")
        intro.setWordWrap(True)
        outer.addWidget(intro)

        choices = QHBoxLayout()
        choices.setSpacing(16)
        outer.addLayout(choices)

        training = self._card("trainingCard", choices)
        training_lay = QVBoxLayout(training)
        training_lay.addWidget(self._card_title(self.tr("Belum punya akun server?")))
        text = QLabel(self.tr("Pelajari cara kerja aplikasi dengan data contoh dari Provinsi "
                              "Kepulauan Riau. Tidak ada yang dikirim ke server LAPOR! sungguhan."))
        text.setWordWrap(True)
        training_lay.addWidget(text)
        training_lay.addStretch(1)
        self.training_button = QPushButton(self.tr("Coba &Mode Latihan"))
        self.training_button.setObjectName("trainingButton")
        self.training_button.setMinimumHeight(40)
        self.training_button.clicked.connect(self.training_requested)
        training_lay.addWidget(self.training_button)

        server = self._card("serverCard", choices)
        server_lay = QVBoxLayout(server)
        server_lay.addWidget(self._card_title(self.tr("Sudah punya akun?")))
        text = QLabel(self.tr("Masukkan alamat server LAPOR! instansi Anda (diawali https://)."))
        text.setWordWrap(True)
        server_lay.addWidget(text)
        self.url_label = QLabel(self.tr("&Alamat server:"))
        server_lay.addWidget(self.url_label)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("firstRunServerUrl")
        self.url_edit.setPlaceholderText("https://lapor.contoh.go.id")
        self.url_label.setBuddy(self.url_edit)
        self.url_edit.returnPressed.connect(self._choose_server)
        self.url_edit.textChanged.connect(self._on_url_changed)
        server_lay.addWidget(self.url_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("firstRunError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        theme.themed(self.error_label, ERROR_STYLE)
        self.error_label.hide()
        server_lay.addWidget(self.error_label)
        server_lay.addStretch(1)
        self.server_button = QPushButton(self.tr("&Hubungkan ke server"))
        self.server_button.setObjectName("serverButton")
        self.server_button.setMinimumHeight(40)
        self.server_button.setEnabled(False)
        self.server_button.clicked.connect(self._choose_server)
        server_lay.addWidget(self.server_button)
        outer.addStretch(1)

        self.setTabOrder(self.training_button, self.url_edit)
        self.setTabOrder(self.url_edit, self.server_button)

    def error_text(self) -> str:
        """The inline error on show ("" when none)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    @staticmethod
    def _card(name: str, row: QHBoxLayout) -> QFrame:
        card = QFrame()
        card.setObjectName(name)
        theme.themed(card, _CARD_STYLE.replace("{name}", name))
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(card, 1)
        return card

    @staticmethod
    def _card_title(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _on_url_changed(self, text: str) -> None:
        self.server_button.setEnabled(bool(text.strip()))
        self.error_label.hide()

    def _choose_server(self) -> None:
        if not self.url_edit.text().strip():
            return
        try:
            url = check_server_url(self.url_edit.text())
        except InsecureServerError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self.url_edit.setFocus()
            return
        self.server_chosen.emit(url)
