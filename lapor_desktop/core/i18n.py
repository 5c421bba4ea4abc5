"""Translatable text below the UI, after Picard's ``i18n.py``.

Indonesian is the source language. Code in every layer marks user-facing text with :func:`_`
(translate now) or :func:`N_` (mark only: module-level tables translated later with ``_()`` when
shown). The composition root installs the chosen language's catalogue with :func:`install`;
without one, text stays Indonesian. Qt-free, so the CLI, the workbench and the server-facing
code all speak the officer's language.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

DEFAULT_LANGUAGE = "id"

_language = DEFAULT_LANGUAGE
_catalog: Mapping[str, str] = {}


def install(language: str, catalog: Mapping[str, str]) -> None:
    """Use ``catalog`` (Indonesian source -> translation) for ``language`` from now on."""
    global _language, _catalog
    _language = language
    _catalog = dict(catalog)


def catalog_file(folder: Path, language: str) -> Path:
    """Where ``language``'s catalogue of messages below the UI lives (``messages_<lang>.json``,
    written by ``scripts/translations.py`` next to the Qt ``.qm`` files)."""
    return folder / f"messages_{language}.json"


def install_language(language: str, folder: Path) -> None:
    """Install ``language`` from its catalogue in ``folder``; Indonesian (the source language),
    or a language without a catalogue file, shows the source text."""
    try:
        catalog = json.loads(catalog_file(folder, language).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        catalog = {}
    install(language, catalog if isinstance(catalog, dict) else {})


def language() -> str:
    """The code of the language text is translated to (``"id"`` or ``"en"``)."""
    return _language


def _(message: str) -> str:
    """``message`` in the installed language (the Indonesian source when untranslated)."""
    return _catalog.get(message, message) if _catalog else message


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction without translating it now."""
    return message
