"""Built-in help (F1): a short page for the screen the officer is on, offline, in the app.

Each page says what the screen is for, the usual steps and where to look next; every page
links the keyboard shortcut overview (Ctrl+/) and the other pages.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

SCREENS = ("queue", "editor", "dashboard", "ledger", "lessons")


class HelpDialog(QDialog):
    """One help page at a time in a text browser; links switch pages or open the shortcuts."""

    #: The officer followed the "Pintasan papan ketik" link.
    shortcuts_requested = Signal()

    def __init__(self, screen: str = "queue", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Bantuan"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Halaman bantuan"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.screen_name = ""
        self.show_page(screen)

    def _pages(self) -> dict[str, tuple[str, list[str]]]:
        return {
            "queue": (self.tr("Antrean laporan"), [
                self.tr("Antrean memuat semua laporan yang didisposisikan ke instansi Anda, "
                        "juga saat tidak ada koneksi."),
                self.tr("Pilih tampilan (Semua, Terlambat, Jatuh tempo minggu ini, Perlu "
                        "perhatian) dengan Ctrl+1 sampai Ctrl+4; cari dengan Ctrl+F."),
                self.tr("Klik kolom untuk mengurutkan; kolom tenggat menunjukkan sisa hari "
                        "kerja. Pilih sebuah laporan untuk melihat rinciannya."),
            ]),
            "editor": (self.tr("Menulis tindak lanjut"), [
                self.tr("Pilih templat dan klik \"Terapkan\"; lengkapi bagian yang kosong."),
                self.tr("Daftar periksa menandai yang masih kurang: nomor laporan, tindakan, "
                        "unit, tanggal, bukti, kontak dan pejabat yang menyetujui."),
                self.tr("Lampirkan foto atau dokumen sebagai bukti. Tulisan tersimpan otomatis; "
                        "\"Kirim\" memasukkannya ke Kotak Keluar, juga tanpa koneksi."),
            ]),
            "dashboard": (self.tr("Dasbor dan laporan bulanan"), [
                self.tr("Dasbor menunjukkan persentase ditindaklanjuti, selesai, dan laporan "
                        "terlambat per bulan."),
                self.tr("\"Ekspor…\" menyimpan laporan bulanan sebagai PDF atau CSV untuk "
                        "pimpinan."),
            ]),
            "ledger": (self.tr("Kotak Keluar"), [
                self.tr("Setiap tindakan yang Anda kirim menunggu di sini sampai server "
                        "menerimanya; tidak ada yang hilang saat koneksi putus."),
                self.tr("\"Perlu perhatian\" berarti server menolak: \"Ubah & kirim ulang\" "
                        "menunjukkan laporan sekarang di samping draf Anda; kirim ulang atau "
                        "buang."),
            ]),
            "lessons": (self.tr("Pelajaran Mode Latihan"), [
                self.tr("Panel Pelajaran menunjukkan tujuan, petunjuk dan kemajuan. Setiap "
                        "pelajaran diperiksa dari data server latihan, bukan dari klik."),
                self.tr("\"Ulangi pelajaran\" menyiapkan pelajaran dari awal. Latihan tersimpan "
                        "sampai Anda memilih Berkas > \"Mulai ulang latihan\"."),
                self.tr("Setelah selesai, ekspor sertifikat untuk pelatih Diskominfo."),
            ]),
        }

    def show_page(self, screen: str) -> None:
        """Show the page for ``screen`` (one of :data:`SCREENS`; unknown means the queue)."""
        pages = self._pages()
        screen = screen if screen in pages else "queue"
        self.screen_name = screen
        title, paragraphs = pages[screen]
        others = " · ".join(f"<a href='help:{key}'>{html.escape(pages[key][0])}</a>"
                            for key in SCREENS if key != screen)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        self.browser.setHtml(
            f"<h2>{html.escape(title)}</h2>{body}"
            f"<p><a href='help:shortcuts'>{html.escape(self.tr('Pintasan papan ketik'))}</a>"
            f" (Ctrl+/)</p><hr/><p>{html.escape(self.tr('Topik lain'))}: {others}</p>")

    def _follow(self, url: QUrl) -> None:
        target = url.toString().removeprefix("help:")
        if target == "shortcuts":
            self.shortcuts_requested.emit()
        else:
            self.show_page(target)


def screen_of(window: QWidget) -> str:
    """Which help page fits what ``window`` (the main window) shows and where the focus is."""
    focus = window.focusWidget()
    for name, screen in (("lessonDock", "lessons"), ("ledgerDock", "ledger")):
        dock = window.findChild(QWidget, name)
        if dock is not None and dock.isVisible() and focus is not None and dock.isAncestorOf(focus):
            return screen
    main_tabs = getattr(window, "main_tabs", None)
    if main_tabs is not None and main_tabs.currentWidget() is getattr(window, "dashboard_scroll",
                                                                       None):
        return "dashboard"
    tabs, editor = getattr(window, "tabs", None), getattr(window, "editor", None)
    if tabs is not None and editor is not None and tabs.currentWidget() is editor:
        return "editor"
    return "queue"
