"""A user name or password written into an address (an image's, a licence link's, a link in the
text, a read-more item's, an address in the words themselves: a bare <https://…> link, one in a
heading or the intro) never leaves with the article: check calls it an error
(url-credentials), and without --strict every output and the preview publish the address
without it, rather than the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from credentialed import SECRETS, write_bundle
from slidewright.cli import main
from slidewright.fileformat import load_article
from slidewright.ui.preview.render import opening_page

FRONT = (
    "---\ntitle: Harbour walks\nlang: en\n"
    "slides:\n- heading: Dawn at https://jo:hunter2@example.com/heading\n"
    "  image: https://jo:hunter2@cdn.example.com/a.jpg\n"
    "  credit: Ana Silva/Reuters\n"
    "  license: CC BY 4.0\n  license_url: https://jo:hunter2@licences.example.com/by\n"
    "  source_url: https://ghp_token123@example.com/source\n"
    "  body: See [the map](https://ghp_token123@example.com/map) before you go, or"
    " <https://jo:hunter2@example.com/autolink> (typed as a bare address, its words are\n"
    "    the link's own, and https://ghp_token123@example.com/plain is only words).\n"
    "- heading: Quay\n  image: images/quay.jpg\n  alt: The quay, as https://jo:hunter2@example.com/alt shows it\n"
    "  caption: From https://jo:hunter2@example.com/caption\n  credit: Ana Silva/Reuters\n"
    "read_more:\n  heading: More\n  items:\n  - title: Ferries\n"
    "    url: https://jo:hunter2@example.com/ferries\n---\n"
    "Intro, from https://jo:hunter2@example.com/intro and <https://jo:hunter2@example.com/i2>.\n"
)


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    return write_bundle(tmp_path / "walks", FRONT)


@pytest.mark.parametrize("target", ["html", "html-folder", "hugo", "jekyll", "rss"])
def test_no_output_carries_the_password(
    bundle: Path, tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("out.html" if target == "html" else "out.xml" if target == "rss" else "out")
    code = main(["export", str(bundle), "--to", target, "-o", str(out),
                 "--base-url", "https://news.example.org/walks/"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    files = [out] if out.is_file() else [f for f in out.rglob("*") if f.is_file()]
    written = b"".join(f.read_bytes() for f in files)  # the pictures' metadata among them
    assert b"example.com/map" in written  # the link is published, without its password
    assert b"example.com/autolink" in written and b"example.com/intro" in written
    assert [s for s in SECRETS if s.encode() in written] == []
    assert main(["export", str(bundle), "--to", target, "-o", str(tmp_path / "strict"),
                 "--base-url", "https://news.example.org/", "--strict"]) == 2  # fmt: skip


def test_the_preview_shows_what_is_published(bundle: Path) -> None:
    page = opening_page(load_article(bundle), bundle, "article")[0]
    assert b"https://example.com/map" in page
    assert b">https://example.com/autolink<" in page  # the link's words, as the link
    assert [s for s in SECRETS if s.encode() in page] == []
