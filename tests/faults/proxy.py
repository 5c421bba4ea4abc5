"""A real TCP proxy that injects network faults between the client and the reference server.

There is no toxiproxy or netem on these machines, so the fault tests put this proxy on a loopback
port in front of the server. Faults apply to new and running connections and can be changed while
traffic flows:

- ``latency``: wait before forwarding each chunk (a slow satellite link);
- ``bandwidth``: bytes per second in each direction (throttling);
- ``reset_after``: after that many response bytes, abort with a TCP RST (a dropped link mid-body);
- ``truncate_after``: after that many response bytes, close cleanly (a truncated body);
- ``blackhole``: accept connections but forward nothing (a link that hangs);
- ``refuse``: close new connections at once (the server is "down").
"""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import struct
import threading
import time


@dataclasses.dataclass
class Faults:
    """Current fault settings; all off by default."""

    latency: float = 0.0
    bandwidth: int | None = None
    reset_after: int | None = None
    truncate_after: int | None = None
    blackhole: bool = False
    refuse: bool = False


class FaultProxy:
    """Forward ``127.0.0.1:<port>`` to ``upstream``, applying :class:`Faults`."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.faults = Faults()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._lock = threading.Lock()
        self.connections_seen = 0
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="fault-proxy")

    @property
    def url(self) -> str:
        """Base URL clients use instead of the server's own."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        """Begin accepting connections."""
        self._thread.start()
        return self

    def set(self, **faults: object) -> None:
        """Replace the fault settings (unspecified ones go back to off)."""
        self.faults = Faults(**faults)  # type: ignore[arg-type]

    def drop_all(self) -> None:
        """Abort every open connection (as when a link goes down)."""
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            _abort(conn)

    def stop(self) -> None:
        """Stop accepting and abort open connections."""
        self._stop.set()
        self._listener.close()
        self.drop_all()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections_seen += 1
            if self.faults.refuse:
                _abort(client)
                continue
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=10)
        except OSError:
            _abort(client)
            return
        with self._lock:
            self._conns.update((client, upstream))
        state = {"down_bytes": 0}
        up = threading.Thread(target=self._pump, args=(client, upstream, False, state),
                              daemon=True)
        up.start()
        self._pump(upstream, client, True, state)
        up.join(timeout=5)
        with self._lock:
            self._conns.discard(client)
            self._conns.discard(upstream)

    def _pump(self, src: socket.socket, dst: socket.socket, downstream: bool,
              state: dict[str, int]) -> None:
        """Copy bytes src -> dst; ``downstream`` is the server-to-client direction."""
        try:
            while not self._stop.is_set():
                try:
                    data = src.recv(16 * 1024)
                except OSError:
                    break
                if not data:
                    break
                faults = self.faults
                if faults.blackhole:
                    # Swallow everything, keep the connection open: the client must time out.
                    continue
                if faults.latency:
                    time.sleep(faults.latency)
                if downstream:
                    limit = faults.reset_after if faults.reset_after is not None \
                        else faults.truncate_after
                    if limit is not None and state["down_bytes"] + len(data) > limit:
                        keep = max(0, limit - state["down_bytes"])
                        _send(dst, data[:keep], faults.bandwidth)
                        if faults.reset_after is not None:
                            _abort(dst)
                        else:
                            _close(dst)
                        _abort(src)
                        return
                    state["down_bytes"] += len(data)
                try:
                    _send(dst, data, faults.bandwidth)
                except OSError:
                    break  # drop_all() closed the socket mid-send (a throttled link dropped)
        finally:
            _close(dst)


def _send(sock: socket.socket, data: bytes, bandwidth: int | None) -> None:
    if not data:
        return
    if not bandwidth:
        sock.sendall(data)
        return
    step = max(1, bandwidth // 20)
    for i in range(0, len(data), step):
        sock.sendall(data[i:i + step])
        time.sleep(len(data[i:i + step]) / bandwidth)


def _abort(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a broken link looks to the peer."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(sock)


def _close(sock: socket.socket) -> None:
    # Either call fails harmlessly when the peer already went away.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
