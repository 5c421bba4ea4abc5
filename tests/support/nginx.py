"""Run the shipped nginx config (deploy/nginx/lapor.conf) on other ports, as a child process.

Used by the statelessness test and the load benchmark, so what they measure is the file a
deployment uses: only the two lines marked ``# port:`` and the folder nginx writes to change.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

import requests

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "nginx" / "lapor.conf"
READY_TIMEOUT = 20.0


def nginx_binary() -> str | None:
    """The nginx executable, or None where it is not installed."""
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None)


def free_port() -> int:
    """A port free right now on 127.0.0.1 (nginx cannot be asked for port 0)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render(upstream_ports: list[int], listen_port: int) -> str:
    """The shipped config with the upstream servers and the listening port replaced."""
    text = CONFIG.read_text(encoding="utf-8")
    servers = "\n".join(f"        server 127.0.0.1:{p};" for p in upstream_ports)
    text, n_up = re.subn(r"^\s*server 127\.0\.0\.1:\d+;.*# port:.*$", servers, text,
                         flags=re.M)
    text, n_listen = re.subn(r"^(\s*)listen 127\.0\.0\.1:\d+;.*# port:.*$",
                             rf"\g<1>listen 127.0.0.1:{listen_port};", text, flags=re.M)
    if (n_up, n_listen) != (1, 1):
        raise RuntimeError(f"{CONFIG}: the '# port:' markers are missing")
    return text


class NginxProxy:
    """nginx in the foreground on ``127.0.0.1:<port>`` in front of ``upstream_ports``."""

    def __init__(self, upstream_ports: list[int], workdir: Path, *,
                 worker_processes: int | None = None) -> None:
        binary = nginx_binary()
        if binary is None:
            raise FileNotFoundError("nginx is not installed (apt-get install nginx-light)")
        self.binary = binary
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        text = render(upstream_ports, self.port)
        if worker_processes is not None:
            text = text.replace("worker_processes auto;",
                                f"worker_processes {worker_processes};")
        self.conf = self.dir / "lapor.conf"
        self.conf.write_text(text, encoding="utf-8")
        self.proc: subprocess.Popen | None = None

    def start(self) -> NginxProxy:
        """Check the config (``nginx -t``), start, and wait until the port answers."""
        base = [self.binary, "-p", str(self.dir), "-c", str(self.conf)]
        # As root nginx's workers would switch to "nobody", who cannot write a test folder.
        extra = "user root;" if _is_root() else ""
        check = subprocess.run([*base, "-t", *(["-g", extra] if extra else [])],
                               capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"nginx -t failed:\n{check.stderr}")
        self.proc = subprocess.Popen([*base, "-g", f"daemon off; {extra}"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + READY_TIMEOUT
        delay = 0.01
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.proc.stderr.read()}")
            try:
                requests.get(self.url + "/api/v1/health", timeout=2)
                return self
            except requests.ConnectionError:
                time.sleep(delay)  # polling back-off while nginx binds
                delay = min(delay * 2, 0.2)
        raise TimeoutError(f"nginx not listening on {self.url}")

    def stop(self) -> None:
        """Graceful quit (SIGQUIT lets workers finish), then kill if it lingers."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(3)  # SIGQUIT
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=15)

    def __enter__(self) -> NginxProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _is_root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0
