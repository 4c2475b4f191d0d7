"""Imports read local files only from the source's own folder, and copy only real images.

Each test is an attack seen in issue 17: a saved page or a Markdown draft whose image addresses
point at files elsewhere on the writer's disk. The canaries outside are *valid images*, so what
stops them is the folder check, not the image check."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import ImportFailed, import_file
from slidewright.importers.common import ImportSummary


def _page(images: list[str]) -> str:
    slides = "".join(
        f"<section><h2>Slide {n}</h2><img {attrs} alt='x'><p>Text {n}.</p></section>"
        for n, attrs in enumerate(images, 1)
    )
    return f"<html><body><article><h1>Attack</h1>{slides}</article></body></html>"


def _bundle_files(bundle: Path) -> list[str]:
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file())


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    """A secret outside the page's folder that happens to be a valid JPEG."""
    return make_image(tmp_path / "home" / "secret.jpg", seed=11)


def test_html_import_never_reads_outside_the_page_folder(tmp_path: Path, canary: Path) -> None:
    page = tmp_path / "downloads" / "deep" / "page.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        _page(
            [
                f'src="file://{canary}"',
                'src="../../home/secret.jpg"',
                f'data-src="{canary}"',
                'src="%2e%2e/%2e%2e/home/secret.jpg"',
                'src="/etc/passwd"',
            ]
        ),
        encoding="utf-8",
    )
    summary = import_file(page, tmp_path / "bundle")
    assert _bundle_files(tmp_path / "bundle") == ["index.md"]
    assert all(s.image == "" for s in load_article(tmp_path / "bundle").slides)
    assert summary.copied_images == 0 and len(summary.refused) == 5
    assert (
        "file://" in summary.describe() and "outside the folder of page.html" in summary.describe()
    )


def test_markdown_import_never_reads_outside_the_draft_folder(tmp_path: Path, canary: Path) -> None:
    draft = tmp_path / "drafts" / "walks.md"
    draft.parent.mkdir()
    draft.write_text(
        "# Walks\n\n## One\n\n![a](../home/secret.jpg)\n\n## Two\n\n"
        f"![b]({canary})\n\n## Three\n\n![c](%2e%2e/home/secret.jpg)\n",
        encoding="utf-8",
    )
    summary = import_file(draft, tmp_path / "bundle")
    assert _bundle_files(tmp_path / "bundle") == ["index.md"]
    assert len(summary.refused) == 3


def test_a_symlink_in_the_folder_pointing_away_is_refused(tmp_path: Path, canary: Path) -> None:
    page = tmp_path / "saved" / "page.html"
    (page.parent / "page_files").mkdir(parents=True)
    (page.parent / "page_files" / "photo.jpg").symlink_to(canary)
    page.write_text(_page(['src="page_files/photo.jpg"']), encoding="utf-8")
    summary = import_file(page, tmp_path / "bundle")
    assert _bundle_files(tmp_path / "bundle") == ["index.md"]
    assert summary.refused == ["page_files/photo.jpg (outside the folder of page.html)"]


