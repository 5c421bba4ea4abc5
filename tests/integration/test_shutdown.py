"""The app ends cleanly on SIGTERM (session logout, system shutdown): exit 0, nothing left over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigterm_closes_the_training_app_and_removes_its_folder(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    proc = subprocess.Popen([sys.executable, "-m", "lapor_desktop", "--demo"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Up means: the training folder exists and its first sync pass was recorded in the log.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            logs = list(tmp_path.glob("lapor-latihan-*/profil/logs/lapor-desktop.log"))
            if logs and "sync pass delivered" in logs[0].read_text():
                break
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.1)  # polling a file written by another process
        else:
            pytest.fail("the training app did not come up")
        assert list(tmp_path.glob("lapor-latihan-*"))
        proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert not list(tmp_path.glob("lapor-latihan-*")), "the throwaway training folder is removed"
