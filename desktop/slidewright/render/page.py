"""The one renderer: Article -> HTML page (and the fragments the live preview swaps in).

Preview and export call the same templates, so what the writer sees is what gets published.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FunctionLoader, StrictUndefined
from jinja2.bccache import Bucket
from markupsafe import Markup

from slidewright import __version__
from slidewright.cachedirs import private_cache
from slidewright.model import Article
from slidewright.packagedata import read_text
from slidewright.render.context import Paging, RenderContext
from slidewright.render.messages import PageMessages, messages_for, page_language, updated_date
from slidewright.render.pagemeta import PageMeta
from slidewright.render.views import (
    intro_html,
    read_more_view,
    slide_view,
)
from slidewright.urls import without_passwords


def _load_template(name: str) -> str:
    return read_text("templates", name)


def template_cache_dir() -> Path | None:
    """The user's own folder for compiled templates, or None when there is no safe one (it must
    belong to this user and be writable by nobody else: its files are loaded as code)."""
    return private_cache(f"templates-{__version__}")


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between runs (like Python's own ``__pycache__``): compiling the
    four templates costs about as much as rendering a 200-slide article. Jinja checks each entry
    against the template's source and the Python version; a damaged entry is compiled again, and
    a cache that cannot be written is skipped."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (pickle and marshal raise many kinds)
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


@functools.lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FunctionLoader(_load_template),
        bytecode_cache=_TemplateCache(str(folder)) if (folder := template_cache_dir()) else None,
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


@functools.lru_cache(maxsize=8)
def asset(name: str) -> str:
    """CSS or JS of the rendered article, read once from resources/."""
    return read_text(*name.split("/"))


def csp_hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def article_messages(article: Article) -> PageMessages:
    """The page's own words and direction for the article's language (render/messages.py)."""
    return messages_for(page_language(article))


def render_slide(article: Article, index: int, ctx: RenderContext) -> str:
    """One slide's ``<section>``: what the live preview swaps in after an edit."""
    view = slide_view(article, index, article.slides[index], ctx)
    return without_passwords(
        environment()
        .get_template("slide.html.j2")
        .render(slide=view, total=len(article.slides), msg=article_messages(article))
    )


def render_header(article: Article, ctx: RenderContext) -> str:
    """Breadcrumb, title, description and intro."""
    return without_passwords(
        environment()
        .get_template("header.html.j2")
        .render(
            article=article,
            intro=intro_html(article, ctx),
            msg=article_messages(article),
            updated=updated_date(article),
        )
    )


def render_head_meta(article: Article, meta: PageMeta | None) -> str:
    """The page's description, Open Graph, canonical and JSON-LD tags alone: the <head> a Hugo
    or Jekyll layout prints, the same as the HTML export's."""
    return without_passwords(
        environment().get_template("head_meta.html.j2").render(article=article, meta=meta)
    )


def render_read_more(article: Article, ctx: RenderContext) -> str:
    return without_passwords(
        environment()
        .get_template("readmore.html.j2")
        .render(
            read_more=read_more_view(article, article.read_more, ctx),
            msg=article_messages(article),
        )
    )


def render_page(
    article: Article,
    ctx: RenderContext | None = None,
    first_slides: int | None = None,
    meta: PageMeta | None = None,
    paging: Paging | None = None,
) -> str:
    """The whole page: one long article, or a slideshow showing one slide at a time.

    ``first_slides`` renders only the opening slides (the live preview paints those first and
    pushes the rest right after); exports always render every slide. ``meta`` is what a
    published page says about itself (canonical address, Open Graph, JSON-LD): the exporters'.
    ``paging`` renders one page of a paged export: that slide only, with links to its
    neighbours."""
    ctx = ctx or RenderContext()
    if paging is not None:
        view = slide_view(article, paging.index, article.slides[paging.index], ctx)
        view.eager = True  # this page's own picture is its largest paint
        slides = [view]
    else:
        shown = article.slides if first_slides is None else article.slides[:first_slides]
        slides = [slide_view(article, i, s, ctx) for i, s in enumerate(shown)]
    css = asset("css/article.css")
    scripts = [asset("js/slideshow.js")]
    script = "\n".join(scripts)
    # A published page may connect to its own site only: its scripts are pinned by hash, so
    # no other script can use that, and crawlers' checks that fetch /robots.txt from the page
    # (Lighthouse's SEO audit) can read it. Everything else stays 'none' (docs/security.md).
    connect = " connect-src 'self';" if ctx.target == "export" else ""
    csp = (
        f"default-src 'none'; img-src {ctx.img_src}; style-src {csp_hash(css)}; "
        f"script-src {csp_hash(script)};{connect} base-uri 'none'; form-action 'none'"
    )
    return without_passwords(
        environment()
        .get_template("page.html.j2")
        .render(
            article=article,
            ctx=ctx,
            lang=page_language(article),
            msg=article_messages(article),
            css=Markup(css),
            script=Markup(script),
            csp=csp,
            meta=meta,
            header=Markup(render_header(article, ctx)),
            slides=slides,
            total=len(slides),
            paging=paging,
            read_more=Markup(render_read_more(article, ctx)),
            generator=f"Slidewright {__version__}",
        )
    )
