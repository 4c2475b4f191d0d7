"""The one catalogue of slide fields: what each holds, how the editor labels it, where the page
shows it, whether the file always carries it and whether the credit checker reads it.

A slide field is declared once, on the ``Slide`` dataclass, with ``slide_field(...)``; the file
format (which keys to read and write), the slide editor (which widgets, in which section), the
undo history's names, the renderer (where on the page) and the credit checker's cache key all
take their lists from :data:`SLIDE_FIELDS` here. Adding a line to ``Slide`` is adding a field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["text", "markdown", "url", "path", "flag"]
Section = Literal["main", "licence"]
# Where the page shows a field; "detail" fields are listed under the figure with their label.
Placement = Literal[
    "heading", "image", "alt", "caption", "credit", "license", "license_url", "source_url",
    "body", "detail", "none",
]  # fmt: skip
Editor = Literal["line", "markdown", "image", "check"]

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
    checked: bool = True  # read by the credit checker (part of its per-slide cache key)
    tip: str = ""  # the editor's tooltip: what the field is for, in a sentence

    @property
    def editor(self) -> Editor:
        """The widget that edits it: a line, a Markdown text, the image chooser or a check box."""
        editors: dict[Kind, Editor] = {"markdown": "markdown", "path": "image", "flag": "check"}
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


def catalogue(cls: type) -> tuple[FieldSpec, ...]:
    """The catalogue entries of a dataclass's fields, in declaration order."""
    specs = []
    for item in dataclasses.fields(cls):
        spec = item.metadata.get(SPEC)
        if spec is not None:
            specs.append(FieldSpec(name=item.name, **spec))
    return tuple(specs)
