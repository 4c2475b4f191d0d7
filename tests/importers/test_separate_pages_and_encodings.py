"""What a writer's saved files really are: two articles that only share a numbered name, pages
saved in UTF-16 or with a stray NUL, a page nested too deep to read, a Spanish read-more block."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import import_file
from slidewright.importers.common import ImportFailed


def _article(title: str, slides: list[str], extra: str = "", head: str = "") -> str:
    body = "".join(f"<h2>{h}</h2><p>About {h.lower()}.</p>" for h in slides)
    return (
        f"<html><head><title>{title}</title>{head}</head><body><h1>{title}</h1>"
        f"{body}{extra}</body></html>"
    )


def test_two_articles_with_numbered_names_are_imported_apart(tmp_path: Path) -> None:
    (tmp_path / "guide.html").write_text(_article("Hotel guide", ["Rooms", "Breakfast"]))
    (tmp_path / "guide2.html").write_text(_article("Walking guide", ["Cliffs", "Woods"]))
    summary = import_file(tmp_path / "guide2.html", tmp_path / "out")
    article = load_article(tmp_path / "out")
    assert article.title == "Walking guide"
    assert [s.heading for s in article.slides] == ["Cliffs", "Woods"]
    assert any("guide.html" in g and "alone" in g for g in summary.guessed)


def test_numbered_pages_far_apart_with_one_heading_stay_apart(tmp_path: Path) -> None:
    for name, slide in (("deep", "Top"), ("deep150", "Middle"), ("deep250", "Bottom")):
        (tmp_path / f"{name}.html").write_text(_article("Deep", [slide]))
    import_file(tmp_path / "deep150.html", tmp_path / "out")
    assert [s.heading for s in load_article(tmp_path / "out").slides] == ["Middle"]


def test_numbered_pages_that_link_as_next_and_previous_are_joined(tmp_path: Path) -> None:
    one = _article("Coast walk", ["Start"], '<a href="walk2.html">Next page ›</a>')
    two = _article("Coast walk, part two", ["Finish"], '<a href="walk.html">‹ Previous</a>')
    (tmp_path / "walk.html").write_text(one)
    (tmp_path / "walk2.html").write_text(two)
    summary = import_file(tmp_path / "walk2.html", tmp_path / "out")
    assert [s.heading for s in load_article(tmp_path / "out").slides] == ["Start", "Finish"]
    assert any("linking as next/previous pages" in g for g in summary.guessed)


def test_a_utf16_page_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    page = _article("Wide letters", ["Café", "Straße"], head='<meta charset="utf-16">')
    (tmp_path / "wide.html").write_bytes(codecs.BOM_UTF16_LE + page.encode("utf-16-le"))
    (tmp_path / "wide32.html").write_bytes(codecs.BOM_UTF32_BE + page.encode("utf-32-be"))
    for name in ("wide", "wide32"):
        import_file(tmp_path / f"{name}.html", tmp_path / name)
        article = load_article(tmp_path / name)
        assert [s.heading for s in article.slides] == ["Café", "Straße"]


def test_a_stray_nul_does_not_make_a_page_binary(tmp_path: Path) -> None:
    page = _article("One odd byte", ["Harbour", "Hill"]).replace("About hill", "About\x00 hill")
    (tmp_path / "nul.html").write_bytes(page.encode("utf-8"))
    import_file(tmp_path / "nul.html", tmp_path / "out")
    assert load_article(tmp_path / "out").slides[1].body == "About hill.\n"


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 10, b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" * 400],
)
def test_binary_files_are_still_refused(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "x.html").write_bytes(data)
    with pytest.raises(ImportFailed, match="binary"):
        import_file(tmp_path / "x.html", tmp_path / "out")


def test_headings_lost_below_the_nesting_limit_are_named_in_the_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    n = 100_000
    inner = "<h1>Deep</h1><h2>One</h2><p>x</p><h2>Two</h2><p>y</p>"
    (tmp_path / "deep.html").write_text(f"<html><body>{'<div>' * n}{inner}{'</div>' * n}")
    assert main(["import", str(tmp_path / "deep.html"), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no slide headings" in err and "HTML nesting below 200 levels" in err


@pytest.mark.parametrize("heading", ["Leer también", "Lee también:", "Te puede interesar"])
def test_a_spanish_read_more_heading_is_the_read_more_block(tmp_path: Path, heading: str) -> None:
    more = f'<h2>{heading}</h2><p><a href="https://example.com/otro">Otro viaje</a></p>'
    (tmp_path / "es.html").write_text(_article("Viaje", ["Uno", "Dos"], more), encoding="utf-8")
    import_file(tmp_path / "es.html", tmp_path / "out")
    article = load_article(tmp_path / "out")
    assert [s.heading for s in article.slides] == ["Uno", "Dos"]
    assert article.read_more is not None and article.read_more.items[0].title == "Otro viaje"


def test_pasted_spanish_text_ends_with_its_read_more_block(tmp_path: Path) -> None:
    text = (
        "Cinco playas del norte\n\n1. Playa de Rodiles\nFoto: Ana Ruiz\nArena y eucaliptos.\n\n"
        "2. Playa del Silencio\nFoto: Tomas Reyes\nCalas de roca gris.\n\n"
        "Leer también\nDiez pueblos de la costa\n"
    )
    (tmp_path / "es.txt").write_text(text, encoding="utf-8")
    import_file(tmp_path / "es.txt", tmp_path / "out")
    article = load_article(tmp_path / "out")
    assert [s.heading for s in article.slides] == ["Playa de Rodiles", "Playa del Silencio"]
    assert article.read_more is not None and article.read_more.heading == "Leer también"
