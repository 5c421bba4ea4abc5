"""Settings survive bad files and never hold secrets."""

from __future__ import annotations

import json

from lapor_desktop.workbench.settings import SETTINGS_FILE, Settings, load_settings, save_settings


def test_round_trip(tmp_path):
    save_settings(tmp_path, Settings(server_url="https://lapor.example.go.id", language="en",
                                     sync_interval_minutes=5))
    loaded = load_settings(tmp_path)
    assert loaded.server_url == "https://lapor.example.go.id"
    assert loaded.language == "en" and loaded.sync_interval_minutes == 5


def test_damaged_file_gives_defaults_and_keeps_a_copy(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text("{not json")
    assert load_settings(tmp_path) == Settings()
    assert (tmp_path / "settings.json.damaged").read_text() == "{not json"


def test_out_of_range_values_fall_back_to_defaults(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text(json.dumps({"sync_interval_minutes": -3,
                                                      "language": "fr"}))
    assert load_settings(tmp_path) == Settings()


def test_settings_model_has_no_secret_fields():
    assert not {"token", "password"} & set(Settings.model_fields)
