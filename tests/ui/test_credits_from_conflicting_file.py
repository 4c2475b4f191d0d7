"""Choose Image… with a picture whose metadata is not one story (a writer's trial): a file whose
credit lines disagree fills no credit made of pieces of both, and the Problems panel offers none;
a file naming its photographer in its By-line makes only that person the creator, not a name
guessed from its credit line ("Birdlife" of "Anna Keller/Birdlife Photo")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from imagefactory import make_image
from slidewright.ui.editing.image_credits import CONFLICT_NOTE
from slidewright.ui.window.main_window import MainWindow


def _choose(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, photo: Path) -> int:
    """A new slide, then its Choose Image… button clicked and ``photo`` picked in the dialog."""
    from slidewright.ui.dialogs import prompts

    monkeypatch.setattr(prompts, "ask_open_file", lambda *_args: photo)
    window.select_rows([len(window.doc.article.slides) - 1])
    window.parts.slides.add_slide()
    row = len(window.doc.article.slides) - 1
    qtbot.waitUntil(lambda: window.slide_editor.index == row)
    window.slide_editor.choose_button.click()
    qtbot.waitUntil(lambda: window.doc.article.slides[row].image != "")
    return row


def _messages(window: MainWindow, row: int) -> list[str]:
    return [f.message for f in window.problems.findings if f.slide == row]


def test_a_file_that_disagrees_with_itself_fills_no_credit_and_offers_none(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    photo = make_image(
        tmp_path / "downloads" / "swift.jpg", size=(960, 720), seed=3,
        xmp={"credit": "gettyimages"}, iptc={"credit": "AP Photo/Wrong Person"},
    )  # fmt: skip
    row = _choose(qtbot, window, monkeypatch, photo)
    slide = window.doc.article.slides[row]
    # (before: "Wrong Person/Getty Images", the person of one line beside the agency of the other)
    assert (slide.credit, slide.creator) == ("", "")
    assert window.slide_editor.fields["credit"].text() == ""
    assert CONFLICT_NOTE in window.statusBar().currentMessage()
    itself = 'the image file disagrees with itself: XMP credit "gettyimages"'
    qtbot.waitUntil(lambda: any(m.startswith(itself) for m in _messages(window, row)))

    credit = window.slide_editor.fields["credit"]
    credit.setFocus()
    qtbot.keyClicks(credit, "Erik Sand/Getty Images")  # the writer asked the desk and types it
    assert window.doc.article.slides[row].credit == "Erik Sand/Getty Images"
    assert window.statusBar().currentMessage() == ""  # the request for a credit goes
    # The file is no yardstick for the typed credit: only "disagrees with itself" stays, and no
    # fix anywhere puts a credit from the file back
    qtbot.waitUntil(
        lambda: (
            any(m.startswith(itself) for m in _messages(window, row))
            and not any("the file says" in m for m in _messages(window, row))
        )
    )
    fixes = [f.fix for f in window.problems.findings if f.slide == row and f.fix is not None]
    assert not any("Wrong Person" in str(fix.label) for fix in fixes)


def test_the_by_line_is_the_creator_not_a_name_read_into_the_credit_line(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    photo = make_image(
        tmp_path / "downloads" / "sparrow.jpg", size=(960, 720), seed=4,
        iptc={"credit": "Anna Keller/Birdlife Photo", "byline": "Anna Keller"},
        xmp={"credit": "Anna Keller/Birdlife Photo"},
    )  # fmt: skip
    row = _choose(qtbot, window, monkeypatch, photo)
    slide = window.doc.article.slides[row]
    assert slide.credit == "Anna Keller/Birdlife Photo"
    # (before: "Anna Keller, Birdlife", and exports wrote "© Anna Keller, Birdlife")
    assert slide.creator == "Anna Keller"
    assert window.slide_editor.fields["creator"].text() == "Anna Keller"
    window.actions_by_name["undo"].trigger()  # the image and what it filled: one step
    assert (slide.image, slide.credit, slide.creator) == ("", "", "")
