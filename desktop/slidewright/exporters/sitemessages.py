"""The page's words in a Hugo or Jekyll site: the catalogues (resources/i18n/page/) installed as
the layouts' data, so a site renders a saved bundle in its language too, and what an export
adds to a page's front matter so the layouts need not guess: the catalogue it chose, the
direction and the date written as the language writes it (CLDR, through Babel)."""

from __future__ import annotations

import json
from typing import Literal

from slidewright.exporters.target import ExportTarget
from slidewright.model import Article
from slidewright.packagedata import read_bytes
from slidewright.render.messages import (
    RTL_LANGUAGES,
    catalogue_languages,
    messages_for,
    page_language,
    updated_date,
)

Site = Literal["hugo", "jekyll"]


def data_folder(site: Site, theme: str) -> str:
    """Where ``site`` reads the layouts' data: Hugo merges a theme's data/ into site.Data,
    Jekyll reads _data/ at the site's root."""
    return f"themes/{theme}/data/slidewright" if site == "hugo" else "_data/slidewright"


def install_messages(target: ExportTarget, site: Site, theme: str) -> None:
    """Every catalogue (page/<lang>.json) and the right-to-left languages (rtl.json)."""
    folder = data_folder(site, theme)
    for lang in catalogue_languages():
        target.write(f"{folder}/page/{lang}.json", read_bytes("i18n", "page", f"{lang}.json"))
    rtl = json.dumps(sorted(RTL_LANGUAGES), indent=1).encode("utf-8")
    target.write(f"{folder}/rtl.json", rtl)


def language_front_matter(article: Article) -> dict[str, str]:
    """The keys the layouts read first (resources/layouts/*/…/messages.html)."""
    msg = messages_for(page_language(article))
    keys = {"slidewright_messages": msg.lang, "slidewright_dir": msg.dir}
    if article.date.strip():
        keys["slidewright_date"] = msg.date(article.date)
    if updated := updated_date(article):  # "Mis à jour le 6 mars 2026"
        keys["slidewright_updated"] = msg.format("updated", date=msg.date(updated))
    return keys
