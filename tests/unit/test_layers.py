"""Layer rules of DESIGN section 3, enforced.

Everything below ``ui/`` must import with Qt absent, so the headless CLI, the reference server and
the tests run the same code as the GUI. The check runs in a fresh interpreter where PySide6 and
shiboken6 cannot be imported at all.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

QT_FREE_PACKAGES = ("core", "store", "sync", "server", "reports", "workbench")

_PROBE = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    # A None entry makes any import of the name raise ImportError, as if Qt were not installed.
    for name in ("PySide6", "shiboken6"):
        sys.modules[name] = None
    import lapor_desktop
    imported = []
    for pkg_name in sys.argv[1:]:
        pkg = importlib.import_module(f"lapor_desktop.{pkg_name}")
        imported.append(pkg.__name__)
        for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
            if ".migrations" in info.name:
                continue  # Alembic's env and revision scripts run under Alembic, not on import.
            importlib.import_module(info.name)
            imported.append(info.name)
    qt = [m for m, v in sys.modules.items() if v is not None and m.split(".")[0] in
          ("PySide6", "shiboken6")]
    assert not qt, qt
    print("\\n".join(imported))
    """
)


def test_lower_layers_import_without_qt():
    result = subprocess.run([sys.executable, "-c", _PROBE, *QT_FREE_PACKAGES],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    # The probe really walked the packages (not an empty run that passes by accident).
    assert {"lapor_desktop.core.models", "lapor_desktop.core.calendar"} <= imported


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
