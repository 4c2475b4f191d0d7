"""Parts of a feed item that follow the Media RSS spec more closely than a copy of the page
(issue 26): who made and who distributes a picture, a thumbnail that is small, and the article
without the slideshow's buttons."""

from __future__ import annotations

import re

from slidewright.credits.agencies import agencies_in
from slidewright.credits.organisations import is_organisation
from slidewright.exporters.renditions import WIDTHS
from slidewright.model import Slide

THUMBNAIL_WIDTH = min(WIDTHS)  # the smallest rendition a site export publishes beside each picture
_SUFFIX = {"image/jpeg": ".jpg", "image/png": ".png"}
_VIA = re.compile(r"\s+via\s+", re.IGNORECASE)
_CONTROLS = re.compile(r'<nav class="sw-controls[^"]*"[^>]*>.*?</nav>\s*', re.DOTALL)


def media_credits(slide: Slide) -> list[tuple[str, str]]:
    """``media:credit`` (role, name) pairs with the EBU roles: the person as "photographer", a
    picture agency as "distributor" ("Marta Lind/Shutterstock" is both; the person is the slide's
    creator, or the other half of an "Name/Agency" credit). A credit naming no agency is the
    photographer's, unless it names an organisation ("NASA"), which distributes."""
    credit = slide.credit.strip()
    if not credit:
        return []
    found = agencies_in(credit)
    if not found:
        return _without_an_agency(slide, credit)
    via = _VIA.search(credit)
    head = credit[: via.start()] if via else ""
    if head and not agencies_in(head) and any(is_organisation(p) for p in head.split("/")):
        # "Bill Ingalls/NASA via Getty Images": NASA's picture, which Getty passed on
        return _without_an_agency(slide, head)
    agency = found[0][0]
    person = slide.creator.strip()
    parts = [part.strip() for part in credit.split("/")]
    if not person and len(parts) == 2:  # "Name/Agency" or "Agency/Name"
        named = [part for part in parts if not agencies_in(part)]
        person = named[0] if len(named) == 1 else ""
    credits = [("photographer", person)] if person else []
    return credits + [("distributor", agency.name)]


def _without_an_agency(slide: Slide, credit: str) -> list[tuple[str, str]]:
    """A credit naming an organisation that is no agency on the list ("NASA", "Bill Ingalls/
    NASA"): the organisation distributes, the person beside it (or the slide's creator) is the
    photographer. Any other credit is the photographer's."""
    parts = [part.strip() for part in credit.split("/") if part.strip()]
    organisations = [part for part in parts if is_organisation(part)]
    if not organisations:
        return [("photographer", slide.creator.strip() or credit)]
    people = [part for part in parts if part not in organisations]
    person = slide.creator.strip() or (people[0] if len(people) == 1 else "")
    return ([("photographer", person)] if person else []) + [("distributor", organisations[0])]


def thumbnail(url: str, mime: str, width: int, height: int) -> dict[str, str]:
    """``media:thumbnail``'s attributes: the 480 px rendition a Hugo or Jekyll export publishes
    beside a wider JPEG or PNG ("images/fog-480w.jpg"), else the picture itself."""
    suffix = _SUFFIX.get(mime)
    if suffix and width > THUMBNAIL_WIDTH and "." in url.rsplit("/", 1)[-1]:
        small = f"{url.rsplit('.', 1)[0]}-{THUMBNAIL_WIDTH}w{suffix}"
        scaled = round(height * THUMBNAIL_WIDTH / width)
        return {"url": small, "width": str(THUMBNAIL_WIDTH), "height": str(scaled)}
    return {"url": url} | ({"width": str(width), "height": str(height)} if width else {})


def without_controls(html: str) -> str:
    """The article's HTML without Previous/Next bars: a feed reader shows every slide at once."""
    return _CONTROLS.sub("", html)
