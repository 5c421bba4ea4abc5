"""The committed translation files are complete, compiled and in step with the UI source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from lapor_desktop.ui.i18n import install_translator

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\w*\}")
# self.tr("text") / tr("Context", "text"); strings with escaped quotes are skipped.
ONE_ARG = re.compile(r'\btr\(\s*"((?:[^"\\\n])+)"\s*[,)]')
TWO_ARGS = re.compile(r'\btr\(\s*"[^"\\\n]+",\s*"((?:[^"\\\n])+)"\s*[,)]')


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"lapor_{language}.ts").getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


@pytest.fixture(scope="module")
def app() -> QCoreApplication:
    return QApplication.instance() or QApplication([])


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_message_is_finished(language: str) -> None:
    found = messages(language)
    assert len(found) > 100
    for context, source, msg in found:
        translation = msg.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)
        if language == "id":
            assert translation.text == source


def test_english_keeps_placeholders() -> None:
    for context, source, msg in messages("en"):
        text = msg.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context, source, text)
        assert ("&" in text) == ("&" in source), (context, source, text)


@pytest.mark.parametrize("language", ["id", "en"])
def test_qm_files_load(app: QCoreApplication, language: str) -> None:
    qm = TRANSLATIONS / f"lapor_{language}.qm"
    assert qm.is_file()
    assert QTranslator().load(str(qm))


def test_english_translator_translates_and_can_be_removed(app: QCoreApplication) -> None:
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("SyncStatusWidget", "Sinkronkan sekarang") == "Sync now"
        assert QCoreApplication.translate("Status", "Selesai") == "Closed"
    finally:
        app.removeTranslator(translator)
        install_translator(app, "id")  # restore the default locale
    assert QCoreApplication.translate(
        "SyncStatusWidget", "Sinkronkan sekarang") == "Sinkronkan sekarang"


def test_every_marked_string_is_in_the_catalogue() -> None:
    known = {source for _ctx, source, _msg in messages("en")}
    files = [*sorted((ROOT / "lapor_desktop" / "ui").glob("*.py")),
             ROOT / "lapor_desktop" / "app.py"]
    missing = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for pattern in (ONE_ARG, TWO_ARGS):
            for match in pattern.finditer(text):
                literal = match.group(1)
                if literal in known:
                    continue
                # tr("Context", "text"): the first literal is a context name, not a message.
                if pattern is ONE_ARG and re.match(r'\s*,', text[match.end(1) + 1:]):
                    continue
                missing.append(f"{path.name}: {literal}")
    assert not missing, missing


def test_dynamic_labels_are_in_their_contexts() -> None:
    """Lookup-table labels are translated at run time, so lupdate cannot see them."""
    from lapor_desktop.core.status import ACTION_LABELS as KIND_LABELS
    from lapor_desktop.core.status import STATUS_LABELS
    from lapor_desktop.reports.tables import OVERDUE_HEADERS
    from lapor_desktop.ui.ledger_view import COLUMNS
    from lapor_desktop.workbench.ledger import STATE_LABELS

    known = {(ctx, source) for ctx, source, _msg in messages("en")}
    expected = [("LedgerView", label) for label in (*KIND_LABELS.values(),
                                                    *STATE_LABELS.values(), *COLUMNS)]
    expected += [("ConflictDialog", label) for label in STATUS_LABELS.values()]
    expected += [("PdfReport", label) for label in OVERDUE_HEADERS]
    expected += [("PdfReport", "Laporan diterima"), ("Notifier", "{tracking_id}: {title}")]
    assert [pair for pair in expected if pair not in known] == []


def test_qt_own_texts_are_indonesian_in_indonesian_and_english_in_english(app) -> None:
    """Issue 21: the Qt file dialog and standard buttons were English in Indonesian mode (Qt
    ships no qtbase_id.qm; ours, qt_id.qm, is loaded with the language)."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit

    def texts() -> tuple[list[str], str, list[str]]:
        edit = QLineEdit()
        menu = edit.createStandardContextMenu()
        actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        return actions, box.button(QDialogButtonBox.StandardButton.Cancel).text(), labels

    install_translator(app, "id")
    actions, cancel, labels = texts()
    assert "&Salin" in actions and "&Tempel" in actions and cancel == "Batal"
    assert "&Nama berkas:" in labels
    translator = install_translator(app, "en")
    try:
        actions, cancel, labels = texts()
        assert "&Copy" in actions and cancel == "Cancel" and "File &name:" in labels
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        install_translator(app, "id")
