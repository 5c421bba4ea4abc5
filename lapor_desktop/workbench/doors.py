"""How each door gets a profile's key and opens the :class:`Workbench`.

- The window: the unlock page turns the officer's password into the master key, then
  :func:`open_profile`.
- The command line: :func:`open_headless` takes the key from the keyring, ``LAPOR_PROFILE_PASSWORD``
  or a prompt; a profile that has none yet gets its password here, before anything is written,
  so a profile holding server data is encrypted whatever door created it.
- Training: :func:`open_training` starts the embedded server and opens a profile encrypted with a
  random key kept in the training folder (nothing to remember; the folder is the trainee's
  sandbox, kept between runs).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.headless import PROFILE_PASSWORD_ENV, ProfileLockedError, profile_key
from lapor_desktop.security.keys import create_vault, has_vault
from lapor_desktop.security.remember import KeyRemember
from lapor_desktop.store.profile import database_path, ensure_profile_dir, logs_dir, resolve_profile_dir
from lapor_desktop.sync.credentials import PASSWORD_ENV
from lapor_desktop.workbench.logs import setup_logging
from lapor_desktop.workbench.workbench import Workbench

Prompt = Callable[[str], str]


class ProfileMissingError(KnownError):
    """A command that reads a profile was pointed at a folder with no profile."""


def open_profile(profile: Path, key: bytes | None, *, touch_card: bool = False,
                 **options: object) -> Workbench:
    """Open an unlocked profile (logging into its own folder first); ``touch_card`` marks it
    used on the profile chooser (the window does; a command line run writes nothing)."""
    profile = ensure_profile_dir(Path(profile))
    setup_logging(logs_dir(profile))
    bench = Workbench.open(profile, key, **options)
    if touch_card:
        bench.touch_card()
    return bench


def open_headless(profile_arg: str | None, *, create: bool = False,
                  env: Mapping[str, str] | None = None, prompt: Prompt | None = None,
                  remember: KeyRemember | None = None, **options: object) -> Workbench:
    """Open the profile a CLI command names; ``create`` allows a new one (``login``)."""
    env = os.environ if env is None else env
    profile = resolve_profile_dir(profile_arg, env)
    if not create and not database_path(profile).exists():
        raise ProfileMissingError(
            _("Belum ada profil di {profile}. Mulai dengan 'lapor-desktop login "
               "--server URL --user NAMA'.").format(profile=profile))
    key = headless_key(profile, env=env, prompt=prompt, remember=remember)
    return open_profile(profile, key, env=env, **options)


def headless_key(profile: Path, *, env: Mapping[str, str], prompt: Prompt | None = None,
                 remember: KeyRemember | None = None) -> bytes:
    """The master key for a command line run; sets the profile password when there is none.

    Raises :class:`ProfileLockedError` with nothing written when no password can be had.
    """
    if has_vault(profile):
        key = profile_key(profile, env=env, remember=remember, prompt=prompt)
        assert key is not None
        return key
    # A new profile, or one an older build wrote in plain text: choose its password now.
    password = env.get(PROFILE_PASSWORD_ENV)
    if not password:
        if prompt is None and sys.stdin is not None and sys.stdin.isatty():
            prompt = getpass.getpass
        if prompt is None:
            raise ProfileLockedError(
                _("Profil menyimpan data pelapor dan harus dienkripsi. Setel "
                   "{PROFILE_PASSWORD_ENV} dengan kata sandi profil yang baru, atau "
                   "jalankan perintah ini dari terminal untuk mengetiknya. Tidak ada yang "
                   "ditulis.").format(PROFILE_PASSWORD_ENV=PROFILE_PASSWORD_ENV))
        password = prompt("Kata sandi profil baru: ")
        if prompt("Ulangi kata sandi profil: ") != password:
            raise ProfileLockedError(_("Kedua kata sandi tidak sama. Tidak ada yang ditulis."))
    profile.mkdir(mode=0o700, parents=True, exist_ok=True)
    return create_vault(profile, password)


def open_training(root: Path | None = None, **options: object) -> tuple[object, Workbench]:
    """Start the embedded training server and open its officer's profile, logged in.

    The training folder persists (drafts, outbox, settings, lesson progress) until the trainee
    restarts training. Returns (the :class:`~lapor_desktop.workbench.training.TrainingSession`,
    the workbench).
    """
    from lapor_desktop.workbench import training

    session = training.start_training(root)
    try:
        bench = open_profile(session.profile, session.key(), training=True,
                             env={PASSWORD_ENV: session.password}, **options)
        try:
            bench.login(session.url, session.username, session.password)
            if session.created:
                # A trainee sees the cycle of sync quickly (later runs keep their choice).
                bench.update_settings(bench.settings.model_copy(
                    update={"sync_interval_minutes": 1}))
        except BaseException:
            bench.close()
            raise
    except BaseException:
        session.stop()
        raise
    return session, bench
