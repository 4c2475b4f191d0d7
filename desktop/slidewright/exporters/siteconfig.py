"""The configuration a Hugo or Jekyll export writes for a new site, and what it checks in a
site's own: the theme is named, and an article dated in the future is built knowingly (Hugo
builds no page for it unless ``buildFuture`` is set, and says only "Pages 0")."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomli_w
import yaml

from slidewright.exporters.options import ExportOptions
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Article

HUGO_CONFIGS = ("hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json")
THEME = "slidewright"  # the Hugo theme's folder name under themes/


def future_date(article: Article, now: datetime | None = None) -> str:
    """The article's date when it is later than ``now`` (a date alone is midnight UTC, as Hugo
    reads it), else ""."""
    text = article.date.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return text if moment > (now or datetime.now(UTC)) else ""


def hugo_config(article: Article, options: ExportOptions) -> bytes:
    """A new site's hugo.toml: the theme, and buildFuture only for a future-dated article (the
    writer exports it to publish it; the export's warning says so)."""
    config: dict[str, Any] = {
        "baseURL": options.base_url or "/",
        "title": article.title,
        "theme": [THEME],
        # No languageCode: Hugo 0.158 renamed it (locale) and Debian's 0.111 knows only the old
        # name; the page's <html lang> comes from the article (slidewright_lang) instead.
        # A new site holds one article page: no home, list or taxonomy pages to lay out (Hugo
        # warns about each kind it has no layout for) and no feed or sitemap of one page.
        "disableKinds": ["home", "section", "taxonomy", "term", "RSS", "sitemap"],
        # Goldmark without raw HTML is Hugo's default; said here so the site keeps it.
        "markup": {"goldmark": {"renderer": {"unsafe": False}}},
    }
    if future_date(article):
        config["buildFuture"] = True
    return tomli_w.dumps(config).encode()


def _read_config(file: Path) -> dict[str, Any]:
    try:
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".toml":
            data = tomllib.loads(text)
        elif file.suffix == ".json":
            data = json.loads(text)
        else:
            data = yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def check_hugo_site(site: Path, article: Article, options: ExportOptions, new: bool) -> None:
    """Warn about what would keep the page from being built as the writer expects."""
    date = future_date(article)
    if new:
        if date:
            future = QT_TRANSLATE_NOOP(
                "SiteConfig",
                "the article is dated {date}, in the future: Hugo builds no page for it "
                "unless buildFuture is set. The hugo.toml written sets buildFuture = true, so "
                "the page is built now; remove that line to hold it back until its date",
            )
            options.warn(future.format(date=date))
        return
    file = next(site / name for name in HUGO_CONFIGS if (site / name).exists())
    config = {str(k).lower(): v for k, v in _read_config(file).items()}
    if date and config.get("buildfuture") is not True:
        future = QT_TRANSLATE_NOOP(
            "SiteConfig",
            "the article is dated {date}, in the future: Hugo builds no page for it (it says "
            "only 'Pages 0') until then. Set buildFuture = true in {file} to publish it "
            "now, or change the article's date",
        )
        options.warn(future.format(date=date, file=file.name))
    theme = config.get("theme")
    themes = theme if isinstance(theme, list) else [theme]
    if THEME not in themes:
        no_theme = QT_TRANSLATE_NOOP(
            "SiteConfig",
            "{file} does not name the theme '{theme}' the article's layout is in: add "
            'theme = ["{theme}"] (or add it to the list of themes), or Hugo shows no slides',
        )
        options.warn(no_theme.format(file=file.name, theme=THEME))


def jekyll_config(article: Article, options: ExportOptions) -> bytes:
    """A new site's _config.yml: the address, kramdown writing quotes and dashes as typed (as
    the preview shows them), and no Liquid in pages (an article's text is not a template)."""
    data: dict[str, Any] = {"title": article.title}
    if options.base_url:  # Jekyll splits the address: url is the host, baseurl the path
        parts = urlsplit(options.base_url)
        data["url"] = f"{parts.scheme}://{parts.netloc}"
        data["baseurl"] = parts.path.rstrip("/")
    data["kramdown"] = {
        "smart_quotes": ["apos", "apos", "quot", "quot"],
        "typographic_symbols": {
            "hellip": "...", "mdash": "---", "ndash": "--", "laquo": "<<", "raquo": ">>",
            "laquo_space": "<< ", "raquo_space": " >>",
        },
    }  # fmt: skip
    data["defaults"] = [{"scope": {"path": ""}, "values": {"render_with_liquid": False}}]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")
