"""Run the reference server on a real loopback socket: in a thread, or as a killable subprocess.

Used by tests (client against a real server) and by the desktop's training mode::

    with LiveServer("sqlite:///demo.db") as server:
        requests.get(server.url + "/api/v1/health")

    proc = ServerProcess("sqlite:///demo.db").start()   # for kill/restart scenarios
    proc.kill(); proc.start()
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence

import requests
import uvicorn
from fastapi import FastAPI

from lapor_desktop.protocol import API_PREFIX

READY_TIMEOUT = 30.0
URL_LINE = re.compile(r"listening on (http://[\w.\-]+:\d+)")


def wait_until_ready(url: str, timeout: float = READY_TIMEOUT,
                     alive: Callable[[], bool] = lambda: True) -> None:
    """Poll ``/health`` until it answers 200 (raises ``TimeoutError`` after ``timeout``)."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("server stopped before it was ready")
        try:
            if requests.get(f"{url}{API_PREFIX}/health", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(delay)  # polling back-off, not a fixed wait
        delay = min(delay * 2, 0.2)
    raise TimeoutError(f"server at {url} not ready after {timeout}s")


def bind_loopback(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket; port 0 lets the OS pick a free port (read it from the socket)."""
    # IPPROTO_TCP stated, not left 0: asyncio sets TCP_NODELAY on accepted connections only
    # when the listening socket says it is TCP. Without it every response after the first on
    # a kept-alive connection waited ~40 ms for the client's delayed ACK (Nagle).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app: FastAPI, log_level: str = "warning") -> uvicorn.Config:
    """Uvicorn settings shared by ``serve`` and :class:`LiveServer`."""
    # date_header off: the app stamps Date from its own (injectable) clock.
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any loopback peer
    # as the client; the app decides, trusting only configured proxies (server/throttle.py).
    return uvicorn.Config(app, log_level=log_level, date_header=False, access_log=False,
                          lifespan="off", timeout_graceful_shutdown=5, proxy_headers=False)


class LiveServer:
    """The app served by uvicorn in a background thread on ``127.0.0.1:<free port>``.

    Pass a ready app (``app=``) or a database URL (plus ``create_app`` keyword arguments).
    """

    def __init__(self, db_url: str | None = None, *, app: FastAPI | None = None,
                 port: int = 0, **app_kwargs) -> None:
        if app is None:
            if db_url is None:
                raise ValueError("db_url or app is required")
            from lapor_desktop.server.app import create_app

            app = create_app(db_url, **app_kwargs)
        self.app = app
        self._sock = bind_loopback(port=port)  # a fixed port: training's bound profile
        host, port = self._sock.getsockname()[:2]
        self.url = f"http://{host}:{port}"
        self._server = uvicorn.Server(uvicorn_config(app))
        self._thread: threading.Thread | None = None

    def start(self) -> LiveServer:
        """Start serving and return once ``/health`` answers."""
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]},
                                        name="lapor-live-server", daemon=True)
        self._thread.start()
        wait_until_ready(self.url, alive=self._thread.is_alive)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit, wait for the thread, release the database."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        self._sock.close()
        self.app.state.ctx.db.dispose()

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class ServerProcess:
    """``python -m lapor_desktop.server.cli serve`` as a child process, for kill/restart tests.

    The port is chosen by the child (``--port 0``) on the first start and then reused, so a
    restarted server answers on the same URL.
    """

    def __init__(self, db_url: str, *, port: int = 0, env: dict[str, str] | None = None,
                 args: Sequence[str] = ()) -> None:
        self.db_url = db_url
        self.port = port
        self.args = tuple(args)  # more ``serve`` options, e.g. ("--workers", "2")
        self.url: str | None = None
        self.proc: subprocess.Popen[str] | None = None
        self._env = {**os.environ, **(env or {})}

    def start(self, timeout: float = READY_TIMEOUT) -> ServerProcess:
        """Spawn the server, read its URL from stdout, wait for ``/health``."""
        cmd = [sys.executable, "-m", "lapor_desktop.server.cli", "serve", "--db", self.db_url,
               "--host", "127.0.0.1", "--port", str(self.port), *self.args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                     text=True, env=self._env)
        assert self.proc.stdout is not None
        seen: list[str] = []
        for line in self.proc.stdout:  # blocks per line; the child prints the URL first
            seen.append(line)
            match = URL_LINE.search(line)
            if match:
                self.url = match.group(1)
                self.port = int(self.url.rsplit(":", 1)[1])
                break
        else:
            raise RuntimeError("server exited before listening:\n" + "".join(seen))
        # Keep draining output so the child never blocks on a full pipe.
        threading.Thread(target=self.proc.stdout.read, daemon=True).start()
        try:
            wait_until_ready(self.url, timeout, alive=lambda: self.proc.poll() is None)
        except BaseException:
            self.stop()  # a server that never got ready must not outlive the caller
            raise
        return self

    def kill(self) -> None:
        """SIGKILL: the crash case."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=15)

    def stop(self) -> None:
        """Graceful stop (SIGTERM), then kill if it lingers."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
