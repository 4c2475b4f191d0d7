"""A slide whose picture is a remote address (an imported page's ``<img src="http://…">``):
`slidewright check` says so. Over plain http the exported page's Content-Security-Policy blocks
the picture (docs/security.md), so the published slide shows none: a warning. Over https it is
shown, but nothing checks it: a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import check_article
from slidewright.importers import import_file
from slidewright.model import Article, Slide


def _remote(tmp_path: Path, image: str) -> list[tuple[str, str, str]]:
    make_image(tmp_path / "images" / "a.jpg", seed=1)
    slides = [
        Slide(heading="Local", image="images/a.jpg", alt="Boats", credit="Ana Ruiz"),
        Slide(heading="Remote", image=image, alt="Boats", credit="Ana Ruiz"),
    ]
    findings = check_article(Article(title="Harbour", slides=slides), tmp_path)
    return [(f.severity, f.message, f.field) for f in findings if f.rule == "image-remote"]


def test_a_plain_http_picture_is_a_warning(tmp_path: Path) -> None:
    [(severity, message, field)] = _remote(tmp_path, "http://127.0.0.1:9/x.jpg")
    assert severity == "warning" and field == "image"
    assert message.startswith("http://127.0.0.1:9/x.jpg is a plain http address")
    assert "will not show it" in message


@pytest.mark.parametrize("image", ["https://pictures.example/x.jpg", "//pictures.example/x.jpg"])
def test_an_https_picture_is_a_note(tmp_path: Path, image: str) -> None:
    [(severity, message, _)] = _remote(tmp_path, image)
    assert severity == "info" and "not in the article folder" in message


def test_a_picture_in_the_article_folder_is_not_remote(tmp_path: Path) -> None:
    assert _remote(tmp_path, "images/a.jpg") == []


def test_an_imported_pages_http_picture_is_named_by_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour</title></head><body><h1>Harbour</h1>"
        "<h2>Boats</h2><img src='http://127.0.0.1:9/x.jpg' alt='Boats'><p>Credit: Ana Ruiz</p>"
        "</body></html>",
        encoding="utf-8",
    )
    import_file(page, tmp_path / "harbour")
    article = load_article(tmp_path / "harbour")
    assert [slide.image for slide in article.slides] == ["http://127.0.0.1:9/x.jpg"]
    main(["check", str(tmp_path / "harbour")])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if "image-remote" in line)
    assert "http://127.0.0.1:9/x.jpg is a plain http address" in line
    assert "\u200e" not in out and "\u2066" not in out  # the CLI prints the address as it is
