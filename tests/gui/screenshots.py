"""Render each widget with Indonesian demo content and save PNGs to resources/screenshots/.

A script, not a test (no ``test_`` prefix): ``python -m tests.gui.screenshots``. It renders
offscreen unless QT_QPA_PLATFORM says otherwise, so it runs on machines without a display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

from lapor_desktop.core.models import TimeZone  # noqa: E402
from lapor_desktop.ui.about_dialog import AboutDialog  # noqa: E402
from lapor_desktop.ui.detail_view import ComplaintDetail  # noqa: E402
from lapor_desktop.ui.first_run import FirstRunPage  # noqa: E402
from lapor_desktop.ui.login_dialog import LoginDialog  # noqa: E402
from lapor_desktop.ui.settings_dialog import SettingsDialog  # noqa: E402
from lapor_desktop.ui.training_banner import TrainingBanner  # noqa: E402
from lapor_desktop.workbench.settings import Settings  # noqa: E402
from tests.gui.demo import complaint  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def save(widget: QWidget, name: str, width: int, height: int | None = None) -> Path:
    """Show ``widget`` at the given size (its size hint's height by default) and save a PNG."""
    widget.show()
    widget.resize(width, height or max(widget.sizeHint().height(), widget.minimumSizeHint().height()))
    # A script may spin the event loop: pending layout requests must settle before the grab.
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    widget.close()
    return path


def main() -> int:
    """Render every widget; prints the paths written."""
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    written = []

    detail = ComplaintDetail(time_zone=TimeZone.WIB)
    detail.show_complaint(complaint(), countdown_text="sisa 3 hari kerja",
                          local_state_text="Draf")
    written.append(save(detail, "detail_view", 760, 1120))

    anonim = ComplaintDetail(time_zone=TimeZone.WIB)
    anonim.show_complaint(
        complaint(anonim=True, rahasia=True, tracking_id="9904410",
                  title="Dugaan pungutan liar pada pengurusan KTP-el di kecamatan",
                  body="Petugas meminta <b>Rp150.000</b> <img src='x.png'> agar KTP-el cepat selesai.",
                  events=(), attachments=(), auto_close_due=None),
        countdown_text="terlambat 2 hari kerja")
    written.append(save(anonim, "detail_view_anonim", 760, 820))

    empty = ComplaintDetail()
    empty.show_complaint(None)
    written.append(save(empty, "detail_view_empty", 760, 300))

    login = LoginDialog("https://lapor.kepriprov.go.id", "rina.marlina")
    login.set_message("Sesi Anda berakhir. Masuk lagi untuk melanjutkan sinkronisasi. "
                      "Pekerjaan Anda tetap tersimpan.")
    written.append(save(login, "login_dialog", 480))

    login_error = LoginDialog("http://lapor.kepriprov.go.id", "rina.marlina")
    login_error.password_edit.setText("rahasia")
    login_error.show()
    login_error.accept()
    written.append(save(login_error, "login_dialog_error", 480))

    first = FirstRunPage()
    written.append(save(first, "first_run", 860, 460))

    settings = SettingsDialog(Settings(server_url="https://lapor.kepriprov.go.id",
                                       username="rina.marlina", sync_interval_minutes=15,
                                       ca_bundle="/etc/ssl/certs/kepri-ca.pem"))
    written.append(save(settings, "settings_dialog", 560))

    host = QWidget()
    host_lay = QVBoxLayout(host)
    host_lay.setContentsMargins(0, 0, 0, 0)
    banner = TrainingBanner("Rina Marlina — Dinas PUPR Provinsi Kepulauan Riau")
    host_lay.addWidget(banner)
    written.append(save(host, "training_banner", 1000))

    about = AboutDialog("/home/rina/.local/share/lapor-desktop",
                        "/home/rina/.local/state/lapor-desktop/log")
    written.append(save(about, "about_dialog", 560))

    for path in written:
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
