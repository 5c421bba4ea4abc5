"""Refresh and compile the UI translations.

Indonesian is the source language of every UI string.  This script:

1. runs ``pyside6-lupdate`` over ``lapor_desktop/ui/*.py`` and ``lapor_desktop/app.py``;
2. repairs what lupdate's Python parser gets wrong: module-level ``tr("Context", "text")``
   calls (lupdate reads them as ``tr(text, comment)`` with an empty context) and calls whose
   context is a module constant (``tr(_CTX, "text")``) are re-extracted with :mod:`ast`;
   Local string variables (``item = "..."; self.tr(item)``) and one-line wrappers such as
   ``def _t(text): return tr("PdfReport", text)`` are resolved the same way;
3. appends the labels that are only translated dynamically (``tr("Status", STATUS_LABELS[s])``,
   ``tr(_CTX, ACTION_LABELS[k])``, ``self.tr(c) for c in COLUMNS`` and friends) in the context
   each UI module uses for them (see :func:`dynamic_labels`);
4. fills the translations: ``lapor_id.ts`` translates every message to its own source,
   ``lapor_en.ts`` takes them from ``resources/translations/en.json`` (keys are
   ``"context|source"``, or just ``"source"`` as a fallback);
5. runs ``pyside6-lrelease`` to build ``lapor_id.qm`` and ``lapor_en.qm``;
6. extracts the messages marked with ``_()``/``N_()`` (:mod:`lapor_desktop.core.i18n`) from every
   module outside ``ui/`` and writes their catalogue ``messages_en.json`` (source -> English,
   from the same ``en.json``); Indonesian, the source language, needs none. Exception messages
   raised as bare literals there (not wrapped in ``_()``) are reported as unmarked.

Usage: ``python scripts/translations.py`` (update), ``python scripts/translations.py --check``
(exit 1 if a committed ``.ts``/``.qm``/``messages_en.json`` file is stale, an English
translation is missing, or a message below the UI is not marked for translation).
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lapor_desktop.core.status import (  # noqa: E402
    ACTION_LABELS,  # noqa: E402
    CLASSIFICATION_LABELS,  # noqa: E402
    LOCAL_STATE_LABELS,
    STATUS_LABELS,
)
from lapor_desktop.reports.indicators import STAGE_LABELS as REPORT_STAGES  # noqa: E402
from lapor_desktop.reports.tables import OVERDUE_HEADERS  # noqa: E402
from lapor_desktop.ui.ledger_view import COLUMNS as LEDGER_COLUMNS  # noqa: E402
from lapor_desktop.workbench.drafts import bundled_templates  # noqa: E402
from lapor_desktop.workbench.ledger import STATE_LABELS  # noqa: E402
from lapor_desktop.workbench.lessons import LESSONS  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
EN_JSON = TRANSLATIONS / "en.json"
TARGETS = {"id": "id_ID", "en": "en_GB"}
SOURCE_LANGUAGE = "id_ID"

Message = tuple[str, str, str | None, str, int]  # context, source, comment, file, line


def sources() -> list[Path]:
    files = sorted((ROOT / "lapor_desktop" / "ui").glob("*.py"))
    return [*files, ROOT / "lapor_desktop" / "app.py"]


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (activate the venv)")
    return found


def _string(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module functions ``def f(text): return tr("Ctx", text)``: name -> context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.args.args
                and len(node.body) == 1 and isinstance(node.body[0], ast.Return)):
            continue
        call = node.body[0].value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "tr" and len(call.args) == 2):
            continue
        context = _string(call.args[0], constants)
        param = node.args.args[0].arg
        if context and isinstance(call.args[1], ast.Name) and call.args[1].id == param:
            found[node.name] = context
    return found


def module_level_calls(path: Path) -> list[Message]:
    """``tr(context, text[, disambiguation])`` calls (not ``self.tr``) with literal strings,
    calls of ``tr`` wrappers, and ``self.tr(name)`` where ``name`` is a string variable."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets if isinstance(target, ast.Name)
    }
    wrappers = _wrappers(tree, constants)
    rel = path.relative_to(ROOT).as_posix()
    found: list[Message] = []

    def local_strings(scope: ast.AST) -> dict[str, str]:
        names = dict(constants)
        for node in ast.walk(scope):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                    and isinstance(node.value.value, str)):
                names.update((t.id, node.value.value) for t in node.targets
                             if isinstance(t, ast.Name))
        return names

    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id == "tr" and len(node.args) >= 2:
            context = _string(node.args[0], constants)
            text = _string(node.args[1], constants)
            extra = node.args[2:]
        elif node.func.id in wrappers and len(node.args) == 1:
            context = wrappers[node.func.id]
            text = _string(node.args[0], constants)
            extra = []
        else:
            continue
        if context is None or text is None:
            continue  # dynamic text: covered by dynamic_labels()
        comment = _string(extra[0], constants) if extra else None
        found.append((context, text, comment, rel, node.lineno))
    # self.tr(variable) inside a class: lupdate only reads literals.
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        for func in ast.walk(cls):
            if not isinstance(func, ast.FunctionDef):
                continue
            names = local_strings(func)
            for node in ast.walk(func):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "self" and node.args
                        and isinstance(node.args[0], ast.Name)
                        and node.args[0].id in names):
                    found.append((cls.name, names[node.args[0].id], None, rel, node.lineno))
    return found


