"""The HTTP client the latency table times the API with: one keep-alive HTTP/1.1 connection
on asyncio streams, nothing else.

httpx's AsyncClient spends 1.5-2 ms of its own per request on this machine (its transport,
auth and cookie layers, response model): as much as the API's whole overhead for a small
read, and it would be counted as the API's. The load test (bench/load.py) keeps httpx."""

from __future__ import annotations

import asyncio
import json
import socket
from types import TracebackType
from typing import Any, Self


class Client:
    def __init__(self, host: str, port: int, headers: dict[str, str]) -> None:
        self.host, self.port = host, port
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> Self:
        await self._connect()
        return self

    async def _connect(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.writer is not None:
            self.writer.close()

    async def post(self, path: str, body: Any) -> tuple[int, Any]:
        """POST `body` as JSON; the status and the decoded JSON reply."""
        if self.reader is None or self.reader.at_eof():  # the server ends idle connections
            await self._connect()
        assert self.reader is not None and self.writer is not None
        data = json.dumps(body).encode()
        self.writer.write(
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"{self.head}Content-Length: {len(data)}\r\n\r\n".encode()
            + data
        )
        status_line = await self.reader.readline()
        length: int | None = None  # the API's JSON replies always say it (never chunked)
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        assert length is not None, f"no Content-Length in the reply: {status_line!r}"
        payload = await self.reader.readexactly(length)
        return int(status_line.split()[1]), json.loads(payload)
