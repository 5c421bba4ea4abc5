"""Several worker processes of the reference server on one listening socket.

``lapor-server serve --workers N`` binds the socket once, creates the schema once (two workers
creating tables at the same moment would race on PostgreSQL), then starts N worker processes with
uvicorn's process supervisor; the kernel spreads connections among them. The workers keep no
state of their own: tokens, login throttling, upload sessions and the open-upload limit live in
the database (README, "A national deployment"), so any worker may answer any request and a
proxy in front (deploy/nginx/lapor.conf) needs no sticky sessions.

The app is built in each worker by a picklable factory, so the database URL reaches the workers
through the supervisor's pipe, never through a command line.
"""

from __future__ import annotations

import functools
import socket
from collections.abc import Sequence

from uvicorn.supervisors import Multiprocess

from lapor_desktop.server.app import create_app
from lapor_desktop.server.db import Database
from lapor_desktop.server.testing import uvicorn_config


def worker_app_factory(db_url: str, min_client_version: str,
                       trusted_proxies: Sequence[str]) -> functools.partial:
    """What each worker calls to build its app (the schema already exists)."""
    return functools.partial(create_app, db_url, create_schema=False,
                             min_client_version=min_client_version,
                             trusted_proxies=tuple(trusted_proxies))


def serve_workers(db_url: str, sock: socket.socket, workers: int, *, min_client_version: str,
                  trusted_proxies: Sequence[str], log_level: str = "info") -> None:
    """Serve on ``sock`` with ``workers`` processes until SIGINT/SIGTERM (blocks)."""
    db = Database(db_url)
    try:
        db.create_schema()
    finally:
        db.dispose()
    config = uvicorn_config(worker_app_factory(db_url, min_client_version, trusted_proxies),
                            log_level=log_level)
    config.factory = True
    config.workers = workers
    Multiprocess(config, sockets=[sock]).run()
