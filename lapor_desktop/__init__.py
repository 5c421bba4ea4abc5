"""LAPOR! Desktop: the liaison officer's offline-first workbench for SP4N-LAPOR! complaints.

This module is the single source of truth for the version and the application name;
``pyproject.toml`` and ``build.spec`` read them from here.
"""

__version__ = "0.1.0"
APP_NAME = "LAPOR! Desktop"
APP_ID = "lapor-desktop"
ORG_NAME = "LAPOR Desktop"
