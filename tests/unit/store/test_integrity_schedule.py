"""The whole-file integrity check runs after an unclean shutdown, after a change made outside
the app, and at least weekly; a profile closed cleanly opens without reading every page."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from lapor_desktop.store import open_store
from lapor_desktop.store.engine import INTEGRITY_EVERY

T0 = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)


def _open(path: Path, at: dt.datetime):
    return open_store(path, clock=lambda: at)


def test_clean_close_skips_the_check_until_the_week_is_over(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _open(path, T0).close()
    store = _open(path, T0 + dt.timedelta(days=1))
    assert store.checked_at == T0  # not read again
    store.close()
    later = T0 + INTEGRITY_EVERY + dt.timedelta(minutes=1)
    store = _open(path, later)
    assert store.checked_at == later
    store.close()


def test_unclean_shutdown_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _open(path, T0).close()
    crashed = _open(path, T0 + dt.timedelta(hours=1))
    crashed.engine.dispose()  # the process died: no clean close was recorded
    at = T0 + dt.timedelta(hours=2)
    store = _open(path, at)
    assert store.checked_at == at
    store.close()


def test_a_file_changed_outside_the_app_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "lapor.db"
    _open(path, T0).close()
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # restored, copied
    at = T0 + dt.timedelta(hours=1)
    store = _open(path, at)
    assert store.checked_at == at
    store.close()
