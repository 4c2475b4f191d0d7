"""What another program changed in the open article, in words for the one prompt that asks
whether to reload: the slides that differ, named by number and heading, and the article's own
fields. Compared with the version the window loaded or saved last, not with the writer's edits."""

from __future__ import annotations

import dataclasses

from slidewright.model import Article

NAMED = 6  # slides named one by one; past that, a count


def _label(number: int, heading: str) -> str:
    heading = " ".join(heading.split())
    if len(heading) > 40:
        heading = heading[:39] + "…"
    return f"slide {number} ({heading})" if heading else f"slide {number}"


def describe_changes(before: Article, after: Article) -> str:
    """One line per kind of change: "Changed: slide 3 (The Keeper's Garden)", "Added: …"."""
    lines: list[str] = []
    changed = [
        _label(n + 1, new.heading)
        for n, (old, new) in enumerate(zip(before.slides, after.slides, strict=False))
        if old != new
    ]
    if changed:
        shown = ", ".join(changed[:NAMED])
        more = f" and {len(changed) - NAMED} more" if len(changed) > NAMED else ""
        lines.append(f"Changed: {shown}{more}")
    if len(after.slides) > len(before.slides):
        added = len(after.slides) - len(before.slides)
        lines.append(f"Added: {added} slide{'s' if added > 1 else ''} at the end")
    elif len(before.slides) > len(after.slides):
        removed = len(before.slides) - len(after.slides)
        lines.append(f"Removed: the last {removed} slide{'s' if removed > 1 else ''}")
    fields = [
        field.name.replace("_", " ")
        for field in dataclasses.fields(after)
        if field.name != "slides" and getattr(before, field.name) != getattr(after, field.name)
    ]
    if fields:
        lines.append("Article: " + ", ".join(fields))
    return "\n".join(lines) or "No difference in the article's content (only its layout)."
