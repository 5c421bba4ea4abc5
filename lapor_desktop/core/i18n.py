"""Translatable text below the UI, after Picard's ``i18n.py``.

Indonesian is the source language. Code in every layer marks user-facing text with :func:`_`
(translate now) or :func:`N_` (mark only: module-level tables translated later with ``_()`` when
shown). The composition root installs the chosen language's catalogue with :func:`install`;
without one, text stays Indonesian. Qt-free, so the CLI, the workbench and the server-facing
code all speak the officer's language.
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "id"

_language = DEFAULT_LANGUAGE
_catalog: Mapping[str, str] = {}


def install(language: str, catalog: Mapping[str, str]) -> None:
    """Use ``catalog`` (Indonesian source -> translation) for ``language`` from now on."""
    global _language, _catalog
    _language = language
    _catalog = dict(catalog)


def language() -> str:
    """The code of the language text is translated to (``"id"`` or ``"en"``)."""
    return _language


def _(message: str) -> str:
    """``message`` in the installed language (the Indonesian source when untranslated)."""
    return _catalog.get(message, message) if _catalog else message


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction without translating it now."""
    return message
