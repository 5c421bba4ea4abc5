"""Command line of LAPOR! Desktop.

``lapor-desktop`` alone opens the window; ``--demo`` opens it in training mode on the embedded
reference server. Sub-commands run the same library code headless (no Qt is imported for them),
so a scheduled task or a technician on a slow link can sync and inspect a profile.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from lapor_desktop import APP_NAME, __version__
from lapor_desktop.cli.parser import LaporParser
from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.i18n import _


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; sub-commands register themselves in their own modules."""
    parser = LaporParser(
        prog="lapor-desktop",
        description=_("{app}: meja kerja Admin Penghubung SP4N-LAPOR!").format(app=APP_NAME),
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0,
                        help=_("versi aplikasi, versi Qt, folder data dan folder log"))
    parser.add_argument("--profile", metavar="DIR",
                        help=_("folder profil petugas (bawaan: folder data pengguna, "
                               "atau LAPOR_DESKTOP_HOME)"))
    parser.add_argument("--demo", action="store_true",
                        help=_("mode latihan: server referensi tertanam dengan data contoh"))
    parser.add_argument("--selftest", action="store_true",
                        help=_("uji mandiri: server latihan, jendela, sinkronisasi, satu tindak "
                               "lanjut; keluar 0 bila berhasil"))
    parser.set_defaults(handler=None)
    from lapor_desktop.cli import commands  # Qt-free: only argparse at import time

    commands.register(parser.add_subparsers(title=_("perintah"), metavar=_("PERINTAH")))
    return parser


def version_text(profile: str | None = None) -> str:
    """What ``--version`` prints: app and Qt versions, data and log folders (for support).

    Qt's version comes from the installed package's metadata, so this never loads Qt.
    """
    from lapor_desktop.store.profile import logs_dir, resolve_profile_dir
    from lapor_desktop.ui.qt_version import qt_version

    qt = qt_version()
    data = resolve_profile_dir(profile, os.environ)
    return (f"{APP_NAME} {__version__}\nQt (PySide6) {qt}\n"
            + _("Folder data: {data}\nFolder log: {logs}").format(data=data, logs=logs_dir(data)))


class _VersionAction(argparse.Action):
    """``--version``: print :func:`version_text` (honouring an earlier ``--profile``), exit."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(version_text(getattr(namespace, "profile", None)))
        parser.exit()


def install_language(profile: str | None) -> None:
    """Messages from every layer in the profile's language (Settings.language); a profile
    that cannot be read yet keeps the Indonesian source text."""
    from lapor_desktop.core.i18n import install_language as install
    from lapor_desktop.resources import resource
    from lapor_desktop.store.profile import resolve_profile_dir
    from lapor_desktop.workbench.settings import load_settings

    try:
        language = load_settings(resolve_profile_dir(profile, os.environ)).language
    except (OSError, ValueError, KnownError):
        return
    install(language, resource("translations"))


def _global_options(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--profile`` and whatever is not a window option (a sub-command, ``--help``), read
    before the parser is built; the window alone skips the settings read (first paint)."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--profile")
    for flag in ("--demo", "--selftest"):
        pre.add_argument(flag, action="store_true")
    try:
        known, rest = pre.parse_known_args(argv)
    except argparse.ArgumentError:  # e.g. --profile without a folder: the real parser says so
        return None, argv
    return known.profile, rest


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``lapor-desktop`` console script; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    profile, rest = _global_options(argv)
    if rest:  # a sub-command or --help: its text (built with the parser) in the profile's language
        install_language(profile)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.handler is not None:
        try:
            return int(args.handler(args) or 0)
        except KnownError as error:
            # A known failure (locked profile, damaged database ...) is a message, not a trace.
            print(error, file=sys.stderr)
            return 1
    # The GUI is imported only here so headless commands never load Qt.
    if args.selftest:
        import os

        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from lapor_desktop.app import run_selftest

        return run_selftest(args)
    # Something on screen first: the shell paints before the application's imports.
    from lapor_desktop.ui.first_paint import paint_first

    shell = paint_first()
    from lapor_desktop.app import run_gui

    return run_gui(args, on_ready=shell.dismiss)


if __name__ == "__main__":
    sys.exit(main())
