"""``lapor-desktop --selftest`` proves an installation end to end (CI also runs it frozen)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_selftest_syncs_and_delivers_a_follow_up(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "lapor_desktop", "--selftest"], env=env,
                            capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "SELFTEST OK"
    assert any(line.startswith("diterima server: tanda terima TL-") for line in lines)
