"""Training mode ("Mode Latihan"): the reference server with demo data, inside the app.

A new officer learns on realistic data without touching the real LAPOR! server: a throwaway
folder holds both the embedded server's database and the officer's profile, the server listens on
a free loopback port, and the app logs in as a demo officer.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

from lapor_desktop import __version__
from lapor_desktop.server.seed import seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store.profile import APP_DIR_NAME

# The Kota Batam officer: the busiest queue of the demo province (about 90 complaints in every
# status), so a new officer meets late, due-soon and replied-to reports on the first day.
DEMO_USERNAME = "demo.kota-batam"


@dataclasses.dataclass
class TrainingSession:
    """A running training server and the throwaway folder it lives in."""

    root: Path
    profile: Path
    server: LiveServer
    username: str = DEMO_USERNAME
    password: str = DEMO_PASSWORD

    @property
    def url(self) -> str:
        """The embedded server's loopback URL."""
        return self.server.url

    def stop(self, *, remove: bool = True) -> None:
        """Stop the server and (by default) delete the throwaway folder."""
        self.server.stop()
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def start_training(root: Path | None = None, *, cache: Path | None = None) -> TrainingSession:
    """Copy the demo data into a fresh folder and start the server.

    Seeding the demo province writes complaint by complaint through the server's workflow (the
    realistic history is the point), which takes seconds; the seeded database is therefore built
    once per hour into ``cache`` (the user's cache folder) and copied for each session. The hour
    keeps the deadlines live: the demo's dates are relative to when it was seeded.
    """
    root = Path(root) if root else Path(tempfile.mkdtemp(prefix="lapor-latihan-"))
    root.mkdir(parents=True, exist_ok=True)
    profile = root / "profil"
    profile.mkdir(mode=0o700, exist_ok=True)
    db = root / "server-latihan.db"
    shutil.copyfile(_seeded(cache or _cache_dir()), db)
    db_url = f"sqlite:///{db}"
    server = LiveServer(db_url).start()
    return TrainingSession(root=root, profile=profile, server=server)


def _cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)) / "latihan"


def _seeded(cache: Path) -> Path:
    """This hour's seeded demo database in ``cache`` (built now if missing; older ones go)."""
    now = dt.datetime.now(dt.UTC)
    name = f"server-{__version__}-{now:%Y%m%d%H}.db"
    target = cache / name
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("server-*.db"):
        with contextlib.suppress(OSError):
            old.unlink()
    work = cache / f".{name}.{os.getpid()}.tmp"
    try:
        seed_demo(f"sqlite:///{work}", now=now)
        os.replace(work, target)  # atomic: another start never copies a half-seeded file
    finally:
        with contextlib.suppress(OSError):
            work.unlink()
    return target
