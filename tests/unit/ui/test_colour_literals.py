"""No colour is hard-coded in the UI outside ``ui/theme.py``: a dark or high-contrast system
palette can only be followed if every colour comes from the one theme module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

import lapor_desktop.ui

UI = Path(lapor_desktop.ui.__file__).parent
THEME = UI / "theme.py"

_HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b")
_FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
_PROPERTY = re.compile(r"(?:color|background|border(?:-[a-z]+)*|outline|selection-[a-z-]+)\s*:"
                       r"\s*([^;{}<>'\"]*)", re.IGNORECASE)
_NOT_COLOURS = {"transparent", "none", "inherit"}
_QCOLOR_FACTORIES = {"QColor", "fromString", "fromRgb", "fromRgbF", "fromRgba", "fromHsv",
                     "fromHsl", "fromCmyk", "fromRgba64"}


def _string_hits(text: str) -> list[str]:
    hits = _HEX.findall(text) + _FUNCTION.findall(text)
    for value in _PROPERTY.findall(text):
        hits += [word for word in re.findall(r"[A-Za-z]+", value)
                 if word.lower() not in _NOT_COLOURS and QColor.isValidColorName(word)]
    return hits


def colour_literals(source: str) -> list[str]:
    """Every hard-coded colour in ``source``: hex and rgb() in strings, named colours in style
    sheets, ``QColor(...)`` built from literals and ``Qt.GlobalColor`` members."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        where = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found += [f"{where}: {hit}" for hit in _string_hits(node.value)]
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in _QCOLOR_FACTORIES and any(isinstance(a, ast.Constant | ast.Attribute)
                                                 for a in node.args):
                found.append(f"{where}: {ast.unparse(node)}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute | ast.Name):
            owner = ast.unparse(node.value)
            if (owner in ("Qt.GlobalColor", "Qt") and node.attr not in _NOT_COLOURS
                    and node.attr not in ("color0", "color1")
                    and QColor.isValidColorName(node.attr)):
                found.append(f"{where}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("sample", [
    'label.setStyleSheet("QLabel { color: #8a1c17; }")',
    'label.setStyleSheet(f"QLabel {{ background: #fff; padding: {n}px; }}")',
    'STYLE = "QFrame { border: 1px solid darkred; }"',
    'label.setStyleSheet("color: rgb(10, 20, 30);")',
    'painter.setPen(QColor("white"))',
    'painter.setBrush(QColor(200, 40, 40))',
    'painter.fillRect(rect, Qt.GlobalColor.white)',
    'colour = QColor.fromString("#336699")',
    'html = "<b style=\'background-color:yellow\'>x</b>"',
])
def test_the_scan_finds_each_kind_of_colour_literal(sample):
    assert colour_literals(sample)


@pytest.mark.parametrize("sample", [
    'label.setStyleSheet(theme.style("QLabel {{ color: {error_text}; }}"))',
    'frame.setStyleSheet("#evidencePanel { border-radius: 3px; }")',
    'pixmap.fill(Qt.GlobalColor.transparent)',
    'label.setStyleSheet("QLabel { border: none; font-weight: bold; }")',
    'painter.setPen(theme.qcolour("tray_text"))',
])
def test_the_scan_leaves_theme_calls_and_selectors_alone(sample):
    assert colour_literals(sample) == []


def test_no_colour_literal_outside_the_theme_module():
    offenders = {path.name: hits for path in sorted(UI.glob("*.py")) if path != THEME
                 for hits in [colour_literals(path.read_text(encoding="utf-8"))] if hits}
    assert offenders == {}
