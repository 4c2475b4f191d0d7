"""An EXIF text ends at its first NUL, as the standard says and as ExifTool and every viewer
read it. Text hidden after it ("Jane Doe\\0Reuters" as the Artist, "AFP\\0…" as the Copyright)
was weighed by the checker as the file's own words and written, visible, into every published
picture's creator and copyright fields."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from imagefactory import picture
from privatepictures import read_tags
from slidewright import save_article
from slidewright.credits.metadata import read_metadata
from slidewright.exporters import ExportOptions, export
from slidewright.model import Article, Slide


def _original(folder: Path) -> Path:
    exif = Image.Exif()
    exif[0x013B] = "Jane Doe\x00Reuters"  # Artist
    exif[0x8298] = "AFP\x00SECRET home 48.85N"  # Copyright
    file = folder / "images" / "photo.jpg"
    file.parent.mkdir(parents=True)
    picture((800, 600), 6).save(file, exif=exif)
    return file


def test_the_checker_reads_what_the_file_shows(tmp_path: Path) -> None:
    meta = read_metadata(_original(tmp_path))
    assert (meta.creators, meta.rights) == (("Jane Doe",), "AFP")
    assert not [text for _, _, text in meta.named if "\x00" in text or "Reuters" in text]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
def test_a_published_picture_does_not_reveal_it(tmp_path: Path) -> None:
    _original(tmp_path / "article")
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square", credit="Jane Doe/AFP")
    save_article(Article(title="T", date="2026-11-20", slides=[slide]), tmp_path / "article")
    export(tmp_path / "article", "html-folder", tmp_path / "out", ExportOptions(warn=print))
    pictures = {p.name: p.read_bytes() for p in (tmp_path / "out").rglob("*.jpg")}
    assert pictures
    for name, tags in read_tags(pictures, tmp_path).items():
        assert b"SECRET" not in pictures[name] and b"Reuters" not in pictures[name], name
        assert tags.get("XMP-dc:Creator") == "Jane Doe", name
