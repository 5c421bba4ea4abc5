"""The installed Qt binding's version, for ``--version`` and support, without starting Qt."""

from __future__ import annotations


def qt_version() -> str:
    """PySide6's version from the package metadata; in a frozen bundle (no metadata) from
    PySide6's own ``__init__``, which loads no Qt library; "?" when neither is there."""
    from importlib import metadata

    try:
        return metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        try:
            import PySide6
        except ImportError:
            return "?"
        return PySide6.__version__
