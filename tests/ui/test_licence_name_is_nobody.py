"""A licence's name in a picture's rights line is not its photographer (writer4's session).

A Wikimedia download whose only credit was its rights line, "CC BY 4.0 Wikimedia user Pontifex",
filled the slide's credit with "CC BY 4.0/Wikimedia Commons": the licence printed where the
photographer's name goes, under the picture and in the export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from imagefactory import make_image
from slidewright.ui.window.main_window import MainWindow


@pytest.mark.parametrize(
    ("rights", "credit"),
    [
        ("CC BY 4.0 Wikimedia user Pontifex", "Pontifex/Wikimedia Commons"),
        ("CC BY-SA 4.0, Jane Roe / Wikimedia Commons", "Jane Roe/Wikimedia Commons"),
        ("Creative Commons Attribution 2.0: Jo Bell", "Jo Bell"),
    ],
)
def test_choose_image_credits_the_person_not_the_licence(
    qtbot: Any,
    sample_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rights: str,
    credit: str,
) -> None:
    from slidewright.ui.dialogs import prompts

    window = sample_window
    photo = make_image(
        tmp_path / "downloads" / "arches.jpg", size=(960, 720), xmp={"rights": rights}
    )
    monkeypatch.setattr(prompts, "ask_open_file", lambda *_args: photo)
    window.select_rows([len(window.doc.article.slides) - 1])
    window.parts.slides.add_slide()
    row = len(window.doc.article.slides) - 1
    window.dialogs.choose_image()
    assert window.doc.article.slides[row].image
    assert window.slide_editor.fields["credit"].text() == credit
    assert window.doc.article.slides[row].credit == credit
