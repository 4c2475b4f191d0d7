"""A real WordPress for the whole session (tests/publish/wordpress_server.py), and a fresh copy of
the sample article with a way to publish it as the CLI does (state saved to index.md)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from wordpress_server import WordPressServer, missing_packages

from slidewright.fileformat import file_digest, load_article
from slidewright.packagedata import copy_sample
from slidewright.publish.options import PublishOptions
from slidewright.publish.publisher import PublishResult, publish_article
from slidewright.publish.state import PublishState, record_state


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPressServer]:
    missing = missing_packages()
    if missing:
        pytest.skip(
            "a real WordPress needs the Debian packages "
            + ", ".join(missing)
            + " (packaging/debian-packages.txt)"
        )
    server = WordPressServer(tmp_path_factory.mktemp("wordpress")).start()
    yield server
    server.stop()


@pytest.fixture
def site(wordpress: WordPressServer) -> Iterator[WordPressServer]:
    """The session's WordPress, with any injected failure removed afterwards."""
    yield wordpress
    wordpress.heal()


@pytest.fixture
def article_copy(tmp_path: Path) -> Path:
    return copy_sample(tmp_path / "harbour-towns")


Publish = Callable[..., PublishResult]


@pytest.fixture
def publish(site: WordPressServer, article_copy: Path) -> Publish:
    """Publish ``article_copy`` (as on disk now) to the test site, saving state as the CLI does."""

    def run(password: str | None = None, **options: Any) -> PublishResult:
        article = load_article(article_copy)
        digest = file_digest(article_copy)

        def record(state: PublishState) -> None:
            nonlocal digest
            digest = record_state(article_copy, state, digest)

        return publish_article(
            article,
            article_copy,
            PublishOptions(site.url, site.user, **options),
            site.app_password if password is None else password,
            record=record,
        )

    return run
