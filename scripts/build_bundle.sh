#!/usr/bin/env bash
# Build the one-folder PyInstaller bundle (dist/<APP_ID>/) from build.spec, then report its size
# unpacked (du -sm) and compressed (tar.gz and tar.xz), failing when over budget.
#   MAX_UNPACKED_MB (default 165, MiB as du -sm counts), MAX_COMPRESSED_MB (default 60, decimal MB)
# 165 MiB: 142 before Pillow (evidence photos cleaned of GPS/EXIF metadata), 154 with it, and
# PDFium (pypdfium2, ~8 MiB) for the built-in PDF preview of attachments.
#   PYTHON (default .venv/bin/python)
# The compressed budget is enforced on tar.xz: what users download is LZMA-compressed (the .deb's
# data.tar.xz, the NSIS installer's solid LZMA). tar.gz is reported too, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
MAX_UNPACKED_MB="${MAX_UNPACKED_MB:-165}"
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

unpacked_mb="$(du -sm "$BUNDLE" | cut -f1)"  # MiB
gz="dist/$APP_ID-bundle.tar.gz"
xz="dist/$APP_ID-bundle.tar.xz"
tar -C dist -czf "$gz" "$APP_ID"
tar -C dist -cf - "$APP_ID" | xz -T0 -6 > "$xz"
gz_bytes="$(stat -c %s "$gz")"
xz_bytes="$(stat -c %s "$xz")"
mb() { echo "$(( ($1 + 999999) / 1000000 )) MB / $(( ($1 + 1048575) / 1048576 )) MiB"; }
ls -l "$gz" "$xz"
echo "bundle: $BUNDLE unpacked ${unpacked_mb} MiB (du -sm; max ${MAX_UNPACKED_MB})"
echo "bundle: $gz $gz_bytes bytes = $(mb "$gz_bytes")"
echo "bundle: $xz $xz_bytes bytes = $(mb "$xz_bytes") (max ${MAX_COMPRESSED_MB} MB)"

status=0
if [ "$unpacked_mb" -gt "$MAX_UNPACKED_MB" ]; then
  echo "build_bundle: unpacked size ${unpacked_mb} MiB is over ${MAX_UNPACKED_MB}" >&2; status=1
fi
if [ "$xz_bytes" -gt $(( MAX_COMPRESSED_MB * 1000000 )) ]; then
  echo "build_bundle: compressed size $xz_bytes bytes (xz) is over ${MAX_COMPRESSED_MB} MB" >&2; status=1
fi
if [ "$gz_bytes" -gt $(( MAX_COMPRESSED_MB * 1000000 )) ]; then
  echo "build_bundle: note: the tar.gz ($gz_bytes bytes) is over ${MAX_COMPRESSED_MB} MB; ship xz" >&2
fi
exit $status
