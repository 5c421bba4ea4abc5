"""Issue 21: a colour change of the OS while the window is open recolours every themed widget, so
no style sheet may bake a theme colour in once: widgets take theme colours through
``theme.themed(widget, template)``, which ``theme.refresh()`` paints again."""

from __future__ import annotations

import ast
from pathlib import Path

import lapor_desktop.ui

UI = Path(lapor_desktop.ui.__file__).parent


def baked_sheets(source: str) -> list[int]:
    """Lines where ``setStyleSheet(...)`` is given a colour computed from ``theme`` now."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "setStyleSheet" and node.args):
            continue
        for inner in ast.walk(node.args[0]):
            if (isinstance(inner, ast.Attribute) and isinstance(inner.value, ast.Name)
                    and inner.value.id == "theme"):
                lines.append(node.lineno)
                break
    return lines


def test_the_scan_finds_a_baked_theme_colour():
    source = ("from lapor_desktop.ui import theme\n"
              "def build(label):\n"
              "    label.setStyleSheet(f\"color: {theme.colour('error_text')};\")\n"
              "    label.setStyleSheet(theme.style('color: {note_text};'))\n"
              "    theme.themed(label, 'color: {note_text};')\n"
              "    label.setStyleSheet('font-weight: bold;')\n")
    assert baked_sheets(source) == [3, 4]


def test_every_themed_style_sheet_follows_a_palette_change():
    found = {path.name: lines for path in sorted(UI.glob("*.py"))
             if path.name != "theme.py"
             and (lines := baked_sheets(path.read_text(encoding="utf-8")))}
    assert found == {}
