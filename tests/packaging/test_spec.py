"""Packaging files stay consistent with the package, without building anything.

build.spec, the .deb script, the desktop entry, the NSIS installer and the Windows workflow must
all take the name and version from lapor_desktop/__init__.py, and the Windows uninstaller must
leave the officer's profile (%LOCALAPPDATA%\\lapor-desktop) alone.
"""

from __future__ import annotations

import ast
import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import lapor_desktop

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
DESKTOP = ROOT / "packaging" / "linux" / "lapor-desktop.desktop"
NSIS = ROOT / "packaging" / "windows" / "installer.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def _call_kwargs(tree: ast.Module, func: str) -> dict[str, ast.expr]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == func:
            return {kw.arg: kw.value for kw in node.keywords if kw.arg}
    raise AssertionError(f"build.spec has no {func}(...) call")


def test_spec_reads_name_and_version_from_the_package() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert lapor_desktop.__version__ not in re.findall(r"[\"']([^\"']+)[\"']", text), \
        "build.spec must not hard-code the version"
    tree = _spec_tree()
    assigned = {t.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                for t in node.targets if isinstance(t, ast.Name)}
    for name, const in (("APP_ID", "APP_ID"), ("VERSION", "__version__")):
        value = assigned[name]
        assert isinstance(value, ast.Call) and ast.literal_eval(value.args[0]) == const, name
    assert "lapor_desktop\" / \"__init__.py" in text


def test_spec_executable_is_named_after_the_app_id_and_uses_the_launcher() -> None:
    tree = _spec_tree()
    for func in ("EXE", "COLLECT"):
        name = _call_kwargs(tree, func)["name"]
        assert isinstance(name, ast.Name) and name.id == "APP_ID"
    launcher = ROOT / "packaging" / "launcher.py"
    assert "launcher.py" in SPEC.read_text(encoding="utf-8")
    assert "from lapor_desktop.cli import main" in launcher.read_text(encoding="utf-8")


def test_spec_bundles_migrations_and_resources() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in ('"migrations"', '"translations"', '"templates"', "openapi.json",
                   'collect_data_files("alembic")', "uvicorn.lifespan.on",
                   "sqlalchemy.dialects.sqlite", "keyring.backends", 'collect_submodules("lapor_desktop")'):
        assert needle in text, needle
    for path in ("resources/api/openapi.json", "packaging/icons/lapor-desktop.png",
                 "packaging/icons/lapor-desktop.ico"):
        assert (ROOT / path).is_file(), path
    assert list((ROOT / "resources" / "translations").glob("*.qm"))
    assert list((ROOT / "lapor_desktop" / "store" / "migrations" / "versions").glob("*.py"))


def test_icon_sizes() -> None:
    png = (ROOT / "packaging" / "icons" / "lapor-desktop.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (256, 256)
    ico = (ROOT / "packaging" / "icons" / "lapor-desktop.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 4


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == lapor_desktop.APP_NAME
    assert entry["Exec"].split()[0] == lapor_desktop.APP_ID
    assert entry["Icon"] == lapor_desktop.APP_ID
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    assert "laporan" in entry["Comment"].lower()  # Indonesian comment (the default locale)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_script_takes_the_version_from_the_package() -> None:
    text = (ROOT / "packaging" / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    assert "read_const __version__" in text
    assert lapor_desktop.__version__ not in text
    for needle in ("/opt/$APP_ID", "/usr/bin/$APP_ID", "usr/share/applications",
                   "hicolor/256x256/apps", "dpkg --print-architecture", "libegl1", "libgl1",
                   "libxcb-cursor0"):
        assert needle in text, needle


def _nsis() -> str:
    return NSIS.read_text(encoding="utf-8")


def test_nsis_version_comes_from_the_command_line() -> None:
    text = _nsis()
    assert re.search(r"!ifndef VERSION\s+!error", text), "VERSION must be required (/DVERSION=...)"
    assert not re.search(r"!define\s+VERSION\s", text), "VERSION must not be defined in the script"
    assert lapor_desktop.__version__ not in text
    assert '"DisplayVersion" "${VERSION}"' in text
    assert f'!define APP_ID "{lapor_desktop.APP_ID}"' in text
    assert f'!define PRODUCT_NAME "{lapor_desktop.APP_NAME}"' in text
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "lapor_desktop.__version__" in workflow and "/DVERSION=" in workflow
    check = (ROOT / "packaging" / "windows" / "check_nsis.sh").read_text(encoding="utf-8")
    assert "__version__" in check and '-DVERSION="$VERSION"' in check


def test_nsis_registers_the_uninstaller_and_both_languages() -> None:
    text = _nsis()
    for value in ("DisplayName", "DisplayVersion", "Publisher", "UninstallString"):
        assert re.search(rf'WriteRegStr \S+ "\$\{{UNINST_KEY\}}" "{value}"', text), value
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" in text
    assert '!insertmacro MUI_LANGUAGE "Indonesian"' in text
    assert '!insertmacro MUI_LANGUAGE "English"' in text
    for name in set(re.findall(r"LangString (\w+) ", text)):
        assert f"LangString {name} ${{LANG_INDONESIAN}}" in text
        assert f"LangString {name} ${{LANG_ENGLISH}}" in text


def _uninstall_section(text: str) -> str:
    match = re.search(r'Section "Uninstall"(.*?)SectionEnd', text, re.S)
    assert match, "no uninstall section"
    return match.group(1)


def test_nsis_uninstall_keeps_user_data() -> None:
    text = _nsis()
    section = _uninstall_section(text)
    code = "\n".join(line.split(";", 1)[0] for line in section.splitlines())
    for line in code.splitlines():
        words = line.split()
        if not words or words[0] not in ("RMDir", "Delete"):
            continue
        target = line.lower()
        assert "lapor-desktop" not in target.replace("${app_exe}", "") or "$instdir" in target, line
        assert "$localappdata" not in target and "$appdata" not in target, line
        if words[0] == "RMDir" and "/r" in words:
            # recursive deletes only inside the bundle's own folder
            assert "$INSTDIR\\_internal" in line, line
    # and the install folder is never the profile folder
    assert "$LOCALAPPDATA\\lapor-desktop" not in re.search(r"InstallDir (.*)", text).group(1)


def test_workflow_actions_are_pinned_by_commit_and_drop_credentials():
    """Issue 19: a moved tag must not change what the Windows build runs (zizmor in .ci/run
    checks more; this needs no tool)."""
    import re
    from pathlib import Path

    root = Path(__file__).parents[2]
    text = (root / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    uses = re.findall(r"uses:\s*(\S+)", text)
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    assert "persist-credentials: false" in text
    assert "--require-hashes -r requirements/lock-windows-py311.txt" in text
    run = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert "--require-hashes" in run and "zizmor --offline" in run
    for lock in ("lock-linux-py311.txt", "lock-build-linux-py311.txt", "lock-windows-py311.txt"):
        body = (root / "requirements" / lock).read_text(encoding="utf-8")
        pins = re.findall(r"^([A-Za-z0-9_.-]+)==\S+", body, re.MULTILINE)
        assert pins and body.count("--hash=sha256:") >= len(pins), lock
