"""Entry script of the frozen bundle (PyInstaller needs a file, not a console-script entry point).

Everything the installed ``lapor-desktop`` command does (``--version``, ``--demo``, ``--selftest``,
sub-commands) goes through :func:`lapor_desktop.cli.main`, so the bundle behaves the same.
"""

import sys

from lapor_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
