"""The pages of a Hugo or Jekyll export: the saved article's own front matter, so the site's
layouts (resources/layouts/, installed as a Hugo theme or Jekyll layouts) render it exactly as
they render a bundle the app saved, plus what only an export knows: the <head> tags Slidewright
computed (canonical, Open Graph, JSON-LD), the renditions it made of each picture, and for a
paged export the place of each slide page.

The writer's Markdown stays Markdown: the site engine renders it with its safe defaults and the
layouts keep it to what the preview allows (issue 26)."""

from __future__ import annotations

import re
from dataclasses import asdict, fields, is_dataclass
from typing import Any

from slidewright.model import Article
from slidewright.render.context import ImageRef, Paging
from slidewright.render.inline import inline_html
from slidewright.render.views import DETAIL_FIELDS, item_caption
from slidewright.urls import is_remote, safe_url, without_passwords

HEAD_KEY = "slidewright_head"  # front matter: the page's <head> tags, printed by the layout


def template_inert(markdown: str) -> str:
    """``{{`` and ``{%`` as character references: the same text in a browser, but no Hugo
    shortcode (Hugo reads ``{{< >}}`` in a page's Markdown) and no Liquid on a Jekyll that
    ignores ``render_with_liquid``."""
    return markdown.replace("{{", "&#123;&#123;").replace("{%", "&#123;%")


# An HTML comment in a text (a writer's note to self: "<!-- ask Ana about the date -->"), outside
# code: the page never shows one (the sanitiser drops it), and the site's Markdown source, which
# a site keeps in its repository, must not carry it either. An unclosed one runs to the end, as
# it does in the page. Code (fenced blocks, `spans`) is kept as written.
_CODE_OR_COMMENT = re.compile(
    r"(?P<code>^(?P<fence>`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^(?P=fence)[ \t]*$|\Z)|`+[^`\n]*`+)"
    r"|<!--[\s\S]*?(?:-->|\Z)",
    re.MULTILINE,
)


def without_comments(markdown: str) -> str:
    """``markdown`` without its HTML comments (code left as it is)."""
    if "<!--" not in markdown:
        return markdown
    return _CODE_OR_COMMENT.sub(lambda found: found.group("code") or "", markdown)


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)")


def local_images_only(markdown: str) -> str:
    """Pictures in a Markdown text that point outside the article's folder ("../", "/", a
    scheme other than http(s)) become their alt text: the site would publish an address
    outside the page, as the preview does not show them."""

    def keep(match: re.Match[str]) -> str:
        address = match.group(2)
        lower = address.lower()
        if lower.startswith(("http://", "https://")):
            return match.group(0)
        if ":" in address or address.startswith(("/", "\\")) or ".." in address.split("/"):
            return match.group(1)
        return match.group(0)

    return _MD_IMAGE.sub(keep, markdown)


def picture(ref: ImageRef) -> dict[str, Any] | None:
    """An exported picture as the layouts read it (url, srcset, webp_srcset, width, height,
    note), or None when there is nothing to show."""
    if not ref.url and not ref.note:
        return None
    return {k: v for k, v in asdict(ref).items() if v} | {"url": ref.url or ""}


def site_paging(index: int, total: int) -> Paging:
    """The links of a paged site's page ``index``: addresses a web server gives (folders)."""
    up = "" if index == 0 else "../"

    def link(to: int) -> str:
        if not 0 <= to < total:
            return ""
        return (up or "./") if to == 0 else f"{up}slide-{to + 1}/"

    return Paging(index, total, link(index - 1), link(index + 1), link(0), link(0))


def paged_head(page_url: str, step: Paging) -> str:
    """A paged slide page's own canonical address (Google: each page of a paginated series is
    its own canonical) and its neighbours as rel=prev/next links. Without a base URL the links
    are relative; the canonical then is the page's own folder."""
    from urllib.parse import urljoin

    def absolute(link: str) -> str:
        return urljoin(page_url, link) if page_url else link

    own = page_url or "./"
    lines = [f'<link rel="canonical" href="{own}">']
    if step.prev:
        lines.append(f'<link rel="prev" href="{absolute(step.prev)}">')
    if step.next:
        lines.append(f'<link rel="next" href="{absolute(step.next)}">')
    return "\n".join(lines) + "\n"


def _words_without_passwords(part: object) -> None:
    """Every text of ``part`` (the article, a slide, the read-more list or an item: a heading,
    a caption, a credit, an extra key the site's layouts print) without an address's user name
    and password, as the page itself publishes them (render/page.py)."""
    if not is_dataclass(part):
        return
    for spec in fields(part):
        value = getattr(part, spec.name)
        if isinstance(value, str) and "@" in value:
            setattr(part, spec.name, without_passwords(value))
        elif isinstance(value, dict):
            setattr(part, spec.name, _cleaned(value))


def _cleaned(value: Any) -> Any:
    if isinstance(value, str):
        return without_passwords(value) if "@" in value else value
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def page_front_matter(
    page: Article,
    head: str,
    pictures: list[dict[str, Any] | None],
    more_pictures: list[dict[str, Any] | None],
    step: Paging | None,
) -> None:
    """Add what the layouts need beyond the saved article to ``page`` (changes it)."""
    page.extra[HEAD_KEY] = head
    page.extra["render_with_liquid"] = False
    if any(pictures):
        page.extra["slidewright_pictures"] = pictures
    if any(more_pictures):
        page.extra["slidewright_more_pictures"] = more_pictures
    if step is not None:
        page.extra["paging"] = {
            "number": step.number, "total": step.total, "prev": step.prev, "next": step.next,
            "first": step.first,
        }  # fmt: skip
    details = [
        [
            {"label": spec.plain_label, "text": safe_url(v) if spec.kind == "url" else str(v)}
            for spec in DETAIL_FIELDS
            if (v := getattr(slide, spec.name))
        ]
        for slide in page.slides
    ]  # the fields the catalogue places nowhere in particular, listed as the preview lists them
    if any(details):
        page.extra["slidewright_details"] = details
    # captions are inline Markdown: rendered here, by the preview's renderer, so the site shows
    # them exactly as the preview does (the layouts print them as they are)
    captions = [template_inert(inline_html(slide.caption)) for slide in page.slides]
    if any(captions):
        page.extra["slidewright_captions"] = captions
    more = [
        template_inert(inline_html(item_caption(i)))
        for i in (page.read_more.items if page.read_more else [])
    ]
    if any(more):
        page.extra["slidewright_more_captions"] = more
    for slide in page.slides:
        slide.body = template_inert(
            local_images_only(without_passwords(without_comments(slide.body)))
        )
        if is_remote(slide.image):
            slide.image = safe_url(slide.image)
        slide.license_url = safe_url(slide.license_url)
        slide.source_url = safe_url(slide.source_url)
    if page.read_more:
        for item in page.read_more.items:
            item.url = safe_url(item.url)
    page.intro = template_inert(local_images_only(without_passwords(without_comments(page.intro))))
    for part in [
        page,
        *page.slides,
        page.read_more,
        *(page.read_more.items if page.read_more else []),
    ]:
        _words_without_passwords(part)
