"""The profile chooser on a shared PC: lists officers from their cards only, opens the chosen
profile, starts a new one."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt

from lapor_desktop.ui.profile_chooser import ProfileChooser
from lapor_desktop.ui.profile_guard import choose_profile
from lapor_desktop.workbench import profiles


def _cards(tmp_path):
    root = tmp_path / "profiles"
    a, b = profiles.new_profile_dir(root, "raja"), profiles.new_profile_dir(root, "rina")
    profiles.write_card(a, "Raja Zulkifli", "Pemerintah Kota Batam",
                        dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC))
    profiles.write_card(b, "Rina Marpaung, S.Kom.", "Pemerintah Kota Batam",
                        dt.datetime(2026, 11, 30, 7, 30, tzinfo=dt.UTC))
    return root, a, b


def test_cards_hold_only_name_agency_and_last_use(tmp_path):
    _root, a, _b = _cards(tmp_path)
    assert set(json.loads((a / profiles.CARD_FILE).read_text())) == {"name", "agency",
                                                                     "last_used"}


def test_chooser_lists_officers_last_used_first_and_opens_the_chosen(qtbot, tmp_path):
    root, a, b = _cards(tmp_path)
    chooser = ProfileChooser(profiles.list_profiles(root))
    qtbot.addWidget(chooser)
    chooser.show()
    texts = [chooser.list.item(i).text() for i in range(chooser.list.count())]
    assert texts[0].startswith("Rina Marpaung") and texts[1].startswith("Raja Zulkifli")
    assert all("Pemerintah Kota Batam" in t for t in texts)
    chooser.list.setCurrentRow(1)
    with qtbot.waitSignal(chooser.profile_chosen) as chosen:
        qtbot.mouseClick(chooser.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [str(a)]
    with qtbot.waitSignal(chooser.new_profile_requested):
        qtbot.mouseClick(chooser.new_button, Qt.MouseButton.LeftButton)


def test_new_profile_gets_its_own_folder(qtbot, tmp_path):
    root, a, b = _cards(tmp_path)
    keep, opened = [], []
    choose_profile(keep, opened.append, lambda: None,
                   env={profiles.ROOT_ENV: str(root)})
    chooser = keep[0]
    qtbot.addWidget(chooser)
    qtbot.mouseClick(chooser.new_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].parent == root and opened[0] not in (a, b)
    assert not chooser.isVisible()


def test_an_empty_pc_starts_a_new_profile_without_a_chooser(qtbot, tmp_path):
    keep, opened = [], []
    choose_profile(keep, opened.append, lambda: None,
                   env={profiles.ROOT_ENV: str(tmp_path / "kosong")})
    assert keep == [] and opened[0].parent == tmp_path / "kosong"
