"""Slides without images: one finding for the lot (a text import has none), not one per slide."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright.cli import main
from slidewright.credits import check_article
from slidewright.credits.findings import Action
from slidewright.importers import import_file
from slidewright.model import Article, Slide

PAGE = "".join(
    f"Stop {n}\n\nCredit: Ana Ruiz\n\nA paragraph about stop {n}.\n\n" for n in range(1, 13)
)


def test_a_text_import_gets_one_finding_with_the_choose_images_action(tmp_path: Path) -> None:
    source = tmp_path / "walk.txt"
    source.write_text("Twelve Stops on the Harbour Walk\n\nAn intro.\n\n" + PAGE, encoding="utf-8")
    import_file(source, tmp_path / "walk")
    from slidewright import load_article

    findings = check_article(load_article(tmp_path / "walk"), tmp_path / "walk")
    missing = [f for f in findings if f.rule == "image-missing"]
    assert len(missing) == 1
    [finding] = missing
    assert finding.slide is None and finding.action == Action.CHOOSE_IMAGES
    assert finding.message.startswith("all slides have no image yet (slides 1, 2, 3")


def test_one_slide_without_an_image_is_named_on_that_slide(tmp_path: Path) -> None:
    make_image(tmp_path / "images" / "a.jpg", seed=1)
    article = Article(
        title="T",
        slides=[Slide(heading="A", image="images/a.jpg", alt="x", credit="y"), Slide(heading="B")],
    )
    [finding] = [f for f in check_article(article, tmp_path) if f.rule == "image-missing"]
    assert finding.slide == 1 and finding.action is None
    assert finding.message == "the slide has no image"


def test_check_json_names_the_action(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "walk.txt"
    source.write_text("Twelve Stops\n\nAn intro.\n\n" + PAGE, encoding="utf-8")
    import_file(source, tmp_path / "walk")
    capsys.readouterr()
    assert main(["check", str(tmp_path / "walk"), "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    missing = [f for f in findings if f["rule"] == "image-missing"]
    assert missing == [
        {
            "rule": "image-missing",
            "severity": "error",
            "slide": None,
            "field": "image",
            "message": missing[0]["message"],
            "fix": None,  # no certain fix: the action asks the writer for images
            "action": "choose-images",
            "line": None,  # about all the slides: no one line
        }
    ]
