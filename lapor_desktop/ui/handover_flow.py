"""The "Serah terima" menu of the main window: the outgoing officer's wizard, the successor's
import (from a file or from the server) and the "Baru diserahkan" view.

Everything slow runs on the database worker through the change hub, so the window refreshes from
what each write changed; errors reach the officer as messages, never as tracebacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from lapor_desktop import APP_NAME
from lapor_desktop.reports.handover_report import write_handover_report
from lapor_desktop.ui.handed_over_view import HandedOverView
from lapor_desktop.ui.handover_wizard import HandoverRequest, HandoverWizard
from lapor_desktop.ui.i18n import tr
from lapor_desktop.ui.plain import information, question
from lapor_desktop.workbench import Op, Workbench
from lapor_desktop.workbench.handover import SUFFIX
from lapor_desktop.workbench.handover_report import report_from_package
from lapor_desktop.workbench.handover_views import handed_over, stale_promises

_CTX = "HandoverFlow"


def _t(text: str) -> str:
    return tr(_CTX, text)


def export_with_report(bench: Workbench, request: HandoverRequest) -> Op[Any]:
    """Save the notes, write the package, then the Berita Acara (database worker)."""
    for complaint_id, note in request.notes.items():
        bench.handover.set_note(complaint_id, note)
    op = bench.export_handover(request.out, request.password, to_name=request.to_name,
                               pejabat=request.pejabat, decisions=request.decisions)
    report = report_from_package(op.value.package)
    if request.pdf:
        from lapor_desktop.ui.handover_pdf import write_handover_pdf

        write_handover_report(report, "pdf", request.out.with_suffix(".pdf"),
                              pdf_writer=write_handover_pdf)
    if request.xlsx:
        write_handover_report(report, "xlsx", request.out.with_suffix(".xlsx"))
    return op


class HandoverMenu:
    """Adds "Serah terima" to a main window built around ``services``."""

    def __init__(self, window: Any, services: Any) -> None:
        self.window, self.services = window, services
        self.bench: Workbench = services.bench
        self.view: HandedOverView | None = None
        self._offer: Any = None  # the first-start question's pending slot
        menu = window.menuBar().addMenu(_t("Serah &terima"))
        self.action_wizard = QAction(_t("Serah terima tugas…"), window)
        self.action_import = QAction(_t("Impor paket serah terima…"), window)
        self.action_receive = QAction(_t("Ambil paket dari server…"), window)
        self.action_view = QAction(_t("Baru diserahkan"), window)
        for action, slot in ((self.action_wizard, self.start_wizard),
                             (self.action_import, self.import_file),
                             (self.action_receive, self.receive),
                             (self.action_view, self.show_view)):
            action.triggered.connect(slot)
            menu.addAction(action)

    def _errors(self, error: BaseException) -> None:
        self.services.errors.handle(error)

    # --- outgoing officer -------------------------------------------------------------------

    def start_wizard(self) -> None:
        """Read the plan on the worker, then show the wizard."""
        self.services.tasks.db(self.bench.handover.plan, on_done=self._show_wizard,
                               on_error=self._errors)

    def _show_wizard(self, plan: Any) -> None:
        officer = self.bench.officer()
        tz = officer.agency_timezone if officer else None
        wizard = HandoverWizard(plan, tz=tz, pejabat=self.bench.signatory().name,
                                folder=Path.home(), parent=self.window)
        self.wizard = wizard
        wizard.accepted.connect(lambda: self._export(wizard.request()))
        wizard.show()

    def _export(self, request: HandoverRequest) -> None:
        def done(result: Any) -> None:
            package = result.package
            information(self.window, APP_NAME, _t(
                "Paket serah terima ditulis ke {path}: {n} laporan terbuka, {w} pekerjaan "
                "diserahkan, {d} dibuang. Berikan berkas dan kata sandinya kepada {to}.").format(
                    path=request.out, n=len(package.complaints), w=len(package.work),
                    d=len(package.discarded), to=request.to_name))

        self.services.hub.run(lambda: export_with_report(self.bench, request), on_done=done,
                              on_error=self._errors)

    # --- successor --------------------------------------------------------------------------

    def _password(self) -> str | None:
        password, ok = QInputDialog.getText(self.window, _t("Kata sandi serah terima"),
                                            _t("Kata sandi yang disepakati dengan pendahulu:"),
                                            QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def import_file(self) -> None:
        """Pick a package, ask its password, import it (all or nothing)."""
        path, _ = QFileDialog.getOpenFileName(self.window, _t("Impor paket serah terima"),
                                              str(Path.home()), f"*{SUFFIX}")
        password = self._password() if path else None
        if password:
            self.services.hub.run(lambda: self.bench.import_handover(Path(path), password),
                                  on_done=lambda _r: self.show_view(), on_error=self._errors)

    def receive(self) -> None:
        """Pick up packages handed to this officer through the server."""
        password = self._password()
        if password:
            def done(op: Op[Any]) -> None:
                self.services.hub.announce(op.changes)
                self.show_view()

            # Network first, then one write transaction per package: the network worker.
            self.services.tasks.net(lambda: self.bench.receive_handovers(password),
                                    on_done=done, on_error=self._errors)

    def offer_on_first_start(self) -> None:
        """A fresh profile (never synced, nothing received): once its first sync pass is done
        (the officer is logged in, the complaints are there), ask whether the officer takes
        over from someone."""
        if self.bench.training or self.bench.store.sync_state.get().cursor is not None \
                or self.bench.store.handover.received():
            return
        controller = self.services.sync
        asked = []

        def after_first_pass(_report: object) -> None:
            if asked or self.bench.store.sync_state.get().cursor is None:
                return
            asked.append(True)
            self.cancel_offer()
            if question(self.window, APP_NAME, _t(
                    "Apakah Anda menggantikan petugas lain? Impor paket serah terima sekarang "
                    "agar draf dan catatan pendahulu menjadi milik Anda.")):
                self.import_file()

        controller.finished.connect(after_first_pass)
        self._offer = after_first_pass

    def cancel_offer(self) -> bool:
        """Withdraw the first-start question not yet asked (the window is being rebuilt, see
        ui/language_switch.py); True when one was waiting."""
        offer, self._offer = self._offer, None
        if offer is not None:
            self.services.sync.finished.disconnect(offer)
        return offer is not None

    def show_view(self) -> None:
        """Open (or refresh) the "Baru diserahkan" view."""
        if self.view is None:
            self.view = HandedOverView()
            self.view.resize(900, 460)
            self.view.complaint_activated.connect(self.window.open_complaint)
        view = self.view

        def load() -> tuple[Any, Any, Any]:
            officer = self.bench.officer()
            return (handed_over(self.bench.store),
                    stale_promises(self.bench.store, self.bench.clock()),
                    officer.agency_timezone if officer else None)

        self.services.tasks.db(load, on_done=lambda rows: view.set_rows(*rows),
                               on_error=self._errors)
        view.show()
        view.raise_()
