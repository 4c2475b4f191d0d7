"""Text copied off a slideshow page: breadcrumb, title, byline, intro, slides (heading, credit
line, caption, alt text, body), and a closing read-more block.

The page is read as a sequence: every block gets a role (importers/roles.py scores each role from
the block's shape and its neighbours) and the most likely sequence of roles for the whole page is
chosen by a Viterbi decoder (importers/sequence.py) under each way a page places its credits; the
best reading wins. The breadcrumb (importers/breadcrumb.py) and the site's own lines (ads, share
buttons, navigation, newsletter and paywall lines: importers/pagechrome.py) are taken off first and
named in the summary, with what was guessed and how sure the reading is.
"""

from __future__ import annotations

import math

from slidewright.importers import note_text
from slidewright.importers.assemble import assemble
from slidewright.importers.breadcrumb import SKIP as CRUMB_WORDS
from slidewright.importers.breadcrumb import find_breadcrumb
from slidewright.importers.common import (
    MAX_LINES as MAX_LINES,  # read by tests/benchmarks/import_bench.py
)
from slidewright.importers.common import (
    SLIDE_NUMBER,
    ImportFailed,
    ImportResult,
    captions_as_written,
    refuse_too_many_lines,
    uncredited_note,
)
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.mojibake import repair_mojibake, repaired_note
from slidewright.importers.notes import MAX_SHOWN, Notes
from slidewright.importers.pagechrome import chrome_kind
from slidewright.importers.roles import HEADS, LAYOUTS, MODELS, PRIOR, page_emissions
from slidewright.importers.sequence import NEG, Model, posteriors, viterbi
from slidewright.importers.textshape import blocks, heading_shaped, normalise, question, short
from slidewright.model import Article

MAX_COMPARED = 3_000  # paragraphs: a 500-slide page has about 2,000


def _without_chrome(lines: list[str], notes: Notes) -> list[str]:
    kept = []
    for line in lines:
        kind = chrome_kind(line)
        if kind is None:
            kept.append(line)
        else:
            notes.drop(kind, line.strip())
            kept.append("")
    return kept


def _decode(
    emitted: list[dict[str, float]],
) -> tuple[str, list[str], dict[str, float]]:
    """The best layout, its roles for the page, and each layout's share of the evidence. A page
    longer than any slideshow (hostile, or a whole site pasted) is read under the layout its
    first MAX_COMPARED paragraphs choose, so its cost stays one decoding."""
    totals: dict[str, float] = {}
    best: tuple[float, str, list[str]] = (NEG, "none", [])
    sample = emitted[:MAX_COMPARED]
    for layout in LAYOUTS:
        model = MODELS[layout]
        if len(sample) < len(emitted):  # the sample may stop in the middle of a slide
            model = Model(model.start, model.moves, dict.fromkeys(model.moves, 0.0))
        decoded = viterbi(sample, model)
        totals[layout] = decoded.score + PRIOR[layout]
        if decoded.roles and totals[layout] > best[0]:
            best = (totals[layout], layout, decoded.roles)
    if len(sample) < len(emitted) and best[0] > NEG:
        best = (best[0], best[1], viterbi(emitted, MODELS[best[1]]).roles)
    top = best[0]
    weights = {k: math.exp(v - top) for k, v in totals.items() if v > NEG}
    shares = {k: w / sum(weights.values()) for k, w in weights.items()} if top > NEG else {}
    return best[1], best[2], shares


def parse_text(text: str, name: str = "text") -> ImportResult:
    notes = Notes()
    text, misread = repair_mojibake(normalise(text))
    if misread:
        notes.guessed.append(repaired_note(misread))
    refuse_too_many_lines(text, name)
    lines = _without_chrome(text.split("\n"), notes)
    crumb = find_breadcrumb(lines)
    found = blocks(lines[crumb.used :])
    while len(found) > 2 and found[0].strip().lower() in CRUMB_WORDS:
        notes.drop("navigation", found.pop(0))  # "Home" alone above the title
    if not found:
        raise ImportFailed(f"{name}: no title or text found")
    emitted = page_emissions(found)
    layout, roles, shares = _decode(emitted)
    if not roles:
        raise ImportFailed(f"{name}: no slides found - {saw(found)}; nothing was imported")
    confidence = posteriors(emitted, MODELS[layout]) if len(found) <= MAX_COMPARED else []
    article = assemble(found, roles, crumb, notes, confidence)
    if not article.slides or (len(article.slides) == 1 and _more_than_one(found)):
        raise ImportFailed(
            f"{name}: {'no slides' if not article.slides else 'only one slide'} found - "
            f"{saw(found)}; nothing was imported"
        )
    _note_reading(article, found, roles, layout, shares, confidence, notes)
    return captions_as_written(ImportResult(article, notes.dropped_lines(), guessed=notes.guessed))


def _more_than_one(found: list[str]) -> bool:
    """The page shows more slides than were read: several credit lines or colon headings."""
    credits = sum(1 for b in found if read_credit_line(b) is not None)
    colon = sum(1 for b in found if short(b) and b.endswith((":", "：")))
    return credits >= 2 or colon >= 2


def saw(found: list[str]) -> str:
    """What the page held that looked like slides, for a page the import cannot read."""
    colon = sum(1 for b in found if short(b) and b.endswith((":", "：")))
    headings = sum(1 for b in found if heading_shaped(b))
    credits = sum(1 for b in found if read_credit_line(b) is not None)
    parts = [_count(len(found), "paragraph")]
    if colon:
        parts.append(f"{_count(colon, 'line')} look like headings but end with a colon")
    parts.append(f"{_count(headings, 'short line')} that could be headings")
    parts.append(_count(credits, "credit line"))
    return (
        ", ".join(parts) + " (a slide starts with a short heading line followed by a credit "
        "line or paragraphs)"
    )


def _note_reading(
    article: Article,
    found: list[str],
    roles: list[str],
    layout: str,
    shares: dict[str, float],
    confidence: list[dict[str, float]],
    notes: Notes,
) -> None:
    """What the summary says about slides: how their headings and credits were read, and how
    sure the reading is (the probability of each heading, over all readings of the page)."""
    heads = [i for i, r in enumerate(roles) if r in HEADS]
    sure = [(sum(confidence[i].get(r, 0.0) for r in HEADS), i) for i in heads if confidence]
    lowest, where = min(sure) if sure else (1.0, 0)
    kinds = {"numbered": 0, "questions": 0, "short lines": 0}
    for h in heads:
        key = (
            "numbered"
            if SLIDE_NUMBER.match(found[h])
            else "questions"
            if question(found[h])
            else ""
        )
        kinds[key or "short lines"] += 1
    how = [note_text.heading_kind(k, n) for k, n in kinds.items() if n]
    how_sure = note_text.sureness(
        100 * lowest if confidence else None, _cut(found[where]) if confidence else ""
    )
    notes.guessed.append(note_text.headings_found(len(heads), how, how_sure))
    if said := note_text.credit_layout(layout, 100 * shares.get(layout, 1.0)):
        notes.guessed.append(said)
    if missing := uncredited_note(article):
        notes.guessed.append(missing)
    split = sum(1 for s in article.slides if s.caption)
    if split:
        notes.guessed.append(note_text.captions_on(split))
    alts = sum(1 for s in article.slides if s.alt)
    if alts:
        notes.guessed.append(note_text.alt_text_on(alts))
    long_headings = [s.heading for s in article.slides if not short(s.heading)]
    if long_headings:
        notes.guessed.append(note_text.long_headings(long_headings[:MAX_SHOWN]))


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _cut(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"
