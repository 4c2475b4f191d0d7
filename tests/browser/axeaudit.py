"""axe-core in the session's Chromium, and a loopback web server for built sites (their pages
name /slidewright/… from the site's root, as on a real server).

axe-core is pinned in package.json and installed into ./node_modules by .ci/run (``npm ci``)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# Every rule axe runs by default, WCAG 2.x A/AA and best practices alike, at any impact.
RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return JSON.stringify(result.violations.map(v => [v.id, v.impact,
      v.nodes.map(n => n.target.join(' ') + ' ' + (n.any[0] || n.all[0] || {}).message)]));
}"""


def violations(page: Any) -> list[Any]:
    """axe's violations on ``page`` as it is now: [rule, impact, [node and why, …]]."""
    import json

    page.add_script_tag(path=str(AXE))  # the context bypasses the page's CSP for this
    found: list[Any] = json.loads(page.evaluate(RUN))
    return found


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``folder`` over http://127.0.0.1:PORT/ while the block runs; yields the address."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
