"""Fixtures for the library tests: made-up libraries written with tests/libraryfactory.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from libraryfactory import MakeArticle, jpeg, photo, write_article, xmp


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    root.mkdir()
    return root


@pytest.fixture
def make_article(library: Path) -> MakeArticle:
    """``make_article("harbour-towns", "2026-12-01", [(seed, credit, {slide fields}), ...])``:
    a bundle whose slide n shows photo ``seed`` (a tuple ``(seed, (w, h))`` for a resized copy,
    re-encoded at another quality), with the credit in the slide and in the file."""

    def make(
        name: str,
        date: str,
        slides: list[tuple[object, str, dict[str, str]]],
        file_xmp: dict[int, dict[str, str]] | None = None,
        app13: dict[int, bytes] | None = None,
    ) -> Path:
        pictures, rows = {}, []
        for n, (seed, credit, extra) in enumerate(slides):
            if isinstance(seed, tuple):
                number, size = seed
                image, quality = photo(int(number)).resize(size), 55
            else:
                image, quality = photo(int(seed)), 80  # type: ignore[call-overload]
            packet = xmp(**(file_xmp or {}).get(n, {"credit": credit}))
            pictures[f"images/p{n}.jpg"] = jpeg(image, packet, (app13 or {}).get(n, b""), quality)
            rows.append(
                {"image": f"images/p{n}.jpg", "alt": "A picture", "credit": credit, **extra}
            )
        return write_article(library / name, name.replace("-", " ").title(), date, rows, pictures)

    return make
