"""Several officers on one PC: one profile folder each under a common root, and a small
plaintext card per profile so the chooser can list them before anything is unlocked.

The card holds exactly three facts: the officer's name, the agency, and when the profile was last
used. Everything else (complaints, reporters, drafts, the token) stays in the encrypted store,
opened only by that officer's own password.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from lapor_desktop.store.profile import APP_DIR_NAME, ENV_VAR, database_path

CARD_FILE = "profile-card.json"
PROFILES_DIR = "profiles"
ROOT_ENV = "LAPOR_PROFILES_ROOT"


@dataclasses.dataclass(frozen=True, slots=True)
class ProfileCard:
    """What the chooser shows of a profile before it is unlocked."""

    path: Path
    name: str
    agency: str
    last_used: dt.datetime | None


def profiles_root(env: Mapping[str, str] | None = None) -> Path:
    """The folder holding one sub-folder per officer profile (``LAPOR_PROFILES_ROOT`` for
    tests and portable installs, else ``<user data dir>/profiles``)."""
    env = os.environ if env is None else env
    if env.get(ROOT_ENV):
        return Path(env[ROOT_ENV]).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / PROFILES_DIR


def legacy_profile(env: Mapping[str, str] | None = None) -> Path | None:
    """The single profile an older build kept directly in the user data dir, if there is one."""
    env = os.environ if env is None else env
    if env.get(ROOT_ENV) or env.get(ENV_VAR):
        return None
    old = Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
    return old if database_path(old).exists() else None


def write_card(profile: Path, name: str, agency: str, now: dt.datetime) -> None:
    """Write (atomically) the profile's card; nothing but the three facts."""
    card = {"name": name, "agency": agency, "last_used": now.astimezone(dt.UTC).isoformat()}
    tmp = profile / (CARD_FILE + ".tmp")
    tmp.write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, profile / CARD_FILE)


def read_card(profile: Path) -> ProfileCard:
    """The card of ``profile``; a missing or damaged card reads as the folder's name."""
    try:
        data = json.loads((profile / CARD_FILE).read_text(encoding="utf-8"))
        last = dt.datetime.fromisoformat(data["last_used"]) if data.get("last_used") else None
        return ProfileCard(profile, str(data.get("name") or profile.name),
                           str(data.get("agency") or ""), last)
    except (OSError, ValueError, KeyError, TypeError):
        return ProfileCard(profile, profile.name, "", None)


def list_profiles(root: Path, *, extra: Path | None = None) -> list[ProfileCard]:
    """Every profile under ``root`` (plus ``extra``, an older single profile), last used first."""
    folders = [p for p in sorted(root.iterdir()) if p.is_dir()] if root.is_dir() else []
    if extra is not None:
        folders.append(extra)
    cards = [read_card(p) for p in folders
             if (p / CARD_FILE).exists() or database_path(p).exists()]
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    return sorted(cards, key=lambda c: (c.last_used or oldest, c.name), reverse=True)


def new_profile_dir(root: Path, hint: str = "petugas") -> Path:
    """A new, empty profile folder under ``root`` (named after ``hint``, made unique)."""
    slug = re.sub(r"[^a-z0-9]+", "-", hint.lower()).strip("-") or "petugas"
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    for n in range(1, 10_000):
        candidate = root / (slug if n == 1 else f"{slug}-{n}")
        try:
            candidate.mkdir(mode=0o700)
            return candidate
        except FileExistsError:
            continue
    raise OSError(f"no free profile folder under {root}")
