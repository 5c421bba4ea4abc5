"""Finding 7/8 of issue 19, server side: the database password stays off the command line, and
the docs page loads nothing from a CDN."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from lapor_desktop.server.cli import DB_ENV, DB_FILE_ENV, build_parser, resolve_db_url
from lapor_desktop.server.testing import URL_LINE, wait_until_ready


def test_serve_takes_the_database_url_from_the_environment(tmp_path):
    url = f"sqlite:///{tmp_path}/dari-env.db"
    env = {**os.environ, DB_ENV: url}
    proc = subprocess.Popen([sys.executable, "-m", "lapor_desktop.server.cli", "serve",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=env, cwd=tmp_path)
    try:
        assert proc.stdout is not None
        served = None
        for line in proc.stdout:
            match = URL_LINE.search(line)
            if match:
                served = match.group(1)
                break
        assert served, "server did not start"
        wait_until_ready(served, alive=lambda: proc.poll() is None)
        assert requests.get(f"{served}/api/v1/health", timeout=10).status_code == 200
        assert (tmp_path / "dari-env.db").exists()
        assert not (tmp_path / "lapor-server.db").exists()
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
        assert b"dari-env" not in cmdline
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _args(*argv: str):
    return build_parser().parse_args(["seed", "demo", *argv])


def test_database_url_from_a_file_or_the_environment(tmp_path, capsys):
    secret = "postgresql+psycopg://lapor:S3kret-db@db.internal/lapor"
    url_file = tmp_path / "db-url"
    url_file.write_text(secret + "\n")
    assert resolve_db_url(_args("--db-file", str(url_file)), env={}) == secret
    assert resolve_db_url(_args(), env={DB_FILE_ENV: str(url_file)}) == secret
    assert resolve_db_url(_args(), env={DB_ENV: secret}) == secret
    assert resolve_db_url(_args(), env={}) == "sqlite:///lapor-server.db"
    # On the command line it still works, with a warning that ps shows it to everyone.
    assert resolve_db_url(_args("--db", secret), env={}) == secret
    assert DB_ENV in capsys.readouterr().err
    with pytest.raises(SystemExit, match="tidak dapat dibaca"):
        resolve_db_url(_args("--db-file", str(tmp_path / "tidak-ada")), env={})
    with pytest.raises(SystemExit):
        build_parser().parse_args(["seed", "demo", "--db", "x", "--db-file", "y"])


def test_no_docs_page_that_loads_a_cdn(demo_server):
    assert requests.get(f"{demo_server.api}/docs", timeout=10).status_code == 404
    spec = requests.get(f"{demo_server.api}/openapi.json", timeout=10)
    assert spec.status_code == 200 and "cdn" not in spec.text.lower()
