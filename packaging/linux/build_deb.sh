#!/usr/bin/env bash
# Package the PyInstaller bundle (dist/<APP_ID>/, from scripts/build_bundle.sh) as a .deb:
#   /opt/lapor-desktop/                      the one-folder bundle
#   /usr/bin/lapor-desktop                   sh launcher exec'ing the bundle
#   /usr/share/applications/lapor-desktop.desktop
#   /usr/share/icons/hicolor/256x256/apps/lapor-desktop.png
# Output: dist/<APP_ID>_<version>_<arch>.deb (version from lapor_desktop/__init__.py). Prints its path.
#   PYTHON (default .venv/bin/python, else python3), MAINTAINER (default below)
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
read_const() {  # a string constant of lapor_desktop/__init__.py, without importing the package
  "$PYTHON" - "$1" <<'PY'
import ast, sys
tree = ast.parse(open("lapor_desktop/__init__.py", encoding="utf-8").read())
print(next(ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
           and any(getattr(t, "id", None) == sys.argv[1] for t in n.targets)))
PY
}
APP_ID="$(read_const APP_ID)"
APP_NAME="$(read_const APP_NAME)"
PY_VERSION="$(read_const __version__)"
# PEP 440 -> Debian ordering: 1.2.0rc1 -> 1.2.0~rc1, 1.2.0.dev3 -> 1.2.0~dev3 (sorts before 1.2.0).
VERSION="$(printf '%s' "$PY_VERSION" | sed -E 's/\.?(a|b|rc|dev)([0-9]*)/~\1\2/; s/\+/+local./')"
ARCH="$(dpkg --print-architecture)"
MAINTAINER="${MAINTAINER:-LAPOR! Desktop Team <lapor-desktop@example.go.id>}"
BUNDLE="dist/$APP_ID"
[ -x "$BUNDLE/$APP_ID" ] || { echo "build_deb: $BUNDLE missing; run scripts/build_bundle.sh first" >&2; exit 1; }

STAGE="build/deb/${APP_ID}_${VERSION}_${ARCH}"
rm -rf "$STAGE"
install -d -m 0755 "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/doc/$APP_ID"
cp -a "$BUNDLE" "$STAGE/opt/$APP_ID"
chmod -R u+rwX,go+rX,go-w "$STAGE/opt/$APP_ID"

cat > "$STAGE/usr/bin/$APP_ID" <<SH
#!/bin/sh
# $APP_NAME: the application lives in /opt/$APP_ID (a PyInstaller bundle).
exec /opt/$APP_ID/$APP_ID "\$@"
SH
chmod 0755 "$STAGE/usr/bin/$APP_ID"
install -m 0644 packaging/linux/lapor-desktop.desktop "$STAGE/usr/share/applications/$APP_ID.desktop"
install -m 0644 packaging/icons/lapor-desktop.png "$STAGE/usr/share/icons/hicolor/256x256/apps/$APP_ID.png"
cat > "$STAGE/usr/share/doc/$APP_ID/copyright" <<TXT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: $APP_ID
Files: *
License: Apache-2.0
 See /usr/share/common-licenses/Apache-2.0. The bundle in /opt/$APP_ID also contains
 Python, Qt (LGPL-3.0, via PySide6) and other third-party libraries under their own licenses.
TXT

# The bundle was built against this machine's glibc: require at least the newest symbol it uses.
GLIBC_MIN="$(find "$STAGE/opt/$APP_ID" -type f \( -name '*.so*' -o -name "$APP_ID" \) -exec objdump -T {} + 2>/dev/null \
  | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
# Libraries the bundle leaves to the system (build.spec SYSTEM_LIBS + GL/EGL): X11/xcb for the
# xcb platform, wayland client libs, fontconfig/freetype, D-Bus, GLib (Qt's event loop).
DEPENDS=(
  "libc6 (>= ${GLIBC_MIN:-2.28})" libegl1 libgl1 libfontconfig1 libfreetype6
  "libglib2.0-0t64 | libglib2.0-0" libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
  tzdata
)
depends="$(printf '%s, ' "${DEPENDS[@]}")"
installed_kb="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CTL
Package: $APP_ID
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: ${depends%, }
Recommends: fonts-dejavu-core | fonts-liberation2 | fonts-noto-core
Section: misc
Priority: optional
Homepage: https://www.lapor.go.id/
Description: $APP_NAME - meja kerja Admin Penghubung SP4N-LAPOR!
 Offline-first workbench for SP4N-LAPOR! liaison officers (Admin Penghubung):
 sync the complaint queue, draft and queue follow-ups while offline, and
 deliver them when the connection returns. Includes a training mode with an
 embedded reference server (lapor-desktop --demo) and a self-test
 (lapor-desktop --selftest).
CTL
(cd "$STAGE" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

DEB="dist/${APP_ID}_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"
echo "deb: $DEB $(( ($(stat -c %s "$DEB") + 1048575) / 1048576 )) MB" >&2
echo "$DEB"
