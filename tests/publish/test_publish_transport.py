"""The publisher against small local servers that misbehave on purpose: a REST root that redirects
to another origin (the password must not follow), a server that dribbles its answer (the
whole-request deadline), and answers with ids WordPress never sends (a message, not a traceback,
and what was uploaded stays recorded). Every server listens on 127.0.0.1 in a daemon thread."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from slidewright.fileformat import file_digest, load_article
from slidewright.publish.client import WordPressClient
from slidewright.publish.errors import (
    IncompletePublishError,
    PublishError,
    SiteAnswerError,
    SiteTimeoutError,
)
from slidewright.publish.options import PublishOptions
from slidewright.publish.publisher import publish_article
from slidewright.publish.state import PublishState, read_state, record_state

Answer = Callable[[http.server.BaseHTTPRequestHandler], None]

# What a request to the tests' own loopback servers may take: a hang guard, never a speed limit
# (the deadline tests below give their own short limits on purpose)
GUARD_S = 120


class Server:
    """A local server whose every request is answered by ``answer`` and logged."""

    def __init__(self, answer: Answer) -> None:
        seen: list[tuple[str, str, str | None]] = []
        self.seen = seen

        class Handler(http.server.BaseHTTPRequestHandler):
            def handle_any(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen.append((self.command, self.path, self.headers.get("Authorization")))
                try:
                    answer(self)
                except OSError:
                    pass  # the client hung up (its deadline)

            do_GET = do_POST = handle_any  # noqa: N815

            def log_message(self, *args: object) -> None:
                return

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers() -> Iterator[Callable[[Answer], Server]]:
    made: list[Server] = []

    def make(answer: Answer) -> Server:
        made.append(Server(answer))
        return made[-1]

    yield make
    for server in made:
        server.close()


def send_json(handler: http.server.BaseHTTPRequestHandler, body: str, status: int = 200) -> None:
    data = body.encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def test_a_rest_root_redirecting_to_another_origin_is_refused_and_gets_no_password(
    servers: Callable[[Answer], Server],
) -> None:
    other = servers(lambda h: send_json(h, '{"namespaces": ["wp/v2"]}'))

    def redirect(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(301)
        handler.send_header("Location", f"{other.url}{handler.path}")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    site = servers(redirect)
    client = WordPressClient(site.url, "editor", "secret app password", timeout=GUARD_S)
    with pytest.raises(PublishError) as caught:
        client.request("GET", "/wp/v2/users/me")
    message = str(caught.value)
    assert site.url in message and other.url in message and "does not follow" in message
    assert "secret" not in message
    assert other.seen == []  # nothing at all reached the other server
    assert site.seen and all(auth and auth.startswith("Basic ") for _, _, auth in site.seen)


def test_a_redirect_within_the_site_is_followed_with_the_login(
    servers: Callable[[Answer], Server],
) -> None:
    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        if handler.path.startswith("/wp-json/"):
            handler.send_response(301)
            handler.send_header("Location", "/blog" + handler.path)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        elif handler.path == "/blog/wp-json/":
            send_json(handler, '{"namespaces": ["wp/v2"]}')
        else:
            send_json(handler, '{"id": 1}')

    site = servers(answer)
    client = WordPressClient(site.url, "editor", "pw", timeout=GUARD_S)
    assert client.request("GET", "/wp/v2/users/me") == {"id": 1}
    assert ("GET", "/blog/wp-json/wp/v2/users/me") in [(m, p) for m, p, _ in site.seen]
    assert all(auth is not None for _, _, auth in site.seen)


def test_a_server_dribbling_its_answer_is_cut_off_at_the_whole_request_deadline(
    servers: Callable[[Answer], Server],
) -> None:
    stop = threading.Event()

    def dribble(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        while not stop.is_set():  # for ever: only the client's deadline ends this request
            handler.wfile.write(b"X")
            handler.wfile.flush()
            time.sleep(0.5)

    site = servers(dribble)
    client = WordPressClient(site.url, "editor", "pw", timeout=1.5)
    try:
        with pytest.raises(SiteTimeoutError, match="did not answer within 1.5 seconds"):
            client.request("GET", "/wp/v2/users/me")
    finally:
        stop.set()


def fake_wordpress(media_answers: list[str]) -> Answer:
    """WordPress's answers for a publish; the nth media upload answers ``media_answers[n]``."""
    uploads = iter(media_answers)

    def answer(handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path
        if path == "/wp-json/":
            send_json(handler, '{"namespaces": ["wp/v2"]}')
        elif path == "/wp-json/wp/v2/media" and handler.command == "POST":
            send_json(handler, next(uploads))
        elif path.startswith("/wp-json/wp/v2/media/"):
            number = path.rsplit("/", 1)[1]
            send_json(
                handler, json.dumps({"id": int(number), "source_url": f"http://x/m/{number}.jpg"})
            )
        else:
            send_json(handler, '{"id": 1}')

    return answer


@pytest.mark.parametrize(
    ("second", "says"),
    [
        ('{"id": Infinity}', "Infinity is not a number JSON allows"),
        ('{"id": 7.5, "source_url": "http://x/a.jpg"}', "with id 7.5, not a positive whole"),
        ('{"id": "7", "source_url": "http://x/a.jpg"}', "with id '7', not a positive whole"),
        ('{"source_url": "http://x/a.jpg"}', "without 'id'"),
        ("[1, 2]", "with list instead of an object"),
    ],
)
def test_an_unusable_media_answer_is_a_message_and_earlier_uploads_stay_recorded(
    servers: Callable[[Answer], Server], sample_bundle: Path, second: str, says: str
) -> None:
    site = servers(fake_wordpress(['{"id": 41, "source_url": "http://x/a.jpg"}', second]))
    digest = file_digest(sample_bundle)

    def record(state: PublishState) -> None:
        nonlocal digest
        digest = record_state(sample_bundle, state, digest)

    with pytest.raises(IncompletePublishError) as caught:
        publish_article(
            load_article(sample_bundle),
            sample_bundle,
            PublishOptions(site.url, "editor", timeout=GUARD_S),
            "pw",
            record=record,
        )
    message = str(caught.value)
    assert says in message
    assert isinstance(caught.value.cause, SiteAnswerError)
    assert "images/fog.jpg" in message  # the first upload: on the site and recorded
    assert "images/market.jpg may now be in the site's media library" in message
    state = read_state(load_article(sample_bundle))
    assert state is not None and list(state.media.values()) == [41]
