"""Importers: page text, HTML and Markdown become a new article bundle."""

from __future__ import annotations

from pathlib import Path

from slidewright.fileformat import save_article
from slidewright.fileformat.bundle import INDEX
from slidewright.fileformat.images import slugify
from slidewright.fileformat.safefiles import write_file
from slidewright.importers.common import (
    ImportFailed,
    ImportResult,
    ImportSummary,
    imported_over,
    read_source,
    uncredited_note,
)
from slidewright.importers.housespelling import (
    agency_respellings,
    apply_respellings,
    describe_respellings,
)
from slidewright.importers.htmlpages import parse_html_pages
from slidewright.importers.markdown import parse_markdown
from slidewright.importers.sitepage import read_site_page
from slidewright.importers.text import parse_text
from slidewright.model import Article

FORMATS = ("text", "html", "markdown")
_SUFFIXES = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
}


def guess_format(source: Path) -> str:
    return _SUFFIXES.get(source.suffix.lower(), "text")


def parse_source(source: Path, source_format: str | None = None) -> ImportResult:
    """Read and parse ``source``; raises ImportFailed with a message naming the file."""
    fmt = source_format or guess_format(source)
    text = read_source(source)
    if fmt == "html":
        return parse_html_pages(text, source)
    if fmt == "markdown":  # a Hugo or Jekyll page Slidewright exported is an article already
        return read_site_page(text, source) or parse_markdown(text, source)
    return parse_text(text, str(source))


def folder_name_for(source: Path, title: str) -> str:
    """The folder name an import suggests: the imported title as a slug ('seven-night-sky-…'),
    or the source's own name when the title gives none."""
    return slugify(title, slugify(source.stem, "new-article"))


def _differs(output: Path, name: str, data: bytes) -> bool:
    """A file other than ``data`` is already at ``output/name`` (the import would replace it)."""
    existing = output / name
    return existing.exists() and not (existing.is_file() and existing.read_bytes() == data)


def import_file(
    source: Path | str,
    output: Path | str,
    source_format: str | None = None,
    fix_agencies: bool = False,
    lang: str = "",
    parsed: ImportResult | None = None,
) -> ImportSummary:
    """Import ``source`` into the new bundle ``output``; nothing is written when it fails.
    Agency spellings are reported, and written the house way only with ``fix_agencies``.
    ``lang`` is the article's language when the source does not say (``<html lang>``);
    ``parsed`` is the source already read by ``parse_source`` (the window reads it first, to
    name the folder), so it is not read twice."""
    source, output = Path(source), Path(output)
    if (output / INDEX).exists():
        raise ImportFailed(f"{output} already holds an article (index.md); choose a new folder")
    result = parsed or parse_source(source, source_format)
    taken = [n for n, data in result.images.items() if _differs(output, n, data)]
    if taken:
        raise ImportFailed(
            f"{output} already holds other files named {', '.join(taken)}; choose a new folder"
        )
    result.article = imported_over(Article(lang=lang), result.article)
    respellings = agency_respellings(result.article)
    if fix_agencies:
        apply_respellings(result.article, respellings)
    output.mkdir(parents=True, exist_ok=True)
    for name, data in result.images.items():
        write_file(output, name, data)  # checked image bytes, as a new 0644 file
    save_article(result.article, output)
    article = result.article
    guessed = list(result.guessed)
    if (missing := uncredited_note(article)) and missing not in guessed:
        guessed.append(missing)  # HTML and Markdown pages too, image or not
    return ImportSummary(
        source=source,
        output=output,
        slides=len(article.slides),
        credits=sum(1 for s in article.slides if s.credit.strip()),
        category=article.category,
        dropped=result.dropped,
        copied_images=len(result.images),
        read_more=article.read_more is not None,
        refused=result.refused,
        guessed=guessed,
        agency_spellings=describe_respellings(respellings),
        agencies_fixed=fix_agencies,
        missing_images=sum(1 for s in article.slides if not s.image.strip()),
    )


__all__ = [
    "FORMATS",
    "ImportFailed",
    "folder_name_for",
    "guess_format",
    "import_file",
    "imported_over",
    "parse_source",
]
