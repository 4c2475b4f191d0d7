"""A user name or password written into an address (an image's, a licence link's, a link in the
text, a read-more item's) never leaves with the article: check calls it an error
(url-credentials), and without --strict every output and the preview publish the address
without it, rather than the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.fileformat import load_article
from slidewright.ui.preview.render import opening_page

SECRETS = ("hunter2", "ghp_token123", "jo:")
FRONT = (
    "---\ntitle: Harbour walks\nlang: en\n"
    "slides:\n- heading: Dawn\n  image: https://jo:hunter2@cdn.example.com/a.jpg\n"
    "  credit: Ana Silva/Reuters\n"
    "  license: CC BY 4.0\n  license_url: https://jo:hunter2@licences.example.com/by\n"
    "  source_url: https://ghp_token123@example.com/source\n"
    "  body: See [the map](https://ghp_token123@example.com/map) before you go.\n"
    "read_more:\n  heading: More\n  items:\n  - title: Ferries\n"
    "    url: https://jo:hunter2@example.com/ferries\n---\nIntro.\n"
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "walks"
    folder.mkdir()
    (folder / "index.md").write_text(FRONT, "utf-8")
    return folder


@pytest.mark.parametrize("target", ["html", "html-folder", "hugo", "jekyll", "rss"])
def test_no_output_carries_the_password(
    bundle: Path, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("out.html" if target == "html" else "out.xml" if target == "rss" else "out")
    code = main(["export", str(bundle), "--to", target, "-o", str(out),
                 "--base-url", "https://news.example.org/walks/"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    files = [out] if out.is_file() else [f for f in out.rglob("*") if f.is_file()]
    written = b"".join(f.read_bytes() for f in files)
    assert b"example.com/map" in written  # the link is published, without its password
    assert [s for s in SECRETS if s.encode() in written] == []
    assert main(["export", str(bundle), "--to", target, "-o", str(tmp_path / "strict"),
                 "--base-url", "https://news.example.org/", "--strict"]) == 2  # fmt: skip


def test_the_preview_shows_what_is_published(bundle: Path) -> None:
    page = opening_page(load_article(bundle), bundle, "article")[0]
    assert b"https://example.com/map" in page
    assert [s for s in SECRETS if s.encode() in page] == []
