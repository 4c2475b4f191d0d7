"""Categories, tags and the author by name: found on the site, terms created when missing."""

from __future__ import annotations

import html
from typing import Any

from slidewright.publish.answers import answer_id
from slidewright.publish.client import WordPressClient
from slidewright.publish.errors import AuthError, SiteAnswerError


def _named(
    client: WordPressClient,
    route: str,
    found: Any,
    name: str,
    keys: tuple[str, ...] = ("name",),
) -> int | None:
    """The id of the first item in a REST list whose ``keys`` equal ``name`` (ignoring case and
    the HTML escaping WordPress answers names with)."""
    wanted = name.strip().casefold()
    for item in found if isinstance(found, list) else []:
        if isinstance(item, dict) and any(
            html.unescape(str(item.get(key, ""))).casefold() == wanted for key in keys
        ):
            return answer_id(item, client.site, f"GET {route}")
    return None


def term_ids(client: WordPressClient, taxonomy: str, names: list[str]) -> list[int]:
    """The ids of ``names`` in ``taxonomy`` (``categories`` or ``tags``), creating missing ones."""
    ids: list[int] = []
    for name in (n.strip() for n in names):
        if not name:
            continue
        route = f"/wp/v2/{taxonomy}"
        found = client.request("GET", route, {"search": name, "per_page": 100})
        match = _named(client, route, found, name)
        if match is None:
            try:
                made = client.request("POST", route, body={"name": name})
                match = answer_id(made, client.site, f"POST {route}")
            except SiteAnswerError as error:  # "term_exists": made by someone else meanwhile
                if error.status != 400:
                    raise
                match = _named(client, route, client.request("GET", route, {"search": name}), name)
                if match is None:
                    raise
        if match not in ids:
            ids.append(match)
    return ids


def author_id(client: WordPressClient, author: str) -> int | None:
    """The WordPress user whose display name or user name is ``author``; None when there is none
    or the publishing user may not look users up (an Author account cannot)."""
    if not author.strip():
        return None
    try:
        found = client.request("GET", "/wp/v2/users", {"search": author, "context": "edit"})
    except (AuthError, SiteAnswerError):
        return None
    return _named(client, "/wp/v2/users", found, author, ("name", "username", "slug"))
