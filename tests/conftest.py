"""Shared test set-up.

Qt must be told to render offscreen before anything imports it: without a display, Qt aborts the
whole process and pytest prints nothing. The keyring has no backend on CI machines; tests use the
null backend unless they install their own.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
# Headless commands on a new profile need a profile password (every profile is encrypted); the
# tests' subprocesses inherit this one unless a test removes it to check the refusal.
PROFILE_PASSWORD = "profil-uji-rahasia"
os.environ.setdefault("LAPOR_PROFILE_PASSWORD", PROFILE_PASSWORD)
