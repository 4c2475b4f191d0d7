"""Right-to-left pages as browsers copy and save them: direction marks and isolates around
words (invisible, but a mark before "צילום:" hid the credit's label) and dates in Arabic-Indic
digits. The whole shapes are corpus pages 64 and 65."""

from __future__ import annotations

from pathlib import Path

from slidewright.importers import parse_source
from slidewright.importers.text import parse_text


def test_pasted_arabic_with_direction_marks_keeps_its_credits_and_date() -> None:
    page = (
        "مدن على البحر\n\nجولة قصيرة في مدن الساحل.\n\n"
        "بقلم: ليلى حداد | ١٢ يونيو ٢٠٢٤\n\n"
        "\u200fالإسكندرية\n\n\u200fالصورة: رويترز\n\nمدينة عريقة على البحر المتوسط.\n\n"
        "العقبة\n\n\u2067تصوير:\u2069 غيتي إيماجز\n\nالشعاب المرجانية قريبة من الشاطئ.\n"
    )
    article = parse_text(page).article
    assert (article.lang, article.date) == ("ar", "2024-06-12")
    assert [s.heading for s in article.slides] == ["الإسكندرية", "العقبة"]
    assert [s.credit for s in article.slides] == ["رويترز", "غيتي إيماجز"]
    assert all(not s.caption for s in article.slides)


def test_a_saved_hebrew_page_with_rlm_entities_keeps_its_credit(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html lang="he" dir="rtl"><body><h1>טיילות חוף</h1><h2>נהריה</h2>'
        "<p>&rlm;צילום: משה לוי</p><p>טיילת ארוכה לאורך החוף.</p></body></html>",
        encoding="utf-8",
    )
    slide = parse_source(page).article.slides[0]
    assert slide.credit == "משה לוי"
    assert slide.body == "טיילת ארוכה לאורך החוף.\n"