def test_only_files_that_decode_as_images_are_copied_with_plain_modes(tmp_path: Path) -> None:
    page = tmp_path / "saved" / "page.html"
    files = page.parent / "page_files"
    files.mkdir(parents=True)
    (files / "key.jpg").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    (files / "run.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)  # a header, no picture
    make_image(files / "real.jpg", seed=2)
    (files / "real.jpg").chmod(0o4777)  # setuid and world-writable, as an attacker's archive may
    page.write_text(
        _page(
            ['src="page_files/key.jpg"', 'src="page_files/run.png"', 'src="page_files/real.jpg"']
        ),
        encoding="utf-8",
    )
    summary = import_file(page, tmp_path / "bundle")
    bundle = tmp_path / "bundle"
    assert _bundle_files(bundle) == ["images/slide-3.jpg", "index.md"]
    assert stat.S_IMODE((bundle / "images" / "slide-3.jpg").stat().st_mode) == 0o644
    assert [note.split(" (")[0] for note in summary.refused] == [
        "page_files/key.jpg",
        "page_files/run.png",
    ]
    assert all("not an image" in note for note in summary.refused)


def test_an_image_with_a_misleading_name_is_stored_under_its_real_type(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    make_image(tmp_path / "photo.png", seed=5)  # a PNG …
    (tmp_path / "photo.png").rename(tmp_path / "photo.jpg")  # … named .jpg
    page.write_text(_page(['src="photo.jpg"']), encoding="utf-8")
    import_file(page, tmp_path / "bundle")
    assert load_article(tmp_path / "bundle").slides[0].image == "images/slide-1.png"


def test_a_scripted_svg_is_imported_as_its_drawing_only(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    (tmp_path / "chart.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>steal()</script>'
        '<rect width="4" height="4"/></svg>',
        encoding="utf-8",
    )
    page.write_text(_page(['src="chart.svg"']), encoding="utf-8")
    import_file(page, tmp_path / "bundle")
    svg = (tmp_path / "bundle" / "images" / "slide-1.svg").read_text(encoding="utf-8")
    assert "<rect" in svg and "script" not in svg and "onload" not in svg


def test_cli_import_reports_refused_images_and_succeeds(
    tmp_path: Path, canary: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "saved" / "page.html"
    page.parent.mkdir()
    page.write_text(_page(['src="../home/secret.jpg"']), encoding="utf-8")
    assert main(["import", str(page), "-o", str(tmp_path / "bundle")]) == 0
    out = capsys.readouterr().out
    assert (
        "images refused (not copied): ../home/secret.jpg (outside the folder of page.html)" in out
    )


def test_import_into_a_folder_never_replaces_files_already_there(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    make_image(tmp_path / "photo.jpg", seed=5)
    page.write_text(_page(['src="photo.jpg"']), encoding="utf-8")
    mine = tmp_path / "folder" / "images" / "slide-1.jpg"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"the writer's own file")
    with pytest.raises(ImportFailed, match="images/slide-1.jpg"):
        import_file(page, tmp_path / "folder")
    assert mine.read_bytes() == b"the writer's own file"
    assert not (tmp_path / "folder" / "index.md").exists()


def test_a_page_with_thousands_of_hostile_addresses_gives_a_short_summary(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page([f'src="../{"x" * 5000}.jpg"'] * 3), encoding="utf-8")
    summary = import_file(page, tmp_path / "bundle")
    assert len(summary.refused) == 3 and len(summary.describe()) < 1000


def test_a_pipe_named_like_a_photo_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even when an earlier look at the name saw a regular file (a FIFO swapped in after it),
    the image is opened without waiting and checked on the open descriptor."""
    page = tmp_path / "page.html"
    page.write_text(_page(['src="photo.jpg"']), encoding="utf-8")
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    monkeypatch.setattr(Path, "is_file", lambda self: True)  # the look before the swap
    outcome: dict[str, object] = {}

    def run() -> None:
        outcome["summary"] = import_file(page, tmp_path / "bundle")

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=60)  # reading a regular file takes no time; a pipe would wait forever
    if worker.is_alive():  # it waits for a writer: give it one (an empty one) so it ends
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the import waited on a pipe")
    summary = outcome["summary"]
    assert isinstance(summary, ImportSummary)
    assert summary.copied_images == 0
    assert "photo.jpg (is a pipe (FIFO), not a regular file)" in summary.describe()
    assert _bundle_files(tmp_path / "bundle") == ["index.md"]


def test_a_pipe_given_as_the_page_ends_with_the_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    os.mkfifo(page)
    codes: list[int] = []
    worker = threading.Thread(
        target=lambda: codes.append(main(["import", str(page), "-o", str(tmp_path / "bundle")])),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=60)  # refused at a look; opening the pipe to read it would wait forever
    if worker.is_alive():
        os.close(os.open(page, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the import waited on a pipe")
    assert codes == [2]
    err = capsys.readouterr().err
    assert "page.html: is a pipe (FIFO), not a regular file" in err and err.count("\n") == 1
