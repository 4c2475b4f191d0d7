"""Which of a saved page's files a slide gets when the page offers several: a lazy loader's
stand-in in ``src`` beside the real ``data-src``, a ``<picture>``'s sources beside its ``<img>``
fallback, a ``srcset`` beside ``src``. The largest picture the page has is the one a writer wants."""

from __future__ import annotations

from pathlib import Path

from imagefactory import make_image
from slidewright.importers import parse_source
from slidewright.importers.common import ImportResult


def _saved(tmp_path: Path, body: str, files: dict[str, tuple[int, int]]) -> ImportResult:
    """A page saved complete: ``page1.html`` and its ``page1_files`` folder."""
    for n, (name, size) in enumerate(files.items()):
        make_image(tmp_path / "page1_files" / name, size=size, seed=n + 1)
    page = tmp_path / "page1.html"
    page.write_text(f"<html><body><h1>Harbour lights</h1>{body}</body></html>", encoding="utf-8")
    return parse_source(page)


def _imported(tmp_path: Path, result: ImportResult) -> list[str]:
    """The file each slide's picture was copied from, by its bytes."""
    by_bytes = {p.read_bytes(): p.name for p in (tmp_path / "page1_files").iterdir()}
    return [by_bytes.get(result.images.get(s.image, b""), s.image) for s in result.article.slides]


def test_a_lazy_loaders_real_picture_wins_over_a_stand_in_with_no_telling_name(
    tmp_path: Path,
) -> None:
    files = {"1x1.gif": (1, 1), "a.jpg": (640, 400), "b.jpg": (640, 400), "c.jpg": (640, 400)}
    result = _saved(
        tmp_path,
        "<h2>Quay</h2><img src='page1_files/1x1.gif' data-src='page1_files/a.jpg'>"
        "<h2>Mole</h2><img src='page1_files/1x1.gif' data-lazy-src='page1_files/b.jpg'>"
        "<h2>Pier</h2><img src='page1_files/1x1.gif' data-original='page1_files/c.jpg'>",
        files,
    )
    assert _imported(tmp_path, result) == ["a.jpg", "b.jpg", "c.jpg"]


def test_a_data_src_the_page_does_not_have_leaves_the_saved_src(tmp_path: Path) -> None:
    result = _saved(
        tmp_path,
        "<h2>Quay</h2><img src='page1_files/quay.jpg' data-src='https://cdn.test/quay-2.jpg'>",
        {"quay.jpg": (640, 400)},
    )
    assert _imported(tmp_path, result) == ["quay.jpg"]


def test_the_largest_candidate_wins_by_width_density_source_then_file_size(
    tmp_path: Path,
) -> None:
    files = {
        "e-800.jpg": (400, 250),
        "e-1600.jpg": (800, 500),
        "c-small.jpg": (300, 200),
        "c.jpg": (800, 500),
        "d.jpg": (300, 200),
        "d@2x.jpg": (600, 400),
        "f-thumb.jpg": (200, 120),
        "f-full.jpg": (900, 600),
    }
    result = _saved(
        tmp_path,
        "<h2>Picture</h2><picture><source srcset='page1_files/e-1600.jpg'>"
        "<img src='page1_files/e-800.jpg'></picture>"
        "<h2>Srcset</h2><img src='page1_files/c-small.jpg' srcset='page1_files/c.jpg 1600w'>"
        "<h2>Density</h2><img src='page1_files/d.jpg' srcset='page1_files/d@2x.jpg 2x'>"
        "<h2>No descriptor</h2><img src='page1_files/f-thumb.jpg' "
        "data-srcset='page1_files/f-full.jpg, https://cdn.test/f-huge.jpg 3000w'>",
        files,
    )
    assert _imported(tmp_path, result) == ["e-1600.jpg", "c.jpg", "d@2x.jpg", "f-full.jpg"]
