"""A folder export that stops half-way leaves the folder as it was (or nothing), and says so: the
html-folder, Hugo and Jekyll exports are built beside their target and swapped in when complete
(exporters/staging.py). Before, a full disk while writing the pages left new pictures beside
old pages, and a strict refusal while crediting left the writer's originals, GPS and all, in a
new site."""

from __future__ import annotations

import errno
import shutil
import threading
from pathlib import Path

import pytest

from privatepictures import private_bundle
from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.errors import SlidewrightError
from slidewright.exporters import ExportOptions, ExportRefused, export, imagerights
from slidewright.exporters.target import ExportTarget

FOLDERS = ["html-folder", "hugo", "jekyll"]
PAGES = ("index.html", "index.md")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _disk_full_at_the_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up when the pages are written, after every picture of the export."""
    write = ExportTarget.write

    def full(self: ExportTarget, relative: str | Path, data: bytes, record: bool = True) -> Path:
        if str(relative).endswith(PAGES):
            raise OSError(errno.ENOSPC, "No space left on device")
        return write(self, relative, data, record)

    monkeypatch.setattr(ExportTarget, "write", full)


@pytest.fixture
def writers_site(tmp_path: Path, sample_bundle: Path) -> tuple[Path, Path]:
    """The sample article exported once into a folder that also holds the writer's own page."""
    site = tmp_path / "site"
    (site / "content" / "about").mkdir(parents=True)
    (site / "content" / "about" / "index.md").write_text("---\ntitle: About us\n---\nHello.\n")
    return sample_bundle, site


@pytest.mark.parametrize("to", FOLDERS)
def test_a_disk_full_half_way_leaves_the_earlier_export_whole(
    writers_site: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, to: str
) -> None:
    bundle, site = writers_site
    export(bundle, to, site, ExportOptions(force=True))
    before = _files(site)
    article = load_article(bundle)
    article.title = "A second edition"
    save_article(article, bundle)
    _disk_full_at_the_pages(monkeypatch)

    with pytest.raises(SlidewrightError) as stopped:
        export(bundle, to, site)

    said = str(stopped.value)
    assert "No space left on device" in said and f"{site} is as it was before" in said
    assert _files(site) == before  # the writer's page too
    assert sorted(p.name for p in site.parent.iterdir()) == sorted(["site", bundle.name])


def test_a_first_export_that_stops_leaves_nothing(
    sample_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _disk_full_at_the_pages(monkeypatch)
    site = tmp_path / "new-site"
    with pytest.raises(SlidewrightError, match=f"nothing was written to {site}"):
        export(sample_bundle, "html-folder", site)
    assert not site.exists()
    assert [p.name for p in tmp_path.iterdir()] == [sample_bundle.name]


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
def test_a_strict_refusal_while_crediting_publishes_no_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site export copies the writer's originals into the page bundle and then cleans them;
    refused in between, the originals (GPS, serials, owner) stayed in the site."""
    bundle = private_bundle(tmp_path / "night-markets")
    article = load_article(bundle)
    article.read_more = None  # its thumbnail has no credit: strict would refuse it up front
    save_article(article, bundle)
    monkeypatch.setattr(imagerights, "exiftool", lambda: None)  # the credits cannot be written
    site = tmp_path / "site"
    with pytest.raises(ExportRefused, match="ExifTool is not installed"):
        export(bundle, "hugo", site, ExportOptions(strict=True))
    assert not site.exists()
    leftovers = [p for p in tmp_path.rglob("*") if bundle not in p.parents and p != bundle]
    assert leftovers == []


@pytest.mark.parametrize("to", FOLDERS)
def test_files_the_writer_saves_during_the_export_are_kept(
    writers_site: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, to: str
) -> None:
    bundle, site = writers_site
    export(bundle, to, site, ExportOptions(force=True))
    write_copy = ExportTarget.write_copy

    once = threading.Lock()  # pictures are written on several threads

    def meanwhile(self: ExportTarget, relative: str, data: bytes) -> Path:
        if once.acquire(blocking=False):
            (site / "content" / "about" / "draft.md").write_text("Saved while exporting.\n")
            edited = site / "content" / "about" / "edited.md"  # an editor's save: a new file
            edited.write_text("---\ntitle: About us\n---\nHello again.\n")
            edited.replace(site / "content" / "about" / "index.md")
        return write_copy(self, relative, data)

    monkeypatch.setattr(ExportTarget, "write_copy", meanwhile)
    export(bundle, to, site)
    assert (site / "content" / "about" / "draft.md").read_text() == "Saved while exporting.\n"
    assert (site / "content" / "about" / "index.md").read_text().endswith("Hello again.\n")


def test_a_second_export_replaces_files_without_writing_into_the_first(
    sample_bundle: Path, tmp_path: Path
) -> None:
    """The new folder starts as hard links to the old one's files: a picture written again must
    be a new file, or the old export (and any other link to it) would change under the reader."""
    site = tmp_path / "site"
    export(sample_bundle, "html-folder", site)
    kept = tmp_path / "kept"
    kept.mkdir()
    for file in (site / "assets").iterdir():
        (kept / file.name).hardlink_to(file)
    before = _files(kept)
    article = load_article(sample_bundle)
    article.slides[0].credit = "Someone Else/Another Agency"
    save_article(article, sample_bundle)
    export(sample_bundle, "html-folder", site)
    assert _files(kept) == before
    assert _files(site / "assets") != before  # the credit changed in the published pictures


def test_without_hard_links_it_writes_in_place_and_says_so(
    sample_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT-formatted USB stick has no hard links: the copy beside the target cannot be made,
    so the export writes into the target as before, says so, and leaves nothing beside it."""
    site = tmp_path / "site"
    export(sample_bundle, "html-folder", site)

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr("os.link", no_links)
    warnings: list[str] = []
    export(sample_bundle, "html-folder", site, ExportOptions(warn=warnings.append))
    assert (site / "index.html").is_file()
    said = f"written straight into {site} (Operation not permitted)"
    assert any(said in warning for warning in warnings)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([sample_bundle.name, "site"])


def test_ctrl_c_during_an_export_leaves_the_folder_and_says_so(
    sample_bundle: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site = tmp_path / "site"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(site)]) == 0
    before = _files(site)

    def interrupted(self: ExportTarget, relative: str | Path, data: bytes, r: bool = True) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(ExportTarget, "write", interrupted)
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(site)]) == 130
    assert f"{site} is as it was before" in capsys.readouterr().err
    assert _files(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([sample_bundle.name, "site"])