def _table_labels(path: Path, *functions: str) -> list[str]:
    """First items of the ``("label", ...)`` tuples a report-table function returns."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    labels: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.List):
                    labels.extend(
                        item.elts[0].value for item in ret.value.elts
                        if isinstance(item, ast.Tuple) and item.elts
                        and isinstance(item.elts[0], ast.Constant)
                        and isinstance(item.elts[0].value, str))
    return labels


def dynamic_labels() -> list[Message]:
    """Labels from lookup tables, in the context each UI module translates them in."""
    tables = ROOT / "lapor_desktop" / "reports" / "tables.py"
    out: list[Message] = []
    for context, labels, rel in (
        ("Status", STATUS_LABELS.values(), "lapor_desktop/core/status.py"),
        ("LocalState", LOCAL_STATE_LABELS.values(), "lapor_desktop/core/status.py"),
        ("Classification", CLASSIFICATION_LABELS.values(), "lapor_desktop/ui/filter_bar.py"),
        # conflict_dialog.py: self.tr(STATUS_LABELS[complaint.status])
        ("ConflictDialog", STATUS_LABELS.values(), "lapor_desktop/core/status.py"),
        # ledger_view.py: tr(_CTX, ACTION_LABELS[...]), tr(_CTX, STATE_LABELS[...]), self.tr(c)
        ("LedgerView", ACTION_LABELS.values(), "lapor_desktop/core/status.py"),
        ("LedgerView", STATE_LABELS.values(), "lapor_desktop/ledger.py"),
        ("LedgerView", LEDGER_COLUMNS, "lapor_desktop/ui/ledger_view.py"),
        # pdf_report.py: _t(label) for the title block, indicators and overdue headers
        ("PdfReport", _table_labels(tables, "header_rows", "indicator_rows"),
         "lapor_desktop/reports/tables.py"),
        ("PdfReport", OVERDUE_HEADERS, "lapor_desktop/reports/tables.py"),
        # lesson_panel.py / training_certificate.py: lesson_text(title, goal, hint)
        ("Lessons", [t for lesson in LESSONS for t in (lesson.title, lesson.goal, *lesson.hints)],
         "lapor_desktop/workbench/lessons.py"),
        # ui/formatting.report_formats: the overdue list's stage in the PDF
        ("PdfReport", REPORT_STAGES.values(), "lapor_desktop/reports/indicators.py"),
        # followup_editor.py: tr("Template", template.title) for the bundled templates' names
        ("Template", [t.title for t in bundled_templates()], "resources/templates"),
    ):
        out.extend((context, label, None, rel, 0) for label in labels if label)
    return out


# Exceptions that are programming errors (never shown as the officer's message) may keep
# plain English literals.
_INTERNAL_EXCEPTIONS = {"ValueError", "TypeError", "OSError", "RuntimeError", "AssertionError",
                        "KeyError", "NotImplementedError", "SystemExit"}


def core_sources() -> list[Path]:
    """Every module below the UI whose text reaches the officer (not ui/, not the server,
    which answers in its own language, not the shared wire protocol)."""
    package = ROOT / "lapor_desktop"
    skip = ("ui", "server", "protocol")
    return sorted(p for p in package.rglob("*.py")
                  if p.relative_to(package).parts[0] not in skip and p.name != "app.py")


def core_messages(path: Path) -> list[str]:
    """The literal first arguments of ``_()``/``N_()`` calls in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "N_") and node.args
            and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)]


# Calls whose text argument reaches the officer's terminal: printed lines, prompts, refusals,
# and argparse's help (``help=``, ``description=``, ``epilog=``, ``title=`` keywords).
_PRINTING_CALLS = {"print", "_fail", "getpass", "error", "exit"}
_TEXT_KEYWORDS = {"help", "description", "epilog", "title", "usage"}


