"""Text copied off a slideshow page: breadcrumb, title, byline, intro, slides (heading, credit
line, caption, body), and a closing read-more block.

Structure is found from shape, not from one site's layout: the breadcrumb in any of the shapes
browsers copy (importers/breadcrumb.py), bylines and dates in the forms sites print
(importers/byline.py), credit lines in any label style (importers/creditline.py), and headings by
their length, punctuation and neighbours (importers/textshape.py). The site's own lines (ads,
share buttons, slideshow navigation) are left out and named in the summary, with what was guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from slidewright.importers.barecredit import credit_shaped
from slidewright.importers.breadcrumb import SKIP as CRUMB_WORDS
from slidewright.importers.breadcrumb import category_of, find_breadcrumb
from slidewright.importers.byline import read_byline
from slidewright.importers.common import READ_MORE, ImportFailed, ImportResult, slide_heading
from slidewright.importers.creditline import CAPTION_LINE, CreditLine, read_credit_line
from slidewright.importers.pagechrome import chrome_kind, describe_dropped
from slidewright.importers.textshape import (
    BULLETS,
    blocks,
    can_head_a_credit,
    heading_shaped,
    long_paragraph,
    normalise,
    numbered,
    question,
    short,
    special,
)
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

MAX_SHOWN = 3  # examples of each kind of dropped line in the summary
MAX_LINES = 50_000  # a long slideshow page copies as a few thousand lines


@dataclass
class _Notes:
    """What the import left out and what it guessed, for the summary."""

    dropped: dict[str, list[str]] = field(default_factory=dict)
    guessed: list[str] = field(default_factory=list)

    def drop(self, kind: str, line: str) -> None:
        self.dropped.setdefault(kind, []).append(line if len(line) <= 60 else line[:59] + "…")

    def dropped_lines(self) -> list[str]:
        lines = []
        for kind, seen in self.dropped.items():
            examples = ", ".join(f"“{s}”" for s in list(dict.fromkeys(seen))[:MAX_SHOWN])
            lines.append(f"{describe_dropped([kind] * len(seen))} ({examples})")
        return lines


def _without_chrome(lines: list[str], notes: _Notes) -> list[str]:
    kept = []
    for line in lines:
        kind = chrome_kind(line)
        if kind is None:
            kept.append(line)
        else:
            notes.drop(kind, line.strip())
            kept.append("")
    return kept


def _bare_credits(rest: list[str], notes: _Notes) -> list[str]:
    """Unlabelled credit lines (``ESA/Hubble``) where a credit sits, labelled so the rest of the
    import reads them as credits: right under a heading with text after it, or just above a
    heading after the previous slide's text (the image before the heading)."""
    out, found = list(rest), []
    for i, block in enumerate(rest):
        credit = credit_shaped(block)
        if credit is None or i == 0:
            continue
        before, after = rest[i - 1], rest[i + 1] if i + 1 < len(rest) else ""
        under_heading = (
            can_head_a_credit(before)
            and credit_shaped(before) is None
            and (not after or not heading_shaped(after))
        )
        above_heading = (
            not can_head_a_credit(before)
            and i + 2 < len(rest)
            and heading_shaped(after)
            and not heading_shaped(rest[i + 2])
        )
        # the last slide's credit after its text, at the end of the slides (credits follow text)
        last = i == len(rest) - 1 or (bool(READ_MORE.match(after)) and heading_shaped(after))
        at_the_end = last and not can_head_a_credit(before)
        if under_heading or above_heading or at_the_end:
            found.append(block)
            if not special(block):
                out[i] = f"Credit: {credit}"
    if found:
        examples = ", ".join(f"“{c}”" for c in found[:MAX_SHOWN])
        notes.guessed.append(f"{len(found)} credit lines with no label ({examples})")
    return out


def _credit_layout(rest: list[str]) -> str:
    """'after' when credit lines follow their headings (the usual page), 'before' when the image
    and its credit sit above the heading, 'end' when each slide's credit closes its text (the
    page ends with one, after the last slide's text)."""
    slides_end = next(  # a "Read more" block after the slides is not a slide's
        (i for i, b in enumerate(rest) if i > 0 and READ_MORE.match(b) and heading_shaped(b)),
        len(rest),
    )
    marked = [i for i, block in enumerate(rest[:slides_end]) if special(block)]
    if (
        len(marked) >= 2
        and marked[-1] == slides_end - 1
        and not can_head_a_credit(rest[slides_end - 2])
        and not any(i > 0 and can_head_a_credit(rest[i - 1]) for i in marked)
    ):
        return "end"
    after = before = 0
    for i, block in enumerate(rest):
        if not special(block):
            continue
        if i > 0 and can_head_a_credit(rest[i - 1]) and not special(rest[i - 1]):
            after += 1
        elif i + 1 < len(rest) and heading_shaped(rest[i + 1]):
            before += 1
    return "before" if before > after else "after"


