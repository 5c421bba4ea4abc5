"""Screenshots of officer rotation for the README: the profile chooser, the "Serah terima tugas"
wizard, the successor's "Baru diserahkan" view and the Berita Acara (first PDF page).

A script, not a test: ``python -m tests.gui.handover_screenshots``. Runs the real reference
server with the demo seed on a loopback port, offscreen.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from lapor_desktop.security.keys import TEST_PARAMS  # noqa: E402
from lapor_desktop.server import seed  # noqa: E402
from lapor_desktop.server.testing import LiveServer  # noqa: E402
from lapor_desktop.ui.handed_over_view import HandedOverView  # noqa: E402
from lapor_desktop.ui.handover_flow import export_with_report  # noqa: E402
from lapor_desktop.ui.handover_wizard import HandoverWizard  # noqa: E402
from lapor_desktop.ui.profile_chooser import ProfileChooser  # noqa: E402
from lapor_desktop.workbench import profiles  # noqa: E402
from lapor_desktop.workbench.handover_views import handed_over, stale_promises  # noqa: E402
from tests.sync_helpers import ClientProfile  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "resources" / "screenshots"
PASSWORD = "serah-terima-batam"


def grab(widget: QWidget, name: str, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="lapor-rotation-"))
    url = f"sqlite:///{tmp / 'server.db'}"
    seed.seed_demo(url, complaints=160)
    with LiveServer(url) as live:
        a = ClientProfile(tmp / "profiles" / "raja-zulkifli", live.url, user="demo.kota-batam")
        a.bench.handover.kdf = TEST_PARAMS
        a.bench.sync()
        a.bench.update_settings(a.bench.settings.model_copy(
            update={"official_name": "Ir. Yusfa Hendri, M.T."}))
        plan = a.bench.handover.plan()
        waiting = [c for c in plan.complaints if c.complaint.status.value == "terdisposisi"]
        a.bench.save_draft(waiting[0].id, {"text": (
            "Tindak lanjut: petugas Dinas Perhubungan memeriksa lampu lalu lintas di simpang "
            "Jodoh pada 3 Desember 2026. Kontak: 0778-470123.")})
        a.bench.send_follow_up(waiting[1].id, (
            "Tindak lanjut: saluran air di Batu Aji dibersihkan Dinas Bina Marga pada 4 Desember "
            "2026. Kontak: 0778-470456."))
        a.bench.save_draft(waiting[2].id, {"text": "Coba hubungi pelapor lagi."})
        a.bench.handover.set_note(waiting[0].id, "Pelapor minta dihubungi sore hari.")
        a.bench.handover.set_note(plan.complaints[0].id,
                                  "Tenggat terdekat: pastikan Dinas PU menjawab hari ini.")

        root = tmp / "profiles"
        profiles.write_card(a.root, "Raja Zulkifli", "Pemerintah Kota Batam",
                            dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
        other = profiles.new_profile_dir(root, "siti")
        profiles.write_card(other, "Siti Aisyah, S.E.", "Dinas PUPR Provinsi Kepulauan Riau",
                            dt.datetime.now(dt.UTC) - dt.timedelta(days=9))
        grab(ProfileChooser(profiles.list_profiles(root)), "profile_chooser", 560, 420)

        officer = a.bench.officer()
        plan = a.bench.handover.plan()
        wizard = HandoverWizard(plan, tz=officer.agency_timezone,
                                pejabat="Ir. Yusfa Hendri, M.T.", folder=tmp)
        table = wizard.complaints_page.table
        table.item(3, 5).setText("Menunggu jawaban BP Batam soal lahan.")
        grab(wizard, "handover_wizard_complaints", 1100, 560)
        wizard.next()
        work = wizard.work_page
        last = work.table.rowCount() - 1
        work.combos[last].setCurrentIndex(work.combos[last].findData("discard"))
        work.table.item(last, 4).setText("Pelapor sudah dihubungi lewat telepon")
        work.table.resizeRowsToContents()
        grab(wizard, "handover_wizard_work", 1100, 560)
        wizard.next()
        page = wizard.package_page
        page.to_name.setText("Rina Marpaung, S.Kom.")
        page.password.setText(PASSWORD)
        page.confirm.setText(PASSWORD)
        page.out.setText(str(tmp / "serah-terima-raja.serahterima"))
        grab(wizard, "handover_wizard_package", 1100, 560)
        request = wizard.request()
        export_with_report(a.bench, request)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1",
                        str(request.out.with_suffix(".pdf")), str(OUT / "handover_report")],
                       check=True)
        generated = OUT / "handover_report-1.png"
        generated.replace(OUT / "handover_report.png")
        print(OUT / "handover_report.png")

        b = ClientProfile(tmp / "profiles" / "rina", live.url, user="demo.kota-batam2")
        b.bench.sync()
        b.bench.import_handover(request.out, PASSWORD)
        view = HandedOverView()
        view.set_rows(handed_over(b.store), stale_promises(b.store, b.bench.clock()),
                      b.bench.officer().agency_timezone)
        grab(view, "handed_over_view", 1000, 480)
        view.tabs.setCurrentWidget(view.promises)
        grab(view, "handed_over_promises", 1000, 480)
        a.close()
        b.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
