"""The History of a new article says its first slide was written, not removed (writer4's
session).

A new article starts with one empty slide. Writing it and eight more and saving, History read
"9 slides added, 1 removed": the writer, who removed nothing, went looking for a lost slide.
The empty slide that was filled in is the slide edited; nothing was removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_history_notes import parts

from slidewright.history.changes import summary
from slidewright.model import Article, Slide
from slidewright.ui.window.main_window import MainWindow


def test_filling_in_the_new_articles_empty_slide_is_an_edit(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.new_article(tmp_path / "bridges")
    doc = window.doc
    window.select_rows([0])
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    qtbot.keyClicks(heading, "The Iron Span")
    window.actions_by_name["add_slide"].trigger()
    qtbot.keyClicks(window.slide_editor.fields["heading"], "A Footbridge for Lunch")
    assert [s.heading for s in doc.article.slides] == ["The Iron Span", "A Footbridge for Lunch"]
    assert window.session.save()

    window.actions_by_name["history"].trigger()
    dialog = parts(window).dialog
    assert dialog is not None and dialog.isVisible()
    newest = dialog.list.item(0).text()
    assert "removed" not in newest, newest
    assert "1 slide edited, 1 added" in newest, newest


def test_a_slide_emptied_and_one_left_blank_are_still_told_apart() -> None:
    """Only a blank slide pairs by its place: a written slide replaced by another is still one
    removed and one added, and a blank slide kept blank is unchanged."""
    old = Article(title="t", slides=[Slide(heading="Old quay", body="Boats.")])
    new = Article(title="t", slides=[Slide(heading="New tower", body="Bells ring at noon.")])
    assert summary(old, new) == "1 slide added, 1 removed"
    blank = Article(title="t", slides=[Slide()])
    assert summary(blank, Article(title="t", slides=[Slide()])) == "No change to the text"
    first = Slide(heading="The Iron Span Over the Rail Yard", body="Rivets hammered by hand.")
    second = Slide(heading="A Footbridge Made for Lunch Breaks", body="Benches halfway across.")
    written = Article(title="t", slides=[first, second])
    assert summary(blank, written) == "1 slide edited, 1 added"
