"""Layer rules of DESIGN section 3, enforced.

The import contracts (layers, Qt only in the Qt side, SQLAlchemy only in the store, the server
never importing the client, no cycles) live in ``pyproject.toml`` and are checked by
import-linter; this module runs it, checks that only the workbench wires a profile's store,
session and engine, and that the headless CLI really starts without Qt.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lapor_desktop"

# Who may build the long-lived objects of a profile: the workbench opens the store and builds the
# session and engine; the store module defines them; the server has a database of its own.
CONSTRUCTORS = {"open_store", "Store", "SyncEngine", "SyncSession", "create_engine"}
ALLOWED = {
    "lapor_desktop/workbench/workbench.py": {"open_store", "SyncEngine", "SyncSession"},
    "lapor_desktop/store/engine.py": {"Store", "create_engine"},
    "lapor_desktop/server/db.py": {"create_engine"},
}


def _constructed(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in CONSTRUCTORS:
                names.add(name)
    return names


def test_only_the_workbench_constructs_store_session_and_engine():
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if "/migrations/" in rel:
            continue
        made = _constructed(path)
        if made:
            found[rel] = made
    stray = {rel: names - ALLOWED.get(rel, set()) for rel, names in found.items()
             if names - ALLOWED.get(rel, set())}
    assert stray == {}, f"a second wiring of the profile's objects: {stray}"
    # The scan sees the real constructions (a scan that finds nothing would pass by accident).
    assert found["lapor_desktop/workbench/workbench.py"] == ALLOWED[
        "lapor_desktop/workbench/workbench.py"]


def test_import_contracts_hold():
    """The layer contracts in pyproject.toml (import-linter), as CI runs them."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout and " kept" in result.stdout


def test_cli_version_does_not_load_qt():
    probe = ("import sys\nsys.modules['PySide6'] = None\n"
             "from lapor_desktop.cli import main\n"
             "try:\n    main(['--version'])\nexcept SystemExit as e:\n    sys.exit(e.code)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    import lapor_desktop

    lines = result.stdout.splitlines()
    assert lines[0] == f"LAPOR! Desktop {lapor_desktop.__version__}"
    # Support staff also need the Qt version and where the data and logs are.
    assert lines[1].startswith("Qt (PySide6) 6.")
    assert lines[2].startswith("Folder data: ") and lines[3].startswith("Folder log: ")
