"""How one export runs: the choices the CLI's flags and the export dialog's fields make.

Every exporter takes one ``ExportOptions`` rather than a growing list of keyword arguments, so a
new choice (a base URL, strict mode, a paged layout, image renditions) reaches every output by
adding a field here, and the CLI, the window and the tests pass the same object."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from slidewright.errors import SlidewrightError
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.render.context import Mode, to_mode

if TYPE_CHECKING:  # (an unsigned export never loads the provenance package)
    from slidewright.provenance.signing import SigningIdentity

log = logging.getLogger("slidewright.export")


class ExportRefused(SlidewrightError):
    """A strict export found something it will not publish (a missing image, a checker error)."""


def _log_warning(message: str) -> None:
    log.warning("%s", message)


def normalise_base_url(value: str) -> str:
    """``value`` as an absolute http(s) address ending in ``/`` (the folder the export is
    published in), or "" when unset. Without the slash, ``urljoin`` would drop the last part of
    the path from every image address (``…/harbour`` + ``images/x.jpg`` -> ``…/images/x.jpg``)."""
    value = value.strip()
    if not value:
        return ""
    if any(ch <= " " or ch in '<>"\\`{}|^\x7f' for ch in value):
        raise SlidewrightError(
            f"--base-url {value!r}: an address has no spaces, control characters or "
            '<>"\\`{}|^ (percent-encode them)'
        )
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SlidewrightError(
            f"--base-url {value!r}: not an absolute http(s) address; give the address the "
            "export will be published at, e.g. https://example.com/travel/harbour-towns/"
        )
    if parts.query or parts.fragment:
        raise SlidewrightError(f"--base-url {value!r}: a base address has no ?query or #fragment")
    return value if value.endswith("/") else value + "/"


NO_BASE_URL = QT_TRANSLATE_NOOP(
    "ExportOptions",
    "no base URL (the Export dialog's Base URL, or --base-url): the page has no canonical "
    "address, and sharing cards and search engines get no image address",
)  # one sentence for the command line and the window alike


@dataclass(frozen=True)
class ExportOptions:
    """One export's settings.

    ``base_url`` is the public address of the folder the export is published in (for a site,
    the site's root); every link the page, feed and metadata give is made absolute against it.
    ``strict`` refuses to publish what would otherwise be a warning. ``warn`` receives each
    warning (the CLI prints them, the window lists them); ``force`` replaces files Slidewright
    did not write."""

    mode: Mode = "article"
    base_url: str = ""
    strict: bool = False
    force: bool = False
    warn: Callable[[str], None] = field(default=_log_warning, compare=False)
    # The writer's certificate for Content Credentials: published pictures are signed anew,
    # naming their originals (exporters/credentials.py); None publishes no manifest at all.
    signing: SigningIdentity | None = field(default=None, compare=False)
    # From Preferences: who publishes (JSON-LD publisher: name and logo address) and the writer's
    # own page (the author's url, given when the article's byline is the writer's name). An
    # article's own front matter (publisher, publisher_logo, author_url) comes first.
    publisher: str = ""
    publisher_logo: str = ""
    author_name: str = ""
    author_url: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", to_mode(self.mode))
        object.__setattr__(self, "base_url", normalise_base_url(self.base_url))

    def with_changes(self, **changes: object) -> ExportOptions:
        """A copy with some fields changed (``dataclasses.replace``, typed loosely for callers)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def problem(self, message: str) -> None:
        """Something the reader would miss: refused under ``strict``, otherwise a warning."""
        if self.strict:
            raise ExportRefused(f"{message} (refused by --strict)")
        self.warn(message)
