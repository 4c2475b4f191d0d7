"""Picture agencies: house spellings and credit patterns, from resources/credits/agencies.json."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from slidewright.packagedata import read_text


@dataclass(frozen=True)
class Agency:
    name: str
    variants: re.Pattern[str]
    pattern: re.Pattern[str] | None
    example: str
    format: str

    def credit_for(self, creator: str) -> str:
        """The credit this agency asks for, naming ``creator``."""
        return self.format.format(creator=creator)


@functools.lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    data = json.loads(read_text("credits", "agencies.json"))
    result = []
    for entry in data["agencies"]:
        variants = "|".join(f"(?:{v})" for v in [*entry["variants"], re.escape(entry["name"])])
        result.append(
            Agency(
                name=entry["name"],
                variants=re.compile(rf"(?<![\w.])(?:{variants})(?![\w])", re.IGNORECASE),
                pattern=re.compile(entry["pattern"]) if entry.get("pattern") else None,
                example=entry.get("example", ""),
                format=entry.get("format") or "{creator}/" + entry["name"],
            )
        )
    return tuple(result)


def agencies_in(text: str) -> list[tuple[Agency, re.Match[str]]]:
    """Each agency named in ``text``, with where it is named (first mention)."""
    found = []
    for agency in agencies():
        match = agency.variants.search(text)
        if match:
            found.append((agency, match))
    return found


def house_spelling(text: str) -> str:
    """``text`` with every agency written the house way."""
    for agency in agencies():
        text = agency.variants.sub(agency.name, text)
    return text
