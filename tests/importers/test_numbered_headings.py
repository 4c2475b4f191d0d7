"""Pages that number their own slides: the number is left out of the heading, because
Slidewright numbers slides when it renders them (it showed "1. 1. Sandy Cove")."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import import_file
from slidewright.importers.common import slide_heading
from slidewright.importers.markdown import parse_markdown
from slidewright.importers.text import parse_text


def test_slide_numbers_are_taken_off_headings_and_other_numbers_stay() -> None:
    assert slide_heading("1. Sandy Cove") == "Sandy Cove"
    assert slide_heading("12) The Old Pier") == "The Old Pier"
    assert slide_heading("#3: Fog") == "Fog"
    assert slide_heading("10 Downing Street") == "10 Downing Street"
    assert slide_heading("2026 in Review") == "2026 in Review"
    assert slide_heading("1.5 Miles of Beach") == "1.5 Miles of Beach"


def test_an_html_page_with_numbered_headings_imports_plain_headings_and_image_names(
    tmp_path: Path,
) -> None:
    from imagefactory import make_image

    make_image(tmp_path / "page_files" / "cove.jpg", seed=2)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Coast</title></head><body><article><h1>Coast</h1>"
        "<h2>1. Sandy Cove</h2><img src='page_files/cove.jpg' alt='A cove'>"
        "<p>Credit: Jana Novak</p><p>Soft sand.</p>"
        "<h2>2. North Path</h2><p>A walk.</p></article></body></html>",
        encoding="utf-8",
    )
    import_file(page, tmp_path / "out")
    text = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "heading: Sandy Cove" in text and "heading: North Path" in text
    assert not any(p.name.startswith("1-") for p in (tmp_path / "out" / "images").iterdir())


def test_pasted_text_and_markdown_drop_slide_numbers() -> None:
    pasted = parse_text(
        "Walks by the Sea\n\nThree short walks.\n\n1. The North Path\n\nGulls and wind.\n\n"
        "2. The South Path\n\nSheltered dunes.\n"
    ).article
    assert [s.heading for s in pasted.slides] == ["The North Path", "The South Path"]
    markdown = parse_markdown(
        "# Walks\n\nIntro.\n\n## 1) First Walk\n\nText.\n\n## 2) Second Walk\n\nText.\n",
        Path("walks.md"),
    ).article
    assert [s.heading for s in markdown.slides] == ["First Walk", "Second Walk"]
