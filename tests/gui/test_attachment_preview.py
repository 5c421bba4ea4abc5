"""Issue 21: opening an attachment is no dead end. Enter (or a double click) shows a built-in
preview of an image or a PDF page by page; "Simpan sebagai…" and the system viewer are there on
request, also from the attachment list's context menu."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

from lapor_desktop.core.models import Attachment
from lapor_desktop.security.cache_crypto import CacheCipher
from lapor_desktop.sync.outbox import write_cached
from lapor_desktop.ui.attachment_flow import AttachmentFlow
from lapor_desktop.ui.attachment_menu import attachment_menu
from lapor_desktop.ui.attachment_opener import AttachmentOpener
from lapor_desktop.ui.tasks import TaskManager


def _png() -> bytes:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _pdf(path, pages: int) -> bytes:
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 200, f"Halaman bukti {n + 1}")
    painter.end()
    return path.read_bytes()


def _flow(tmp_path, opened, save_to=None):
    cipher = CacheCipher(b"\x07" * 32)
    opener = AttachmentOpener(tmp_path, tmp_path / "cache", cipher,
                              open_url=lambda url: opened.append(url) or True,
                              ask_save_path=lambda _name: str(save_to) if save_to else None)
    tasks = TaskManager()
    return AttachmentFlow(tasks, None, tmp_path / "cache", None, opener, print), tasks, cipher


def test_an_image_is_previewed_and_the_system_viewer_only_opens_on_request(qtbot, tmp_path):
    opened: list = []
    flow, tasks, cipher = _flow(tmp_path, opened)
    try:
        png = _png()
        sha = write_cached(tmp_path / "cache", png, cipher)
        with qtbot.waitSignal(flow.preview_shown) as shown:
            flow.preview(Attachment(sha, "foto lokasi.png", "image/png", len(png)))
        dialog = shown.args[0]
        qtbot.addWidget(dialog)
        assert dialog.isVisible() and dialog.image().width() == 120
        assert opened == []  # no system viewer unless asked
        dialog.external_button.click()
        assert len(opened) == 1 and opened[0].toLocalFile().endswith("foto lokasi.png")
        dialog.close()
    finally:
        tasks.shutdown()


def test_a_pdf_is_previewed_page_by_page_by_keyboard(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    opened: list = []
    flow, tasks, cipher = _flow(tmp_path, opened)
    try:
        pdf = _pdf(tmp_path / "surat.pdf", 2)
        sha = write_cached(tmp_path / "cache", pdf, cipher)
        dialog = flow.preview(Attachment(sha, "surat.pdf", "application/pdf", len(pdf)))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.image().isNull(), timeout=10_000)
        assert dialog.page_label.text() == "Halaman 1 dari 2"
        first = dialog.image().toImage()
        with qtbot.waitSignal(dialog.page_shown, timeout=10_000) as shown:
            qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
        assert shown.args == [1] and dialog.page_label.text() == "Halaman 2 dari 2"
        assert dialog.image().toImage() != first and not dialog.next.isEnabled()
        assert opened == []
        dialog.close()
    finally:
        tasks.shutdown()


def test_another_type_says_there_is_no_preview_and_offers_to_save(qtbot, tmp_path):
    opened: list = []
    target = tmp_path / "disimpan.zip"
    flow, tasks, cipher = _flow(tmp_path, opened, save_to=target)
    try:
        data = b"PK\x03\x04 bukan gambar"
        sha = write_cached(tmp_path / "cache", data, cipher)
        dialog = flow.preview(Attachment(sha, "arsip.zip", "application/zip", len(data)))
        qtbot.addWidget(dialog)
        assert "Pratinjau tidak tersedia" in dialog.picture.text()
        dialog.save_button.click()
        assert target.read_bytes() == data and opened == []
        dialog.close()
    finally:
        tasks.shutdown()


def test_the_attachment_list_has_a_context_menu(qtbot):
    from PySide6.QtCore import Qt

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    item = QTreeWidgetItem(["foto.png"])
    item.setData(0, 256, "abc123")
    tree.addTopLevelItem(item)
    tree.setCurrentItem(item)
    tree.show()
    chosen = []
    attachment_menu(tree, 256, lambda sha, action: chosen.append((sha, action)))

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        texts = [a.text() for a in menu.actions()]
        assert texts == ["&Pratinjau", "Simpan &sebagai…", "Buka dengan &aplikasi lain"]
        menu.setActiveAction(menu.actions()[1])
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    tree.customContextMenuRequested.emit(tree.visualItemRect(item).center())
    assert chosen == [("abc123", "save")]
