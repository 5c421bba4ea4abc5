"""Messages raised below the UI are translatable: the catalogue is built from the ``_()`` marks,
installed at start-up from the profile's language, and ``scripts/translations.py --check``
refuses a message left unmarked or untranslated."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desktop.core import i18n
from lapor_desktop.core.errors import ActionNotAllowedError, InvalidDataError
from lapor_desktop.core.models import ActionKind, Status
from lapor_desktop.core.status import check_action
from lapor_desktop.reports.period import Period
from lapor_desktop.resources import resource
from tests.integration.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english():
    i18n.install_language("en", resource("translations"))
    yield
    i18n.install(i18n.DEFAULT_LANGUAGE, {})


def test_a_core_error_speaks_english_once_english_is_installed(english):
    with pytest.raises(InvalidDataError) as caught:
        Period.parse("2026-13")
    assert str(caught.value).startswith("Invalid period: '2026-13'")
    with pytest.raises(ActionNotAllowedError) as refused:
        check_action(Status.SELESAI, ActionKind.FOLLOW_UP)
    text = str(refused.value)
    assert "is not allowed for a complaint with status" in text
    assert "Selesai" not in text and "tidak" not in text  # the labels inside are English too


def test_without_a_catalogue_the_indonesian_source_stays():
    i18n.install_language("id", resource("translations"))
    with pytest.raises(InvalidDataError) as caught:
        Period.parse("2026-13")
    assert str(caught.value).startswith("Periode tidak valid")


def test_the_cli_answers_in_the_profile_language(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    english = run_cli("--profile", str(tmp_path), "queue")
    assert english.returncode == 1
    assert "There is no profile in" in english.stderr and "Belum ada" not in english.stderr
    other = tmp_path / "id"
    other.mkdir()
    indonesian = run_cli("--profile", str(other), "queue")
    assert "Belum ada profil di" in indonesian.stderr


def test_every_marked_message_has_english_and_the_catalogue_is_current():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    catalog = json.loads((ROOT / "resources" / "translations" / "messages_en.json")
                         .read_text(encoding="utf-8"))
    assert catalog["Server tidak dapat dihubungi."] == "The server cannot be reached."


def test_the_check_finds_an_unmarked_message_and_an_untranslated_one(tmp_path, monkeypatch):
    script = _script()
    probe = tmp_path / "probe.py"
    probe.write_text('from lapor_desktop.core.errors import KnownError\n'
                     'from lapor_desktop.core.i18n import _\n\n\n'
                     'def fail(name):\n'
                     '    raise KnownError(f"Berkas {name} hilang.")\n\n\n'
                     'def other():\n'
                     '    raise KnownError(_("Pesan baru tanpa terjemahan."))\n', encoding="utf-8")
    assert script.unmarked_messages(probe) == [f"{probe.as_posix()}:6"]
    monkeypatch.setattr(script, "core_sources", lambda: [probe])
    missing: list[str] = []
    script.build_catalog({}, missing)
    assert "Pesan baru tanpa terjemahan." in missing
