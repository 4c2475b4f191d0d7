"""An article's title without loading it: for lists of articles (Open Recent, the welcome page).

Reads at most the first 64 KB of index.md and only the front matter's ``title:`` line, so a
list of ten articles opens at once even when one of them is huge, and a file that is not a
regular file (a pipe, a device) is never opened."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from slidewright.fileformat.bundle import INDEX

MAX_PEEK = 64 * 1024
_TITLE = re.compile(r"title:[ \t]*(.*)$")


def peek_title(bundle: Path) -> str:
    """The title in ``bundle``'s index.md front matter; "" when there is none or no file."""
    file = bundle / INDEX
    try:
        if not file.is_file():
            return ""
        with file.open("rb") as stream:
            head = stream.read(MAX_PEEK).decode("utf-8", "replace")
    except OSError:
        return ""
    lines = head.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return ""
    for line in lines[1:]:
        if line.strip() in ("---", "..."):
            break
        match = _TITLE.match(line)
        if match:
            try:
                value = yaml.safe_load(match.group(1))
            except yaml.YAMLError:
                value = match.group(1)
            return " ".join(str(value).split()) if value is not None else ""
    return ""
