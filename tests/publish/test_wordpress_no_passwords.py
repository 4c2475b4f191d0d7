"""A user name or password in an address never reaches WordPress either: not in the post's
title, excerpt or content, nor in a picture's caption, alt text or title (the page's rule,
render/page.py; tests/exporters/test_no_credentials_published.py for the other outputs)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from wordpress_server import WordPressServer

from credentialed import SECRETS, write_bundle
from slidewright.fileformat import load_article
from slidewright.publish.publisher import PublishResult
from slidewright.publish.state import read_state

Publish = Callable[..., PublishResult]
FRONT = (
    "---\ntitle: Harbour walks from https://jo:hunter2@example.com/title\nlang: en\n"
    "description: Maps at https://ghp_token123@example.com/maps\n"
    "slides:\n- heading: Quay at https://jo:hunter2@example.com/heading\n"
    "  image: images/quay.jpg\n  alt: The quay, as https://jo:hunter2@example.com/alt shows it\n"
    "  caption: From https://jo:hunter2@example.com/caption\n  credit: Ana Silva/Reuters\n"
    "  body: Typed as <https://jo:hunter2@example.com/autolink>, or in [a link]"
    "(https://ghp_token123@example.com/link).\n---\nIntro.\n"
)


@pytest.fixture
def article_copy(tmp_path: Path) -> Path:
    """The article ``publish`` sends (tests/publish/conftest.py)."""
    return write_bundle(tmp_path / "walks", FRONT)


def test_nothing_posted_carries_the_password(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    result = publish()
    post = site.get(f"/wp/v2/posts/{result.post}", context="edit")
    state = read_state(load_article(article_copy))
    assert state is not None
    media = [site.get(f"/wp/v2/media/{m}", context="edit") for m in state.media.values()]
    sent = json.dumps([post["title"], post["excerpt"], post["content"], media])
    assert "example.com/autolink" in sent and "example.com/caption" in sent  # the words stay
    assert [s for s in SECRETS if s in sent] == []
