"""Secrets never reach the log file."""

from __future__ import annotations

import logging

from lapor_desktop.workbench.logs import redact, setup_logging


def test_redact_masks_tokens_and_passwords():
    line = ('POST /login {"username": "demo", "password": "latihan123"} '
            "Authorization: Bearer abc.DEF-123 token=s3cr3t")
    cleaned = redact(line)
    for secret in ("latihan123", "abc.DEF-123", "s3cr3t"):
        assert secret not in cleaned
    assert "demo" in cleaned


def test_log_file_holds_no_secret_even_in_tracebacks(tmp_path):
    path = setup_logging(tmp_path)
    log = logging.getLogger("lapor_desktop.test")
    log.info("sending with %s", "Authorization: Bearer tok-XYZ-987")
    try:
        raise RuntimeError("login failed for password=hunter2")
    except RuntimeError:
        log.exception("boom")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "boom" in text and "RuntimeError" in text
    assert "tok-XYZ-987" not in text
    assert "hunter2" not in text
    setup_logging(None)
