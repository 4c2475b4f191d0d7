"""The Format menu's text changes: wrap and unwrap on a selection or the word under the cursor."""

from __future__ import annotations

from slidewright.model.formatting import (
    Formatted,
    link_at,
    remove_formatting,
    set_link,
    toggle_emphasis,
    word_span,
)


def test_bold_wraps_the_word_under_the_cursor_and_a_second_time_unwraps_it() -> None:
    text = "The harbour wakes early."
    on = toggle_emphasis(text, 6, 6, 2)
    # the cursor stays between the same letters ("ha|rbour"), nothing selected
    assert on.text == "The **harbour** wakes early." and (on.start, on.end) == (8, 8)
    off = toggle_emphasis(on.text, on.start, on.end, 2)
    assert off.text == text and off.start == off.end == 6
    selected = toggle_emphasis(text, 4, 11, 2)  # a selection stays selected
    assert selected.text[selected.start : selected.end] == "harbour"


def test_a_selection_with_its_markers_or_spaces_unwraps_and_wraps_cleanly() -> None:
    assert toggle_emphasis("a **bold** b", 2, 10, 2).text == "a bold b"
    assert toggle_emphasis("one two three", 3, 8, 1).text == "one *two* three"


def test_italic_and_bold_combine_and_come_apart() -> None:
    both = toggle_emphasis("x **word** y", 5, 5, 1)
    assert both.text == "x ***word*** y"
    assert toggle_emphasis(both.text, both.start, both.end, 2).text == "x *word* y"
    assert toggle_emphasis(both.text, both.start, both.end, 1).text == "x **word** y"


def test_with_nothing_to_wrap_the_markers_go_in_with_the_cursor_between() -> None:
    empty = toggle_emphasis("end. ", 5, 5, 2)
    assert empty.text == "end. ****" and empty.start == empty.end == 7


def test_a_link_from_a_selection_and_an_existing_address_edited_in_place() -> None:
    made = set_link("Read the report today", 9, 15, "https://example.org/r")
    assert made.text == "Read the [report](https://example.org/r) today"
    assert link_at(made.text, 12, 12) is not None
    edited = set_link(made.text, 12, 12, "https://example.org/new report")
    assert edited.text == "Read the [report](https://example.org/new%20report) today"


def test_remove_formatting_leaves_the_words() -> None:
    text = "A ***big*** and [linked](https://x.org) snake_case `word`"
    assert remove_formatting(text, 0, len(text)).text == "A big and linked snake_case word"
    assert remove_formatting("x [here](https://x.org) y", 4, 4) == Formatted("x here y", 6, 6)


def test_word_span_keeps_apostrophes_inside_but_not_quotes() -> None:
    text = "the writer's 'word'"
    assert text[slice(*word_span(text, 6))] == "writer's"
    assert text[slice(*word_span(text, 16))] == "word"


def test_bold_across_a_blank_line_wraps_each_paragraph_part_on_its_own() -> None:
    text = "The harbour wakes early.\n\nThe ferry leaves at six."
    made = toggle_emphasis(text, text.index("wakes"), text.index(" leaves"), 2)
    assert made.text == "The harbour **wakes early.**\n\n**The ferry** leaves at six."
    assert made.text[made.start : made.end] == "**wakes early.**\n\n**The ferry**"
    off = toggle_emphasis(made.text, made.start, made.end, 2)
    assert off.text == text
    italic = toggle_emphasis(text, 4, len(text) - 4, 1)
    assert italic.text == "The *harbour wakes early.*\n\n*The ferry leaves at* six."


def test_remove_formatting_across_paragraphs_cleans_each_part() -> None:
    text = "One **bold** word.\n\nTwo *more* words."
    made = remove_formatting(text, 0, len(text))
    assert made.text == "One bold word.\n\nTwo more words."


def test_bold_again_at_the_end_of_the_span_being_typed_steps_out_of_it() -> None:
    empty = toggle_emphasis("Sit ", 4, 4, 2)
    assert empty.text == "Sit ****"
    typed = empty.text[:6] + "by the window" + empty.text[6:]
    out = toggle_emphasis(typed, 19, 19, 2)
    assert out.text == typed and out.start == out.end == len(typed)
    italic = "a *word*"
    assert toggle_emphasis(italic, 7, 7, 1).start == 8
    assert toggle_emphasis("a _word_", 7, 7, 1).start == 8


def test_bold_on_an_empty_pair_takes_it_away() -> None:
    assert toggle_emphasis("Sit ****", 6, 6, 2) == Formatted("Sit ", 4, 4)
    assert toggle_emphasis("Sit **", 5, 5, 1) == Formatted("Sit ", 4, 4)
    assert toggle_emphasis("Sit ******", 7, 7, 2) == Formatted("Sit **", 5, 5)


def test_the_word_just_typed_is_wrapped_and_typing_goes_on_after_it() -> None:
    """A writer's trial: "Look for the ferry", Ctrl+I, " now." gave "*ferry now.*" (the cursor
    stayed before the closing marker). The cursor now goes past it; the key again unwraps."""
    text = "Look for the ferry"
    on = toggle_emphasis(text, len(text), len(text), 1)
    assert on == Formatted("Look for the *ferry*", 20, 20)
    typed = on.text[: on.start] + " now." + on.text[on.start :]
    assert typed == "Look for the *ferry* now."
    assert toggle_emphasis(on.text, on.start, on.end, 1) == Formatted(text, 18, 18)
    bold = toggle_emphasis("Go now", 6, 6, 2)
    assert bold == Formatted("Go **now**", 10, 10)
    assert toggle_emphasis("x ***word***", 12, 12, 1).text == "x **word**"  # bold stays
