"""The listening socket the server uses: responses on kept-alive connections are not delayed."""

from __future__ import annotations

import asyncio
import socket

from lapor_desktop.server.testing import bind_loopback


def test_accepted_connections_send_without_nagle_delay():
    # asyncio turns on TCP_NODELAY for accepted connections only when the listening socket
    # is declared TCP; with Nagle on, a response written in two parts (headers, body) on a
    # kept-alive connection waits for the client's delayed ACK before its second part.
    seen: list[int] = []

    async def scenario() -> None:
        sock = bind_loopback()
        port = sock.getsockname()[1]

        def connected(reader, writer) -> None:
            peer = writer.get_extra_info("socket")
            seen.append(peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(connected, sock=sock)
        async with server:
            _reader, writer = await asyncio.open_connection("127.0.0.1", port)
            while not seen:
                await asyncio.sleep(0.01)  # until the server's callback ran
            writer.close()

    asyncio.run(asyncio.wait_for(scenario(), timeout=30))
    assert seen and seen[0] != 0
