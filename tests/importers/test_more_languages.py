"""Languages added in languagetables_more.py beyond their corpus pages (61-66): a Polish "most
read" list at the end of a page goes with its heading instead of becoming slides."""

from __future__ import annotations

from slidewright.importers.text import parse_text


def test_a_polish_most_read_list_is_left_out_with_its_titles() -> None:
    page = (
        "Trzy plaże na Helu\n\nKrótki przewodnik po półwyspie.\n\n"
        "Jastarnia\n\nFot. Adam Nowicki / PAP\n\nSzeroka plaża od strony morza.\n\n"
        "Jurata\n\nZdjęcie: Shutterstock\n\nSpokojna zatoka dla rodzin.\n\n"
        "Najczęściej czytane\n\nCeny nad morzem biją rekordy\n\nNowy most w Gdańsku otwarty\n"
    )
    result = parse_text(page)
    slides = result.article.slides
    assert [s.heading for s in slides] == ["Jastarnia", "Jurata"]
    assert [s.credit for s in slides] == ["Adam Nowicki / PAP", "Shutterstock"]
    assert slides[1].body == "Spokojna zatoka dla rodzin.\n"
    assert any(d.startswith("3 page furniture lines") for d in result.dropped)
