"""A NUL character in a field (here a credit, with an image whose name ends in a space) is refused
before anything is written, naming the field and its line; it gave ``ValueError: embedded null
byte`` from ExifTool half-way through the export, leaving a half-written folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main


@pytest.fixture
def spaced_image(sample_bundle: Path) -> Path:
    """The sample whose first picture is named ``fog.jpg `` (a trailing space)."""
    (sample_bundle / "images" / "fog.jpg").rename(sample_bundle / "images" / "fog.jpg ")
    article = load_article(sample_bundle)
    article.slides[0].image = "images/fog.jpg "
    save_article(article, sample_bundle)
    return sample_bundle


@pytest.mark.parametrize("form", ["html", "html-folder", "hugo", "jekyll"])
def test_a_nul_in_a_credit_is_refused_before_anything_is_written(
    spaced_image: Path, form: str, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    article = load_article(spaced_image)
    article.slides[2].credit = "Jane\0Doe/Reuters"
    save_article(article, spaced_image)
    line = next(
        n
        for n, text in enumerate((spaced_image / "index.md").read_text().splitlines(), 1)
        if "Jane" in text
    )
    out = tmp_path / "out"

    assert main(["export", str(spaced_image), "--to", form, "-o", str(out)]) != 0

    err = capfd.readouterr().err
    assert f"index.md:{line}: the credit of slide 3 contains a NUL character" in err
    assert "Traceback" not in err and "embedded null byte" not in err
    assert not out.exists()  # nothing written


def test_a_nul_in_a_slide_key_the_app_does_not_know_or_a_read_more_credit_is_named_too(
    sample_bundle: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    article = load_article(sample_bundle)
    article.slides[0].extra["copyright"] = "Acme\0"
    save_article(article, sample_bundle)
    assert main(["export", str(sample_bundle), "-o", str(tmp_path / "o.html")]) != 0
    assert "the copyright of slide 1 contains a NUL character" in capfd.readouterr().err
    assert not (tmp_path / "o.html").exists()

    article.slides[0].extra.clear()
    assert article.read_more is not None and article.read_more.items
    article.read_more.items[0].credit = "Agency\0"
    save_article(article, sample_bundle)
    assert main(["export", str(sample_bundle), "-o", str(tmp_path / "o.html")]) != 0
    assert "the credit of read-more item 1 contains" in capfd.readouterr().err


def test_an_image_name_ending_in_a_space_exports_with_its_credit(
    spaced_image: Path, tmp_path: Path
) -> None:
    article = load_article(spaced_image)
    article.slides[0].credit = "Ines Obi/Harbour Wire"  # not what the file says
    save_article(article, spaced_image)
    out = tmp_path / "site"
    assert main(["export", str(spaced_image), "--to", "hugo", "-o", str(out)]) == 0
    copies = list(out.rglob("fog.jpg "))
    assert len(copies) == 1 and copies[0].stat().st_size > 0
    said = subprocess.run(
        ["exiftool", "-s3", "-XMP-photoshop:Credit", str(copies[0])], capture_output=True, text=True
    )
    assert (
        said.stdout.strip() == "Ines Obi/Harbour Wire"
    )  # cleaned and credited: its suffix ends in a space
