"""Synthetic articles for benchmarks: N slides, N distinct generated images with XMP credits."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imagefactory import make_image  # noqa: E402
from slidewright import save_article  # noqa: E402
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide  # noqa: E402

PARAGRAPH = (
    "The harbour wakes before the town does: engines cough, gulls argue over the first crates, and the "
    "café on the corner props its door open with a bucket of sand. By eight the tide has turned."
)


def build(folder: Path, slides: int, image_size: tuple[int, int] = (640, 427)) -> Path:
    """Write a bundle with ``slides`` slides (skips the work when it already exists)."""
    if (folder / "index.md").exists():
        return folder
    article = Article(
        title=f"A {slides}-slide benchmark article",
        description="Generated for Slidewright's benchmarks.",
        categories=["Travel"],
        author="Bench Mark",
        date="2026-11-27",
        intro=PARAGRAPH,
        read_more=ReadMore("Read more", [ReadMoreItem("Next", "https://example.com/next")]),
    )
    for n in range(slides):
        name = f"images/slide-{n:04d}.jpg"
        make_image(
            folder / name,
            size=image_size,
            seed=n,
            xmp={"creator": f"Photographer {n}", "credit": f"Photographer {n}/Shutterstock"},
            quality=70,
        )
        article.slides.append(
            Slide(
                heading=f"Stop number {n + 1} on the coast road",
                image=name,
                alt=f"A generated landscape, number {n + 1}",
                credit=f"Photographer {n}/Shutterstock",
                body=f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n*Getting there:* take the {n % 7 + 1} o'clock bus.\n",
            )
        )
    save_article(article, folder)
    return folder


def build_text(folder: Path, slides: int) -> Path:
    """Write a bundle with ``slides`` text-only slides (no images): what the export-vs-pandoc
    whole-process figure converts (skips the work when it already exists)."""
    if (folder / "index.md").exists():
        return folder
    article = Article(
        title=f"A {slides}-slide text article",
        description="Generated for Slidewright's benchmarks.",
        categories=["Travel"],
        author="Bench Mark",
        date="2026-11-27",
        intro=PARAGRAPH,
    )
    for n in range(slides):
        article.slides.append(
            Slide(
                heading=f"Stop number {n + 1} on the coast road",
                body=f"{PARAGRAPH}\n\n{PARAGRAPH}\n\n*Getting there:* take the {n % 7 + 1} o'clock bus.\n",
            )
        )
    save_article(article, folder)
    return folder
