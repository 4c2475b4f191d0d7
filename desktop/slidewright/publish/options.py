"""What the writer chose for one publish: where to, as whom, and how."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:  # (the provenance package loads only when a publish signs: not for --help)
    from slidewright.provenance.signing import SigningIdentity

Status = Literal["draft", "publish", "future", "pending", "private"]
STATUSES: tuple[Status, ...] = get_args(Status)
# What each status does on the site, in WordPress's own terms (``publish --help`` and the dialog).
STATUS_MEANINGS: dict[Status, str] = {
    "draft": "saved on the site, not shown to readers (the default)",
    "publish": "live for every reader now",
    "future": "scheduled: goes live at the article's date",
    "pending": "waiting for an editor's review before it can go live",
    "private": "live, but only for logged-in editors and administrators",
}
DEFAULT_TIMEOUT = 30.0  # seconds each request may take in all (connect, send, answer); an image
# upload on a slow line fits in it


@dataclass(frozen=True)
class PublishOptions:
    site: str  # the site's address, e.g. https://example.com (a sub-folder install is fine)
    user: str  # the WordPress user name the application password belongs to
    status: Status = "draft"
    paged: bool = False  # one slide per page, split by WordPress's <!--nextpage-->
    timeout: float = DEFAULT_TIMEOUT
    # Sign the uploaded pictures' Content Credentials anew (None: uploads carry no manifest)
    signing: SigningIdentity | None = field(default=None, compare=False, repr=False)


def normalise_site(site: str) -> str:
    """``example.com/`` -> ``https://example.com``: the form kept in the front matter, so the same
    site typed twice is recognised as the same site."""
    site = site.strip()
    if site and "://" not in site:
        site = "https://" + site
    return site.rstrip("/")
