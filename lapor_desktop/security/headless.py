"""The profile key for headless commands (``sync``, ``status``, ``reply``, ``export``).

A window asks for the password on its unlock page; a command line or a scheduled task cannot. In
order: the key remembered in the OS keyring ("ingat di komputer ini"), the password in
``LAPOR_PROFILE_PASSWORD``, a prompt when a person is at the terminal. An unencrypted profile
(no ``vault.json``) needs no key.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _
from lapor_desktop.security.keys import has_vault, load_vault
from lapor_desktop.security.remember import KeyRemember

PROFILE_PASSWORD_ENV = "LAPOR_PROFILE_PASSWORD"


class ProfileLockedError(KnownError):
    """The profile is encrypted and no way to unlock it was given."""


def profile_key(profile: Path, *, env: Mapping[str, str] | None = None,
                remember: KeyRemember | None = None,
                prompt: Callable[[str], str] | None = None) -> bytes | None:
    """The master key of ``profile``, or ``None`` for an unencrypted profile."""
    if not has_vault(profile):
        return None
    env = os.environ if env is None else env
    vault = load_vault(profile)
    key = (remember or KeyRemember()).load(profile)
    if key is not None and vault.verify(key):
        return key
    password = env.get(PROFILE_PASSWORD_ENV)
    if password:
        return vault.unlock(password)
    if prompt is None and sys.stdin is not None and sys.stdin.isatty():
        prompt = getpass.getpass
    if prompt is not None:
        return vault.unlock(prompt("Kata sandi profil: "))
    raise ProfileLockedError(
        _("Profil ini terenkripsi. Setel LAPOR_PROFILE_PASSWORD, jalankan dari terminal untuk "
        "mengetik kata sandi, atau centang \"Ingat di komputer ini\" di aplikasi."))
