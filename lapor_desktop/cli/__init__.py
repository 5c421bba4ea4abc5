"""Command line of LAPOR! Desktop: the window by default, ``--demo``, and headless sub-commands.

Every command opens the officer's profile through :mod:`lapor_desktop.workbench`, the same way the
window does. Importing this package loads no Qt.
"""

from lapor_desktop.cli.main import main

__all__ = ["main"]
