"""Where the read-only resources (translations, templates, API spec, icons) are.

From a source checkout or an editable install they sit in ``resources/`` beside the package; in a
PyInstaller bundle, in ``resources/`` inside the bundle (``sys._MEIPASS``). Every module asks here
instead of counting parent folders, so the frozen app finds the same files.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource(*parts: str) -> Path:
    """A path inside :func:`resources_dir`."""
    return resources_dir().joinpath(*parts)
