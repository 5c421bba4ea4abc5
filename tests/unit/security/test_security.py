"""Keys, cache sealing, safe file names, TLS refusal and wiping (Qt-free)."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backend
import keyring.backends.null
import pytest

from lapor_desktop.security.cache_crypto import CacheCipher, CacheDecryptError
from lapor_desktop.security.filenames import (
    check_content,
    is_executable_name,
    safe_filename,
    write_private_copy,
)
from lapor_desktop.security.keys import (
    TEST_PARAMS,
    VaultError,
    WrongPasswordError,
    create_vault,
    load_vault,
)
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store import open_store
from lapor_desktop.store.profile import ensure_profile_dir
from lapor_desktop.sync.http import HttpTransport, InsecureServerError, check_server_url
from lapor_desktop.sync.outbox import AttachmentError, cached_path
from lapor_desktop.workbench.wipe import UnsentWorkError, export_unsent, wipe_profile

ROOT = Path(__file__).parents[3]


class DictKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def get_password(self, service, username):
        return self.data.get((service, username))

    def delete_password(self, service, username):
        self.data.pop((service, username), None)


def test_vault_holds_no_secret_and_checks_the_password(tmp_path):
    key = create_vault(tmp_path, "rahasia-sekali", TEST_PARAMS)
    text = (tmp_path / "vault.json").read_text()
    assert key.hex() not in text and "rahasia-sekali" not in text
    vault = load_vault(tmp_path)
    assert vault.unlock("rahasia-sekali") == key
    with pytest.raises(WrongPasswordError, match="Kata sandi salah"):
        vault.unlock("salah-sekali")
    with pytest.raises(VaultError):
        create_vault(tmp_path, "lain-lagi-ya", TEST_PARAMS)  # never overwrite
    with pytest.raises(VaultError, match="minimal 8"):
        create_vault(tmp_path / "x", "pendek", TEST_PARAMS)
    (tmp_path / "vault.json").write_text("{rusak")
    with pytest.raises(VaultError, match="rusak"):
        load_vault(tmp_path)


def test_remembered_key_lives_in_the_keyring_only(tmp_path):
    backend = DictKeyring()
    remember = KeyRemember(backend)
    assert remember.persistent
    assert remember.save(tmp_path, b"\x01" * 32)
    assert remember.load(tmp_path) == b"\x01" * 32
    assert list(tmp_path.iterdir()) == []
    remember.forget(tmp_path)
    assert remember.load(tmp_path) is None
    assert not KeyRemember(keyring.backends.null.Keyring()).save(tmp_path, b"\x01" * 32)


def test_cache_cipher_round_trip_binding_and_torn_segments(tmp_path):
    cipher = CacheCipher(b"\x02" * 32)
    blob = cipher.seal(b"isi lampiran", "a" * 64)
    assert b"isi lampiran" not in blob
    assert cipher.open(blob, "a" * 64) == b"isi lampiran"
    with pytest.raises(CacheDecryptError):
        cipher.open(blob, "b" * 64)  # swapped file names are detected
    with pytest.raises(CacheDecryptError):
        CacheCipher(b"\x03" * 32).open(blob, "a" * 64)
    part = tmp_path / "x.part"
    cipher.append_segment(part, b"satu-", "n")
    cipher.append_segment(part, b"dua", "n")
    with part.open("ab") as fh:
        fh.write(b"\x00\x00\x00\x40sobek")  # a crash mid-write
    assert cipher.read_segments(part, "n") == b"satu-dua"
    assert cipher.read_segments(part, "n") == b"satu-dua"  # the torn tail was cut off


@pytest.mark.parametrize("hostile", [
    "../../etc/passwd", "..\\..\\Windows\\system32\\evil.dll", "/abs/path.png", "C:\\x\\y.pdf",
    "..", ".", "", "CON", "con.txt", "LPT1.pdf", "aux", "nul.tar.gz", "COM9",
    "foto\x00.png", "laporan\u202egnp.exe", "nama. . .", "a" * 500 + ".pdf", "x:y|z?.png",
])
def test_safe_filename_never_escapes_or_hits_reserved_names(tmp_path, hostile):
    name = safe_filename(hostile)
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    assert not name.endswith((".", " ")) and len(name) <= 120
    assert name.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM9", "LPT1"}
    assert all(ord(c) >= 32 for c in name) and "\u202e" not in name
    if hostile.endswith(".pdf") and len(hostile) > 120:
        assert name.endswith(".pdf")
    path = write_private_copy(tmp_path, hostile, b"data")
    assert path.resolve().is_relative_to(tmp_path.resolve())
    assert path.read_bytes() == b"data"


def test_cache_paths_refuse_anything_but_a_sha256(tmp_path):
    for bad in ("../../x", "a" * 63, "A" * 64, "..", "0" * 64 + "/.."):
        with pytest.raises(AttachmentError):
            cached_path(tmp_path, bad)
    assert cached_path(tmp_path, "ab" * 32).parent.parent == tmp_path


def test_only_matching_images_and_pdf_open():
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    assert check_content("foto.png", "image/png", png).can_open
    assert not check_content("foto.png", "application/pdf", png).can_open  # declared differs
    assert not check_content("foto.pdf", "image/png", png).can_open  # name differs
    assert not check_content("foto.png", "image/png", b"MZ\x90\x00").can_open  # an exe inside
    for name in ("setup.exe", "run.bat", "a.cmd", "x.scr", "p.ps1", "v.vbs", "j.js", "a.jar",
                 "s.sh", "app.desktop", "x.AppImage", "l.lnk", "m.msi", "foto.png.exe"):
        assert is_executable_name(name), name
        assert not check_content(name, "image/png", png).can_open


def test_http_to_a_remote_host_is_refused_in_indonesian_and_loopback_is_allowed():
    for url in ("http://lapor.example.go.id", "http://10.0.0.5:8080", "http://192.168.1.2"):
        with pytest.raises(InsecureServerError, match="https://"):
            check_server_url(url)
        with pytest.raises(InsecureServerError, match="hanya diizinkan"):
            HttpTransport(url)
    for url in ("http://127.0.0.1:8000", "http://localhost:9", "http://[::1]:80",
                "https://lapor.example.go.id"):
        assert check_server_url(url) == url
        HttpTransport(url).close()


def test_no_code_path_disables_certificate_checks():
    offenders = []
    for path in (ROOT / "lapor_desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "verify=False" in text or "CERT_NONE" in text or "check_hostname = False" in text:
            offenders.append(str(path))
    assert offenders == []


def test_wipe_refuses_unsent_work_until_exported(tmp_path):
    from lapor_desktop.core.models import ActionKind

    profile = ensure_profile_dir(tmp_path / "p")
    key = create_vault(profile, "kata-sandi-8", TEST_PARAMS)
    store = open_store(profile / "lapor.db", key)
    _seed_one(store)
    with store.transaction() as s:
        store.drafts.create(s, 1, ActionKind.FOLLOW_UP, {"text": "Draf tindak lanjut yang "
                                                                "belum terkirim.",
                                                        "reporter_name": "Budi"})
    with pytest.raises(UnsentWorkError, match="belum terkirim"):
        wipe_profile(profile, store)
    assert (profile / "lapor.db").exists()
    out = tmp_path / "ekspor.json"
    assert export_unsent(store, out) == 1
    document = json.loads(out.read_text())
    assert document["drafts"][0]["payload"]["text"].startswith("Draf")
    assert "Budi" not in out.read_text()
    (profile / "cache" / "ab").mkdir(parents=True)
    removed = wipe_profile(profile, store, exported=True)
    assert removed
    left = {p.name for p in profile.iterdir()}
    assert left == set(), left  # logs and crash reports go too


def _seed_one(store) -> None:
    from lapor_desktop.protocol import ComplaintSnapshot, snapshot_to_complaint
    from tests.faults.hostile_server import snapshot

    snap = ComplaintSnapshot.model_validate(snapshot(1, 1))
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [snapshot_to_complaint(snap)])


def test_new_profile_password_must_not_be_easy_to_guess():
    from lapor_desktop.security.keys import VaultError, check_new_password

    for weak in ("password123", "latihan123", "kata-sandi-benar", "budi1990", "Jakarta2026!",
                 "lapor.desktop.2026"):
        with pytest.raises(VaultError, match="mudah ditebak"):
            check_new_password(weak, weak)
    with pytest.raises(VaultError, match="mudah ditebak"):
        check_new_password("rina.wulandari", user_inputs=["rina.wulandari", "wulandari"])
    for strong in ("mangga sepeda awan kelereng", "Kopi-Pahit-Ayam-Rebus-42"):
        check_new_password(strong, strong)
