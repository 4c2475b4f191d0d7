"""Exports write only into the target the writer chose, never into the article or over files
Slidewright did not write (issue 17: `export ART --to html -o ART/index.md` replaced the article,
a climbing image path wrote outside a Hugo site, a non-empty folder was clobbered)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.errors import SlidewrightError, TargetExistsError
from slidewright.exporters import ExportOptions, export
from slidewright.model import Article, Slide


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.mark.parametrize(
    ("to", "inside"),
    [
        ("html", "index.md"),
        ("rss", "index.md"),
        ("html", "images/fog.jpg"),
        ("html-folder", "images"),
        ("hugo", "."),
        ("jekyll", "site"),
    ],
)
def test_a_target_inside_the_article_is_refused_and_nothing_changes(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str], to: str, inside: str
) -> None:
    before = _files(sample_bundle)
    target = sample_bundle / inside
    assert main(["export", str(sample_bundle), "--to", to, "-o", str(target), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("slidewright: ")
    assert "inside the article's own folder" in err
    assert _files(sample_bundle) == before


def test_a_symlink_that_leads_into_the_article_is_refused(
    sample_bundle: Path, tmp_path: Path
) -> None:
    link = tmp_path / "looks-harmless.html"
    link.symlink_to(sample_bundle / "index.md")
    before = (sample_bundle / "index.md").read_bytes()
    with pytest.raises(SlidewrightError, match="inside the article's own folder"):
        export(sample_bundle, "html", link, ExportOptions(force=True))
    assert (sample_bundle / "index.md").read_bytes() == before


@pytest.mark.parametrize("to", ["html", "rss"])
def test_an_existing_file_is_replaced_only_with_force(
    sample_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], to: str
) -> None:
    notes = tmp_path / "notes.html"
    notes.write_text("my own notes", encoding="utf-8")
    online = ["--base-url", "https://coast.example.com/harbour-towns/"]  # a feed needs one
    assert main(["export", str(sample_bundle), "--to", to, "-o", str(notes), *online]) == 2
    assert "--force" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "my own notes"
    assert (
        main(["export", str(sample_bundle), "--to", to, "-o", str(notes), "--force", *online]) == 0
    )
    assert "Harbour" in notes.read_text(encoding="utf-8")


@pytest.mark.parametrize("to", ["html", "rss", "html-folder", "hugo"])
def test_exporting_again_to_our_own_output_needs_no_force(
    sample_bundle: Path, tmp_path: Path, to: str
) -> None:
    out = tmp_path / "out"
    online = ExportOptions(base_url="https://coast.example.com/harbour-towns/")
    export(sample_bundle, to, out, online)
    export(sample_bundle, to, out, online)  # a second export is an update, not a clobber


@pytest.mark.parametrize("to", ["html-folder", "hugo", "jekyll"])
def test_a_folder_with_other_files_is_written_into_only_with_force(
    sample_bundle: Path, tmp_path: Path, to: str
) -> None:
    out = tmp_path / "site"
    (out / "assets").mkdir(parents=True)
    (out / "index.html").write_text("the home page", encoding="utf-8")
    (out / "assets" / "fog.jpg").write_text("someone's logo", encoding="utf-8")
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    before = _files(out)
    with pytest.raises(TargetExistsError) as refused:
        export(sample_bundle, to, out)
    assert refused.value.path == out and "did not write" in str(refused.value)
    assert _files(out) == before
    export(sample_bundle, to, out, ExportOptions(force=True))
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"  # replaced, never deleted


def test_a_climbing_image_path_never_leaves_a_shallower_hugo_output(tmp_path: Path) -> None:
    """From a deep bundle, ../../../../deep/a/b/src/images/p.jpg stays inside it; written under
    site/out/content/src the same path would land in site/deep/…"""
    from imagefactory import make_image

    source = tmp_path / "deep" / "a" / "b" / "src"
    make_image(source / "images" / "p.jpg", seed=3)
    shutil.copytree(_sample(tmp_path), source, dirs_exist_ok=True)
    article = load_article(source)
    article.slides[0].image = "../../../../deep/a/b/src/images/p.jpg"
    save_article(article, source)
    out = tmp_path / "site" / "out"
    assert main(["export", str(source), "--to", "hugo", "-o", str(out)]) == 0
    outside = [p for p in (tmp_path / "site").rglob("*") if not p.is_relative_to(out)]
    assert outside == []
    placed = load_article(out / "content" / "src" / "index.md")
    assert placed.slides[0].image == "images/p.jpg"
    from PIL import Image

    with Image.open(out / "content" / "src" / "images" / "p.jpg") as copied:
        with Image.open(source / "images" / "p.jpg") as original:  # credits added, same pixels
            assert copied.tobytes() == original.tobytes()


def test_a_symlinked_folder_inside_the_target_cannot_carry_writes_away(
    sample_bundle: Path, tmp_path: Path
) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    export(sample_bundle, "html-folder", out)
    shutil.rmtree(out / "assets")
    (out / "assets").symlink_to(elsewhere)
    with pytest.raises(SlidewrightError, match="outside"):
        export(sample_bundle, "html-folder", out)
    assert list(elsewhere.iterdir()) == []


def _sample(tmp_path: Path) -> Path:
    from slidewright.packagedata import as_file, resource

    with as_file(resource("sample", "harbour-towns")) as source:
        copy = tmp_path / "sample-copy"
        shutil.copytree(source, copy)
    return copy


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo", "jekyll", "rss"])
def test_an_image_path_with_a_nul_byte_does_not_stop_the_export(
    sample_bundle: Path, tmp_path: Path, to: str
) -> None:
    article = load_article(sample_bundle)
    article.slides[0].image = "images/fog\x00.jpg"
    save_article(article, sample_bundle)
    online = ["--base-url", "https://coast.example.com/harbour-towns/"]
    assert (
        main(["export", str(sample_bundle), "--to", to, "-o", str(tmp_path / "out"), *online]) == 0
    )


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_where_the_export_goes_is_refused_not_read(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o page.html`` naming a FIFO (the export waited for a writer for ever) or a link to
    /dev/zero (it read until the memory ran out): refused at once, as someone else's file."""
    from slidewright.cli import main

    bundle = tmp_path / "walks"
    save_article(Article(title="Walks", slides=[Slide(heading="One", body="Text.")]), bundle)
    target = tmp_path / "page.html"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    assert main(["export", str(bundle), "--to", "html", "-o", str(target)]) == 2
    assert str(target) in capsys.readouterr().err


