#!/usr/bin/env bash
# Regenerate the hashed lock files after changing dependencies in pyproject.toml or
# requirements/*.in. Needs pip-tools (pip-compile) and uv in the current environment; commit
# the three files together.
#   requirements/lock-linux-py311.txt        app + test + postgres extras (CI, Linux)
#   requirements/lock-build-linux-py311.txt  PyInstaller, constrained by the app lock (bundle)
#   requirements/lock-windows-py311.txt      app + PyInstaller for the Windows workflow (uv can
#                                            resolve for another platform; pip-compile cannot)
set -euo pipefail
cd "$(dirname "$0")/.."
common=(--generate-hashes --allow-unsafe --strip-extras --no-header --no-emit-index-url
        --no-emit-find-links -q)
# --build-deps-for editable: setuptools and wheel are locked too, so `pip install --no-deps
# --no-build-isolation -e .` builds the app with hashed tools, not whatever the index serves.
pip-compile "${common[@]}" --extra test --extra postgres --build-deps-for editable \
  -o requirements/lock-linux-py311.txt pyproject.toml
pip-compile "${common[@]}" -c requirements/lock-linux-py311.txt \
  -o requirements/lock-build-linux-py311.txt requirements/build.in
uv pip compile requirements/windows-build.in --python-platform x86_64-pc-windows-msvc \
  --python-version 3.11 --generate-hashes --no-header --no-emit-index-url \
  -o requirements/lock-windows-py311.txt
# The app itself is installed with --no-deps -e . (an editable line cannot carry a hash).
sed -i '/^-e file:\./,/^[^ ]/{/^-e file:\./d;/^    #/d}' requirements/lock-windows-py311.txt
