"""Choose Images for All Slides…: after importing a pasted text article, a folder (or several
files) of images goes to the slides without one, in name order, as one undo step — from the
Slide menu or from the one summarised finding in the Problems panel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from uihelpers import run_js

from imagefactory import make_image
from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.problems.panel import FindingRole
from slidewright.ui.window.main_window import MainWindow

PAGE = """Home / Travel / Slideshow

Four Quays at First Light

Where the boats come in before the town wakes.

The Fish Quay

Credit: Ana Ruiz

Crates stacked by six and gone by eight.

The Ferry Steps

Credit: Tomas Reyes

The first crossing leaves at ten to seven.

The Old Customs House

Credit: Marta Lind

Its clock has been five minutes fast since 1952.

The Boatyard

Credit: Priya Nair

Hulls on trestles, scraped and painted by hand.
"""
HEADINGS = ["The Fish Quay", "The Ferry Steps", "The Old Customs House", "The Boatyard"]
SHOWN_IMAGES = "JSON.stringify([...document.querySelectorAll('.sw-slide img')].map(i => i.getAttribute('src')))"


@pytest.fixture
def imported(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The page imported through File ▸ Import…, shown, and checked."""
    source = tmp_path / "quays.txt"
    source.write_text(PAGE, encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_open_file", lambda *a: source)
    monkeypatch.setattr(dialogs, "ask_new_folder", lambda *a: tmp_path / "quays")
    window.actions_by_name["import"].trigger()
    assert window.doc is not None and [s.heading for s in window.doc.article.slides] == HEADINGS
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=15000)
    return window


def answer_images(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, chosen: list[Path]
) -> list[str]:
    """Answer the 'folder or files' question with ``chosen``; returns the question's text."""
    asked: list[str] = []

    def images(title: str, text: str) -> list[Path]:
        asked.append(text)
        return chosen

    monkeypatch.setattr(window.session.prompts, "images", images)
    return asked


