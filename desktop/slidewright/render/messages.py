"""The words a page adds itself, in the article's language, and the direction it reads in.

Every word the page writes around the writer's text (breadcrumb "Home", Previous/Next, "Slide 3 of
12", the end card, "By", the default credit label, alt fallbacks, aria-labels) comes from a
catalogue, resources/i18n/page/<lang>.json: one flat JSON object a translator can review line by
line. A language without a catalogue, or a key a catalogue misses, falls back to English; a
regional tag falls back to its language (pt-BR reads pt.json). The same files are installed as
data of the Hugo and Jekyll layouts (exporters/sitemessages.py), so a site renders a saved bundle
in the same words.

Dates are written as the language writes them, from CLDR data through Babel ("5 mars 2026",
"5. März 2026", "5 مارس 2026")."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from markupsafe import Markup, escape

from slidewright.model import Article
from slidewright.packagedata import resource

Direction = Literal["ltr", "rtl"]
FALLBACK = "en"
# Languages written right to left (ISO 639 codes; their BCP 47 tags without a script subtag).
RTL_LANGUAGES = frozenset(
    "ar arc ckb dv fa he iw ji khw ks ku-arab mzn nqo pnb ps sd syr ug ur yi".split()
)
# Script subtags that decide the direction whatever the language ("az-Arab", "pa-Arab", "ku-Latn").
RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand", "samr"})
LTR_SCRIPTS = frozenset({"latn", "cyrl", "grek", "deva", "hans", "hant", "jpan", "kore"})
_SCRIPT = re.compile(r"^[a-z]{4}$")


LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}")


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is shaped like a BCP 47 tag (``fr``, ``pt-BR``, ``en_GB``): what the
    page can name as its language (anything else makes it say :data:`FALLBACK`)."""
    return LANGUAGE_TAG.fullmatch(text.strip()) is not None


def page_language(article: Article) -> str:
    """The page's ``<html lang>``: the article's ``lang`` when it is shaped like a language tag."""
    lang = article.lang or article.extra.get("language")
    if isinstance(lang, str) and is_language_tag(lang):
        return lang.strip().replace("_", "-")
    return FALLBACK


def direction(tag: str) -> Direction:
    """``rtl`` for a language tag written right to left (``ar``, ``he-IL``, ``az-Arab``), else
    ``ltr``."""
    parts = tag.strip().lower().replace("_", "-").split("-")
    script = next((p for p in parts[1:] if _SCRIPT.match(p)), "")
    if script in RTL_SCRIPTS:
        return "rtl"
    if script in LTR_SCRIPTS:
        return "ltr"
    return "rtl" if parts[0] in RTL_LANGUAGES else "ltr"


def updated_date(article: Article) -> str:
    """The date the article says it was last changed (front matter ``updated`` or ``modified``,
    as the JSON-LD's dateModified), when it is a date other than the publication date."""
    for key in ("updated", "modified"):
        value = article.extra.get(key)
        if value and str(value).strip()[:10] != article.date.strip()[:10]:
            return str(value).strip()
    return ""


@functools.lru_cache(maxsize=1)
def catalogue_languages() -> tuple[str, ...]:
    """The languages with a catalogue, e.g. ("ar", "de", "en", …)."""
    folder = resource("i18n", "page")
    return tuple(sorted(f.name[:-5] for f in folder.iterdir() if f.name.endswith(".json")))


@functools.lru_cache(maxsize=32)
def catalogue(lang: str) -> dict[str, str]:
    """The catalogue of ``lang`` (a name from :func:`catalogue_languages`) as it is on disk."""
    data = json.loads(resource("i18n", "page", f"{lang}.json").read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def catalogue_for(tag: str) -> str:
    """The catalogue a page in ``tag`` uses: the whole tag, then its language, then English."""
    parts = tag.strip().lower().replace("_", "-").split("-")
    known = catalogue_languages()
    for candidate in ("-".join(parts), parts[0]):
        if candidate in known:
            return candidate
    return FALLBACK


@dataclass(frozen=True)
class PageMessages:
    """The page's own words for one language tag: ``messages["home"]``, or ``messages.home``
    in a template; ``format`` and ``markup`` fill in ``{author}``, ``{number}``…"""

    tag: str  # the page's language tag, as <html lang> gives it
    lang: str  # the catalogue used ("pt" for "pt-BR"; "en" when there is none)
    dir: Direction
    texts: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.texts[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self.texts[key]
        except KeyError:
            raise AttributeError(key) from None

    def format(self, key: str, **values: object) -> str:
        """The message ``key`` with its ``{name}`` fields filled in, as plain text."""
        return self.texts[key].format(**values)

    def markup(self, key: str, **values: object) -> Markup:
        """The message ``key`` as HTML, each value escaped and isolated in a ``<bdi>`` so that a
        Latin name inside Arabic words (or the other way round) keeps its own order."""
        isolated = {k: Markup("<bdi>{}</bdi>").format(v) for k, v in values.items()}
        return Markup(escape(self.texts[key])).format(**isolated)

    @property
    def previous_arrow(self) -> str:
        """The arrow before "Previous": it points to where the previous slide is, the start."""
        return "\u2192" if self.dir == "rtl" else "\u2190"

    @property
    def next_arrow(self) -> str:
        return "\u2190" if self.dir == "rtl" else "\u2192"

    def credit_label(self, label: str) -> str:
        """The article's credit label, or this language's word when it is the default
        "Credit" the app writes into every new article (a French page says "Crédit")."""
        return self.texts["credit"] if label.strip().rstrip(":") == "Credit" else label

    def date(self, text: str) -> str:
        """An ISO date (or date-time) as the language writes it in full ("5 mars 2026"); any
        other text as it is."""
        try:
            day = date.fromisoformat(text.strip()[:10])
        except ValueError:
            return text
        return long_date(day, self.tag)

    def around(self, key: str, name: str) -> tuple[str, str]:
        """The message ``key``'s words before and after its ``{name}`` field, for a field that
        is markup of its own ("Updated " and "" around a <time>)."""
        before, _, after = self.texts[key].partition("{" + name + "}")
        return before, after

    def script_data(self) -> dict[str, str]:
        """The words slideshow.js writes into the page (as data- attributes of the article)."""
        return {"sw-end": self.texts["end"], "sw-slide-of": self.texts["slide_of"]}


# CLDR's long date in English as most articles are tagged ("en", "en-US": "MMMM d, y"), written
# without Babel: loading it and its locale data costs a single-file export (and a first preview)
# tens of milliseconds. tests/render/test_page_language.py holds it to Babel's answer.
ENGLISH_TAGS = frozenset({"en", "en_us"})
ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@functools.lru_cache(maxsize=64)
def long_date(day: date, tag: str) -> str:
    """``day`` in the long form CLDR gives the language of ``tag`` (English when Babel does not
    know it)."""
    if tag.replace("-", "_").lower() in ENGLISH_TAGS:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date

    parts = tag.replace("_", "-").split("-")
    for candidate in (tag.replace("-", "_"), parts[0], FALLBACK):
        try:
            locale = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        return format_date(day, format="long", locale=locale)
    return day.isoformat()


@functools.lru_cache(maxsize=32)
def messages_for(tag: str) -> PageMessages:
    """The page's words for the language tag ``tag`` (English where a word is missing)."""
    lang = catalogue_for(tag)
    texts = dict(catalogue(FALLBACK))
    texts.update(catalogue(lang))
    return PageMessages(tag=tag, lang=lang, dir=direction(tag), texts=texts)
