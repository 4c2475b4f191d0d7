"""Saved pages whose bytes are not all UTF-8: a UTF-8 page with one name pasted in Latin-1, and
pages saved in the encoding their ``<meta charset>`` names (Polish ISO-8859-2, Japanese
Shift_JIS). Every letter reads as the writer saw it in the browser; and pages published with
their UTF-8 misread as Windows-1252 ("CafÃ©") get their letters back."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import parse_source
from slidewright.importers.text import parse_text
from slidewright.importers.textdecode import decode_text


def test_a_utf8_page_with_one_latin1_name_keeps_its_other_letters(tmp_path: Path) -> None:
    page = tmp_path / "cafes.html"
    page.write_bytes(
        "<html><head><meta charset='utf-8'></head><body><h1>Café crawl</h1>"
        "<h2>Zürich</h2><p>Photo: Jörg Müller</p><p>Strong coffee.</p>".encode()
        + b"<h2>Malm\xf6</h2><p>Credit: \xc5sa Berg</p><p>Fika.</p></body></html>"
    )
    article = parse_source(page).article
    assert article.title == "Café crawl"
    assert [s.heading for s in article.slides] == ["Zürich", "Malmö"]
    assert [s.credit for s in article.slides] == ["Jörg Müller", "Åsa Berg"]


def test_a_polish_page_saved_as_iso_8859_2_reads_its_letters(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
        "</head><body><h1>Zamki nad Wisłą</h1><h2>Malbork</h2><p>Ceglane mury i łuki.</p>"
        "</body></html>"
    )
    page = tmp_path / "zamki.html"
    page.write_bytes(html.encode("iso-8859-2"))
    article = parse_source(page).article
    assert article.title == "Zamki nad Wisłą"
    assert article.slides[0].body == "Ceglane mury i łuki.\n"


def test_a_japanese_page_saved_as_shift_jis_reads_its_letters() -> None:
    html = '<meta charset="Shift_JIS"><h1>京都の名所</h1><h2>清水寺</h2><p>紅葉が見事です。</p>'
    assert "京都の名所" in decode_text(html.encode("shift_jis"))


def test_a_page_of_windows_1252_alone_reads_as_before() -> None:
    raw = "“Quoted” café – naïve".encode("cp1252")
    assert decode_text(raw) == "“Quoted” café – naïve"
    assert decode_text(b'<meta charset="iso-8859-1">\x93Hi\x94 caf\xe9') == (
        '<meta charset="iso-8859-1">“Hi” café'
    )


def test_a_pasted_page_published_misencoded_gets_its_letters_back() -> None:
    page = (
        "CafÃ©s Worth the Detour\n\nFrom crÃ¨me brÃ»lÃ©e to a â€œsecretâ€ menu.\n\n"
        "The Old Mill\n\nPhoto: JÃ¶rg MÃ¼ller\n\nThey donâ€™t take cards.\n"
    )
    result = parse_text(page)
    article = result.article
    assert article.title == "Cafés Worth the Detour"
    assert article.intro == "From crème brûlée to a “secret” menu."
    assert article.slides[0].credit == "Jörg Müller"
    assert article.slides[0].body == "They don’t take cards.\n"
    assert any("“Ã©” → “é”" in note for note in result.guessed)


def test_german_quotes_after_an_eszett_are_left_as_written() -> None:
    page = "Vier Wege zum „Spaß“\n\nKurz.\n\nDer „Fuß“-Weg\n\nFoto: Anna Groß\n\nSteil.\n"
    result = parse_text(page)
    assert result.article.title == "Vier Wege zum „Spaß“"
    assert not any("misread" in note for note in result.guessed)


def test_a_saved_page_published_misencoded_gets_its_letters_back(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<h1>Ãœber den Wolken</h1><h2>Zugspitze</h2><p>Photo: Lena MÃ¼ller</p><p>HÃ¶her.</p>",
        encoding="utf-8",
    )
    result = parse_source(page)
    assert result.article.title == "Über den Wolken"
    assert result.article.slides[0].credit == "Lena Müller"
