"""Evidence in the window, driven as an officer would against the real server on loopback: what
the photo said is shown, time and place can be written as visible text, a region is blurred with
the mouse in the redaction editor, and the server stores only cleaned (and redacted) bytes.

Set LAPOR_SCREENSHOT_DIR to keep the screenshots of the redaction editor and the metadata panel
(the README's come from here); otherwise they go to the test's temporary folder.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from lapor_desktop.store.outbox import OutboxState
from lapor_desktop.store.profile import cache_dir
from lapor_desktop.sync.outbox import read_cached
from lapor_desktop.ui.redact_dialog import RedactDialog
from lapor_desktop.workbench.evidence import prepare_data
from tests.gui.conftest import officer_window
from tests.gui.test_followup_editor import _click_send_anyway, _open_editor, _sync
from tests.integration.test_evidence_cli import _stored, assert_clean_stored_image
from tests.support import evidence_files as ef


@pytest.fixture
def setup(qtbot, tmp_path, world):
    proxy, _world = world
    with officer_window(qtbot, tmp_path, proxy.url) as (win, profile):
        yield win, profile.store


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LAPOR_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _attach(qtbot, editor, path: Path) -> None:
    with qtbot.waitSignal(editor.attachments.changed, timeout=20_000):
        editor.attachments.add_files([str(path)])


def _send(qtbot, editor):
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _click_send_anyway(editor, seen))
    with qtbot.waitSignal(editor.queued, timeout=20_000) as blocker:
        qtbot.mouseClick(editor.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_window_attach_shows_what_was_removed_and_sends_clean_bytes(qtbot, setup, world,
                                                                    tmp_path):
    win, store = setup
    _proxy, server = world
    cid, editor = _open_editor(qtbot, win, world)
    qtbot.keyClicks(editor.text, "Tim telah memeriksa lokasi jalan rusak.")
    photo, plan, letter = tmp_path / "foto.jpg", tmp_path / "denah.png", tmp_path / "surat.pdf"
    photo.write_bytes(ef.phone_jpeg(2400, 1800))
    plan.write_bytes(ef.text_png(1800, 900))
    letter.write_bytes(ef.metadata_pdf())
    _attach(qtbot, editor, plan)
    _attach(qtbot, editor, letter)
    _attach(qtbot, editor, photo)

    # The last file added is selected, and the panel says what it carried.
    panel = editor.evidence_panel
    assert panel.isVisible() and panel.evidence().filename == "foto.jpg"
    assert panel.title.text() == "Ditemukan dan dihapus dari foto.jpg:"
    assert panel.blocks.text() == "IPTC, EXIF, GPS, XMP, ICC, Komentar JPEG"
    assert panel.location.text() == "-0.91234, 104.45123"
    assert panel.time.text() == "2 Des 2026 09.14 WIB"
    assert panel.device.text() == f"Samsung SM-A525F (nomor seri {ef.SERIAL})"
    assert "Pemilik kamera: " + ef.OWNER in panel.other.text()
    item = editor.attachments.list.item(2).text()
    assert "diperkecil" in item and "metadata dihapus" in item
    # The layout settles on the next pass of the event loop; grab once it has.
    qtbot.waitUntil(lambda: panel.height() >= panel.minimumSizeHint().height())
    panel.grab().save(str(_shots(tmp_path) / "evidence_panel.png"))
    editor.window().grab().save(str(_shots(tmp_path) / "window_evidence.png"))

    # Time and place go into the follow-up as visible text only when the officer asks.
    assert not panel.add_button.isEnabled()
    qtbot.mouseClick(panel.keep_time, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.keep_place, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert editor.text.toPlainText().endswith(
        "\nFoto diambil 2 Des 2026 09.14 WIB di -0.91, 104.45.")

    # The PDF's panel lists its document metadata.
    editor.attachments.list.setCurrentRow(1)
    assert panel.evidence().filename == "surat.pdf" and panel.blocks.text() == "Info dokumen, XMP"
    assert not panel.caption_row.isVisible()

    op_id = _send(qtbot, editor)
    assert len(store.outbox.get(op_id).payload["attachments"]) == 3
    _sync(qtbot, win)
    assert store.outbox.get(op_id).state is OutboxState.ACCEPTED
    stored = _stored(server)
    assert set(stored) == {"foto.jpg", "denah.png", "surat.pdf"}
    assert_clean_stored_image(stored["foto.jpg"])
    assert_clean_stored_image(stored["denah.png"])
    assert ef.OWNER.encode() not in stored["surat.pdf"] and b"/Info" not in stored["surat.pdf"]
    text = server.follow_up_texts()[0]
    assert "Foto diambil 2 Des 2026 09.14 WIB di -0.91, 104.45." in text


def _drag(canvas, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Press, move and release the left button as a hand would, between two points given as
    fractions of the picture shown."""
    area = canvas.picture_rect()

    def at(fx: float, fy: float) -> QPoint:
        return QPoint(round(area.x() + fx * area.width()), round(area.y() + fy * area.height()))

    left = Qt.MouseButton.LeftButton
    QTest.mousePress(canvas, left, Qt.KeyboardModifier.NoModifier, at(*start))
    for step in range(1, 5):
        t = step / 4
        QTest.mouseMove(canvas, at(start[0] + (end[0] - start[0]) * t,
                                   start[1] + (end[1] - start[1]) * t))
    QTest.mouseRelease(canvas, left, Qt.KeyboardModifier.NoModifier, at(*end))


