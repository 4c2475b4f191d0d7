"""What can go wrong talking to a site, each as an error whose message tells the writer what to
do. All are SlidewrightErrors: the CLI prints them on one line, the window in a dialog."""

from __future__ import annotations

from slidewright.errors import SlidewrightError


class PublishError(SlidewrightError):
    """Publishing stopped; the message says why and what to check."""


class AuthError(PublishError):
    """The site refused the user name or application password (HTTP 401/403)."""


class SiteUnreachableError(PublishError):
    """No site answers at that address: unknown host name, connection refused, bad URL."""


class NoRestApiError(PublishError):
    """Something answers, but not WordPress's REST API (404 on /wp-json/, or an HTML page)."""


class SiteTimeoutError(PublishError):
    """The site took longer than the time limit to answer."""


class SiteAnswerError(PublishError):
    """The site answered a request with an error (4xx/5xx) other than a refused login."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class PublishCancelled(PublishError):
    """The writer pressed Cancel; what was uploaded so far is recorded and reused next time."""


class IncompletePublishError(PublishError):
    """A publish that stopped half-way: the cause, plus what is already on the site (recorded in
    the article, so the next publish carries on from there instead of uploading it again)."""

    def __init__(self, cause: PublishError, done: list[str]) -> None:
        shown = ", ".join(done[:6]) + (f" and {len(done) - 6} more" if len(done) > 6 else "")
        super().__init__(
            f"{cause} — publishing stopped half-way. Already on the site and recorded in the "
            f"article: {shown}. Publish again to carry on from there."
        )
        self.cause = cause
        self.done = done
