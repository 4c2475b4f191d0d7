"""What an import left out and what it guessed, gathered while a page is read, for the summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from slidewright.importers.note_text import dropped_counts, joined, quoted_examples

MAX_SHOWN = 3  # examples of each kind of dropped line in the summary


@dataclass
class Notes:
    """What the import left out and what it guessed, for the summary."""

    dropped: dict[str, list[str]] = field(default_factory=dict)
    guessed: list[str] = field(default_factory=list)

    def drop(self, kind: str, line: str) -> None:
        self.dropped.setdefault(kind, []).append(line if len(line) <= 60 else line[:59] + "…")

    def dropped_lines(self) -> list[str]:
        lines: list[str] = []
        for kind, seen in self.dropped.items():
            examples = quoted_examples(list(dict.fromkeys(seen))[:MAX_SHOWN], MAX_SHOWN)
            what = dropped_counts([kind] * len(seen))
            lines.append(joined("{what} ({examples})", what=what, examples=examples))
        return lines
