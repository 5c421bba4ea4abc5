"""The unlock page as the officer uses it: set a password, unlock, wrong tries slow down."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lapor_desktop.security.keys import TEST_PARAMS, create_vault, load_vault
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.ui.unlock_page import UnlockPage


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


STRONG = "mangga sepeda awan kelereng"


def _type(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)


def test_first_run_sets_a_password_and_emits_the_key(qtbot, tasks, tmp_path):
    page = UnlockPage(tasks, tmp_path, params=TEST_PARAMS)
    qtbot.addWidget(page)
    page.show()
    assert page.create_mode and page.confirm.isVisible()
    # Long enough but easy to guess (issue 19): refused with a clear Indonesian message.
    for weak in ("kata-sandi-baru", "password123", "Jakarta2026!"):
        _type(qtbot, page.password, weak)
        _type(qtbot, page.confirm, weak)
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
        assert "mudah ditebak" in page.error.text(), weak
        assert page.create_mode
    _type(qtbot, page.password, STRONG)
    _type(qtbot, page.confirm, "mangga sepeda awan")
    qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert "tidak sama" in page.error.text()
    _type(qtbot, page.confirm, STRONG)
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert load_vault(tmp_path).verify(blocker.args[0])
    assert not page.create_mode


def test_wrong_passwords_slow_down_then_the_right_one_unlocks(qtbot, tasks, tmp_path):
    key = create_vault(tmp_path, "kata-sandi-benar", TEST_PARAMS)
    page = UnlockPage(tasks, tmp_path, base_delay_ms=300)
    qtbot.addWidget(page)
    page.show()
    assert "Lupa kata sandi" in page.forgot.text() and "hilang" in page.forgot.text()
    for attempt in range(1, UnlockPage.FREE_TRIES + 1):
        _type(qtbot, page.password, f"salah-{attempt}")
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=attempt: page.failures == n, timeout=10_000)
    assert "Coba lagi dalam" in page.error.text()
    assert not page.button.isEnabled()  # a countdown, not a frozen window
    qtbot.waitUntil(page.button.isEnabled, timeout=5_000)
    _type(qtbot, page.password, "kata-sandi-benar")
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert blocker.args[0] == key
    assert page.failures == 0


def test_attachment_opener_keeps_hostile_names_inside_the_private_temp_dir(qtbot, tmp_path):
    from lapor_desktop.security.cache_crypto import CacheCipher
    from lapor_desktop.sync.outbox import write_cached
    from lapor_desktop.ui.attachment_opener import AttachmentOpener

    cipher = CacheCipher(b"\x05" * 32)
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
    sha = write_cached(tmp_path / "cache", png, cipher)
    opened, saves = [], []
    opener = AttachmentOpener(tmp_path, tmp_path / "cache", cipher,
                              open_url=lambda url: opened.append(url) or True,
                              confirm_save=lambda reason: saves.append(reason) or False)
    path = opener.open(sha, "../../../../home/x/.bashrc/../foto.png", "image/png")
    assert path is not None and path.resolve().is_relative_to((tmp_path / "tmp-open").resolve())
    assert path.name == "foto.png" and path.read_bytes() == png and len(opened) == 1
    assert opener.open(sha, "foto.png.exe", "image/png") is None  # never opened, save offered
    assert len(opened) == 1 and len(saves) == 1
    opener.cleanup()
    assert not (tmp_path / "tmp-open").exists()
