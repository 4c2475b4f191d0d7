"""A small Chrome DevTools Protocol client (stdlib only) for looking into a running app's preview.

QtWebEngine serves the protocol when the process starts with ``QTWEBENGINE_REMOTE_DEBUGGING``;
tests use it to see what a real ``slidewright`` process shows without reaching into its memory.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time
import urllib.request
from typing import Any
from urllib.parse import urlparse


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pages(port: int) -> list[dict[str, Any]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as reply:
        return list(json.load(reply))


class Session:
    """One WebSocket connection to a page's debugger endpoint."""

    def __init__(self, url: str, timeout: float = 20) -> None:
        parts = urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
                "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))
        self._ids = 0

    def _read(self, count: int) -> bytes:
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def _send_text(self, text: str) -> None:
        payload = text.encode()
        header = bytearray([0x81])
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(bytes(header) + mask + masked)

    def _receive_text(self) -> str:
        message = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                (length,) = struct.unpack(">H", self._read(2))
            elif length == 127:
                (length,) = struct.unpack(">Q", self._read(8))
            message += self._read(length)
            if first & 0x80:
                return message.decode()

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._ids += 1
        self._send_text(json.dumps({"id": self._ids, "method": method, "params": params}))
        while True:
            reply = json.loads(self._receive_text())
            if reply.get("id") == self._ids:
                if "error" in reply:
                    raise RuntimeError(reply["error"])
                return dict(reply["result"])

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def close(self) -> None:
        self.sock.close()


def wait_for_page(port: int, prefix: str, alive: Any, timeout: float = 60) -> dict[str, Any]:
    """The first page whose URL starts with ``prefix``; ``alive()`` False ends the wait early."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("the process ended before its preview appeared")
        try:
            for page in pages(port):
                if str(page.get("url", "")).startswith(prefix):
                    return page
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"no page starting with {prefix} within {timeout} s")
