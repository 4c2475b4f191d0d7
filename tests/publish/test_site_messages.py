"""The site's own words quoted inside ours read as one sentence, without doubled punctuation."""

from __future__ import annotations

import io
import json
import urllib.error
from email.message import Message

from slidewright.publish.client import WordPressClient


def refusal(code: int, message: str) -> str:
    body = json.dumps({"code": "rest_not_logged_in", "message": message}).encode()
    error = urllib.error.HTTPError(
        "https://example.com/wp-json/wp/v2/users/me",
        code,
        "Unauthorized",
        Message(),
        io.BytesIO(body),
    )
    client = WordPressClient("https://example.com", "editor", "secret")
    return str(client._http_error(error, "/wp/v2/users/me"))


def test_a_refused_login_quotes_the_site_without_a_doubled_full_stop() -> None:
    text = refusal(401, "You are not currently logged in.")
    assert "(401: You are not currently logged in). Check the user name" in text
    assert ".)." not in text


def test_a_server_error_quotes_the_site_once() -> None:
    text = refusal(500, "The site is having technical difficulties.")
    assert text.endswith(": 500 Unauthorized: The site is having technical difficulties")
    assert ".." not in text
