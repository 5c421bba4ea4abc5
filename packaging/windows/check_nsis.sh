#!/usr/bin/env bash
# Prove packaging/windows/installer.nsi compiles (makensis, warnings are errors) on Linux.
# Uses the real Windows bundle dist/<APP_ID>/<APP_ID>.exe when present; otherwise a dummy bundle
# with a placeholder .exe, so the script's syntax, pages, languages and registry logic are checked
# without a Windows build. The version comes from lapor_desktop/__init__.py, like the workflow's.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v makensis >/dev/null || { echo "check_nsis: makensis missing (apt-get install nsis)" >&2; exit 1; }
PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
VERSION="$("$PYTHON" -c 'import ast
t = ast.parse(open("lapor_desktop/__init__.py", encoding="utf-8").read())
print(next(ast.literal_eval(n.value) for n in t.body if isinstance(n, ast.Assign)
           and any(getattr(x, "id", None) == "__version__" for x in n.targets)))')"
VERSION4="$(printf '%s' "$VERSION" | grep -oE '[0-9]+' | head -3 | paste -sd. -).0"

OUT="$PWD/build/nsis-check"
rm -rf "$OUT" && mkdir -p "$OUT"
BUNDLE="$PWD/dist/lapor-desktop"
if [ ! -f "$BUNDLE/lapor-desktop.exe" ]; then
  BUNDLE="$OUT/dummy/lapor-desktop"
  mkdir -p "$BUNDLE/_internal/resources"
  printf 'MZ placeholder for the PyInstaller launcher\n' > "$BUNDLE/lapor-desktop.exe"
  printf 'placeholder\n' > "$BUNDLE/_internal/base_library.zip"
  printf '{}\n' > "$BUNDLE/_internal/resources/placeholder.json"
  echo "check_nsis: no Windows bundle here; compiling against a dummy bundle"
fi

makensis -V2 -WX -DVERSION="$VERSION" -DVERSION4="$VERSION4" -DBUNDLE_DIR="$BUNDLE" \
  -DOUTDIR="$OUT" packaging/windows/installer.nsi
SETUP="$OUT/lapor-desktop-$VERSION-setup.exe"
[ -s "$SETUP" ] || { echo "check_nsis: $SETUP not produced" >&2; exit 1; }
echo "check_nsis: OK $SETUP ($(stat -c %s "$SETUP") bytes)"
