"""Where a profile's files live: the database, the attachment cache and the logs.

No SQLAlchemy here; it lives in ``store`` because it decides where the database file is.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_VAR = "LAPOR_DESKTOP_HOME"
APP_DIR_NAME = "lapor-desktop"
DATABASE_NAME = "lapor.db"


def resolve_profile_dir(cli_value: str | None, env: Mapping[str, str]) -> Path:
    """``--profile DIR`` wins, then ``$LAPOR_DESKTOP_HOME``, then the platform's user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def ensure_profile_dir(path: Path) -> Path:
    """Create the profile directory (and cache/, logs/) readable by the owner only.

    An existing directory is tightened to 0700 too: it holds reporters' personal data
    (UU PDP 27/2022). On Windows chmod only affects the read-only flag; the user profile's
    ACLs already keep other users out.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    for sub in (cache_dir(path), logs_dir(path)):
        sub.mkdir(mode=0o700, exist_ok=True)
    return path


def database_path(profile: Path) -> Path:
    """The database file of a profile."""
    return profile / DATABASE_NAME


def cache_dir(profile: Path) -> Path:
    """The downloaded-attachment cache of a profile."""
    return profile / "cache"


def logs_dir(profile: Path) -> Path:
    """The log directory of a profile."""
    return profile / "logs"
