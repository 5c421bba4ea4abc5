"""The "Serah terima tugas" wizard driven as the outgoing officer would, and the successor's
"Baru diserahkan" view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from lapor_desktop.store import DraftState, OutboxState
from lapor_desktop.ui import handover_flow
from lapor_desktop.ui.handed_over_view import HandedOverView
from lapor_desktop.ui.handover_flow import HandoverMenu
from lapor_desktop.workbench.handover_views import handed_over, stale_promises
from tests.gui.conftest import officer_window, sync_from_status_bar
from tests.integration.test_handover import handed  # noqa: F401 - fixture

DRAFT = "Tim Diskominfo memeriksa jaringan di kantor kelurahan; hasilnya kami kabarkan Jumat."
QUEUED = ("Tindak lanjut: server aplikasi kelurahan dipulihkan pada 2 Desember 2026. Kontak: "
          "0771-123456.")


def test_wizard_writes_the_package_and_the_record_with_notes_and_decisions(
        qtbot, tmp_path, world, monkeypatch):
    proxy, w = world
    ids = w.dispose(3)
    shown = []
    monkeypatch.setattr(handover_flow, "information", lambda *a, **k: shown.append(a[2]))
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        sync_from_status_bar(qtbot, win)
        bench = profile.bench
        bench.save_draft(ids[0], {"text": DRAFT})
        bench.save_draft(ids[2], {"text": "Draf lama yang tidak relevan lagi."})
        proxy.set(refuse=True)  # offline: the follow-up waits in the outbox
        bench.send_follow_up(ids[1], QUEUED)
        menu = HandoverMenu(win, win.services)
        menu.start_wizard()
        qtbot.waitUntil(lambda: getattr(menu, "wizard", None) is not None
                        and menu.wizard.isVisible(), timeout=10_000)
        wizard = menu.wizard
        table = wizard.complaints_page.table
        assert table.rowCount() == 3
        row = [table.item(r, 0).text() for r in range(3)].index(f"#T{ids[0]:07d}")
        table.item(row, 5).setText("Kepala kelurahan minta kabar lewat telepon.")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
        work = wizard.work_page
        assert work.table.rowCount() == 3
        discard_row = [work.table.item(r, 2).text() for r in range(3)].index(
            "Draf lama yang tidak relevan lagi.")
        work.combos[discard_row].setCurrentIndex(work.combos[discard_row].findData("discard"))
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is work  # a discard needs its reason
        assert "Isi alasan" in work.error.text()
        work.table.item(discard_row, 4).setText("Sudah dijawab lewat telepon")
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                         Qt.MouseButton.LeftButton)
        page = wizard.package_page
        qtbot.keyClicks(page.to_name, "Rina Marpaung, S.Kom.")
        qtbot.keyClicks(page.password, "serah-terima-2026")
        qtbot.keyClicks(page.confirm, "serah-terima-2026")
        page.out.setText(str(tmp_path / "paket.serahterima"))
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
        assert (tmp_path / "paket.serahterima").exists() and (tmp_path / "paket.pdf").exists()
        assert "1 dibuang" in shown[0] and "2 pekerjaan" in shown[0]
        assert bench.store.drafts.for_complaint(ids[0])[0].state is DraftState.HANDED_OVER
        assert [op.state for op in bench.store.outbox.ledger(complaint_id=ids[1])] == [
            OutboxState.HANDED_OVER]
        notes = {n.complaint_id: n.text for n in bench.store.handover.notes()}
        assert notes == {ids[0]: "Kepala kelurahan minta kabar lewat telepon."}


def test_successor_view_lists_what_came_over_soonest_deadline_first(qtbot, handed):  # noqa: F811
    _w, ids, _a, b, package, _result = handed
    b.bench.import_handover(package, "serah-terima-2026")
    view = HandedOverView()
    qtbot.addWidget(view)
    officer = b.bench.officer()
    view.set_rows(handed_over(b.store), stale_promises(b.store, b.bench.clock()),
                  officer.agency_timezone)
    assert view.handed.rowCount() == len(handed_over(b.store)) >= 3
    notes = [view.handed.item(r, 5).text() for r in range(view.handed.rowCount())]
    assert "Pelapor minta ditelepon sore hari." in notes
    with qtbot.waitSignal(view.complaint_activated) as chosen:
        view.handed.itemActivated.emit(view.handed.item(0, 0))
    assert chosen.args[0] == handed_over(b.store)[0].complaint_id


def test_detail_shows_the_predecessors_note_on_the_complaint(qtbot, handed):  # noqa: F811
    from lapor_desktop.ui.detail_view import ComplaintDetail

    _w, ids, a, b, package, _result = handed
    b.bench.import_handover(package, "serah-terima-2026")
    data = b.bench.queue.detail(ids[0])
    assert data.handover_note == f"{a.bench.officer().display_name}: Pelapor minta ditelepon " \
                                 "sore hari."
    detail = ComplaintDetail(time_zone=data.timezone)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_complaint(data.complaint, handover_note=data.handover_note)
    assert detail.handover_label.isVisible()
    assert "Pelapor minta ditelepon sore hari." in detail.handover_label.text()
    detail.show_complaint(b.bench.queue.detail(ids[1]).complaint)
    assert not detail.handover_label.isVisible()


def test_a_fresh_profile_is_asked_once_after_its_first_sync(qtbot, tmp_path, world, monkeypatch):
    proxy, w = world
    w.dispose(1)
    asked = []
    monkeypatch.setattr(handover_flow, "question", lambda *a, **k: asked.append(a[2]) or False)
    with officer_window(qtbot, tmp_path, proxy.url) as (win, _profile):
        menu = HandoverMenu(win, win.services)
        menu.offer_on_first_start()
        assert asked == []  # not before the officer is in and the complaints are there
        sync_from_status_bar(qtbot, win)
        assert len(asked) == 1 and "menggantikan petugas lain" in asked[0]
        sync_from_status_bar(qtbot, win)
        assert len(asked) == 1
        HandoverMenu(win, win.services).offer_on_first_start()  # a later start: synced before
        sync_from_status_bar(qtbot, win)
        assert len(asked) == 1
