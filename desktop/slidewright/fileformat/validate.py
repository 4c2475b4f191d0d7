"""Turn the parsed front matter into an Article, naming the field and line of anything wrong."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, SequenceNode

from slidewright.errors import FormatError
from slidewright.fileformat.yamlio import date_to_text
from slidewright.model import (
    ARTICLE_FIELDS,
    SLIDE_FLAG_FIELDS,
    SLIDE_TEXT_FIELDS,
    Article,
    ReadMore,
    ReadMoreItem,
    Slide,
)
from slidewright.model.dates import DateError, check_timestamp_text, parse_date
from slidewright.model.notes import MAX_NOTE_CHARS, Note, Reply

# The front matter keys are the model's fields; the intro is the Markdown after the front matter.
ARTICLE_KEYS = (
    *(spec.name for spec in ARTICLE_FIELDS if spec.storage == "front_matter"),
    "slides",
    "notes",
)
SLIDE_TEXT_KEYS = SLIDE_TEXT_FIELDS
SLIDE_KEYS = (*SLIDE_TEXT_KEYS, *SLIDE_FLAG_FIELDS, "notes")
READ_MORE_KEYS = ("heading", "items")
READ_MORE_ITEM_KEYS = ("title", "url", "image", "credit")
_DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}")
DATED_EXTRAS = ("updated", "modified")  # what the page reads as dateModified

Path_ = tuple[str | int, ...]


def _kind(value: Any) -> str:
    if value is None:  # "- " with nothing after it
        return "an empty value"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, datetime.date):
        return "a date"
    return type(value).__name__


def describe(path: Path_) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class Validator:
    """Reads one front matter mapping; ``line_offset`` is the file line where the YAML starts."""

    def __init__(self, file: Path | None, root: Node, line_offset: int) -> None:
        self.file = file
        self.root = root
        self.line_offset = line_offset

    # -- locating nodes for messages ------------------------------------------------------
    def _node(self, path: Path_) -> Node:
        node = self.root
        for part in path:
            if isinstance(node, MappingNode):
                for key, value in node.value:
                    if key.value == part:
                        node = value
                        break
                else:
                    return node
            elif isinstance(node, SequenceNode) and isinstance(part, int):
                if part >= len(node.value):
                    return node
                node = node.value[part]
            else:
                return node
        return node

    def error(self, path: Path_, message: str) -> FormatError:
        mark = self._node(path).start_mark
        return FormatError(
            self.file, message, line=mark.line + self.line_offset, column=mark.column + 1
        )

    # -- typed getters ---------------------------------------------------------------------
    def text(self, data: dict[str, Any], key: str, path: Path_, default: str = "") -> str:
        value = data.get(key, default)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        hint = " (put it in quotes)" if isinstance(value, int | float | bool) else ""
        raise self.error(
            (*path, key), f"{describe((*path, key))} must be text, not {_kind(value)}{hint}"
        )

    def flag(self, data: dict[str, Any], key: str, path: Path_) -> bool:
        value = data.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise self.error((*path, key), f"{describe((*path, key))} must be true or false")
        return value

    def text_list(self, data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key)
        if value is None:
            return []
        if isinstance(value, str):  # "categories: Politics" is a common hand-written shortcut
            return [value]
        if not isinstance(value, list):
            raise self.error((key,), f"{key} must be a list of text, like [Politics]")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.error((key, i), f"{key}[{i}] must be text, not {_kind(item)}")
        return list(value)

    def mapping(self, value: Any, path: Path_, what: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(path, f"{describe(path)} must be {what}, not {_kind(value)}")
        return value

    # -- the article ---------------------------------------------------------------------------
    def article(self, data: Any, intro: str) -> Article:
        if not isinstance(data, dict):
            raise self.error((), f"the front matter must be a mapping of fields, not {_kind(data)}")
        if "title" not in data:
            raise self.error(
                (), 'the front matter has no title (add a line like: title: "My article")'
            )
        fields: dict[str, Any] = {}
        for spec in ARTICLE_FIELDS:  # each field read the way its kind says
            if spec.storage == "body":
                fields[spec.name] = intro
            elif spec.kind == "list":
                fields[spec.name] = self.text_list(data, spec.name)
            elif spec.kind == "date":
                fields[spec.name] = self.date(data, spec.name)
            elif spec.kind == "flag":
                fields[spec.name] = self.flag(data, spec.name, ())
            elif spec.kind == "links":
                fields[spec.name] = self.read_more(data.get(spec.name), spec.name)
            else:
                fields[spec.name] = self.text(data, spec.name, (), spec.default or "")
        self._dated_extras(data)
        return Article(
            **fields,
            slides=self.slides(data.get("slides")),
            notes=self.notes(data.get("notes"), ("notes",)),
            extra={k: v for k, v in data.items() if k not in ARTICLE_KEYS},
        )

    def date(self, data: dict[str, Any], key: str = "date") -> str:
        """The date as written, when it is a real ISO date or date-time (``2026-02-30`` is not)."""
        value = data.get(key)
        if value is None or value == "":
            return ""
        as_text = date_to_text(value)
        if as_text is not None:
            return as_text
        if not isinstance(value, str):
            raise self.error((key,), f"{key} must be a date like 2026-11-27, not {_kind(value)}")
        text = value.strip()
        try:
            check_timestamp_text(text)
            return text
        except DateError as error:
            if _DATE_TEXT.match(text):  # the right shape, but not a real day or time
                raise self.error((key,), f"{key} {error}") from None
        try:
            suggestion = parse_date(text).isoformat()
        except DateError:
            raise self.error(
                (key,), f"{key} must be a date like 2026-11-27, not {value!r}"
            ) from None
        raise self.error(
            (key,),
            f"{key} must be a date like 2026-11-27 (year-month-day): write {suggestion}, "
            f"not {value!r}",
        )

    def _dated_extras(self, data: dict[str, Any]) -> None:
        """``updated:`` and ``modified:`` are not the model's, but the page publishes them as
        the date the article changed (render.messages.updated_date): one shaped like a date
        must be a real one (``2026-02-30`` is refused as it is for ``date``)."""
        for key in DATED_EXTRAS:
            value = data.get(key)
            if isinstance(value, str) and _DATE_TEXT.match(value.strip()):
                try:
                    check_timestamp_text(value.strip())
                except DateError as error:
                    raise self.error((key,), f"{key} {error}") from None

    def slides(self, value: Any) -> list[Slide]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(
                ("slides",),
                f"slides must be a list of slides (lines starting with '- '), not {_kind(value)}",
            )
        return [self.slide(item, ("slides", i)) for i, item in enumerate(value)]

    def slide(self, value: Any, path: Path_) -> Slide:
        data = self.mapping(value, path, "a slide with fields like heading, image, credit, body")
        fields: dict[str, Any] = {key: self.text(data, key, path) for key in SLIDE_TEXT_KEYS}
        fields.update({key: self.flag(data, key, path) for key in SLIDE_FLAG_FIELDS})
        return Slide(
            **fields,
            notes=self.notes(data.get("notes"), (*path, "notes")),
            extra={k: v for k, v in data.items() if k not in SLIDE_KEYS},
        )

    def notes(self, value: Any, path: Path_) -> list[Note]:
        """Editor's notes (``notes:``): each a mapping with text, author, time, replies."""
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(path, f"{describe(path)} must be a list of notes, not {_kind(value)}")
        notes = []
        for i, item in enumerate(value):
            where = (*path, i)
            data = self.mapping(item, where, "a note with text, author and time")
            replies = data.get("replies") or []
            if not isinstance(replies, list):
                raise self.error(
                    (*where, "replies"), f"{describe((*where, 'replies'))} must be a list"
                )
            notes.append(
                Note(
                    text=self.text(data, "text", where)[:MAX_NOTE_CHARS],
                    author=self.text(data, "author", where),
                    time=self.text(data, "time", where),
                    resolved=self.flag(data, "resolved", where),
                    replies=[
                        self._reply(reply, (*where, "replies", j))
                        for j, reply in enumerate(replies)
                    ],
                )
            )
        return notes

    def _reply(self, value: Any, path: Path_) -> Reply:
        data = self.mapping(value, path, "a reply with text, author and time")
        return Reply(
            author=self.text(data, "author", path),
            time=self.text(data, "time", path),
            text=self.text(data, "text", path)[:MAX_NOTE_CHARS],
        )

    def read_more(self, value: Any, key: str = "read_more") -> ReadMore | None:
        if value is None:
            return None
        path: Path_ = (key,)
        data = self.mapping(value, path, "a mapping with a heading and items")
        items = data.get("items") or []
        if not isinstance(items, list):
            raise self.error((*path, "items"), f"{key}.items must be a list of links")
        parsed = []
        for i, item in enumerate(items):
            item_path = (*path, "items", i)
            item_data = self.mapping(item, item_path, "a link with title and url")
            parsed.append(
                ReadMoreItem(
                    **{key: self.text(item_data, key, item_path) for key in READ_MORE_ITEM_KEYS},
                    extra={k: v for k, v in item_data.items() if k not in READ_MORE_ITEM_KEYS},
                )
            )
        return ReadMore(
            heading=self.text(data, "heading", path),
            items=parsed,
            extra={k: v for k, v in data.items() if k not in READ_MORE_KEYS},
        )
