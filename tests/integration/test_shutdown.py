"""The app ends cleanly on SIGTERM (session logout, system shutdown): exit 0, no waiting on the
"training is kept" note, and the training folder kept for the next run (issue 17)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from lapor_desktop.store.profile import database_path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_closes_the_training_app_and_keeps_its_training(tmp_path):
    root = tmp_path / "latihan"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
           "LAPOR_TRAINING_HOME": str(root)}
    proc = subprocess.Popen([sys.executable, "-m", "lapor_desktop", "--demo"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Up means: the training folder exists and its first sync pass was recorded in the log.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            logs = list(root.glob("profil/logs/lapor-desktop.log"))
            if logs and "sync pass delivered" in logs[0].read_text():
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)  # polling a file written by another process
        else:
            pytest.fail("the training app did not come up")
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    # Kept: the server's database, the encrypted profile and its key, for the next run.
    assert (root / "server-latihan.db").is_file()
    assert database_path(root / "profil").is_file()
    assert (root / "kunci-latihan.key").is_file()
