"""Training mode ("Mode Latihan"): the reference server with demo data, inside the app.

A new officer learns on realistic data without touching the real LAPOR! server. The training
folder is kept between runs until the trainee chooses "Mulai ulang latihan": it holds the
embedded server's database file (seeded once, when the folder is first made), the officer's
encrypted profile (drafts, outbox, language, layout), the lesson progress, and the random key
that encrypts that profile (training data is invented; the key file only keeps the profile
format the same as a real one). The server listens on the same loopback port every run, because
a profile is bound to its server address.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

from lapor_desktop import __version__
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.keys import KEY_BYTES
from lapor_desktop.server.seed import seed_demo
from lapor_desktop.server.seed_data import DEMO_PASSWORD
from lapor_desktop.server.testing import LiveServer
from lapor_desktop.store.profile import APP_DIR_NAME

# The Kota Batam officer: the busiest queue of the demo province (about 90 complaints in every
# status), so a new officer meets late, due-soon and replied-to reports on the first day.
DEMO_USERNAME = "demo.kota-batam"
#: Overrides where the training folder lives (tests, a trainer's USB stick).
TRAINING_ENV = "LAPOR_TRAINING_HOME"
SERVER_DB = "server-latihan.db"
_KEY_FILE = "kunci-latihan.key"
_SERVER_FILE = "server-latihan.json"


class TrainingPortBusyError(KnownError):
    """The training server's port is taken by another program."""


def default_root(env: dict[str, str] | None = None) -> Path:
    """The persistent training folder (``LAPOR_TRAINING_HOME`` or the user's data folder)."""
    env = os.environ if env is None else env
    if env.get(TRAINING_ENV):
        return Path(env[TRAINING_ENV]).expanduser()
    return Path(platformdirs.user_data_dir("lapor-desktop-latihan", appauthor=False))


@dataclasses.dataclass
class TrainingSession:
    """A running training server and the folder it lives in."""

    root: Path
    profile: Path
    server: LiveServer
    port: int
    username: str = DEMO_USERNAME
    password: str = DEMO_PASSWORD
    created: bool = False  # True on the run that made (and seeded) the folder

    @property
    def url(self) -> str:
        """The embedded server's loopback URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def db_url(self) -> str:
        """The embedded server's database (a file in the training folder)."""
        return f"sqlite:///{self.root / SERVER_DB}"

    @property
    def is_up(self) -> bool:
        """False while a lesson has taken the server down."""
        return self.server is not None

    def take_down(self) -> None:
        """Stop serving (the offline lesson); the database file stays as it is."""
        if self.server is not None:
            self.server.stop()
            self.server = None  # type: ignore[assignment]

    def bring_back(self) -> None:
        """Serve again on the same port (the profile is bound to this address)."""
        if self.server is None:
            self.server = _serve(self.db_url, self.port)

    def key(self) -> bytes:
        """The training profile's key (made on the first run, kept in the folder)."""
        return _profile_key(self.root)

    def stop(self, *, remove: bool = False) -> None:
        """Stop the server; ``remove`` also deletes the whole training folder."""
        self.take_down()
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def _serve(db_url: str, port: int) -> LiveServer:
    try:
        return LiveServer(db_url, port=port).start()
    except OSError as exc:
        raise TrainingPortBusyError(_(
            "Port {port} untuk server latihan sedang dipakai program lain. Tutup program itu "
            "atau pilih \"Mulai ulang latihan\".").format(port=port)) from exc


def _profile_key(root: Path) -> bytes:
    path = root / _KEY_FILE
    if path.exists():
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    key = os.urandom(KEY_BYTES)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    return key


def _saved_port(root: Path) -> int:
    try:
        return int(json.loads((root / _SERVER_FILE).read_text(encoding="utf-8"))["port"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def start_training(root: Path | None = None, *, cache: Path | None = None) -> TrainingSession:
    """Open (or create and seed once) the training folder and start its server.

    The first run copies the demo data into the folder's database file; later runs reuse the
    file, so everything the trainee did on the server is still there. Seeding writes complaint by
    complaint through the server's workflow (the realistic history is the point) and takes
    seconds, so the seeded database is built once per hour into ``cache`` (the user's cache
    folder) and copied from there.
    """
    root = Path(root) if root else default_root()
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    profile = root / "profil"
    profile.mkdir(mode=0o700, exist_ok=True)
    db_file = root / SERVER_DB
    db_url = f"sqlite:///{db_file}"
    created = not db_file.exists()
    if created:
        # Seeded into a temporary name first: a run killed mid-seed leaves no half database.
        partial = root / (SERVER_DB + ".part")
        partial.unlink(missing_ok=True)
        shutil.copyfile(_seeded(cache or _cache_dir()), partial)
        os.replace(partial, db_file)
    port = _saved_port(root)
    server = _serve(db_url, port)
    port = int(server.url.rsplit(":", 1)[1])
    (root / _SERVER_FILE).write_text(json.dumps({"port": port}), encoding="utf-8")
    _profile_key(root)
    return TrainingSession(root=root, profile=profile, server=server, port=port, created=created)


def reset_training(session: TrainingSession) -> None:
    """"Mulai ulang latihan": stop the server and delete the folder (the next start seeds anew)."""
    session.stop(remove=True)


def throwaway_root() -> Path:
    """A fresh temporary folder (screenshots and tests that must not share a folder)."""
    return Path(tempfile.mkdtemp(prefix="lapor-latihan-"))


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
