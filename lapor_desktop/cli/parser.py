"""An argument parser whose own words (usage, options, -h, errors) are translatable too, so
``--help`` speaks one language at a time instead of mixing argparse's English into Indonesian."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from lapor_desktop.core.i18n import _


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with a translated "usage:" prefix."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("penggunaan: ") if prefix is None else prefix)


class LaporParser(argparse.ArgumentParser):
    """:class:`argparse.ArgumentParser` with translated section titles, ``-h`` help and error
    prefix; sub-command parsers are made of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _("argumen posisi")
        self._optionals.title = _("opsi")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("tampilkan bantuan ini lalu keluar"))

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``prog: kesalahan: message``; exit 2 (as argparse does)."""
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: kesalahan: {message}\n").format(prog=self.prog, message=message))
