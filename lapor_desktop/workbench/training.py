"""Training mode ("Mode Latihan"): the reference server with demo data, inside the app.

A new officer learns on realistic data without touching the real LAPOR! server: a throwaway
folder holds both the embedded server's database and the officer's profile, the server listens on
a free loopback port, and the app logs in as a demo officer.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from lapor_desktop.server.seed import seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer

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


def start_training(root: Path | None = None) -> TrainingSession:
    """Seed demo data into a fresh folder and start the server (takes a few seconds)."""
    root = Path(root) if root else Path(tempfile.mkdtemp(prefix="lapor-latihan-"))
    root.mkdir(parents=True, exist_ok=True)
    profile = root / "profil"
    profile.mkdir(mode=0o700, exist_ok=True)
    db_url = f"sqlite:///{root / 'server-latihan.db'}"
    seed_demo(db_url)
    server = LiveServer(db_url).start()
    return TrainingSession(root=root, profile=profile, server=server)