def _is_heading(rest: list[str], i: int, layout: str, questions: bool) -> bool:
    if i + 1 >= len(rest) or special(rest[i]):
        return False
    block, following = rest[i], rest[i + 1]
    if layout == "after" and special(following):
        return can_head_a_credit(block)
    if layout in ("before", "end") and i > 0 and special(rest[i - 1]) and not special(following):
        return can_head_a_credit(block)
    if numbered(block) and not block.endswith("."):  # not an item of a numbered list
        return not numbered(following) and not (i > 0 and numbered(rest[i - 1]))
    if question(block) and questions and long_paragraph(following):
        return True
    return heading_shaped(block) and not heading_shaped(following)


def _title(found: list[str], has_crumbs: bool, notes: _Notes) -> tuple[str, str, list[str]]:
    """Title, a category from a label above it ('TRAVEL'), and the blocks after the title."""
    while len(found) > 2 and found[0].strip().lower() in CRUMB_WORDS:
        notes.drop("navigation", found.pop(0))
    kicker = found[0]
    if (
        not has_crumbs
        and len(found) > 2
        and kicker.isupper()
        and len(kicker.split()) <= 3
        and not special(found[1])
    ):
        notes.guessed.append(f"category “{kicker.title()}” from the label above the title")
        return found[1], kicker.title(), found[2:]
    return found[0], "", found[1:]


def _slide_heads(
    rest: list[str], layout: str, notes: _Notes
) -> tuple[list[int], set[int], dict[int, str]]:
    """Where slides start in ``rest``; the blocks read as captions (by heading), and used."""
    questions = (
        sum(
            question(b) and i + 1 < len(rest) and long_paragraph(rest[i + 1])
            for i, b in enumerate(rest)
        )
        >= 2
    )
    heads = [i for i in range(len(rest)) if _is_heading(rest, i, layout, questions)]
    credited = [h for h in heads if h + 1 < len(rest) and special(rest[h + 1])]
    if layout == "after" and len(credited) >= 2 and heads[:1] == [0] and credited[0] != 0:
        heads = heads[1:]  # a short standfirst right under the title, not a slide
        notes.guessed.append(f"“{rest[0]}” read as the standfirst, not a slide")
    used: set[int] = set()
    captions: dict[int, str] = {}
    shifted = [h for h in credited if h > 0 and h - 1 not in heads and heading_shaped(rest[h - 1])]
    if layout == "after" and len(shifted) >= 2 and 2 * len(shifted) >= len(credited):
        # "Heading / a line about the picture / Credit: …" on most slides: that line is a caption
        heads = sorted((set(heads) - set(shifted)) | {h - 1 for h in shifted})
        for h in shifted:
            captions[h - 1], used = rest[h], used | {h}
        notes.guessed.append(
            f"the line above the credit read as the caption on {len(shifted)} slides"
        )
    return heads, used, captions


def parse_text(text: str, name: str = "text") -> ImportResult:
    notes = _Notes()
    text = normalise(text)
    if (count := text.count("\n")) > MAX_LINES:
        raise ImportFailed(
            f"{name}: {count:,} lines is more than any article page "
            f"(the limit is {MAX_LINES:,}); nothing was imported"
        )
    lines = _without_chrome(text.split("\n"), notes)
    crumb = find_breadcrumb(lines)
    found = blocks(lines[crumb.used :])
    if not found:
        raise ImportFailed(f"{name}: no title or text found")
    title, category, rest = _title(found, bool(crumb.items), notes)
    if crumb.items:
        category = category_of(crumb.items, title)
        notes.drop("breadcrumb", " / ".join(crumb.items))
        if category:
            notes.guessed.append(f"category “{category}” from the breadcrumb ({crumb.shape})")
    byline, after = read_byline(rest)
    if not byline.lines and len(rest) > 1:  # a standfirst first, then the byline
        byline, after = read_byline(rest[1:])
        after = [rest[0], *after] if byline.lines else rest
    rest = _bare_credits(after, notes)
    if byline.author or byline.date:
        what = " and ".join(w for w, v in (("author", byline.author), ("date", byline.date)) if v)
        notes.guessed.append(f"{what} from “" + " · ".join(byline.lines) + "” under the title")
    layout = _credit_layout(rest)
    heads, used, captions = _slide_heads(rest, layout, notes)
    first = heads[0] if heads else len(rest)
    read_more_at = next(  # a short "Related Stories" line after the first slide, whatever follows
        (
            i
            for i in range(first + 1, len(rest))
            if READ_MORE.match(rest[i]) and heading_shaped(rest[i])
        ),
        None,
    )
    heads = [h for h in heads if read_more_at is None or h < read_more_at]
    article = Article(title=title, author=byline.author, date=byline.date)
    article.categories = [category] if category else []
    credits: dict[int, CreditLine] = {}
    if layout == "before":
        for h in heads:
            if h > 0 and (line := read_credit_line(rest[h - 1])) is not None:
                credits[h], used = line, used | {h - 1}
                if h > 1 and (caption := CAPTION_LINE.match(rest[h - 2])):
                    captions[h], used = caption.group("caption"), used | {h - 2}
    stop = read_more_at if read_more_at is not None else len(rest)
    bounds = [*heads, stop]
    if layout == "end":  # each slide's credit is the last block of its text
        for start, end in zip(bounds, bounds[1:], strict=False):
            if end - 1 > start and (line := read_credit_line(rest[end - 1])) is not None:
                credits[start], used = line, used | {end - 1}
    intro_end = heads[0] if heads else stop
    article.intro = "\n\n".join(b for i, b in enumerate(rest[:intro_end]) if i not in used)
    for start, end in zip(bounds, bounds[1:], strict=False):
        body = [i for i in range(start + 1, end) if i not in used]
        article.slides.append(_slide(rest, start, body, credits.get(start), captions.get(start)))
    if not article.slides:
        raise ImportFailed(
            f"{name}: no slides found (a slide starts with a short heading line followed by a "
            "credit line or paragraphs)"
        )
    if read_more_at is not None:
        article.read_more = _read_more(rest[read_more_at], rest[read_more_at + 1 :], notes)
        if unlinked := [i.title for i in article.read_more.items if i.title and not i.url]:
            notes.guessed.append(  # pasted text carries no addresses: the writer adds them
                f"{len(unlinked)} read-more titles with no link yet (add their addresses): "
                + ", ".join(f"“{t}”" for t in unlinked[:MAX_SHOWN])
            )
    _note_headings(article, rest, heads, layout, notes)
    return ImportResult(article, notes.dropped_lines(), guessed=notes.guessed)


