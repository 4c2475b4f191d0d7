"""What another program changed in the open article, in words for the one prompt that asks
whether to reload: the slides that differ, named by number and heading, and the article's own
fields. Compared with the version the window loaded or saved last, not with the writer's edits."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from slidewright.model import ARTICLE_SPECS, Article
from slidewright.ui.editing import field_texts

NAMED = 6  # slides named one by one; past that, a count


def slide_label(number: int, heading: str) -> str:
    heading = " ".join(heading.split())
    if len(heading) > 40:
        heading = heading[:39] + "…"
    if heading:
        text = QCoreApplication.translate("DiskChanges", "slide {number} ({heading})")
    else:
        text = QCoreApplication.translate("DiskChanges", "slide {number}")
    return text.format(number=number, heading=heading)


def field_name(name: str) -> str:
    """An article field as the undo history names it ("credit label"), translated."""
    spec = ARTICLE_SPECS.get(name)
    if spec is None or not spec.in_pane:
        return name.replace("_", " ")
    return field_texts.undo_name(spec, article=True)


def describe_changes(before: Article, after: Article) -> str:
    """One line per kind of change: "Changed: slide 3 (The Keeper's Garden)", "Added: …"."""
    lines: list[str] = []
    changed = [
        slide_label(n + 1, new.heading)
        for n, (old, new) in enumerate(zip(before.slides, after.slides, strict=False))
        if old != new
    ]
    if changed:
        shown = ", ".join(changed[:NAMED])
        if len(changed) == NAMED + 1:  # "1 more" its own text: French "1 autre", "2 autres"
            line = QCoreApplication.translate("DiskChanges", "Changed: {slides} and 1 more")
        elif len(changed) > NAMED:
            line = QCoreApplication.translate("DiskChanges", "Changed: {slides} and {more} more")
        else:
            line = QCoreApplication.translate("DiskChanges", "Changed: {slides}")
        lines.append(line.format(slides=shown, more=len(changed) - NAMED))
    if len(after.slides) > len(before.slides):
        added = len(after.slides) - len(before.slides)
        lines.append(
            QCoreApplication.translate("DiskChanges", "Added: 1 slide at the end")
            if added == 1
            else QCoreApplication.translate("DiskChanges", "Added: %n slides at the end", "", added)
        )
    elif len(before.slides) > len(after.slides):
        removed = len(before.slides) - len(after.slides)
        lines.append(
            QCoreApplication.translate("DiskChanges", "Removed: the last slide")
            if removed == 1
            else QCoreApplication.translate(
                "DiskChanges", "Removed: the last %n slides", "", removed
            )
        )
    fields = [
        field_name(field.name)
        for field in dataclasses.fields(after)
        if field.name != "slides" and getattr(before, field.name) != getattr(after, field.name)
    ]
    if fields:
        lines.append(
            QCoreApplication.translate("DiskChanges", "Article: {fields}").format(
                fields=", ".join(fields)
            )
        )
    return "\n".join(lines) or QCoreApplication.translate(
        "DiskChanges", "No difference in the article's content (only its layout)."
    )