def _words(node: ast.AST) -> bool:
    """``node`` is a literal (or an f-string, or a concatenation holding one) with words in it:
    ``f"  {what}: {n}"`` formats data only and needs no translation."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    else:
        return False
    return any(ch.isalpha() for part in parts for ch in part)


def unmarked_messages(path: Path) -> list[str]:
    """Text below the UI that cannot be translated: ``raise SomeError("literal")`` /
    ``f"..."``, and literals with words passed to ``print(``, ``parser.error(``, a prompt or
    ``_fail(`` or as argparse's ``help=``/``description=``/``epilog=``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = (path.relative_to(ROOT) if path.is_relative_to(ROOT) else path).as_posix()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            texts = [k.value for k in node.keywords if k.arg in _TEXT_KEYWORDS]
            if name in _PRINTING_CALLS:
                texts.extend(node.args)
            if any(_words(text) for text in texts):
                found.append(f"{rel}:{node.lineno}")
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        first = node.exc.args[0]
        literal = isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str))
        if literal and name not in _INTERNAL_EXCEPTIONS:
            found.append(f"{rel}:{node.lineno}")
    return found


def build_catalog(english: dict[str, str], missing: list[str]) -> bytes:
    """``messages_en.json``: every marked message below the UI with its English text."""
    catalog: dict[str, str] = {}
    # Labels from core tables that messages below the UI translate with _(table[key]).
    labels = [*STATUS_LABELS.values(), *ACTION_LABELS.values(),
              *(label for label in LOCAL_STATE_LABELS.values() if label)]
    tables = {label: english.get(f"Status|{label}") or english.get(f"LedgerView|{label}")
              or english.get(f"LocalState|{label}") for label in labels}
    for path in core_sources():
        for message in [*core_messages(path), *labels]:
            text = english.get(message) or tables.get(message)
            if text:
                catalog[message] = text
            elif message not in catalog:
                missing.append(message)
    missing[:] = list(dict.fromkeys(missing))
    body = json.dumps(dict(sorted(catalog.items())), ensure_ascii=False, indent=1)
    return (body + "\n").encode()


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == name:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    return ctx


def _has(ctx: ET.Element, source: str, comment: str | None) -> ET.Element | None:
    for msg in ctx.findall("message"):
        if msg.findtext("source") == source and msg.findtext("comment") == comment:
            return msg
    return None


def build_ts(language: str, english: dict[str, str], missing: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "out.ts"
        subprocess.run(
            [_tool("pyside6-lupdate"), *[str(p) for p in sources()], "-no-obsolete",
             "-locations", "none", "-source-language", SOURCE_LANGUAGE,
             "-target-language", TARGETS[language], "-ts", str(ts)],
            check=True, capture_output=True, cwd=ROOT)
        root = ET.parse(ts).getroot()
    # lupdate files module-level tr("Ctx", "text") under an empty context: drop and redo them.
    for ctx in root.findall("context"):
        if not ctx.findtext("name"):
            root.remove(ctx)
    extra = [m for path in sources() for m in module_level_calls(path)] + dynamic_labels()
    for context, source, comment, _rel, _line in extra:
        ctx = _context(root, context)
        if _has(ctx, source, comment) is None:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            if comment:
                ET.SubElement(msg, "comment").text = comment
            ET.SubElement(msg, "translation")
    for ctx in root.findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            source = msg.findtext("source") or ""
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            translation.attrib.pop("type", None)
            if language == "id":
                translation.text = source
                continue
            text = english.get(f"{name}|{source}", english.get(source))
            if text:
                translation.text = text
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append(f"{name}|{source}")
    root.set("language", TARGETS[language])
    root.set("sourcelanguage", SOURCE_LANGUAGE)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only verify that the .ts files are up to date and complete")
    args = parser.parse_args(argv)
    english = json.loads(EN_JSON.read_text(encoding="utf-8")) if EN_JSON.exists() else {}
    missing: list[str] = []
    stale: list[str] = []
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in TARGETS:
        data = build_ts(language, english, missing)
        target = TRANSLATIONS / f"lapor_{language}.ts"
        if args.check:
            if not target.exists() or target.read_bytes() != data:
                stale.append(target.name)
            qm = target.with_suffix(".qm")
            if not qm.exists():
                stale.append(qm.name)
            continue
        target.write_bytes(data)
        subprocess.run([_tool("pyside6-lrelease"), str(target), "-qm",
                        str(target.with_suffix(".qm"))], check=True, capture_output=True)
    # Qt's own texts in Indonesian (hand-kept qt_id.ts: Qt ships no qtbase_id.qm).
    qt_ts = TRANSLATIONS / "qt_id.ts"
    if qt_ts.exists() and not args.check:
        subprocess.run([_tool("pyside6-lrelease"), str(qt_ts), "-qm",
                        str(qt_ts.with_suffix(".qm"))], check=True, capture_output=True)
    elif qt_ts.exists() and not qt_ts.with_suffix(".qm").exists():
        stale.append("qt_id.qm")
    catalog_missing: list[str] = []
    catalog = build_catalog(english, catalog_missing)
    catalog_path = TRANSLATIONS / "messages_en.json"
    if args.check:
        if not catalog_path.exists() or catalog_path.read_bytes() != catalog:
            stale.append(catalog_path.name)
    else:
        catalog_path.write_bytes(catalog)
    missing.extend(catalog_missing)
    unmarked = [where for path in core_sources() for where in unmarked_messages(path)]
    for where in unmarked:
        print(f"message not marked for translation (wrap it in _()): {where}", file=sys.stderr)
    for key in missing:
        print(f"missing English translation: {key}", file=sys.stderr)
    for name in stale:
        print(f"out of date: {name} (run scripts/translations.py)", file=sys.stderr)
    if not args.check:
        count = sum(1 for _ in ET.parse(TRANSLATIONS / "lapor_en.ts").getroot().iter("message"))
        print(f"{count} messages; {len(missing)} without English translation")
    return 1 if missing or stale or unmarked else 0


if __name__ == "__main__":
    raise SystemExit(main())
