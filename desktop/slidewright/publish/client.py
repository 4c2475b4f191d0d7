"""A small WordPress REST client over ``urllib`` (no new dependency: a publish makes a few dozen
plain JSON requests and raw-body uploads, which the standard library does well).

It finds the API itself: ``/wp-json/`` where pretty permalinks are on, else ``/?rest_route=``,
which every WordPress answers (many real sites have no pretty permalinks). Every failure becomes
one of the errors in :mod:`slidewright.publish.errors`, worded for the writer; the password is
never part of a message.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import ssl
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode, urlsplit

from slidewright.publish.errors import (
    AuthError,
    NoRestApiError,
    PublishError,
    SiteAnswerError,
    SiteTimeoutError,
    SiteUnreachableError,
)
from slidewright.publish.transport import Deadline, opener, origin, redirect_refusal

MAX_ANSWER_BYTES = 20_000_000  # a hostile or broken site cannot make us read without end
USER_AGENT = "Slidewright (WordPress publishing)"
LOOPBACK = ("localhost", "127.0.0.1", "::1")  # a site on this computer may use plain http


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def strict_json(raw: bytes) -> Any:
    """``raw`` decoded as JSON proper: ``NaN``, ``Infinity`` and ``-Infinity`` (which
    ``json.loads`` accepts) are refused with a ValueError."""
    return json.loads(raw, parse_constant=_no_constant)


def _reason(error: urllib.error.URLError) -> str:
    reason = error.reason
    if isinstance(reason, socket.gaierror):
        return "no such host name (check the address)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused (nothing answers at that address and port)"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or reason})"
    return str(reason)


class WordPressClient:
    """Requests to one site as one user. ``request`` returns the decoded JSON answer.

    ``timeout`` is the limit for each request as a whole (connecting, headers and body), not for
    each wait on the socket: a server that dribbles its answer is cut off at ``timeout``.
    """

    def __init__(self, site: str, user: str, password: str, timeout: float = 30.0) -> None:
        parts = urlsplit(site)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SiteUnreachableError(
                f"{site!r} is not a web address; write it like https://example.com"
            )
        if parts.scheme == "http" and parts.hostname not in LOOPBACK:
            raise SiteUnreachableError(
                f"{site} is a plain http:// address: the password would cross the network "
                "unencrypted. Use https:// (WordPress only offers application passwords there)."
            )
        self.site = site.rstrip("/")
        self.user = user
        self.timeout = timeout
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = f"Basic {token}"
        self._api: tuple[str, bool] | None = None  # (base, pretty) once found

    # -- finding the API ---------------------------------------------------------------------
    def _find_api(self) -> tuple[str, bool]:
        """(base, pretty): ``site/wp-json`` or ``site/?rest_route=``; NoRestApiError when
        neither answers as WordPress (a plain web site, a wrong folder)."""
        if self._api is not None:
            return self._api
        for url, pretty in ((f"{self.site}/wp-json/", True), (f"{self.site}/?rest_route=/", False)):
            auth = {"Authorization": self._auth}  # some sites hide the API from strangers
            answer, final_url = self._send("GET", url, None, auth, discovering=True)
            if origin(final_url) != origin(url):  # the opener refuses it; stated here too
                raise redirect_refusal(self.site, url, final_url)
            namespaces = answer.get("namespaces") if isinstance(answer, dict) else None
            if isinstance(namespaces, list) and "wp/v2" in namespaces:
                base = final_url.split("/wp-json/")[0] if pretty else final_url.split("/?")[0]
                self._api = (base, pretty)
                return self._api
        raise NoRestApiError(
            f"{self.site} does not answer as a WordPress site (no REST API at /wp-json/ or "
            "?rest_route=/). Check the address: it is the site's home page address; the REST "
            "API may also be switched off by a security plugin."
        )

    def url(self, route: str, params: dict[str, Any] | None = None) -> str:
        base, pretty = self._find_api()
        query = urlencode(params or {})
        if pretty:
            return f"{base}/wp-json{route}" + (f"?{query}" if query else "")
        return f"{base}/?" + urlencode({"rest_route": route}) + (f"&{query}" if query else "")

    # -- requests ---------------------------------------------------------------------------
    def request(
        self,
        method: str,
        route: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        """``method`` ``route`` (``/wp/v2/posts``) with a JSON ``body`` or raw ``data``."""
        sent_headers = {"Authorization": self._auth, **(headers or {})}
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            sent_headers["Content-Type"] = "application/json; charset=utf-8"
        answer, _ = self._send(method, self.url(route, params), data, sent_headers)
        return answer

    def _send(
        self,
        method: str,
        url: str,
        data: bytes | None,
        headers: dict[str, str],
        discovering: bool = False,
    ) -> tuple[Any, str]:
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("User-Agent", USER_AGENT)
        request.add_header("Accept", "application/json")
        for name, value in headers.items():
            if name == "Authorization":  # never sent on to wherever a redirect points
                request.add_unredirected_header(name, value)
            else:
                request.add_header(name, value)
        where = f"{method} {urlsplit(url).path or '/'}"
        with Deadline(self.timeout) as deadline:  # reading an error's body is inside it too
            raw, final_url = self._exchange(request, deadline, where, discovering)
        if raw is None:
            return None, url  # not here: try the other address form
        if len(raw) > MAX_ANSWER_BYTES:
            raise SiteAnswerError(f"{self.site} sent an answer too large to be WordPress's", 200)
        try:
            return strict_json(raw), final_url
        except (ValueError, RecursionError) as error:
            if "JSON allows" in str(error) and not discovering:
                raise SiteAnswerError(
                    f"{self.site} answered {where} with {error}; WordPress never does", 200
                ) from None
            if discovering:
                return None, final_url
            raise NoRestApiError(
                f"{self.site} answered {where} with a web page, not WordPress's REST API "
                "(is it the right address, and is the REST API switched on?)"
            ) from None

    def _exchange(
        self, request: urllib.request.Request, deadline: Deadline, where: str, discovering: bool
    ) -> tuple[bytes | None, str]:
        """The answer's bytes and final address (None for "not here" while discovering), within
        ``deadline``; every failure as a PublishError."""
        try:
            with opener(self.site, deadline).open(request, timeout=self.timeout) as answer:
                raw = answer.read(MAX_ANSWER_BYTES + 1)
                final_url = answer.geturl()
            if deadline.expired:  # shut while reading: what was read may be cut short
                raise TimeoutError
            return raw, final_url
        except PublishError:
            raise
        except urllib.error.HTTPError as error:
            if discovering and error.code in (404, 403, 400):
                return None, request.full_url
            problem = self._http_error(error, where)
            if deadline.expired:
                raise self._timeout() from None
            raise problem from None
        except TimeoutError:
            raise self._timeout() from None
        except urllib.error.URLError as error:
            if deadline.expired or isinstance(error.reason, TimeoutError | socket.timeout):
                raise self._timeout() from None
            raise SiteUnreachableError(f"{self.site} cannot be reached: {_reason(error)}") from None
        except (ConnectionError, OSError, http.client.HTTPException) as error:
            if deadline.expired:
                raise self._timeout() from None
            raise SiteUnreachableError(f"{self.site} cannot be reached: {error}") from None

    def _timeout(self) -> SiteTimeoutError:
        return SiteTimeoutError(
            f"{self.site} did not answer within {self.timeout:g} seconds; it may be busy, slow "
            "or down. Try again later."
        )

    def _http_error(self, error: urllib.error.HTTPError, where: str) -> Exception:
        try:
            detail = strict_json(error.read(100_000) or b"{}")
        except (ValueError, OSError, RecursionError):
            detail = {}
        message = str(detail.get("message", "")) if isinstance(detail, dict) else ""
        code = str(detail.get("code", "")) if isinstance(detail, dict) else ""
        # WordPress's own sentence ends with a full stop; ours goes on after it, inside
        # brackets, so "(401: … logged in.)." would read twice-punctuated.
        message = message.strip().rstrip(".").rstrip()
        said = f": {message}" if message else ""
        if error.code == 401:
            return AuthError(
                f"{self.site} refused the login for user {self.user!r} (401{said}). Check the "
                "user name and use an application password (Users ▸ Profile ▸ Application "
                "Passwords), not the login password."
            )
        if error.code == 403:
            return AuthError(
                f"{self.site} does not let user {self.user!r} do this ({where}, 403{said}). "
                "Publishing needs an Author, Editor or Administrator account."
            )
        if error.code == 404 and code == "rest_no_route":
            return NoRestApiError(
                f"{self.site} has no {where} in its REST API (404); is it a WordPress site?"
            )
        kind = "a server error" if error.code >= 500 else "an error"
        return SiteAnswerError(
            f"{self.site} answered {where} with {kind}: {error.code} {error.reason}{said}",
            error.code,
        )
