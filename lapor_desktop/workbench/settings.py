"""Per-profile settings file (``settings.json``), shared by the window and the headless CLI.

Holds no secret: the token lives in the keyring (or memory), never here. A damaged or hand-edited
file never stops the app: unreadable values fall back to defaults and the file is rewritten on the
next save (a copy of a damaged file is kept beside it).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"


class Settings(BaseModel):
    """User-visible settings; the defaults suit a first run."""

    model_config = ConfigDict(extra="ignore")

    server_url: str | None = None
    username: str | None = None
    sync_interval_minutes: int = Field(default=10, ge=1, le=24 * 60)
    language: str = Field(default="id", pattern="^(id|en)$")
    ca_bundle: str | None = None
    idle_lock_minutes: int = Field(default=15, ge=1, le=24 * 60)
    # The approving official (Pejabat Penghubung): fills {pejabat} in follow-up templates and
    # the signature block of the monthly report. Not secret: it is printed on every letter.
    official_name: str | None = Field(default=None, max_length=200)
    official_position: str | None = Field(default=None, max_length=200)
    official_nip: str | None = Field(default=None, max_length=40)
    # Thin links (issue 16): "auto" turns metered mode on when the measured link is slow.
    metered_mode: str = Field(default="auto", pattern="^(auto|on|off)$")
    # "Siapkan untuk luring" fetches at most this many MB of attachments (None: all).
    offline_budget_mb: int | None = Field(default=None, ge=1, le=100_000)
    # Metered mode: attachment MB per day (sync/data_budget.py); 0 only on demand, None no limit.
    metered_budget_mb: int | None = Field(default=10, ge=0, le=100_000)

    def official_line(self) -> str | None:
        """"Name, Position" for ``{pejabat}``, or None when no name is set."""
        if not self.official_name:
            return None
        return ", ".join(p for p in (self.official_name, self.official_position) if p)


def load_settings(profile: Path) -> Settings:
    """Read the profile's settings; defaults when the file is missing or unusable."""
    path = profile / SETTINGS_FILE
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        return Settings()
    try:
        return Settings.model_validate(json.loads(raw))
    except (ValueError, ValidationError):
        backup = path.with_suffix(".json.damaged")
        backup.write_text(raw, encoding="utf-8")
        log.warning("settings file damaged; kept a copy at %s and using defaults", backup)
        return Settings()


def save_settings(profile: Path, settings: Settings) -> None:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    profile.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=profile)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(settings.model_dump_json(indent=2))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, profile / SETTINGS_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
