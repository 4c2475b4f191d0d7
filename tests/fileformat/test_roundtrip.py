from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import articles

from slidewright import load_article, save_article
from slidewright.fileformat import format_article, parse_article
from slidewright.model import Article, Slide


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_any_article_survives_format_then_parse(article: Article) -> None:
    text = format_article(article)
    assert parse_article(text) == article
    assert format_article(parse_article(text)) == text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(articles)
def test_any_article_survives_save_then_load(tmp_path: Path, article: Article) -> None:
    save_article(article, tmp_path)
    assert load_article(tmp_path) == article


def test_saving_what_was_loaded_is_byte_identical(sample_bundle: Path) -> None:
    original = (sample_bundle / "index.md").read_bytes()
    save_article(load_article(sample_bundle), sample_bundle)
    assert (sample_bundle / "index.md").read_bytes() == original


def test_unknown_keys_are_kept_in_their_order(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text(
        "---\ntitle: T\nweight: 3\ndraft: true\naliases: [/old/]\nslides:\n"
        "- heading: H\n  body: B\n  zeta: 1\n  alpha: 2\n---\n",
        encoding="utf-8",
    )
    article = load_article(tmp_path)
    assert list(article.extra) == ["weight", "draft", "aliases"]
    assert list(article.slides[0].extra.items()) == [("zeta", 1), ("alpha", 2)]
    save_article(article, tmp_path)
    text = (tmp_path / "index.md").read_text(encoding="utf-8")
    assert text.index("weight: 3") < text.index("draft: true") < text.index("aliases:")
    assert "zeta: 1\n  alpha: 2" in text


def test_yaml_hostile_text_is_quoted_and_multiline_text_is_a_literal_block() -> None:
    article = Article(
        title="no",
        description="Photo: x",
        date="2026-11-27",
        slides=[Slide(heading="on", credit="2026-01-01", body="One.\n\nTwo.\n")],
    )
    text = format_article(article)
    assert "title: 'no'" in text
    assert "description: 'Photo: x'" in text
    assert "date: 2026-11-27\n" in text  # a real date stays a date for Hugo and Jekyll
    assert "credit: '2026-01-01'" in text  # a date-looking credit stays text
    assert "  body: |\n    One.\n\n    Two.\n" in text


def test_windows_line_ends_and_a_bom_load(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_bytes(
        b"\xef\xbb\xbf---\r\ntitle: T\r\nslides:\r\n- heading: H\r\n"
        b"  body: |\r\n    a\r\n    b\r\n---\r\nIntro\r\n"
    )
    article = load_article(tmp_path)
    assert article.slides[0].body == "a\nb\n"
    assert article.intro == "Intro"
