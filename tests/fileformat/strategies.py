"""Hypothesis strategies for any article the model can hold."""

from __future__ import annotations

from hypothesis import strategies as st

from slidewright.fileformat.validate import (
    ARTICLE_KEYS,
    READ_MORE_ITEM_KEYS,
    READ_MORE_KEYS,
    SLIDE_KEYS,
)
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

HOSTILE = [
    "no",
    "on",
    "yes",
    "off",
    "null",
    "~",
    "true",
    "2026-11-27",
    "1.5",
    "0x1F",
    "Photo: x",
    "- item",
    "# not a comment",
    "'quoted'",
    '"double"',
    "a: b: c",
    "---",
    "...",
    "[flow]",
    "{map}",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick`",
    "|",
    ">",
    " lead",
    "trail ",
    "tab\there",
    "multi\nline",
    "ends with newline\n",
    "\n",
    "  \n  indented\n",
    "Zoë — “curly” ‘quotes’ …",
    "emoji 📸",
    "right-to-left עברית",
    "\u2028separator",
    "x" * 5000,
]
text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=80))
# the intro is Markdown after the front matter: its line ends are always \n in the model
intro_text = text.map(lambda s: s.replace("\r\n", "\n").replace("\r", "\n"))
scalar = st.one_of(st.none(), st.booleans(), st.integers(), text)
extra_value = st.recursive(
    scalar,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def extras(known: tuple[str, ...]):
    key = st.text(min_size=1, max_size=12).filter(lambda k: k not in known)
    return st.dictionaries(key, extra_value, max_size=3)


slides = st.builds(
    Slide,
    heading=text,
    image=text,
    alt=text,
    credit=text,
    caption=text,
    body=text,
    license=text,
    creator=text,
    source_url=text,
    license_url=text,
    editorial_only=st.booleans(),
    extra=extras(SLIDE_KEYS),
)
read_more = st.builds(
    ReadMore,
    heading=text,
    items=st.lists(
        st.builds(
            ReadMoreItem,
            title=text,
            url=text,
            image=text,
            credit=text,
            extra=extras(READ_MORE_ITEM_KEYS),
        ),
        max_size=3,
    ),
    extra=extras(READ_MORE_KEYS),
)
dates = st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat()))
articles = st.builds(
    Article,
    title=text,
    description=text,
    categories=st.lists(text, max_size=3),
    tags=st.lists(text, max_size=3),
    author=text,
    date=dates,
    layout=text,
    credit_label=text,
    sponsored=st.booleans(),
    publish_location=st.booleans(),
    intro=intro_text,
    slides=st.lists(slides, max_size=4),
    read_more=st.none() | read_more,
    extra=extras(ARTICLE_KEYS),
)
