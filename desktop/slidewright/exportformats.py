"""The export formats' names and one-line descriptions, and which format an output path implies.

Kept apart from ``slidewright.exporters`` (which loads the file format and renderer) so that
``slidewright export --help`` can describe every format without importing any of them; the
exporter table takes its descriptions from here, so the help and the code cannot disagree.
"""

from __future__ import annotations

from pathlib import Path

FORMAT_DESCRIPTIONS: dict[str, str] = {
    "html": "one self-contained HTML file (images inlined)",
    "html-folder": "index.html with an assets/ folder",
    "hugo": "a Hugo site: content/ bundle, layout and assets",
    "jekyll": "a Jekyll site: page, _layouts and assets",
    "rss": "a Media RSS feed (one item, a media:content per slide)",
}

# What a suffix on -o means when --to is not given; a path with no suffix is a folder.
SUFFIX_FORMATS: dict[str, str] = {".html": "html", ".htm": "html", ".xml": "rss", ".rss": "rss"}


def infer_format(output: Path) -> str | None:
    """The format ``output``'s name implies, or None when it implies none (the caller refuses).

    An existing folder, or a name without a suffix, is an html-folder export: writing one HTML
    file to ``notes`` with no extension would give the writer a file nothing opens as a page."""
    if output.is_dir():
        return "html-folder"
    suffix = output.suffix.lower()
    if not suffix:
        return "html-folder"
    return SUFFIX_FORMATS.get(suffix)


def formats_help() -> str:
    """One line per format for ``export --help``."""
    width = max(map(len, FORMAT_DESCRIPTIONS))
    return "\n".join(f"  {name:<{width}}  {text}" for name, text in FORMAT_DESCRIPTIONS.items())
