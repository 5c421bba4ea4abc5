"""Finding 1 of issue 19: personal data and secrets never reach logs or crash reports.

Each test plays the attack the review found: a failed database write whose error carried the
complaint, structured log records, a password over 256 characters or with spaces, log files
readable by other users of a shared PC, and logs left behind by logout-and-wipe.
"""

from __future__ import annotations

import ast
import logging
import stat
from pathlib import Path

import pydantic
import pytest
import sqlalchemy as sa

from lapor_desktop.protocol import LoginRequest
from lapor_desktop.server.db import Database
from lapor_desktop.store import open_store
from lapor_desktop.store.profile import ensure_profile_dir, logs_dir
from lapor_desktop.workbench.logs import RedactingFilter, redact, setup_logging
from lapor_desktop.workbench.wipe import wipe_profile
from tests.unit.store.conftest import make_complaint

ROOT = Path(__file__).parents[3]
TITLE = "Jalan rusak di depan rumah Budi Santoso"
PHONE = "081234567890"


def _flush() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_a_failed_store_write_carries_no_complaint_in_its_error(tmp_path):
    store = open_store(tmp_path / "lapor.db")
    with store.engine.begin() as conn:  # the disk fills up at the next insert
        conn.exec_driver_sql("CREATE TRIGGER full BEFORE INSERT ON complaints "
                             "BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END")
    with pytest.raises(sa.exc.DBAPIError) as caught, store.transaction() as s:
        store.complaints.upsert_snapshots(s, [make_complaint(7, title=TITLE, body=PHONE)])
    store.close()
    text = str(caught.value)
    assert "disk is full" in text
    assert TITLE not in text and PHONE not in text


def test_a_failed_server_write_carries_no_parameters_in_its_error(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'server.db'}")
    db.create_schema()
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE probe (v TEXT CHECK (length(v) < 3))")
    with pytest.raises(sa.exc.IntegrityError) as caught, db.engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO probe VALUES (:v)"), {"v": TITLE})
    db.dispose()
    assert TITLE not in str(caught.value)


def test_every_engine_in_the_package_hides_parameters():
    offenders = []
    for path in (ROOT / "lapor_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr",
                                                      getattr(node.func, "id", "")) == "create_engine"
                    and not any(k.arg == "hide_parameters" and getattr(k.value, "value", None) is True
                                for k in node.keywords)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_structured_records_lose_complaint_and_reporter_fields(tmp_path):
    path = setup_logging(tmp_path)
    try:
        # A formatter that prints the extras, as a JSON or support log handler would.
        for handler in logging.getLogger().handlers:
            if getattr(handler, "_lapor", False):
                handler.setFormatter(logging.Formatter("%(message)s | %(reporter_phone)s"))
        log = logging.getLogger("lapor_desktop.test")
        log.info("applied %(title)s for %(reporter_name)s (%(count)d)",
                 {"title": TITLE, "reporter_name": "Budi", "count": 3},
                 extra={"reporter_phone": PHONE})
        _flush()
        text = path.read_text()
    finally:
        setup_logging(None)
    assert "applied" in text and "(3)" in text
    for secret in (TITLE, PHONE, "Budi"):
        assert secret not in text


def test_filter_masks_nested_payloads_in_arguments():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "op %s", (
        {"payload": {"text": TITLE}, "kind": "follow_up"},), None)
    RedactingFilter().filter(record)
    assert TITLE not in record.getMessage() and "follow_up" in record.getMessage()


def test_a_password_over_256_characters_never_reaches_a_crash_report():
    password = "".join(f"Rahasia{i:03d}" for i in range(40))  # 400 characters
    with pytest.raises(pydantic.ValidationError) as caught:
        LoginRequest(username="demo", password=password)
    text = redact(str(caught.value))
    assert "string_too_long" in text
    assert not any(password[i:i + 8] in text for i in range(0, len(password) - 8))


@pytest.mark.parametrize("line", [
    "login failed: password=correct horse battery staple",
    '{"username": "demo", "password": "correct horse battery staple"}',
    "{'password': 'correct horse battery staple', 'x': 1}",
    'kata_sandi: "correct horse \\" battery staple"',
])
def test_passwords_with_spaces_are_masked_whole(line):
    cleaned = redact(line)
    for word in ("correct", "horse", "battery", "staple"):
        assert word not in cleaned, cleaned


def test_log_files_and_rotated_files_are_owner_only(tmp_path):
    setup_logging(tmp_path)
    try:
        log = logging.getLogger("lapor_desktop.test")
        log.info("first line")
        handler = next(h for h in logging.getLogger().handlers
                       if getattr(h, "_lapor", False))
        handler.doRollover()
        log.info("after rollover")
        _flush()
    finally:
        setup_logging(None)
    files = sorted(tmp_path.glob("lapor-desktop.log*"))
    assert len(files) == 2
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f


def test_wipe_removes_the_logs_too(tmp_path):
    profile = ensure_profile_dir(tmp_path / "p")
    store = open_store(profile / "lapor.db")
    setup_logging(logs_dir(profile))
    try:
        logging.getLogger("lapor_desktop.test").info("officer did something")
        (logs_dir(profile) / "crash-20260101-000000.txt").write_text("trace")
        wipe_profile(profile, store)
    finally:
        setup_logging(None)
    assert not logs_dir(profile).exists()
    assert list(profile.iterdir()) == []
