"""Status-bar label for thin links (issue 16): the measured link speed, whether metered mode
("hemat data") is on, and the files still waiting to be uploaded."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from lapor_desktop.sync.link_meter import speed_text
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import thin_link
from lapor_desktop.workbench.readiness_text import size_text


class LinkStatusLabel(QLabel):
    """"Jalur 220 kbit/s · hemat data · lampiran menunggu 5,0 MB"; refreshed after each pass
    and each change of the outbox (call :meth:`refresh`)."""

    def __init__(self, tasks: TaskManager, bench: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkStatus")
        self.setAccessibleName(self.tr("Kecepatan jalur"))
        self._tasks, self._bench = tasks, bench
        self.refresh()

    def refresh(self) -> None:
        """Read the meter and the outbox on the database worker, then show them."""
        self._tasks.db(lambda: thin_link.summary(self._bench), on_done=self.show_summary)

    def show_summary(self, s: thin_link.LinkSummary) -> None:
        """Show ``s``."""
        parts = [self.tr("Jalur {speed}").format(speed=speed_text(s.bytes_per_second))]
        if s.metered:
            parts.append(self.tr("hemat data"))
        if s.held_actions:
            parts.append(self.tr("{n} lampiran menunggu jaringan cepat ({size})").format(
                n=s.held_actions, size=size_text(s.held_bytes)))
        elif s.waiting_upload_bytes:
            parts.append(self.tr("lampiran menunggu {size}").format(
                size=size_text(s.waiting_upload_bytes)))
        self.setText(" · ".join(parts))
        self.setToolTip(self.tr(
            "Kecepatan jalur diukur dari unggahan dan unduhan lampiran. Dalam mode hemat data "
            "teks dikirim lebih dulu; lampiran diunduh bila dibuka atau dalam batas ukuran."))
