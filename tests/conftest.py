"""Shared test set-up.

Qt must be told to render offscreen before anything imports it: without a display, Qt aborts the
whole process and pytest prints nothing. The keyring has no backend on CI machines; tests use the
null backend unless they install their own.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Training mode caches its seeded demo database in the user's cache folder: the suite (and its
# subprocesses) use a throwaway one, shared by the whole run.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="lapor-test-cache-")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Headless commands on a new profile need a profile password (every profile is encrypted); the
# tests' subprocesses inherit this one unless a test removes it to check the refusal.
PROFILE_PASSWORD = "profil-uji-rahasia"
os.environ.setdefault("LAPOR_PROFILE_PASSWORD", PROFILE_PASSWORD)
