"""Publishing outputs. Each exporter takes an article and its bundle folder and writes files."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args

from slidewright.errors import SlidewrightError
from slidewright.exporters.paged import check_mode
from slidewright.exporters.target import check_target
from slidewright.fileformat import load_article
from slidewright.fileformat.bundle import bundle_dir
from slidewright.model import Article
from slidewright.render.context import to_mode

ExportFormat = Literal["html", "html-folder", "hugo", "jekyll", "rss"]
Exporter = Callable[..., Path]  # (article, bundle, target, mode[, base_url]) -> what was written


def _lazy(module: str, name: str) -> Exporter:
    """An exporter whose module is imported when it runs: one export loads only its own code."""

    def run(*args: Any) -> Path:
        exporter: Callable[..., Path] = getattr(importlib.import_module(module), name)
        return exporter(*args)

    run.__name__ = name
    return run


EXPORTERS: dict[ExportFormat, tuple[Exporter, str]] = {
    "html": (
        _lazy("slidewright.exporters.html", "export_single_file"),
        "one self-contained HTML file (images inlined)",
    ),
    "html-folder": (
        _lazy("slidewright.exporters.html", "export_folder"),
        "index.html with an assets/ folder",
    ),
    "hugo": (
        _lazy("slidewright.exporters.sites", "export_hugo"),
        "a Hugo site: content/ bundle, layout and assets",
    ),
    "jekyll": (
        _lazy("slidewright.exporters.sites", "export_jekyll"),
        "a Jekyll site: page, _layouts and assets",
    ),
    "rss": (
        _lazy("slidewright.exporters.rss", "export_rss"),
        "a Media RSS feed (one item, a media:content per slide)",
    ),
}


def is_folder_format(to: str) -> bool:
    return to in FOLDER_FORMATS


FOLDER_FORMATS: set[str] = {"html-folder", "hugo", "jekyll"}
FORMATS: tuple[ExportFormat, ...] = get_args(ExportFormat)


def to_format(value: str) -> ExportFormat:
    """``value`` as an ExportFormat, or a SlidewrightError naming the formats there are."""
    for name in FORMATS:
        if value == name:
            return name
    raise SlidewrightError(f"unknown export format {value!r}; choose one of: {', '.join(FORMATS)}")


def export_article(
    article: Article,
    bundle: Path,
    to: str,
    output: Path,
    mode: str = "article",
    base_url: str = "",
    force: bool = False,
) -> Path:
    """Export an article already in memory (the window's path).

    Writes only inside ``output``. Raises SlidewrightError for a target inside the article's
    folder, and TargetExistsError for one holding files Slidewright did not write, unless
    ``force`` (the writer agreed to replace them)."""
    format_, mode_ = to_format(to), to_mode(mode)
    check_mode(format_, mode_)  # paged needs an output made of pages
    target = check_target(bundle, Path(output), is_folder_format(format_), force)
    exporter, _ = EXPORTERS[format_]
    if format_ == "rss":
        from slidewright.exporters.rss import export_rss

        return export_rss(article, bundle, target, mode_, base_url)
    return exporter(article, bundle, target, mode_)


def export(
    path: Path | str,
    to: str,
    output: Path | str,
    mode: str = "article",
    base_url: str = "",
    force: bool = False,
) -> Path:
    """Load the article at ``path`` and export it (the CLI's path)."""
    article = load_article(path)
    return export_article(article, bundle_dir(path), to, Path(output), mode, base_url, force)
