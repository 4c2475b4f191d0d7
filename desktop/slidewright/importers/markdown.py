"""A Markdown file whose ``##`` headings start slides: the first image of a section is the slide
image, a following line labelled as a credit is the credit, the rest is the body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from slidewright.importers.common import (
    READ_MORE,
    ImportFailed,
    ImportResult,
    refuse_too_many_lines,
    slide_heading,
)
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.htmlimages import image_source
from slidewright.importers.htmltree import parse_html
from slidewright.importers.localimages import LocalImages
from slidewright.importers.mojibake import repair_mojibake, repaired_note
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

_md = MarkdownIt("commonmark")
# The headings are all the structure needs: inline parsing of a whole file is left out, since on
# a line of 200,000 "[" or "*a" it took seconds to minutes (and 300 MB) for nothing.
_blocks = MarkdownIt("commonmark").disable("inline")
MAX_INLINE_LINE = 2_000  # a line holding a picture or a read-more link; longer ones are prose


def _inline(line: str, marks: tuple[str, ...]) -> list[Any]:
    """The inline tokens of ``line`` when it may hold one of ``marks`` and is not longer than
    MAX_INLINE_LINE, else none."""
    if len(line) > MAX_INLINE_LINE or not any(mark in line for mark in marks):
        return []
    return _md.parseInline(line)[0].children or []


def _strip_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    import yaml

    from slidewright.fileformat import yamlload

    try:  # bounded: anchors, aliases and deep nesting are refused like in an article
        data = yamlload.load(text[4:end])
    except (yaml.YAMLError, yamlload.ValueProblem):
        data = None
    return (data if isinstance(data, dict) else {}), text[end + 5 :]


def parse_markdown(text: str, source: Path) -> ImportResult:
    refuse_too_many_lines(text, source)
    text, misread = repair_mojibake(text)
    front, text = _strip_front_matter(text)
    lines = text.split("\n")
    tokens = _blocks.parse(text)
    title = str(front.get("title") or "")
    sections: list[tuple[str, int, int]] = []  # heading, first body line, end line
    intro_start = 0
    tags = {t.tag for t in tokens if t.type == "heading_open"}
    slide_tag = "h2" if "h2" in tags else "h3"  # drafts without ## often use ### for slides
    for i, token in enumerate(tokens):
        if token.type != "heading_open" or token.map is None:
            continue
        text_of = tokens[i + 1].content.strip()
        if token.tag == "h1" and not title and not sections:
            title, intro_start = text_of, token.map[1]
        elif token.tag == slide_tag:
            if sections:
                heading, start, _ = sections[-1]
                sections[-1] = (heading, start, token.map[0])
            sections.append((text_of, token.map[1], len(lines)))
    if not sections:
        raise ImportFailed(
            f"{source}: no '## ' (or '### ') headings found; each slide starts with one"
        )
    intro_end = min(start for _, start, _ in sections)
    intro_lines = lines[intro_start : intro_end - 1]
    article = Article(
        title=title or source.stem.replace("-", " ").capitalize(),
        intro="\n".join(intro_lines).strip(),
    )
    for key in ("description", "author"):
        if isinstance(front.get(key), str):
            setattr(article, key, front[key])
    if isinstance(front.get("categories"), list):
        article.categories = [str(c) for c in front["categories"]]
    local = LocalImages(source)
    for heading, start, end in sections:
        block = lines[start:end]
        if READ_MORE.match(heading):
            article.read_more = _read_more(heading, block)
            continue
        article.slides.append(_slide(heading, block, local))
    guessed = [repaired_note(misread)] if misread else []
    return ImportResult(article, local.dropped, local.images, local.refused, guessed)


def _first_image(block: list[str], local: LocalImages) -> tuple[int, str, str] | None:
    """The line, address and alt text of the section's first picture: ``![alt](src)`` or an
    ``<img src alt>`` tag written into the Markdown (a CMS export, a pasted embed)."""
    for n, line in enumerate(block):
        for token in _inline(line, ("![", "<img", "<IMG")):
            if token.type == "image":
                return n, str(token.attrGet("src") or ""), token.content
            if token.type == "html_inline" and token.content[:4].lower() == "<img":
                tag = parse_html(token.content).find("img")
                if tag is not None and (src := image_source(tag, local.on_disk)):
                    return n, src, tag.attrs.get("alt", "").strip()
    return None


def _slide(heading: str, block: list[str], local: LocalImages) -> Slide:
    slide = Slide(heading=slide_heading(heading))
    used: set[int] = set()
    found = _first_image(block, local)
    if found is not None:
        n, src, alt = found
        used.add(n)
        slide.alt = alt
        slide.image = local.add(src, heading)
        after = next((i for i in range(n + 1, len(block)) if block[i].strip()), None)
        label = read_credit_line(block[after].strip().strip("*_")) if after is not None else None
        if after is not None and label is not None:  # any label style, or caption then credit
            slide.credit, slide.caption = label.credit, label.caption
            used.add(after)
    if not slide.credit:
        for i, line in enumerate(block):
            line_label = read_credit_line(line.strip().strip("*_"))
            if line_label is not None and line_label.label_style != "after-caption":
                slide.credit, slide.caption = line_label.credit, line_label.caption
                used.add(i)
                break
    body = "\n".join(line for i, line in enumerate(block) if i not in used).strip()
    slide.body = body + "\n" if body else ""
    return slide


def _read_more(heading: str, block: list[str]) -> ReadMore:
    items = []
    for line in block:
        for token in _inline(line, ("[", "<")):
            if token.type == "link_open":
                items.append(ReadMoreItem(url=str(token.attrGet("href") or "")))
            elif token.type == "text" and items and not items[-1].title:
                items[-1].title = token.content
    return ReadMore(heading=heading, items=items)
