"""Translations: Indonesian is the source language of every UI string; English is a translation.

Strings are marked with ``self.tr()`` in widgets or :func:`tr` elsewhere in ``ui/`` so
``pyside6-lupdate`` finds them; ``scripts/translations.py`` refreshes the ``.ts`` files and
compiles the ``.qm`` files into ``resources/translations``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lapor_desktop.core import i18n as core_i18n
from lapor_desktop.resources import resource

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"


def translations_dir() -> Path:
    """Folder of the compiled ``.qm`` files (next to the package, or inside a frozen bundle)."""
    return resource("translations")


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` outside a QObject (``context`` is usually the module's class name)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``lapor_<language>.qm`` into ``app``; returns the translator (keep a reference)."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    # British English: 24-hour times and day-month dates, as the English catalogue (en_GB).
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian) if language == "id"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Messages raised below the UI (workbench, sync, store, reports) speak the same language.
    core_i18n.install_language(language, translations_dir())
    _install_qt_texts(app, language)
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"lapor_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


_qt_translator: QTranslator | None = None


def _install_qt_texts(app: QCoreApplication, language: str) -> None:
    """Qt's own texts (file dialog, standard buttons, edit menus) in ``language``: Qt ships no
    Indonesian catalogue, so ours (``qt_id.qm``) is loaded; English needs none."""
    global _qt_translator
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if language == "en":
        return
    translator = QTranslator(app)
    if translator.load(str(translations_dir() / f"qt_{language}.qm")):
        app.installTranslator(translator)
        _qt_translator = translator
