"""A picture's name is read one way everywhere (fileformat/picturename.py): a photo named as a
drawing with a space after it ("photo.svg ", or a no-break space) was taken for a drawing where
its metadata is cleaned and for a photo where drawings are sanitised, and went out as it was,
GPS position, serial numbers and all, even under --strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from privatepictures import pictures_bundle, private_picture, published_files
from slidewright.cli import main
from slidewright.exporters import ExportOptions, export


def photo_named(folder: Path, name: str) -> Path:
    photo = private_picture(folder / "images" / "photo.jpg", seed=3)
    photo.rename(photo.with_name(name))
    return pictures_bundle(folder, [name], "Named")


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll"])
@pytest.mark.parametrize("name", ["photo.svg ", "photo.svg\u00a0"], ids=["space", "no-break"])
def test_a_photo_named_as_a_drawing_and_a_space_goes_out_with_nothing_private(
    tmp_path: Path, to: str, name: str
) -> None:
    bundle = photo_named(tmp_path / "art", name)
    warnings: list[str] = []
    out = tmp_path / ("page.html" if to == "html" else "out")
    export(bundle, to, out, ExportOptions(warn=warnings.append))
    files = published_files(out)
    assert [file for file, data in files.items() if b"SECRET" in data] == []
    # the picture is published cleaned (the HTML folder's renditions, made from its pixels),
    # or the export says why it is not
    pictures = [file for file in files if not file.endswith((".html", ".md", ".xml", ".json"))]
    assert pictures or any("photo.svg" in warning for warning in warnings), warnings


@pytest.mark.parametrize("to", ["html", "hugo"])
def test_the_strict_export_refuses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], to: str
) -> None:
    bundle = photo_named(tmp_path / "art", "photo.svg ")
    out = tmp_path / "out"
    assert main(["export", str(bundle), "--to", to, "-o", str(out), "--strict"]) == 2
    assert "photo.svg" in capsys.readouterr().err
    assert not out.exists()
