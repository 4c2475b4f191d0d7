"""Publishing outputs. Each exporter takes an article and its bundle folder and writes files."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args

from slidewright.errors import SlidewrightError
from slidewright.exporters.options import ExportOptions, ExportRefused
from slidewright.exporters.target import check_target
from slidewright.exportformats import FORMAT_DESCRIPTIONS
from slidewright.fileformat import load_article
from slidewright.fileformat.bundle import bundle_dir
from slidewright.model import Article

ExportFormat = Literal["html", "html-folder", "hugo", "jekyll", "rss"]
Exporter = Callable[..., Path]  # (article, bundle, target, options) -> what was written


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
        FORMAT_DESCRIPTIONS["html"],
    ),
    "html-folder": (
        _lazy("slidewright.exporters.html", "export_folder"),
        FORMAT_DESCRIPTIONS["html-folder"],
    ),
    "hugo": (
        _lazy("slidewright.exporters.sites", "export_hugo"),
        FORMAT_DESCRIPTIONS["hugo"],
    ),
    "jekyll": (
        _lazy("slidewright.exporters.sites", "export_jekyll"),
        FORMAT_DESCRIPTIONS["jekyll"],
    ),
    "rss": (
        _lazy("slidewright.exporters.rss", "export_rss"),
        FORMAT_DESCRIPTIONS["rss"],
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


def refuse_unwritable_text(article: Article, bundle: Path) -> None:
    """A NUL in a field written into pictures is refused before the target is touched
    (exporters/textcheck.py)."""
    from slidewright.exporters.textcheck import refuse_unwritable_text as refuse

    refuse(article, bundle)


def refuse_credit_errors(article: Article, bundle: Path) -> None:
    """``--strict``: an article the credit checker finds errors in is not published (the
    same check as ``slidewright check``; its warnings do not stop an export)."""
    from slidewright.credits.checker import check_article
    from slidewright.credits.findings import Severity

    errors = [f for f in check_article(article, bundle) if f.severity == Severity.ERROR]
    if errors:
        shown = "; ".join(f.as_text() for f in errors[:3]) + ("; …" if len(errors) > 3 else "")
        raise ExportRefused(
            f"{bundle / 'index.md'}: the credit check has {len(errors)} "
            f"error{'' if len(errors) == 1 else 's'} ({shown}); fix them (slidewright check "
            "lists them) or export without --strict"
        )


def export_article(
    article: Article,
    bundle: Path,
    to: str,
    output: Path,
    options: ExportOptions | None = None,
) -> Path:
    """Export an article already in memory (the window's path).

    Writes only inside ``output``. Raises SlidewrightError for a target inside the article's
    folder, and TargetExistsError for one holding files Slidewright did not write, unless
    ``options.force`` (the writer agreed to replace them)."""
    options = options or ExportOptions()
    format_ = to_format(to)
    if options.mode == "paged":  # paged needs an output made of pages
        from slidewright.exporters.paged import check_mode  # (its imports: images, renditions)

        check_mode(format_, options.mode)
    if format_ != "rss":  # the feed writes no picture: it drops control characters itself
        refuse_unwritable_text(article, bundle)  # before anything is written
    target = check_target(bundle, Path(output), is_folder_format(format_), options.force)
    if options.strict:
        refuse_credit_errors(article, bundle)
    else:  # not refused: the writer is told which pictures their licence does not cover
        from slidewright.exporters.licencewarnings import warn_unlicensed_pictures

        warn_unlicensed_pictures(article, bundle, options)
    from slidewright.exporters.credentials import say_what_is_left_behind

    say_what_is_left_behind(article, bundle, options.signing, options.warn)
    exporter, _ = EXPORTERS[format_]
    published = with_identity(article, options)
    if not target.folder:  # a file export is one atomic write already (target.write_whole)
        return exporter(published, bundle, target, options)
    from slidewright.exporters.staging import export_staged  # built beside, swapped in whole

    return export_staged(
        target, lambda built: exporter(published, bundle, built, options), options.warn
    )


def with_identity(article: Article, options: ExportOptions) -> Article:
    """``article`` with the publisher and the author's page from Preferences where its own front
    matter names none (a copy; the writer's article is not changed)."""
    from slidewright.exporters.published import article_field

    extra: dict[str, str] = {}
    if options.publisher.strip() and not article_field(article, "publisher"):
        extra["publisher"] = options.publisher.strip()  # the logo goes with its name only
        if options.publisher_logo.strip():
            extra["publisher_logo"] = options.publisher_logo.strip()
    same_author = article.author.strip() and article.author.strip() == options.author_name.strip()
    if same_author and options.author_url.strip() and not article_field(article, "author_url"):
        extra["author_url"] = options.author_url.strip()
    if not extra:
        return article
    article = copy.deepcopy(article)
    article.extra.update(extra)
    return article


def export(
    path: Path | str,
    to: str,
    output: Path | str,
    options: ExportOptions | None = None,
) -> Path:
    """Load the article at ``path`` and export it (the CLI's path)."""
    article = load_article(path)
    return export_article(article, bundle_dir(path), to, Path(output), options)


__all__ = ["EXPORTERS", "ExportOptions", "ExportRefused", "export", "export_article", "to_format"]
