"""Status-bar widget: connection state, progress of a running sync, last sync, items waiting."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from lapor_desktop.core.models import TimeZone
from lapor_desktop.ui import theme
from lapor_desktop.ui.formatting import format_datetime, format_time
from lapor_desktop.ui.sync_controller import ConnectionState, SyncController


class SyncStatusWidget(QWidget):
    """Shows what the officer needs to trust the sync: online or not, and what is still waiting."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tz = TimeZone.WIB
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state_label = QLabel()
        self.state_label.setObjectName("syncState")
        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("syncWaiting")
        self.last_label = QLabel()
        self.last_label.setObjectName("syncLast")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setMaximumWidth(140)
        self.progress_bar.setVisible(False)
        self.button = QToolButton()
        self.button.setObjectName("syncButton")
        self.button.clicked.connect(self._on_button)
        for widget in (self.state_label, self.progress_bar, self.waiting_label, self.last_label,
                       self.button):
            layout.addWidget(widget)
        controller.state_changed.connect(self._on_state)
        controller.progress.connect(self._on_progress)
        controller.finished.connect(self._on_finished)  # a bound method: gone with the widget
        self._on_state(controller.state.value)
        self.set_waiting(0, 0)

    def set_time_zone(self, tz: TimeZone) -> None:
        """Show times in the agency's zone ``tz`` (WIB until the profile says otherwise)."""
        self._tz = tz
        self._update_last()

    def set_waiting(self, waiting: int, attention: int) -> None:
        """Outbox counts: items not yet accepted by the server, and items needing attention."""
        text = self.tr("Menunggu dikirim: {n}").format(n=waiting)
        if attention:
            text += " · " + self.tr("Perlu perhatian: {n}").format(n=attention)
        self.waiting_label.setText(text)

    def _on_finished(self, _report: object) -> None:
        self._update_last()

    def _on_button(self) -> None:
        if self._controller.running:
            self._controller.cancel()
        else:
            self._controller.sync_now()

    def _on_state(self, state: str) -> None:
        texts = {
            ConnectionState.UNKNOWN: self.tr("Belum sinkron"),
            ConnectionState.ONLINE: self.tr("● Terhubung"),
            ConnectionState.OFFLINE: self.tr("● Luring (offline)"),
            ConnectionState.SYNCING: self.tr("Menyinkronkan…"),
            ConnectionState.LOGIN_REQUIRED: self.tr("Perlu masuk ulang"),
            ConnectionState.OUTDATED: self.tr("Perbarui aplikasi"),
            ConnectionState.WORK_OFFLINE: self.tr("● Kerja luring"),
        }
        colours = {ConnectionState.ONLINE: "online_text", ConnectionState.OFFLINE: "offline_text",
                   ConnectionState.LOGIN_REQUIRED: "attention_text",
                   ConnectionState.OUTDATED: "attention_text",
                   ConnectionState.WORK_OFFLINE: "work_offline_text"}
        value = ConnectionState(state)
        self.state_label.setText(texts[value])
        colour = colours.get(value)
        theme.themed(self.state_label, "color: {" + colour + "}; font-weight: bold;" if colour else "")
        syncing = value is ConnectionState.SYNCING
        self.progress_bar.setVisible(syncing)
        if syncing:
            self.progress_bar.setRange(0, 0)
        self.button.setText(self.tr("Batal") if syncing else self.tr("Sinkronkan sekarang"))
        self._update_last()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        else:
            self.progress_bar.setRange(0, 0)
        stages = {"connect": self.tr("menghubungi server"), "push": self.tr("mengirim"),
                  "upload": self.tr("mengunggah lampiran"), "pull": self.tr("mengambil laporan"),
                  "download": self.tr("mengunduh lampiran"), "done": self.tr("selesai")}
        self.progress_bar.setFormat(stages.get(stage, stage) + " %v/%m")
        self.progress_bar.setTextVisible(total > 0)

    def _update_last(self) -> None:
        last = self._controller.last_success
        if last is None:
            self.last_label.setText("")
            return
        # In the agency's zone with its label, like every other time on screen.
        zone = ZoneInfo(self._tz.value)
        local = last.astimezone(zone)
        today = dt.datetime.now(zone).date()
        when = (format_time(last, self._tz) if local.date() == today
                else format_datetime(last, self._tz))
        self.last_label.setText(self.tr("Sinkron terakhir: {when}").format(when=when))
