"""What `slidewright` opens: PATH, else the last article, else a copy of the sample."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from slidewright.ui.app import open_planned
from slidewright.ui.session import sample as session
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "Documents" / "Slidewright" / "harbour-towns"
    monkeypatch.setattr(session, "sample_copy_location", lambda: target)
    return target


def test_first_run_opens_a_copy_of_the_sample(window: MainWindow, documents: Path) -> None:
    assert open_planned(window, plan_start(None, False, window.settings))
    assert window.doc.bundle == documents
    assert (documents / "images" / "fog.jpg").is_file()
    assert window.doc.article.title.startswith("Nine Harbour Towns")


def test_the_sample_copy_is_never_overwritten(
    window: MainWindow, documents: Path, sample_bundle: Path
) -> None:
    shutil.copytree(sample_bundle, documents)
    (documents / "index.md").write_text(
        (documents / "index.md").read_text().replace("Nine Harbour", "My Harbour")
    )
    assert open_planned(window, plan_start(None, True, window.settings))
    assert window.doc.article.title.startswith("My Harbour")


def test_later_runs_reopen_the_last_article(
    qtbot: Any, window: MainWindow, sample_bundle: Path, documents: Path
) -> None:
    window.settings.add_recent(sample_bundle)
    assert open_planned(window, plan_start(None, False, window.settings))
    assert window.doc.bundle == sample_bundle
    assert not documents.exists()


def test_an_unreadable_path_opens_nothing_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    (tmp_path / "index.md").write_bytes(b"\xff\xfe not text")
    assert not open_planned(window, plan_start(tmp_path, False, window.settings))
    assert window.doc is None
    said = str(window.session.last_error)  # (FF FE: a UTF-16 byte order mark)
    assert "index.md:1" in said and "UTF-16" in said and "save it as UTF-8" in said


def test_a_last_article_that_cannot_be_read_opens_the_welcome_page_with_the_reason(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "index.md").write_text("---\ntitle: [never closed\n---\n", encoding="utf-8")
    window.settings.add_recent(broken)
    shown: list[str] = []
    monkeypatch.setattr(window.session.prompts, "error", lambda _title, text: shown.append(text))
    assert not open_planned(window, plan_start(None, False, window.settings))
    assert window.doc is None
    assert window.stack.currentWidget() is window.welcome
    message = window.welcome.message
    text = window.welcome.message_text
    assert message.isVisible() and str(broken / "index.md") in text
    assert re.search(r"index\.md:2:\d+: the list opened with \[", text)  # where, what


def test_a_long_error_on_the_welcome_page_shows_whole(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path with no spaces and a long sentence wrap inside the window; none of it is cut."""
    broken = tmp_path / ("a-folder-name-long-enough-to-need-wrapping-" * 3) / "bad"
    broken.mkdir(parents=True)
    (broken / "index.md").write_text(
        "---\ntitle: T\nauthor: A\nintro: I\ndate: 2026-01-02\ncategory: C\n"
        "tags: [harbours, ferries\nslides: []\n---\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(window.session.prompts, "error", lambda *_args: None)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    assert not window.session.open_path(broken)
    label = window.welcome.message
    qtbot.waitUntil(label.isVisible)
    assert window.welcome.message_text.endswith(
        f"{broken / 'index.md'}:7:7: the list opened with [ on line 7 is never closed with ]"
    )
    window.welcome.layout().activate()
    inside = label.contentsRect()
    needed = label.fontMetrics().boundingRect(inside, int(Qt.TextFlag.TextWordWrap), label.text())
    assert label.width() <= window.welcome.width()
    assert needed.height() <= inside.height(), (needed, inside)
    assert needed.width() <= inside.width()


def test_an_unexpected_fault_while_opening_is_reported_not_fatal(
    qtbot: Any, window: MainWindow, sample_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.editing import document

    def explode(*_args: Any, **_kwargs: Any) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(document.fileformat, "load_article", explode)
    monkeypatch.setattr(window.session.prompts, "error", lambda *_args: None)
    assert not window.session.open_path(sample_bundle)
    assert "RecursionError" in window.welcome.message.text()


def test_an_article_opened_by_a_relative_path_reopens_from_anywhere(
    window: MainWindow, sample_bundle: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`slidewright a/b` from one folder, then `slidewright` from another: the last article is
    the same one (it used to be remembered as `a/b` and the sample opened instead)."""
    monkeypatch.chdir(sample_bundle.parent.parent)
    relative = Path(sample_bundle.parent.name) / sample_bundle.name
    assert window.session.open_path(relative)
    monkeypatch.chdir(tmp_path.anchor)
    last = window.settings.last_article()
    assert last is not None and last.is_absolute() and (last / "index.md").exists()
    assert window.settings.recent()[0] == last
