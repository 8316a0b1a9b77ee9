"""uvicorn's HTTP protocol (httptools' C parser) with TCP_NODELAY on every connection.

With `--workers N`, uvicorn binds the listening socket itself (protocol number 0), so asyncio
does not set TCP_NODELAY on accepted connections (it only does for IPPROTO_TCP sockets): each
response then waits for the client's delayed ACK, a constant ~40 ms on Linux. `hub serve`
always passes this protocol to uvicorn (for one worker it changes nothing). httptools rather
than h11: ~0.3 ms less per request (docs/performance.md)."""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

PROTOCOL = "hub.api.core.nodelay:NoDelayHttpToolsProtocol"


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    # uvicorn's own signature, which narrows asyncio.Protocol's (uvicorn ignores it the same way).
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
