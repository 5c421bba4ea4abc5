"""``lapor-desktop --selftest``: prove an installation works end to end, then exit.

Starts the embedded reference server with demo data, opens the main window (offscreen when there
is no display), runs one sync, queues one follow-up exactly as the Send button does, syncs again
and checks the server's receipt. Exit code 0 on success; otherwise 1 with the reason printed.
Used by CI on the frozen bundle and on the installed .deb, and by support staff on a new PC.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.store.queue import QueueQuery
from lapor_desktop.sync.outbox import ActionInput
from lapor_desktop.sync.report import Outcome
from lapor_desktop.workbench.preview import render_pdf_page

STEP_TIMEOUT_MS = 120_000

FOLLOW_UP = ("Tindak lanjut uji mandiri: Dinas PUPR telah memeriksa lokasi dan perbaikan "
             "dijadwalkan minggu depan. Hubungi 0771-123456 untuk informasi lebih lanjut.")


class SelfTest(QObject):
    """Drives a running :class:`lapor_desktop.app.Application` through the check, step by step."""

    def __init__(self, app: object, log: Callable[[str], None] = print) -> None:
        super().__init__()
        self.app = app
        self.log = log
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(lambda: self.fail("waktu habis pada langkah: " + self.step))
        self.step = "menyiapkan mode latihan"
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._wait_for_window)

    def start(self) -> None:
        """Begin; the app's event loop drives the rest."""
        self._deadline.start(STEP_TIMEOUT_MS)
        self._poll.start(50)

    def fail(self, reason: str) -> None:
        """Print the reason and end the app with exit code 1."""
        self.log(f"SELFTEST GAGAL: {reason}")
        self.app.qt_app.exit(1)

    def _wait_for_window(self) -> None:
        window = getattr(self.app, "window", None)
        if window is None:
            return
        self._poll.stop()
        self.window = window
        self.log("jendela utama terbuka")
        self.step = "sinkronisasi pertama"
        controller = window.services.sync
        controller.finished.connect(self._after_sync)
        if not controller.running:
            controller.sync_now()

    def _after_sync(self, report: object) -> None:
        outcome = report.outcome  # type: ignore[attr-defined]
        if outcome is not Outcome.DELIVERED:
            self.fail(f"sinkronisasi gagal ({outcome.name}): "
                      f"{getattr(report, 'error_message', '')}")
            return
        bench = self.app.bench
        store = bench.store
        if self.step == "sinkronisasi pertama":
            count = store.queue.count(QueueQuery())
            if count == 0:
                self.fail("tidak ada laporan setelah sinkronisasi")
                return
            self.log(f"sinkronisasi: {count} laporan di antrean")
            self.step = "mengirim tindak lanjut"
            page = store.queue.page(QueueQuery(statuses=frozenset({Status.TERDISPOSISI})), None, 1)
            if not page.rows:
                self.fail("tidak ada laporan berstatus Terdisposisi untuk diuji")
                return
            self.complaint_id = page.rows[0].id
            self.op_id = bench.queue_action(self.complaint_id,
                                            ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP)
                                            ).value
            self.log(f"tindak lanjut masuk antrean: #{page.rows[0].tracking_id}")
            self._deadline.start(STEP_TIMEOUT_MS)
            # The next pass starts from the event loop, after this slot returns.
            QTimer.singleShot(0, self.window.services.sync.request_pass)
            return
        op = store.outbox.get(self.op_id)
        if op is None or op.state is not OutboxState.ACCEPTED or not op.receipt_number:
            self.fail(f"tindak lanjut belum diterima server (status: {op and op.state})")
            return
        self.log(f"diterima server: tanda terima {op.receipt_number}")
        # The attachment preview's PDFium is a native library the bundle must carry.
        try:
            page = render_pdf_page(_blank_pdf())
        except Exception as exc:  # noqa: BLE001 - any failure here is the finding
            self.fail(f"pratinjau PDF gagal: {exc}")
            return
        self.log(f"pratinjau PDF: {page.pages} halaman, {len(page.png)} bita PNG")
        self.log("SELFTEST OK")
        self._deadline.stop()
        self.app.qt_app.exit(0)


def _blank_pdf() -> bytes:
    """A one-page PDF made here (the self-test carries no sample files)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
