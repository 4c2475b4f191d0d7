"""What an import left out and what it guessed, gathered while a page is read, for the summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from slidewright.importers.pagechrome import describe_dropped

MAX_SHOWN = 3  # examples of each kind of dropped line in the summary


@dataclass
class Notes:
    """What the import left out and what it guessed, for the summary."""

    dropped: dict[str, list[str]] = field(default_factory=dict)
    guessed: list[str] = field(default_factory=list)

    def drop(self, kind: str, line: str) -> None:
        self.dropped.setdefault(kind, []).append(line if len(line) <= 60 else line[:59] + "…")

    def dropped_lines(self) -> list[str]:
        lines = []
        for kind, seen in self.dropped.items():
            examples = ", ".join(f"“{s}”" for s in list(dict.fromkeys(seen))[:MAX_SHOWN])
            lines.append(f"{describe_dropped([kind] * len(seen))} ({examples})")
        return lines
