"""Issue 21: the command line speaks one language at a time. Its help and its messages are
marked for translation, print in the profile's language (Settings.language), Indonesian by
default, and ``scripts/translations.py --check`` refuses a printed literal left unmarked."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desktop.core.models import ActionKind
from lapor_desktop.store import QueueQuery, open_store
from lapor_desktop.store.profile import database_path
from tests.unit.reports.seeding import seed_store

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lapor_desktop", *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def profiles(tmp_path):
    """Two seeded profiles: one set to English, one left at the default (Indonesian)."""
    english, indonesian = tmp_path / "en", tmp_path / "id"
    for folder in (english, indonesian):
        folder.mkdir()
        with open_store(database_path(folder)) as store:
            seed_store(store)
            first = store.queue.page(QueueQuery(), None, 1).rows[0]
            with store.transaction() as session:  # one action waiting in the outbox
                store.outbox.enqueue(session, None, first.id, ActionKind.INTERNAL_NOTE,
                                     {"text": "Cek lokasi besok pagi."}, 1)
    (english / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    return english, indonesian


def test_the_check_flags_an_unmarked_printed_literal(tmp_path):
    script = _script()
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import argparse\n"
        "from lapor_desktop.core.i18n import _\n\n\n"
        "def run(parser: argparse.ArgumentParser, name: str, n: int) -> None:\n"
        "    print('Laporan dikirim.')\n"                                   # 6: flagged
        "    print(f'Berkas {name} hilang.')\n"                             # 7: flagged
        "    parser.add_argument('--x', help='bantuan tanpa terjemahan')\n"  # 8: flagged
        "    parser.error('Pilihan salah')\n"                               # 9: flagged
        "    print(_('Laporan dikirim.'))\n"                                # marked
        "    print(f'  {name}: {n}')\n"                                     # data only
        "    parser.add_argument('--y', help=_('bantuan'))\n"               # marked
        "    print(_('Lewat tenggat: ') + 'ya')\n",                         # 13: flagged
        encoding="utf-8")
    lines = [int(where.rsplit(":", 1)[1]) for where in script.unmarked_messages(probe)]
    assert lines == [6, 7, 8, 9, 13]


def test_every_printed_text_below_the_ui_is_marked():
    script = _script()
    cli = [p for p in script.core_sources() if "cli" in p.parts]
    assert {p.name for p in cli} >= {"main.py", "commands.py", "browse.py", "handover.py"}
    assert [w for path in script.core_sources() for w in script.unmarked_messages(path)] == []


def test_help_is_english_for_an_english_profile_and_indonesian_by_default(profiles):
    english, indonesian = profiles
    top = _cli("--profile", str(english), "--help")
    assert top.returncode == 0, top.stderr
    assert "summary of the queue, the outbox and syncing" in top.stdout
    assert "the SP4N-LAPOR! liaison admin's workbench" in top.stdout
    assert "ringkasan" not in top.stdout and "perintah" not in top.stdout
    assert "usage:" in top.stdout and "show this help message and exit" in top.stdout
    sub = _cli("--profile", str(english), "queue", "--help")
    assert "search the ID, title, text and location" in sub.stdout
    assert "TEXT" in sub.stdout and "cari di" not in sub.stdout

    default = _cli("--profile", str(indonesian), "--help")
    assert "ringkasan antrean, kotak keluar dan sinkronisasi" in default.stdout
    assert "summary of the queue" not in default.stdout
    # argparse's own words too: one language at a time.
    assert "penggunaan:" in default.stdout and "opsi:" in default.stdout
    assert "tampilkan bantuan ini lalu keluar" in default.stdout
    assert "usage:" not in default.stdout and "show this help" not in default.stdout
    refused = _cli("--profile", str(indonesian), "queue", "--limit")
    assert refused.returncode == 2 and "lapor-desktop queue: kesalahan:" in refused.stderr


def test_status_and_queue_speak_the_profile_language(profiles):
    english, indonesian = profiles
    status = _cli("--profile", str(english), "status")
    assert status.returncode == 0, status.stderr
    assert "Past deadline:" in status.stdout and "Last sync:" in status.stdout
    assert "Disposed" in status.stdout and "Lewat tenggat" not in status.stdout
    assert "Outbox: Queued 1" in status.stdout
    queue = _cli("--profile", str(english), "queue", "--limit", "2")
    assert queue.returncode == 0, queue.stderr
    assert "working days late" in queue.stdout and "2 of 121 complaints." in queue.stdout
    assert "hari kerja" not in queue.stdout and "Terdisposisi" not in queue.stdout

    status = _cli("--profile", str(indonesian), "status")
    assert "Lewat tenggat:" in status.stdout and "Terdisposisi" in status.stdout
    assert "Kotak keluar: Dalam antrean 1" in status.stdout
    assert "Past deadline" not in status.stdout
    queue = _cli("--profile", str(indonesian), "queue", "--limit", "2")
    assert "hari kerja" in queue.stdout and "2 dari 121 laporan." in queue.stdout
