"""A writer's HTML comment in a text (a note to self) never reaches a site's Markdown source,
which a site keeps in its repository: the page never showed it, and now the source does not
carry it either. A comment written as code (in backquotes, in a fenced block) is text, kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main

FRONT = (
    "---\ntitle: Harbour walks\nlang: en\nslides:\n- heading: Dawn\n"
    "  body: |-\n    Boats leave early. <!-- ask Ana whether the 5:40 ferry still runs -->\n\n"
    "    Write `<!-- like this -->` to hide a line.\n\n    ```\n    <!-- fenced example -->\n"
    "    ```\n\n    The end. <!-- unclosed note about the fee\n---\n"
    "Intro. <!-- source: the harbour master, off the record -->\n"
)


@pytest.mark.parametrize("target", ["hugo", "jekyll"])
def test_no_comment_reaches_the_sites_source(
    tmp_path: Path, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "walks"
    bundle.mkdir()
    (bundle / "index.md").write_text(FRONT, "utf-8")
    out = tmp_path / "site"
    code = main(["export", str(bundle), "--to", target, "-o", str(out),
                 "--base-url", "https://news.example.org/walks/"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    [source] = [f for f in out.rglob("index.md")]
    text = source.read_text("utf-8")
    assert "Boats leave early." in text and "The end." in text
    for note in ("ask Ana", "off the record", "unclosed note"):
        assert note not in text
    assert "`<!-- like this -->`" in text and "<!-- fenced example -->" in text
