"""The profile chooser: the first page on a PC shared by several officers.

Lists each officer who has a profile here with only what the profile's card holds (name, agency,
last used); nothing else is read before that officer's own password unlocks the profile. Also
offers a new profile and training mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop import APP_NAME
from lapor_desktop.ui.formatting import format_datetime
from lapor_desktop.ui.plain import tooltip
from lapor_desktop.workbench.profiles import ProfileCard

_PATH_ROLE = Qt.ItemDataRole.UserRole


class ProfileChooser(QWidget):
    """Pick an officer's profile, start a new one, or open training mode."""

    #: The folder (str) of the profile the officer picked.
    profile_chosen = Signal(str)
    #: The officer wants a profile of their own (e.g. a successor's first start).
    new_profile_requested = Signal()
    #: Training mode with demo data.
    training_requested = Signal()

    def __init__(self, cards: list[ProfileCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileChooser")
        self.setWindowTitle(APP_NAME)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)
        outer.setSpacing(12)
        title = QLabel(self.tr("Siapa yang bekerja hari ini?"))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        outer.addWidget(title)
        intro = QLabel(self.tr("Setiap petugas memiliki profil sendiri di komputer ini, dengan "
                               "kata sandi, data, dan pengaturannya sendiri. Pilih profil Anda "
                               "lalu buka dengan kata sandi profil."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        self.list = QListWidget()
        self.list.setObjectName("profileList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 8px; }")
        for card in cards:
            used = (self.tr("terakhir dipakai {when}").format(when=format_datetime(
                        card.last_used, None)) if card.last_used else self.tr("belum pernah masuk"))
            agency = card.agency or self.tr("(instansi belum diketahui)")
            item = QListWidgetItem(f"{card.name}\n{agency}\n{used}")
            item.setData(_PATH_ROLE, str(card.path))
            item.setToolTip(tooltip(str(card.path)))
            self.list.addItem(item)
        if cards:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._open())
        outer.addWidget(self.list, 1)

        buttons = QHBoxLayout()
        self.training_button = QPushButton(self.tr("Mode Latihan"))
        self.training_button.clicked.connect(self.training_requested)
        self.new_button = QPushButton(self.tr("Profil baru…"))
        self.new_button.clicked.connect(self.new_profile_requested)
        self.open_button = QPushButton(self.tr("Buka profil"))
        self.open_button.setDefault(True)
        self.open_button.setEnabled(bool(cards))
        self.open_button.clicked.connect(self._open)
        buttons.addWidget(self.training_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        outer.addLayout(buttons)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.profile_chosen.emit(str(item.data(_PATH_ROLE)))
