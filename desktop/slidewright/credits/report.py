"""``slidewright check``: findings as text or JSON, the rule list, and an exit code a script can act
on."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

from slidewright.credits.ahead import ReadAhead
from slidewright.credits.checker import check_article
from slidewright.credits.context import CheckOptions
from slidewright.credits.findings import Severity, severity_counts, severity_word
from slidewright.credits.metadata import MetadataCache
from slidewright.credits.registry import CreditRules
from slidewright.fileformat.bundle import bundle_dir, index_path
from slidewright.fileformat.images import bundle_image, shown_path
from slidewright.fileformat.places import Places, load_placed
from slidewright.i18n import QT_TRANSLATE_NOOP, Message
from slidewright.model import Article
from slidewright.provenance.credentials import ContentCredentials, credentials_json
from slidewright.terminal import json_for_terminal, terminal_line

EXIT_CLEAN, EXIT_FINDINGS = 0, 1
OutputFormat = Literal["text", "json"]


def run_check(
    path: Path,
    output_format: OutputFormat,
    strict: bool,
    out: TextIO,
    min_side: int = 720,
    disabled: Iterable[str] = (),
    own_agencies: tuple[str, ...] = (),
    trust_anchors: str = "",
    read_ahead: ReadAhead | None = None,
    article: Article | None = None,
    places: Places | None = None,
) -> int:
    """0: no errors (with ``strict``, no warnings either); 1: there are; FormatError propagates (2).

    ``own_agencies`` are the writer's own, beside the built-in list. ``disabled`` rule ids are
    not run at all, so they neither print nor fail the check. ``read_ahead``: the children the
    command forked at its start to validate Content Credentials (:mod:`.ahead`), stopped here
    once the check is done; ``article``: ``path``'s, when the caller has loaded it, and
    ``places``, where its values are written. Article text reaches the terminal without control
    characters or escape sequences, one line per finding, which starts with the file and line
    the finding is about when the file writes it (``index.md:7: slide 2: warning …``).
    """
    rules = CreditRules()
    rules.disable(disabled)
    if article is None:
        article, places = load_placed(path)
    elif places is None:  # an article given without its places: findings without lines
        places = Places(index_path(path), None)
    cache = MetadataCache(trust_anchors)
    cache.use_ahead(read_ahead)
    bundle = bundle_dir(path)
    findings = check_article(
        article,
        bundle,
        cache,
        options=CheckOptions(min_side=min_side, own_agencies=own_agencies),
        rules=rules,
    )
    if output_format == "json":
        counts = severity_counts(findings)
        data = {
            "article": str(path),
            "file": str(places.file),
            "findings": [{**f.as_json(), "line": places.line(f.slide, f.field)} for f in findings],
            "summary": {
                "slides": len(article.slides),
                **{str(s): n for s, n in counts.items()},
                "fixable": sum(f.fix is not None for f in findings),
            },
            "credentials": _credentials(article, bundle, cache),
        }
        out.write(json_for_terminal(json.dumps(data, indent=2, ensure_ascii=False)) + "\n")
    else:
        for finding in findings:
            number = places.line(finding.slide, finding.field)
            where = "" if number is None else f"{places.file}:{number}: "
            out.write(terminal_line(where + finding.as_text()) + "\n")
        for line in credentials_lines(article, bundle, cache):
            out.write(terminal_line(line) + "\n")
        counts = severity_counts(findings)
        summary = ", ".join(f"{n} {severity_word(s, n)}" for s, n in counts.items())
        count = len(article.slides)
        slides = "slide" if count == 1 else "slides"
        out.write(terminal_line(f"{path}: {count} {slides} checked: {summary}") + "\n")
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return EXIT_FINDINGS if any(f.severity in failing for f in findings) else EXIT_CLEAN


def _slide_credentials(
    article: Article, bundle: Path, cache: MetadataCache
) -> Iterator[tuple[int, str, ContentCredentials]]:
    """(slide number, picture, its credentials) for each slide whose picture has any (from the
    check's own cache: nothing is read again)."""
    for number, slide in enumerate(article.slides, start=1):
        try:
            credentials = cache.get(bundle_image(bundle, slide.image)).credentials
        except Exception:  # noqa: BLE001 - missing, outside, hostile: the findings say so
            continue
        if credentials is not None:
            yield number, slide.image, credentials


def _credentials(article: Article, bundle: Path, cache: MetadataCache) -> list[dict[str, Any]]:
    """What the slide editor's Content Credentials line says, per slide whose picture has any."""
    return [
        {"slide": number, "image": image, **credentials_json(credentials)}
        for number, image, credentials in _slide_credentials(article, bundle, cache)
    ]


def credentials_lines(article: Article, bundle: Path, cache: MetadataCache) -> list[Message]:
    """The text report's line per picture with credentials, in the slide editor's words: who
    signed, how it was made, and whether the signer is in the writer's trust list, the
    credentials do not hold, or they could not be read."""
    line = QT_TRANSLATE_NOOP(
        "CheckReport", "slide {number}: Content Credentials of {image}: {summary}"
    )
    return [
        line.format(number=number, image=shown_path(image), summary=credentials.summary)
        for number, image, credentials in _slide_credentials(article, bundle, cache)
    ]


def list_rules(out: TextIO, output_format: OutputFormat = "text") -> int:
    """One line per rule, in the order they run: id, default severity, description (or JSON)."""
    rules = list(CreditRules())
    if output_format == "json":
        listed = [
            {"rule": str(r.id), "severity": str(r.severity), "description": r.description}
            for r in rules
        ]
        json.dump({"rules": listed}, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_CLEAN
    width = max(len(rule.id) for rule in rules)
    for rule in rules:
        out.write(f"{rule.id:<{width}}  {severity_word(rule.severity):<7}  {rule.description}\n")
    return EXIT_CLEAN
