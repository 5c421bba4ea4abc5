"""Text and file-name hygiene on the client and on the real server (SQLite and PostgreSQL):
one text rule (``protocol.limits.clean_text``) decides for both what is refused and what is
neutralised, so the outbox, the server and every reader hold the same characters."""

from __future__ import annotations

import json
import unicodedata
import uuid

import pytest
import requests

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.models import ActionKind
from lapor_desktop.server.seed import png_bytes
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.sync.report import Outcome
from tests.integration.test_cli import run_cli
from tests.support.serverkit import sha, upload
from tests.sync_helpers import FOLLOW_UP_TEXT, USER

pytestmark = pytest.mark.timeout(300)
T = FOLLOW_UP_TEXT
REFUSED = "REFUSED"

# (name, what the officer typed, what every side must hold afterwards or REFUSED)
HOSTILE = [
    ("nul", T + "\x00", REFUSED),
    ("nul-middle", T[:10] + "\x00" + T[10:], REFUSED),
    ("escape", T + "\x1b[31m", REFUSED),
    ("del", T + "\x7f", REFUSED),
    ("c1-nel", T + "\x85", REFUSED),
    ("lone-surrogate", T + "\ud800", REFUSED),
    ("bom-leading", "\ufeff" + T, T),
    ("bom-inside", T[:10] + "\ufeff" + T[10:], T),
    ("rlo-spoof", T + " lampiran\u202egnp.exe", T + " lampirangnp.exe"),
    ("all-bidi", "\u202a\u202b" + T + "\u202c\u202d\u2066\u2067\u2068\u2069", T),
    ("crlf", T + "\r\nBaris dua\rBaris tiga", T + "\nBaris dua\nBaris tiga"),
    ("nfd", T + " Jalan Cempaka Pute\u0301h", T + " Jalan Cempaka Put\u00e9h"),
    ("tab-newline-kept", T + "\n\tButir satu", T + "\n\tButir satu"),
    ("only-invisible-padding", "\u202e" * 30 + "pendek", REFUSED),  # < 20 visible chars
]


@pytest.mark.parametrize(("name", "typed", "held"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_text_table_client_and_server_agree(bworld, bprofile, name, typed, held):
    server, world = bworld
    [cid] = world.dispose(1)
    bprofile.engine.run_once()
    # The client: refused before anything is queued, with an Indonesian reason; or queued as
    # the rule made it.
    if held is REFUSED:
        with pytest.raises(KnownError) as refused:
            queue_action(bprofile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=typed))
        assert "Teks" in str(refused.value), str(refused.value)
        assert not bprofile.store.outbox.ledger()
    else:
        op = queue_action(bprofile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=typed))
        assert bprofile.store.outbox.get(op).payload["text"] == held
        assert bprofile.engine.run_once().outcome is Outcome.DELIVERED
        assert world.follow_up_texts_of(cid) == [held]
    # The server, sent the raw text by another client: the same decision, never a 500.
    token = requests.post(f"{server.url}/api/v1/auth/login",
                          json={"username": USER, "password": DEMO_PASSWORD}, timeout=10
                          ).json()["token"]
    body = {"kind": "internal_note", "base_revision": 0, "text": typed}
    r = requests.post(f"{server.url}/api/v1/complaints/{cid}/actions",
                      data=_json_bytes(body), timeout=10,
                      headers={"Authorization": f"Bearer {token}",
                               "Content-Type": "application/json",
                               "Idempotency-Key": str(uuid.uuid4())})
    if held is REFUSED and name != "only-invisible-padding":
        assert r.status_code == 422 and r.json()["fields"][0]["loc"] == ["body", "text"], r.text
        assert "karakter" in r.json()["fields"][0]["msg"]
    else:
        assert r.status_code == 201, r.text
        note = r.json()["complaint"]["events"][-1]["text"]
        expected = held if held is not REFUSED else typed.replace("\u202e", "")
        assert note == expected and unicodedata.is_normalized("NFC", note)


def _json_bytes(body: dict) -> bytes:
    # ensure_ascii keeps a lone surrogate as the escape "\ud800", as a hostile client would send.
    return json.dumps(body, ensure_ascii=True).encode()


def test_png_named_exe_gets_png_extension_on_client_and_server(bworld, bprofile, tmp_path):
    server, world = bworld
    [cid] = world.dispose(1)
    bprofile.engine.run_once()
    exe = tmp_path / "x.exe"
    exe.write_bytes(png_bytes(8, 8, (200, 10, 10)))
    op = queue_action(bprofile.store, cid, ActionInput(ActionKind.FOLLOW_UP, text=T),
                      attachment_paths=[exe])
    [record] = bprofile.store.outbox.get(op).payload["attachments"]
    assert record["filename"] == "x.png" and record["mime_type"] == "image/png"
    assert bprofile.engine.run_once().outcome is Outcome.DELIVERED
    complaint = bprofile.store.complaints.get(cid)
    names = [a.filename for e in complaint.events for a in e.attachments]
    assert names == ["x.png"]
    # The server fixes the name too, whatever a client announces.
    s = requests.Session()
    s.headers["Authorization"] = "Bearer " + requests.post(
        f"{server.url}/api/v1/auth/login", json={"username": USER, "password": DEMO_PASSWORD},
        timeout=10).json()["token"]
    data = png_bytes(8, 8, (200, 10, 10)) + b"\x00beda"
    upload(s, f"{server.url}/api/v1", data, filename="laporan\u202egnp.exe")
    r = s.post(f"{server.url}/api/v1/complaints/{cid}/actions",
               headers={"Idempotency-Key": str(uuid.uuid4())},
               json={"kind": "follow_up", "base_revision": 0, "text": T,
                     "attachments": [sha(data)]})
    assert r.status_code == 201, r.text
    stored = [a["filename"] for a in r.json()["complaint"]["events"][-1]["attachments"]]
    assert stored == ["laporangnp.png"]


def test_cli_messages_are_indonesian_and_say_what_is_wrong(bworld, tmp_path):
    server, world = bworld
    [cid] = world.dispose(1)
    prof = str(tmp_path / "prof")
    assert run_cli("--profile", prof, "login", "--server", server.url, "--user", USER
                   ).returncode == 0
    assert run_cli("--profile", prof, "sync").returncode == 0
    tracking = f"T{cid:07d}"
    big = tmp_path / "besar.txt"
    big.write_text("a" * 1_000_000, encoding="utf-8")
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(big))
    assert r.returncode == 1
    assert "Teks terlalu panjang: paling banyak 20.000 karakter" in r.stderr, r.stderr
    assert "String should" not in r.stderr
    short = tmp_path / "pendek.txt"
    short.write_text("oke", encoding="utf-8")
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(short))
    assert r.returncode == 1 and "minimal 20 karakter" in r.stderr, r.stderr
    good = tmp_path / "tl.txt"
    good.write_text(T, encoding="utf-8")
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(good), "--attach",
                str(tmp_path))
    assert r.returncode == 1 and "adalah folder, bukan berkas" in r.stderr, r.stderr
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(good), "--attach",
                "/dev/zero")
    assert r.returncode == 1 and "bukan berkas biasa" in r.stderr, r.stderr
    assert "tidak ditemukan" not in r.stderr
    r = run_cli("--profile", prof, "reply", tracking, "--file", str(good), "--attach",
                str(tmp_path / "tidak-ada.png"))
    assert r.returncode == 1 and "tidak ditemukan" in r.stderr, r.stderr
    assert json.loads(run_cli("--profile", prof, "status", "--json").stdout
                      )["outbox"]["queued"] == 0

