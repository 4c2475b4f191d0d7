"""A reopened article comes back on the slide the writer left it on (a writer's trial: every
reopening started on slide 1, the writer scrolled back to slide 7 each morning), in the next
window as in this one; another article starts at its beginning, and a remembered slide that is
gone (slides deleted on disk) is the last one."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from uihelpers import started

from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


def _leave(window: MainWindow) -> None:
    window.doc.undo_stack.setClean()
    window.session.close_article()


def test_the_next_window_opens_the_article_on_the_slide_left(
    qtbot: Any, settings: Settings, sample_bundle: Path, tmp_path: Path
) -> None:
    first = started(qtbot, settings, plan_start(sample_bundle, False, settings))
    qtbot.waitUntil(lambda: first.doc is not None)
    first.select_rows([3])
    heading = first.doc.article.slides[3].heading
    _leave(first)
    first.close()

    again = started(qtbot, settings, plan_start(sample_bundle, False, settings))
    qtbot.waitUntil(lambda: again.doc is not None and again.current_row() == 3)
    assert again.slide_editor.fields["heading"].text() == heading

    other = tmp_path / "other"  # another article: its first slide
    shutil.copytree(sample_bundle, other)
    _leave(again)
    assert again.session.open_path(other)
    assert again.current_row() == 0


def test_a_remembered_slide_that_is_gone_is_the_last_one(
    qtbot: Any, window: MainWindow, sample_bundle: Path
) -> None:
    assert window.session.open_path(sample_bundle)
    count = len(window.doc.article.slides)
    window.select_rows([count - 1])
    _leave(window)
    index = sample_bundle / "index.md"  # the last two slides deleted on disk meanwhile
    text = index.read_text(encoding="utf-8")
    cut = text.rfind("\n- heading:", 0, text.rfind("\n- heading:"))
    index.write_text(text[:cut] + "\n---\n" + text.split("\n---\n", 2)[-1], encoding="utf-8")
    assert window.session.open_path(sample_bundle)
    assert len(window.doc.article.slides) == count - 2
    assert window.current_row() == count - 3
