"""The one catalogue of slide and article fields: what each holds, how the editor labels it, where
the page shows it, whether the file always carries it and whether the credit checker reads it.

A field is declared once, on the ``Slide`` or ``Article`` dataclass, with ``slide_field(...)`` or
``article_field(...)``; the file format (which keys to read and write, and how), the editors (which
widgets, in which order and section), the undo history's names, the renderer (where on the page)
and the credit checker's cache key all take their lists from :data:`SLIDE_FIELDS` and
:data:`ARTICLE_FIELDS` (model/article.py). Adding a line to a dataclass is adding a field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

# text: one line; inline: one line of inline Markdown (emphasis, links: render/inline.py);
# paragraph: plain text of a few lines; markdown: rendered Markdown; list: a list of text, edited
# as "a, b"; date: ISO date text; links: the read-more block.
Kind = Literal[
    "text", "inline", "paragraph", "markdown", "url", "path", "flag", "list", "date", "links"
]
Section = Literal["main", "licence"]
# Where the page shows a field; "detail" fields are listed under the figure with their label.
Placement = Literal[
    "heading", "image", "alt", "caption", "credit", "license", "license_url", "source_url",
    "body", "detail", "none",
    # article-level places
    "title", "standfirst", "breadcrumb", "tags", "byline", "dateline", "intro", "read_more",
]  # fmt: skip
Editor = Literal["line", "paragraph", "markdown", "image", "check", "list", "date", "links"]
# Where the file keeps a field: a front matter key, or the Markdown after the front matter.
Storage = Literal["front_matter", "body"]

SPEC = "slidewright"  # the dataclass field metadata key


@dataclass(frozen=True)
class FieldSpec:
    """One slide field, as every part of the program sees it."""

    name: str
    kind: Kind
    label: str  # the editor's label, with & before the mnemonic letter
    placeholder: str = ""
    undo_name: str = ""  # "Edit slide 3 alt text"
    section: Section = "main"
    placement: Placement = "detail"
    always_written: bool = False  # in the file even when empty, so a writer sees it exists
    # article fields: read by the credit checker, so part of every slide's checker cache key
    # (slides are keyed by their revision, which any field's change moves on)
    checked: bool = True
    default: Any = None  # the value when the file does not say (None: the type's empty value)
    in_pane: bool = True  # shown in the editor pane (article fields such as layout are not)
    storage: Storage = "front_matter"
    tip: str = ""  # the editor's tooltip: what the field is for, in a sentence

    @property
    def editor(self) -> Editor:
        """The widget that edits it: a line, a Markdown text, the image chooser or a check box."""
        editors: dict[Kind, Editor] = {
            "markdown": "markdown",
            "paragraph": "paragraph",
            "path": "image",
            "flag": "check",
            "list": "list",
            "date": "date",
            "links": "links",
        }
        return editors.get(self.kind, "line")

    @property
    def plain_label(self) -> str:
        return self.label.replace("&", "")


def slide_field(
    kind: Kind,
    label: str,
    placeholder: str = "",
    *,
    undo_name: str = "",
    section: Section = "main",
    placement: Placement = "detail",
    always_written: bool = False,
    checked: bool = True,
    tip: str = "",
) -> Any:
    """A ``Slide`` dataclass field carrying its catalogue entry (the name is the attribute's)."""
    spec = {
        "kind": kind,
        "label": label,
        "placeholder": placeholder,
        "undo_name": undo_name,
        "section": section,
        "placement": placement,
        "always_written": always_written,
        "checked": checked,
        "tip": tip,
    }
    default: object = False if kind == "flag" else ""
    return dataclasses.field(default=default, metadata={SPEC: spec})


def article_field(
    kind: Kind,
    label: str,
    placeholder: str = "",
    *,
    default: Any = None,
    undo_name: str = "",
    placement: Placement = "none",
    always_written: bool = False,
    checked: bool = False,
    in_pane: bool = True,
    storage: Storage = "front_matter",
    tip: str = "",
) -> Any:
    """An ``Article`` dataclass field carrying its catalogue entry (the name is the attribute's).

    ``checked`` article fields (the credit label, sponsored) are part of every slide's checker
    cache key: a change to them re-checks every slide."""
    spec = {
        "kind": kind,
        "label": label,
        "placeholder": placeholder,
        "undo_name": undo_name,
        "placement": placement,
        "always_written": always_written,
        "checked": checked,
        "in_pane": in_pane,
        "storage": storage,
        "tip": tip,
    }
    if kind == "list":
        return dataclasses.field(default_factory=list, metadata={SPEC: spec})
    if default is None:
        default = {"flag": False, "links": None}.get(kind, "")
    return dataclasses.field(default=default, metadata={SPEC: spec})


def catalogue(cls: type) -> tuple[FieldSpec, ...]:
    """The catalogue entries of a dataclass's fields, in declaration order."""
    specs = []
    for item in dataclasses.fields(cls):
        spec = item.metadata.get(SPEC)
        if spec is not None:
            default = None if item.default is dataclasses.MISSING else item.default
            specs.append(FieldSpec(name=item.name, default=default, **spec))
    return tuple(specs)


def empty_value(spec: FieldSpec) -> Any:
    """The value a field has when the file does not give one."""
    if spec.kind == "list":
        return []
    return spec.default