def test_the_finding_offers_a_folder_of_images_for_every_slide_in_one_undo_step(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = imported
    missing = [f for f in window.problems.findings if f.rule == "image-missing"]
    assert len(missing) == 1 and missing[0].slide is None  # one finding, not four
    assert "all slides have no image yet" in missing[0].message
    shoot = tmp_path / "shoot"
    for n, name in enumerate(["quay-10.jpg", "quay-2.jpg", "quay-1.jpg", "quay-3.png"]):
        make_image(shoot / name, seed=n + 1)
    (shoot / "notes.txt").write_text("not an image", encoding="utf-8")
    asked = answer_images(window, monkeypatch, [shoot])
    tree = window.problems.tree
    item = next(
        tree.topLevelItem(g).child(i)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
        if tree.topLevelItem(g).child(i).data(0, FindingRole).rule == "image-missing"
    )
    tree.setCurrentItem(item)
    assert window.problems.fix_button.text() == "Choose Images for All Slides…"
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("4 slides have no image")
    images = [s.image for s in window.doc.article.slides]
    assert images == [  # name order (2 before 10), named from the headings
        "images/the-fish-quay.jpg",
        "images/the-ferry-steps.jpg",
        "images/the-old-customs-house.png",
        "images/the-boatyard.jpg",
    ]
    bundle = window.doc.bundle
    assert (bundle / images[0]).read_bytes() == (shoot / "quay-1.jpg").read_bytes()
    assert (bundle / images[3]).read_bytes() == (shoot / "quay-10.jpg").read_bytes()
    qtbot.waitUntil(lambda: run_js(qtbot, window, SHOWN_IMAGES).count("the-") == 4, timeout=5000)
    qtbot.waitUntil(
        lambda: not [f for f in window.problems.findings if f.rule == "image-missing"],
        timeout=5000,
    )
    assert "Images chosen for 4 slides" in window.statusBar().currentMessage()
    window.undo()  # one step takes every image back off
    assert [s.image for s in window.doc.article.slides] == ["", "", "", ""]
    qtbot.waitUntil(lambda: run_js(qtbot, window, SHOWN_IMAGES) == "[]", timeout=5000)


def test_the_slide_menu_gives_chosen_files_to_the_slides_without_an_image(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = imported
    first = make_image(tmp_path / "picked" / "harbour.jpg", seed=7)
    window.parts.slides.set_image(1, first)  # the ferry steps have theirs already
    picked = [make_image(tmp_path / "picked" / f"b-{n}.jpg", seed=10 + n) for n in (2, 1)]
    answer_images(window, monkeypatch, picked)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Slide")
    entry = next(a for a in menu.actions() if a.text() == "Choose Images for &All Slides…")
    entry.trigger()
    assert [s.image for s in window.doc.article.slides] == [
        "images/the-fish-quay.jpg",
        "images/the-ferry-steps.jpg",
        "images/the-old-customs-house.jpg",
        "",
    ]
    assert (window.doc.bundle / "images/the-fish-quay.jpg").read_bytes() == picked[1].read_bytes()
    assert "1 still without an image" in window.statusBar().currentMessage()
    qtbot.waitUntil(
        lambda: [f.slide for f in window.problems.findings if f.rule == "image-missing"] == [3],
        timeout=5000,
    )


def test_a_folder_without_images_says_so_and_changes_nothing(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = imported
    empty = tmp_path / "empty"
    empty.mkdir()
    answer_images(window, monkeypatch, [empty])
    errors: list[str] = []
    monkeypatch.setattr(window.session.prompts, "error", lambda title, text: errors.append(text))
    window.actions_by_name["choose_images"].trigger()
    assert errors == ["No images (JPEG, PNG, WebP, GIF or SVG) found in empty."]
    assert all(not s.image for s in window.doc.article.slides)
    assert not window.doc.undo_stack.canUndo()


def test_the_real_question_offers_a_folder_or_files(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = imported
    shoot = tmp_path / "shoot"
    for n in range(4):
        make_image(shoot / f"q{n}.jpg", seed=20 + n)
    monkeypatch.setattr(dialogs, "ask_folder", lambda parent, title: shoot)
    seen: list[list[str]] = []

    def click_folder() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click_folder)
            return
        seen.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "Choose a &Folder…").click()

    QTimer.singleShot(20, click_folder)
    window.actions_by_name["choose_images"].trigger()
    assert seen and {"Choose a &Folder…", "Choose &Files…"} <= set(seen[0])
    assert all(s.image.startswith("images/the-") for s in window.doc.article.slides)


def test_the_slide_in_view_stays_in_view_when_the_slides_above_it_get_their_images(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen at the desk: on the last slide, the writer chose images for all slides; each
    picture above it grew its slide and pushed the last one down, so the preview showed the
    second slide while the editor showed the fifth. What the writer was looking at stays put."""
    window = imported
    last = len(HEADINGS) - 1
    window.select_rows([last])
    top = f"document.getElementById('slide-{last + 1}').getBoundingClientRect().top"
    height = "window.innerHeight"
    qtbot.waitUntil(
        lambda: 0 <= run_js(qtbot, window, top) < run_js(qtbot, window, height) - 48, timeout=5000
    )
    before = run_js(qtbot, window, top)
    shoot = tmp_path / "shoot"
    for n in range(len(HEADINGS)):
        make_image(shoot / f"quay-{n}.jpg", seed=30 + n)
    answer_images(window, monkeypatch, [shoot])
    window.actions_by_name["choose_images"].trigger()
    qtbot.waitUntil(lambda: run_js(qtbot, window, SHOWN_IMAGES).count("the-") == 4, timeout=5000)
    assert abs(run_js(qtbot, window, top) - before) < 2


def test_each_slide_takes_its_pictures_credit_fields_from_the_file(
    qtbot: Any, imported: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A writer's trial: Choose Images for All left every credit field empty, where Choose
    Image… fills them from the file."""
    window = imported
    for slide in window.doc.article.slides[2:]:
        slide.credit = ""  # (as if the page had named no one)
    people = ["Ana Ruiz", "Tomas Reyes", "Lea Brandt", "Priya Nair"]
    picked = [
        make_image(
            tmp_path / "picked" / f"{n}.jpg",
            seed=40 + n,
            xmp={"creator": person, "credit": f"{person}/Shutterstock"},
        )
        for n, person in enumerate(people)
    ]
    answer_images(window, monkeypatch, picked)
    window.actions_by_name["choose_images"].trigger()
    slides = window.doc.article.slides
    assert [s.creator for s in slides] == people
    assert [s.credit for s in slides[2:]] == ["Lea Brandt/Shutterstock", "Priya Nair/Shutterstock"]
    window.undo()  # one step takes the images and what came with them back off
    assert [(s.image, s.creator) for s in window.doc.article.slides] == [("", "")] * 4
