"""Publishing outputs. Each exporter takes an article and its bundle folder and writes files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from slidewright.errors import SlidewrightError
from slidewright.exporters.html import export_folder, export_single_file
from slidewright.exporters.rss import export_rss
from slidewright.exporters.sites import export_hugo, export_jekyll
from slidewright.fileformat import load_article
from slidewright.fileformat.bundle import bundle_dir
from slidewright.model import Article

Exporter = Callable[[Article, Path, Path, str], Path]

EXPORTERS: dict[str, tuple[Exporter, str]] = {
    "html": (export_single_file, "one self-contained HTML file (images inlined)"),
    "html-folder": (export_folder, "index.html with an assets/ folder"),
    "hugo": (export_hugo, "a Hugo site: content/ bundle, layout and assets"),
    "jekyll": (export_jekyll, "a Jekyll site: page, _layouts and assets"),
    "rss": (export_rss, "a Media RSS feed (one item, a media:content per slide)"),
}


def is_folder_format(to: str) -> bool:
    return to in FOLDER_FORMATS


FOLDER_FORMATS = {"html-folder", "hugo", "jekyll"}


def export_article(
    article: Article, bundle: Path, to: str, output: Path, mode: str = "article", base_url: str = ""
) -> Path:
    """Export an article already in memory (the window's path)."""
    if to not in EXPORTERS:
        raise SlidewrightError(
            f"unknown export format {to!r}; choose one of: {', '.join(EXPORTERS)}"
        )
    if output.resolve() == bundle.resolve() or bundle.resolve().is_relative_to(output.resolve()):
        raise SlidewrightError(f"{output}: export into a folder other than the article's own")
    exporter, _ = EXPORTERS[to]
    if to == "rss":
        return export_rss(article, bundle, output, mode, base_url)
    return exporter(article, bundle, output, mode)


def export(
    path: Path | str, to: str, output: Path | str, mode: str = "article", base_url: str = ""
) -> Path:
    """Load the article at ``path`` and export it (the CLI's path)."""
    return export_article(load_article(path), bundle_dir(path), to, Path(output), mode, base_url)