def test_a_pipe_named_as_the_export_list_in_a_folder_is_not_waited_on(tmp_path: Path) -> None:
    from slidewright.exporters.target import MARKER, check_target

    bundle = tmp_path / "walks"
    save_article(Article(title="Walks", slides=[Slide(heading="One", body="Text.")]), bundle)
    site = tmp_path / "site"
    site.mkdir()
    os.mkfifo(site / MARKER)
    with pytest.raises(SlidewrightError):  # someone else's folder: no list of ours in it
        check_target(bundle, site, folder=True)


@pytest.mark.parametrize("to", ["hugo", "jekyll"])
def test_where_the_article_was_published_on_wordpress_stays_out_of_a_site(
    sample_bundle: Path, tmp_path: Path, to: str
) -> None:
    """The publish state (publish/state.py) names the WordPress site, the post and the media:
    the writer's bookkeeping, not the page's, and a site's sources are often public."""
    from slidewright.publish.state import PublishState, write_state

    article = load_article(sample_bundle)
    write_state(article, PublishState("https://staging.internal.example/", 41))
    save_article(article, sample_bundle)
    out = tmp_path / "site"
    export(sample_bundle, to, out)
    pages = [p.read_text("utf-8") for p in out.rglob("index.md")]
    assert pages and not any("staging.internal.example" in page for page in pages)
