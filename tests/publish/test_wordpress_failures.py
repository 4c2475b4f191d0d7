"""What the writer is told when publishing goes wrong, and that a publish cut short carries on
where it stopped (against the real WordPress, failures injected by its test plugin)."""

from __future__ import annotations

import functools
import http.server
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from wordpress_server import WordPressServer, free_port

from slidewright.fileformat import load_article
from slidewright.publish.errors import (
    AuthError,
    IncompletePublishError,
    NoRestApiError,
    PublishCancelled,
    PublishError,
    SiteAnswerError,
    SiteTimeoutError,
    SiteUnreachableError,
)
from slidewright.publish.options import PublishOptions
from slidewright.publish.publisher import PublishResult, publish_article
from slidewright.publish.state import read_state

Publish = Callable[..., PublishResult]  # the publish fixture (conftest.py)


def publish_to(url: str, bundle: Path, timeout: float = 5.0) -> PublishResult:
    return publish_article(
        load_article(bundle),
        bundle,
        PublishOptions(url, "editor", timeout=timeout),
        "secret app password",
        record=lambda state: None,
    )


def test_a_wrong_password_is_refused_before_anything_is_uploaded(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    newest = site.latest_media_id()
    with pytest.raises(AuthError) as caught:
        publish(password="abcd efgh ijkl mnop qrst uvwx")
    message = str(caught.value)
    assert "'editor'" in message and "401" in message and "application password" in message
    assert "abcd" not in message
    assert site.latest_media_id() == newest
    assert read_state(load_article(article_copy)) is None


def test_an_unknown_host_and_a_closed_port_say_the_site_cannot_be_reached(
    article_copy: Path,
) -> None:
    with pytest.raises(SiteUnreachableError, match="no such host name"):
        publish_to("https://no-such-site.invalid", article_copy)
    with pytest.raises(SiteUnreachableError, match="refused"):
        publish_to(f"http://127.0.0.1:{free_port()}", article_copy)


@pytest.fixture
def plain_site(tmp_path: Path) -> Iterator[str]:
    """A web server that is not WordPress: a folder of pages, 404 for everything else."""
    (tmp_path / "www").mkdir()
    (tmp_path / "www" / "index.html").write_text("<!doctype html><title>My blog</title>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=tmp_path / "www")
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_site_without_the_rest_api_is_named_as_such(plain_site: str, article_copy: Path) -> None:
    with pytest.raises(NoRestApiError, match="does not answer as a WordPress site"):
        publish_to(plain_site, article_copy)


class NotQuiteWordPress(http.server.BaseHTTPRequestHandler):
    """Announces WordPress's REST API, then answers every request with an empty object."""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b'{"namespaces": ["wp/v2"]}' if self.path.startswith("/wp-json/") else b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer  # noqa: N815

    def log_message(self, *args: object) -> None:
        return


def test_answers_not_shaped_like_wordpress_are_an_error_not_a_crash(article_copy: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotQuiteWordPress)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(SiteAnswerError, match="WordPress does not answer like that"):
            publish_to(f"http://127.0.0.1:{server.server_address[1]}", article_copy)
    finally:
        server.shutdown()
        server.server_close()


def test_a_site_that_never_answers_times_out_with_a_message(article_copy: Path) -> None:
    with socket.socket() as silent:  # accepts connections (the backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(SiteTimeoutError, match="did not answer within 0.5 seconds"):
            publish_to(url, article_copy, timeout=0.5)


def test_a_server_error_half_way_says_what_was_uploaded_and_the_next_publish_carries_on(
    site: WordPressServer, article_copy: Path, publish: Publish
) -> None:
    site.fail("POST", "/wp/v2/media", succeed=3, status=500)
    with pytest.raises(IncompletePublishError) as caught:
        publish()
    assert isinstance(caught.value.cause, SiteAnswerError) and caught.value.cause.status == 500
    message = str(caught.value)
    assert "server error: 500" in message
    assert "images/fog.jpg, images/market.jpg, images/lighthouse.jpg" in message
    state = read_state(load_article(article_copy))
    assert state is not None and len(state.media) == 3 and state.post is None

    site.heal()
    newest = site.latest_media_id()
    result = publish()

    assert result.reused == ["images/fog.jpg", "images/market.jpg", "images/lighthouse.jpg"]
    assert len(result.uploaded) == 7
    assert site.latest_media_id() == newest + 7


@pytest.mark.parametrize(
    ("status", "says"),
    [(400, "with an error: 400 Bad Request: Injected failure"), (503, "with a server error: 503")],
)
def test_a_refused_post_keeps_the_uploaded_images_for_next_time(
    site: WordPressServer, article_copy: Path, publish: Publish, status: int, says: str
) -> None:
    site.fail("POST", "/wp/v2/posts", status=status)
    with pytest.raises(IncompletePublishError, match=says):
        publish()
    site.heal()

    result = publish()

    assert result.uploaded == [] and len(result.reused) == 10
    assert site.get(f"/wp/v2/posts/{result.post}")["featured_media"] > 0


def test_cancelling_stops_between_images_and_keeps_what_was_sent(
    site: WordPressServer, article_copy: Path
) -> None:
    steps: list[str] = []
    with pytest.raises(IncompletePublishError) as caught:
        publish_article(
            load_article(article_copy),
            article_copy,
            PublishOptions(site.url, site.user),
            site.app_password,
            record=lambda state: None,
            progress=lambda done, total, text: steps.append(text),
            cancelled=lambda: len(steps) >= 3,  # after the second image
        )
    assert isinstance(caught.value.cause, PublishCancelled)
    assert caught.value.done == ["images/fog.jpg", "images/market.jpg"]


def test_scheduling_needs_a_date_in_the_future(article_copy: Path) -> None:
    with pytest.raises(PublishError, match="not in the future"):
        publish_article(
            load_article(article_copy),  # dated 2026-11-20
            article_copy,
            PublishOptions("http://127.0.0.1:9", "editor", status="future"),
            "x",
            record=lambda state: None,
        )