def test_blurring_a_region_in_the_editor_changes_only_that_region(qtbot, setup, world,
                                                                   tmp_path):
    win, store = setup
    _proxy, server = world
    cid, editor = _open_editor(qtbot, win, world)
    qtbot.keyClicks(editor.text, "Foto lokasi terlampir, wajah warga disamarkan.")
    photo = tmp_path / "warga.png"
    original = ef.text_png(400, 200)
    photo.write_bytes(original)
    _attach(qtbot, editor, photo)
    shots = _shots(tmp_path)
    drawn: list[tuple] = []

    def redact() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RedactDialog):
            QTimer.singleShot(20, redact)
            return
        # A click marks nothing; a drag marks a rectangle, previewed at once.
        _drag(dialog.canvas, (0.5, 0.5), (0.5, 0.5))
        assert dialog.redactions() == ()
        _drag(dialog.canvas, (0.25, 0.25), (0.75, 0.75))
        drawn.extend(dialog.redactions())
        assert dialog.count_label.text() == "1 bagian ditandai"
        dialog.grab().save(str(shots / "redact_dialog.png"))
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, redact)
    with qtbot.waitSignal(editor.attachments.changed, timeout=20_000):
        qtbot.mouseClick(editor.attachments.redact_button, Qt.MouseButton.LeftButton)
    assert len(drawn) == 1 and drawn[0].mode == "blur"
    assert "1 bagian disamarkan" in editor.attachments.list.item(0).text()

    # The draft keeps the rectangle (not a copy of the photo): reopened, the photo is redacted
    # again from the original.
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save_now()
    payload = store.drafts.for_complaint(cid)[-1].payload
    assert payload["attachment_redactions"] == {str(photo): [drawn[0].to_list()]}
    complaint = editor.complaint()
    editor.set_complaint(None)
    with qtbot.waitSignal(editor.attachments.changed, timeout=20_000):
        editor.set_complaint(complaint)
    qtbot.waitUntil(lambda: not editor.is_read_only())
    assert "1 bagian disamarkan" in editor.attachments.list.item(0).text()

    op_id = _send(qtbot, editor)
    record = store.outbox.get(op_id).payload["attachments"][0]
    queued = read_cached(cache_dir(store.path.parent), record["sha256"], store.cache_cipher)
    plain = Image.open(io.BytesIO(prepare_data("warga.png", original).data)).convert("RGB")
    sent = Image.open(io.BytesIO(queued)).convert("RGB")
    assert sent.size == plain.size == (400, 200)
    # Different inside the rectangle drawn (within a pixel of the mouse), identical elsewhere.
    left, top, right, bottom = ImageChops.difference(plain, sent).getbbox()
    assert abs(left - 100) <= 2 and abs(top - 50) <= 2
    assert abs(right - 300) <= 2 and abs(bottom - 150) <= 2
    centre = (150, 75, 250, 125)
    assert ImageChops.difference(plain.crop(centre), sent.crop(centre)).getbbox() == (0, 0, 100, 50)

    _sync(qtbot, win)
    assert store.outbox.get(op_id).state is OutboxState.ACCEPTED
    assert _stored(server)["warga.png"] == queued  # the redacted copy is what the server has
    # The original file is untouched on the PC; the draft remembers the rectangle, not a copy.
    assert photo.read_bytes() == original