def _slide(
    rest: list[str], head: int, body: list[int], credit: CreditLine | None, caption: str | None
) -> Slide:
    slide = Slide(heading=slide_heading(rest[head]))
    texts = [rest[i] for i in body]
    if credit is None and texts and CAPTION_LINE.match(texts[0]) and len(texts) > 1:
        if (found := read_credit_line(texts[1])) is not None:  # "Caption: …" then "Credit: …"
            caption = CAPTION_LINE.match(texts[0]).group("caption")  # type: ignore[union-attr]
            credit, texts = found, texts[2:]
    if credit is None and texts and (found := read_credit_line(texts[0])) is not None:
        credit, texts = found, texts[1:]
    if credit is None:  # a labelled credit line after the first paragraph
        for n, text in enumerate(texts[:3]):
            found = read_credit_line(text)
            if found is not None and found.label_style not in ("after-caption", "bare"):
                credit, texts = found, texts[:n] + texts[n + 1 :]
                break
    if texts and (label := CAPTION_LINE.match(texts[0])):
        caption, texts = label.group("caption"), texts[1:]
    if credit is not None:
        slide.credit, slide.caption = credit.credit, credit.caption
    if caption and not slide.caption:
        slide.caption = caption
    slide.body = "\n\n".join(texts) + ("\n" if texts else "")
    return slide


def _note_headings(
    article: Article, rest: list[str], heads: list[int], layout: str, notes: _Notes
) -> None:
    """What the summary says about slides: how their headings were recognised."""
    kinds = {"numbered": 0, "questions": 0, "short lines": 0}
    for h in heads:
        key = "numbered" if numbered(rest[h]) else "questions" if question(rest[h]) else ""
        kinds[key or "short lines"] += 1
    how = ", ".join(f"{n} {k}" for k, n in kinds.items() if n)
    notes.guessed.append(f"{len(heads)} slide headings found from their shape ({how})")
    if layout == "before":
        notes.guessed.append("credit lines read as the image above each heading")
    elif layout == "end":
        notes.guessed.append("credit lines read as the last line of each slide")
    split = sum(1 for s in article.slides if s.caption)
    if split:
        notes.guessed.append(f"captions on {split} slide{'' if split == 1 else 's'}")
    long_headings = [s.heading for s in article.slides if not short(s.heading)]
    if long_headings:
        notes.guessed.append(f"long headings: {', '.join(long_headings[:MAX_SHOWN])}")


def _unbulleted(line: str) -> str:
    """'- Five Breads…' as the list item's text: the page's bullet is not part of the title."""
    while line.startswith(BULLETS):
        line = line[1:].lstrip()
    return line


def _read_more(heading: str, lines: list[str], notes: _Notes) -> ReadMore:
    items: list[ReadMoreItem] = []
    credit: CreditLine | None = None
    for line in lines:
        line = _unbulleted(line)
        if (kind := chrome_kind(line)) is not None:  # "- Share", "• Next article": no link
            notes.drop(kind, line)
            continue
        found = read_credit_line(line)
        if found is not None:
            if items:
                items[-1].credit = items[-1].credit or found.credit
            else:
                credit = credit or found
        elif heading_shaped(line) or (short(line) and not long_paragraph(line)):
            items.append(ReadMoreItem(title=line))
        else:
            notes.drop("text after the read-more heading", line)
    if credit is not None:
        items = items or [ReadMoreItem()]
        items[0].credit = credit.credit
        if credit.caption:
            items[0].extra["caption"] = credit.caption
    return ReadMore(heading=heading, items=items)
