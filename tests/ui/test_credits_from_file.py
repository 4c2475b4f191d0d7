"""The file is evidence, in the real window (issue 24): the Problems panel shows what `check`
shows on the planted-metadata corpus, Apply Fix settles every case on the file's credit and that
credit is the one written into the exported pictures (read back with ExifTool); Choose Image,
paste and drop fill an empty credit from the file in the image's undo step."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage

import creditcorpus as cc
from imagefactory import make_image
from slidewright.cli import main
from slidewright.exporters import export_article
from slidewright.model import Article
from slidewright.ui.problems.panel import FindingRole
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.main_window import MainWindow

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")


@pytest.fixture
def corpus_window(qtbot: Any, window: MainWindow, settings: Settings, tmp_path: Path) -> MainWindow:
    Preferences(agencies=[cc.OWN_AGENCY]).save(settings)  # the writer's own agency
    bundle = cc.build(tmp_path / "corpus")
    assert window.session.open_path(bundle)
    qtbot.waitUntil(lambda: window.preview.ready and window.problems.ready, timeout=15000)
    return window


def _item(window: MainWindow, slide: int) -> Any:
    """The first finding with a fix on ``slide`` in the Problems panel's tree, or None."""
    tree = window.problems.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            finding = group.child(i).data(0, FindingRole)
            if finding.slide == slide and finding.fix is not None and finding.action is None:
                return group.child(i)
    return None


