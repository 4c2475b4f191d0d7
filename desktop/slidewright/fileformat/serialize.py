"""Article -> the ordered mapping written as front matter (the canonical key order)."""

from __future__ import annotations

import functools
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from slidewright.fileformat.yamlio import DateText, flow
from slidewright.model import ARTICLE_FIELDS, SLIDE_FIELDS, Article, ReadMore, Slide
from slidewright.model.dates import DateError, check_timestamp_text

# Markdown fields go last in a slide (a block of text reads best after the short fields); the
# rest in catalogue order, written when set or when the catalogue says always.
_SLIDE_ORDER = sorted(SLIDE_FIELDS, key=lambda spec: spec.kind == "markdown")


@functools.lru_cache(maxsize=256)
def _yaml_reads_as_date(text: str) -> bool:
    """True when ``text`` is a real ISO date or date-time that YAML readers (1.1 ones included)
    see as a timestamp, so it can be written unquoted, exactly as it is."""
    try:
        check_timestamp_text(text)
    except DateError:
        return False
    tag = _TIMESTAMP_READER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == "tag:yaml.org,2002:timestamp")


_TIMESTAMP_READER = yaml.resolver.Resolver()


def _date(text: str) -> str:
    return DateText(text) if _yaml_reads_as_date(text) else text


def _site_value(value: Any) -> Any:
    """A site's own value as Hugo and Jekyll should read it: ISO dates in it (``lastmod``,
    ``publishDate``…) written as dates, as a writer writes them, not as quoted text."""
    if isinstance(value, str):
        return _date(value)
    if isinstance(value, dict):
        return {key: _site_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_site_value(item) for item in value]
    return value


def _extra(extra: dict[Any, Any]) -> dict[Any, Any]:
    return {key: _site_value(value) for key, value in extra.items()} if extra else extra


def slide_mapping(slide: Slide) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for spec in _SLIDE_ORDER:
        value = getattr(slide, spec.name)
        if spec.kind == "flag":
            if value:
                data[spec.name] = True
        elif value or spec.always_written:
            data[spec.name] = value
    data.update(slide.extra)
    return data


def read_more_mapping(read_more: ReadMore) -> dict[str, Any]:
    items = []
    for item in read_more.items:
        entry: dict[str, Any] = {"title": item.title, "url": item.url}
        if item.image:
            entry["image"] = item.image
        if item.credit:
            entry["credit"] = item.credit
        entry.update(_extra(item.extra))
        items.append(entry)
    data: dict[str, Any] = {"heading": read_more.heading, "items": items}
    data.update(_extra(read_more.extra))
    return data


def _article_value(kind: str, value: Any) -> Any:
    if kind == "list":
        return flow(value)
    if kind == "date":
        return _date(value)
    if kind == "links":
        return read_more_mapping(value)
    if kind == "flag":
        return True
    return value


def article_mapping(article: Article) -> dict[str, Any]:
    """The catalogue's front matter fields in its order (set ones, and always-written ones), the
    site's own keys, the slides, then block fields such as the read-more links."""
    data: dict[str, Any] = {}
    blocks: dict[str, Any] = {}
    for spec in ARTICLE_FIELDS:
        value = getattr(article, spec.name)
        if spec.storage != "front_matter" or not (value or spec.always_written):
            continue
        if spec.kind == "flag" or value is None:
            if not value:
                continue
        (blocks if spec.kind == "links" else data)[spec.name] = _article_value(spec.kind, value)
    data.update(_extra(article.extra))
    data["slides"] = [slide_mapping(slide) for slide in article.slides]
    data.update(blocks)
    return data
