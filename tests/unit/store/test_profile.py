"""Profile directory resolution and permissions."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import platformdirs
import pytest

from lapor_desktop.store.profile import (
    cache_dir,
    database_path,
    ensure_profile_dir,
    logs_dir,
    resolve_profile_dir,
)


def test_cli_wins_then_env_then_platform(tmp_path: Path) -> None:
    env = {"LAPOR_DESKTOP_HOME": str(tmp_path / "env")}
    assert resolve_profile_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_profile_dir(None, env) == tmp_path / "env"
    assert resolve_profile_dir(None, {}) == Path(
        platformdirs.user_data_dir("lapor-desktop", appauthor=False))
    assert resolve_profile_dir("", {"LAPOR_DESKTOP_HOME": ""}) == Path(
        platformdirs.user_data_dir("lapor-desktop", appauthor=False))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_ensure_creates_and_tightens(tmp_path: Path) -> None:
    fresh = ensure_profile_dir(tmp_path / "a" / "profile")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    assert cache_dir(fresh).is_dir() and logs_dir(fresh).is_dir()
    assert database_path(fresh) == fresh / "lapor.db"
    loose = tmp_path / "loose"
    loose.mkdir()
    os.chmod(loose, 0o755)
    ensure_profile_dir(loose)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700