def test_the_panel_shows_what_check_shows(
    corpus_window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = corpus_window.doc.bundle
    main(["check", str(bundle), "--format", "json", "--agency", cc.OWN_AGENCY])
    cli = json.loads(capsys.readouterr().out)["findings"]
    assert all("line" in f for f in cli)  # where in index.md: the command line's own
    cli = [{k: v for k, v in f.items() if k != "line"} for f in cli]
    assert [f.as_json() for f in corpus_window.problems.findings] == cli
    assert any(f["rule"] == cc.MISMATCH for f in cli)


@needs_exiftool
def test_apply_fix_settles_every_case_and_the_export_carries_it(
    corpus_window: MainWindow, tmp_path: Path
) -> None:
    window, panel = corpus_window, corpus_window.problems
    for row, case in enumerate(cc.CASES):
        for _ in range(cc_steps := 6):
            item = _item(window, row)
            if item is None:
                break
            panel.tree.setCurrentItem(item)
            assert panel.fix_button.isEnabled()
            panel.fix_button.click()  # Apply Fix, as the writer clicks it
        else:
            pytest.fail(f"{case.name}: still a fix to apply after {cc_steps}")
        assert window.doc.article.slides[row].credit == case.settles, case.name
    # The pictures an export publishes carry the fixed credits (XMP and IPTC, read by ExifTool)
    # the photo, and fixed credits the file holds in no Credit field of its own (so the
    # exported one can only be the slide's)
    names = (
        "afp-typed-depositphotos", "iptc-byline-other-person", "iptc-source-epa-typed-getty",
        "xmp-creator-photo-by-label", "exif-artist-credit-photo-by",
    )  # fmt: skip
    contradicted = [n for n, c in enumerate(cc.CASES) if c.name in names]
    slides = [window.doc.article.slides[n] for n in contradicted]
    out = tmp_path / "out"
    export_article(Article(title="Fixed", slides=slides), window.doc.bundle, "html-folder", out)
    for n in contradicted:
        files = sorted((out / "assets").glob(f"{cc.CASES[n].name}-*.jpg"))
        assert files, cc.CASES[n].name
        read = subprocess.run(
            ["exiftool", "-j", "-G1", "-XMP-photoshop:Credit", "-IPTC:Credit", *map(str, files)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        for tags in json.loads(read.stdout):
            credits = (tags["XMP-photoshop:Credit"], tags["IPTC:Credit"])
            assert credits == (cc.CASES[n].settles,) * 2, tags["SourceFile"]


def _add_slide(window: MainWindow, credit: str = "") -> int:
    window.select_rows([len(window.doc.article.slides) - 1])
    window.parts.slides.add_slide()
    row = len(window.doc.article.slides) - 1
    window.doc.set_slide_field(row, "credit", credit)
    return row


def _agency_photo(tmp_path: Path) -> Path:
    return make_image(
        tmp_path / "downloads" / "harbour.jpg", size=(960, 720), seed=7,
        iptc={"credit": "Ana Silva/AFP", "byline": "Ana Silva"},
        xmp={"credit": "Ana Silva/AFP", "creator": "Ana Silva", "usage_terms": "Editorial licence"},
    )  # fmt: skip


def test_choose_image_fills_an_empty_credit_in_one_undo_step(
    qtbot: Any, corpus_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.dialogs import prompts

    window = corpus_window
    photo = _agency_photo(tmp_path)
    monkeypatch.setattr(prompts, "ask_open_file", lambda *_args: photo)
    row = _add_slide(window)
    window.dialogs.choose_image()
    slide = window.doc.article.slides[row]
    assert (slide.credit, slide.creator, slide.license) == (
        "Ana Silva/AFP", "Ana Silva", "Editorial licence",
    )  # fmt: skip
    assert window.statusBar().currentMessage() == (
        "Credit, creator and licence filled from the file: Ana Silva/AFP"
    )
    window.actions_by_name["undo"].trigger()  # one step: the image and its credits together
    assert (slide.image, slide.credit, slide.creator) == ("", "", "")


def test_a_typed_credit_is_kept_and_the_file_credit_offered(
    qtbot: Any, corpus_window: MainWindow, tmp_path: Path
) -> None:
    window = corpus_window
    row = _add_slide(window, credit="Kim Cho/Alamy")
    window.select_rows([row])
    window.parts.slides.set_image(row, _agency_photo(tmp_path))  # what a drop on the slide does
    assert window.doc.article.slides[row].credit == "Kim Cho/Alamy"
    assert window.doc.article.slides[row].creator == ""  # nothing of the file's beside it
    assert 'The file says "Ana Silva/AFP"; the typed credit was kept' in (
        window.statusBar().currentMessage()
    )
    qtbot.waitUntil(lambda: _item(window, row) is not None, timeout=5000)
    item = _item(window, row)
    finding = item.data(0, FindingRole)
    assert finding.message == "the file says Ana Silva/AFP; the credit says Kim Cho/Alamy"
    assert finding.fix.label == 'Use the file\'s credit: "Ana Silva/AFP"'
    window.problems.tree.setCurrentItem(item)
    window.problems.fix_button.click()
    assert window.doc.article.slides[row].credit == "Ana Silva/AFP"


def test_paste_and_drop_fill_from_the_file_pixels_ask_for_a_credit(
    qtbot: Any, corpus_window: MainWindow, tmp_path: Path
) -> None:
    window = corpus_window
    row = _add_slide(window)
    window.select_rows([row])
    image = QImage(900, 760, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    QGuiApplication.clipboard().setImage(image)
    assert window.parts.desk.paste_image()
    assert window.doc.article.slides[row].credit == ""
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("Pasted pixels carry no credit: type the slide's credit")
    )

    mime = QMimeData()  # a file copied in a file manager: its metadata comes along
    mime.setUrls([QUrl.fromLocalFile(str(_agency_photo(tmp_path)))])
    QGuiApplication.clipboard().setMimeData(mime)
    row = _add_slide(window)
    window.select_rows([row])
    assert window.parts.desk.paste_image()
    assert window.doc.article.slides[row].credit == "Ana Silva/AFP"
    assert "Credit, creator and licence filled from the file" in (
        window.statusBar().currentMessage()
    )

    count = len(window.doc.article.slides)
    window.parts.slides.images_dropped(-1, [_agency_photo(tmp_path)])  # dropped below the list
    assert len(window.doc.article.slides) == count + 1
    assert window.doc.article.slides[-1].credit == "Ana Silva/AFP"


@pytest.mark.parametrize(
    ("typed", "filled", "note"),
    [
        ("", {"credit": "Ana Silva/AFP", "creator": "Ana Silva", "license": "Editorial licence"},
         "Credit, creator and licence filled from the file: Ana Silva/AFP"),
        ("Ana Silva/AFP via Getty Images", {"creator": "Ana Silva", "license": "Editorial licence"},
         "Creator and licence filled from the file: Ana Silva/AFP"),  # agrees: nothing to say
        ("AFP", {"creator": "Ana Silva", "license": "Editorial licence"},
         "Creator and licence filled from the file: Ana Silva/AFP. The file says \"Ana Silva/AFP\"; "
         "the typed credit was kept (Problems offers the file's credit)"),
        ("Kim Cho/Alamy", {},
         "The file says \"Ana Silva/AFP\"; the typed credit was kept (Problems offers the file's "
         "credit)"),
    ],
)  # fmt: skip
def test_what_the_file_gives_a_slide(
    tmp_path: Path, typed: str, filled: dict[str, str], note: str
) -> None:
    from slidewright.model import Slide
    from slidewright.ui.editing.image_credits import from_file

    found = from_file(Slide(credit=typed), _agency_photo(tmp_path))
    assert (found.changes, found.note) == (filled, note)
