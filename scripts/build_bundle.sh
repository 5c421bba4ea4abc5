#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/<APP_ID>/) from build.spec, then report its size
# unpacked (du -sm) and compressed (tar.gz), failing when over budget.
#   MAX_UNPACKED_MB (default 150), MAX_COMPRESSED_MB (default 60), PYTHON (default .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
MAX_UNPACKED_MB="${MAX_UNPACKED_MB:-150}"
MAX_COMPRESSED_MB="${MAX_COMPRESSED_MB:-60}"
APP_ID="$("$PYTHON" -c 'import ast,sys
t = ast.parse(open("lapor_desktop/__init__.py", encoding="utf-8").read())
print(next(ast.literal_eval(n.value) for n in t.body if isinstance(n, ast.Assign)
           and any(getattr(x, "id", None) == "APP_ID" for x in n.targets)))')"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build.spec

BUNDLE="dist/$APP_ID"
[ -x "$BUNDLE/$APP_ID" ] || { echo "build_bundle: $BUNDLE/$APP_ID missing" >&2; exit 1; }

# Every shared object in the bundle must resolve against the bundle + the .deb's Depends; report
# what is still unresolved here (expected: nothing, or only libs the target system provides).
if command -v ldd >/dev/null; then
  missing="$(find "$BUNDLE/_internal" -name '*.so*' -type f -exec sh -c \
    'LD_LIBRARY_PATH="$1/_internal:$1/_internal/PySide6/Qt/lib" ldd "$2" 2>/dev/null | grep "not found"' \
    _ "$BUNDLE" {} \; | awk '{print $1}' | sort -u | tr '\n' ' ')"
  [ -z "$missing" ] || echo "build_bundle: libraries the target must provide: $missing"
fi

unpacked_mb="$(du -sm "$BUNDLE" | cut -f1)"
archive="dist/$APP_ID-bundle.tar.gz"
tar -C dist -czf "$archive" "$APP_ID"
compressed_mb="$(( ( $(stat -c %s "$archive") + 1048575 ) / 1048576 ))"
echo "bundle: $BUNDLE unpacked ${unpacked_mb} MB (max ${MAX_UNPACKED_MB}), $archive ${compressed_mb} MB (max ${MAX_COMPRESSED_MB})"
ls -l "$archive"

status=0
if [ "$unpacked_mb" -gt "$MAX_UNPACKED_MB" ]; then
  echo "build_bundle: unpacked size ${unpacked_mb} MB is over ${MAX_UNPACKED_MB} MB" >&2; status=1
fi
if [ "$compressed_mb" -gt "$MAX_COMPRESSED_MB" ]; then
  echo "build_bundle: compressed size ${compressed_mb} MB is over ${MAX_COMPRESSED_MB} MB" >&2; status=1
fi
exit $status
