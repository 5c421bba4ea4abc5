"""What every headless command shares: the ``--profile`` option and opening the workbench."""

from __future__ import annotations

import argparse
from typing import Any

from lapor_desktop.core.i18n import _


def with_profile(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Accept ``--profile`` after the sub-command too (SUPPRESS keeps the global value)."""
    parser.add_argument("--profile", metavar="DIR", default=argparse.SUPPRESS,
                        help=_("folder profil petugas"))
    return parser


def open_workbench(args: argparse.Namespace, *, create: bool = False) -> Any:  # -> Workbench
    """The workbench of the profile the command names, opened as the window opens it
    (imported here, not at the top, so ``--help`` stays fast)."""
    from lapor_desktop.workbench.doors import open_headless

    return open_headless(args.profile, create=create)
