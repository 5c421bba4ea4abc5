"""The headless CLI in real subprocesses against the real server: login, status, reply, sync and
their exit codes (0 delivered, 2 needs attention, 3 unreachable, 4 login needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.proxy import FaultProxy
from tests.sync_helpers import FOLLOW_UP_TEXT, PASSWORD, USER

pytestmark = pytest.mark.timeout(180)


def run_cli(*args: str, password: str | None = PASSWORD, timeout: float = 60,
            env_base: dict[str, str] | None = None,
            env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``lapor-desktop ARGS`` in a real process; the profile password comes from the test
    environment (tests/conftest.py) unless ``env_base`` leaves it out."""
    base = os.environ if env_base is None else env_base
    env = {k: v for k, v in base.items() if k != "LAPOR_PASSWORD"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(env_extra or {})
    if password is not None:
        env["LAPOR_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "lapor_desktop", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def test_login_status_reply_sync_round_trip(world, tmp_path):
    server, w = world
    ids = w.dispose(2)
    prof = str(tmp_path / "prof")
    r = run_cli("--profile", prof, "login", "--server", server.url, "--user", USER)
    assert r.returncode == 0, r.stderr
    # No keyring here: the token is kept in the encrypted profile, so later runs need no password.
    assert "tidak disimpan" not in r.stderr
    settings = json.loads((Path(prof) / "settings.json").read_text())
    assert settings["server_url"] == server.url and "token" not in json.dumps(settings).lower()

    r = run_cli("sync", "--profile", prof, "--json", password=None)
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)["pulled"] == 2

    text = tmp_path / "tl.txt"
    text.write_text("<p>" + FOLLOW_UP_TEXT + "</p>", encoding="utf-8")
    tracking = f"T{ids[0]:07d}"
    r = run_cli("reply", tracking, "--file", str(text), "--profile", prof)
    assert r.returncode == 0, r.stderr
    status = json.loads(run_cli("status", "--json", "--profile", prof).stdout)
    assert status["outbox"]["queued"] == 1 and status["complaints"]["terdisposisi"] == 2

    r = run_cli("sync", "--profile", prof)
    assert r.returncode == 0, r.stdout + r.stderr
    assert w.follow_up_texts() == [FOLLOW_UP_TEXT]  # HTML stripped before queueing
    status = json.loads(run_cli("status", "--json", "--profile", prof).stdout)
    assert status["outbox"]["accepted"] == 1 and status["last_sync_ok"] is True
    # Nothing secret on disk: no bearer token in the profile's files.
    for path in Path(prof).rglob("*"):
        if path.is_file() and path.suffix in (".json", ".log", ""):
            assert b"Bearer " not in path.read_bytes()


def test_sync_exit_codes(world, tmp_path):
    server, w = world
    [cid] = w.dispose(1)
    prof = str(tmp_path / "prof")
    assert run_cli("--profile", prof, "login", "--server", server.url, "--user", USER
                   ).returncode == 0
    assert run_cli("--profile", prof, "sync").returncode == 0
    # 4: the server ended the session (token revoked) and no password to log in again.
    w.revoke_tokens()
    assert run_cli("--profile", prof, "sync", password=None).returncode == 4
    # 2: a follow-up on a complaint the admin closed meanwhile.
    text = tmp_path / "tl.txt"
    text.write_text(FOLLOW_UP_TEXT, encoding="utf-8")
    assert run_cli("--profile", prof, "reply", f"T{cid:07d}", "--file", str(text)
                   ).returncode == 0
    w.close(cid)
    r = run_cli("--profile", prof, "sync")
    assert r.returncode == 2, r.stdout + r.stderr
    # A refused reply (closed complaint now): exit 1 with a clear message, nothing queued.
    r = run_cli("--profile", prof, "reply", f"T{cid:07d}", "--file", str(text))
    assert r.returncode == 1 and "tidak diizinkan" in r.stderr
    # 3: the server cannot be reached.
    host, port = server.url.removeprefix("http://").split(":")
    with FaultProxy((host, int(port))) as proxy:
        proxy.set(refuse=True)
        settings_path = Path(prof) / "settings.json"
        settings = json.loads(settings_path.read_text())
        settings["server_url"] = proxy.url
        settings_path.write_text(json.dumps(settings))
        r = run_cli("--profile", prof, "sync")
        assert r.returncode == 3, r.stdout + r.stderr


def test_login_with_wrong_password_is_exit_4(world, tmp_path):
    server, _ = world
    r = run_cli("--profile", str(tmp_path / "p"), "login", "--server", server.url,
                "--user", USER, password="salah-sekali")
    assert r.returncode == 4 and "Gagal masuk" in r.stderr
