"""Japanese and Chinese are written without spaces between words: the shape rules count about a
word every two characters and read "。" as a sentence's end, so a thirty-character sentence is
a paragraph (it was one "word", as short as a heading; corpus page 69)."""

from __future__ import annotations

from slidewright.importers.textshape import heading_shaped, long_paragraph, word_count


def test_a_japanese_sentence_is_many_words_and_a_paragraph() -> None:
    sentence = "札幌発祥のスープカレーは、大きな野菜がごろごろ入っているのが特徴です。"
    assert word_count(sentence) >= 12
    assert long_paragraph(sentence) and not heading_shaped(sentence)
    assert heading_shaped("スープカレー")


def test_spaced_languages_count_as_before() -> None:
    assert word_count("The longest pier in the world") == 6
    assert word_count("Tokyo 東京 trip") == 3
