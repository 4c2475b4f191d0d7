"""How the publisher's requests travel: a whole-request deadline and same-origin redirects.

``urllib``'s own timeout limits each wait on the socket, not the request: a server that sends one
byte every few seconds keeps a request alive for ever. :class:`Deadline` watches the sockets a
request opens and shuts them when its time is up, so connecting, the TLS handshake, the headers
and the body together take at most ``seconds``.

A redirect is followed only within the site's own origin (scheme, host and port): the password,
the images and the post never go to another server because a site (or whoever answers for it)
points elsewhere. A redirect to another origin raises :class:`RedirectRefusedError`.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from slidewright.publish.errors import PublishError


class RedirectRefusedError(PublishError):
    """The site sent a request on to another origin; it is not followed (credentials stay)."""


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the scheme's default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


def redirect_refusal(site: str, asked: str, target: str) -> RedirectRefusedError:
    return RedirectRefusedError(
        f"{site} sent the request for {asked} on to {target}, a different site (scheme, host or "
        "port). Slidewright does not follow it: your password, images and post would go to that "
        f"server. If the site really lives at {target}, publish to that address instead."
    )


class Deadline:
    """One request's time limit: every socket opened for it is shut when the time is up."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError("deadline")
        return left

    def watch(self, sock: socket.socket) -> socket.socket:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)
        return sock

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:  # the plain socket call: an SSLSocket's own shutdown would drop its TLS state
            socket.socket.shutdown(sock, socket.SHUT_RDWR)
        except OSError:
            pass  # already closed, or its descriptor moved into a TLS socket (watched too)


def _connection_class(base: type[http.client.HTTPConnection], deadline: Deadline) -> Any:
    class Watched(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["timeout"] = min(kwargs.get("timeout") or deadline.seconds, deadline.remaining())
            super().__init__(*args, **kwargs)

            def create(*a: Any, **k: Any) -> socket.socket:
                return deadline.watch(socket.create_connection(*a, **k))

            self._create_connection = create

        def connect(self) -> None:
            super().connect()
            if self.sock is not None:
                deadline.watch(self.sock)  # the TLS socket, which took over the descriptor

    return Watched


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_connection_class(http.client.HTTPConnection, self.deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        cls = _connection_class(http.client.HTTPSConnection, self.deadline)
        return self.do_open(cls, req, context=self._context)  # type: ignore[attr-defined]


class _SameOrigin(urllib.request.HTTPRedirectHandler):
    """Follows a redirect within the origin of the first address (carrying the login, which
    ``add_unredirected_header`` would drop); refuses one anywhere else."""

    def __init__(self, site: str) -> None:
        super().__init__()
        self.site = site

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        if origin(newurl) != origin(req.full_url):
            raise redirect_refusal(self.site, req.full_url, newurl)
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None:
            login = req.unredirected_hdrs.get("Authorization")
            if login is not None:
                new.add_unredirected_header("Authorization", login)
        return new


def opener(site: str, deadline: Deadline) -> urllib.request.OpenerDirector:
    """An opener whose requests keep ``deadline`` and stay on ``site``'s origin."""
    return urllib.request.build_opener(_HTTP(deadline), _HTTPS(deadline), _SameOrigin(site))
