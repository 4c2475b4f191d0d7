"""Releases for the package, read from CHANGELOG.md (Keep a Changelog) so they are written once.

``releases.py metainfo TEMPLATE CHANGELOG VERSION`` prints the AppStream metainfo with its
``<releases>`` replaced by one ``<release>`` per released version in the changelog;
``releases.py changelog CHANGELOG VERSION`` prints the Debian changelog (/usr/share/doc/…/changelog.gz).
Both refuse a VERSION the changelog has no section for: a package must say what it contains.
"""

from __future__ import annotations

import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
MAINTAINER = "Slidewright developers <maintainers@users.noreply.r-seed-687f1904.example>"


@dataclass
class Release:
    version: str
    date: str
    intro: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)


def plain(markdown: str) -> str:
    """Markdown inline text as plain text: no emphasis marks, backticks or link targets."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return re.sub(r"[*`]", "", text).strip()


def headline(bullet: str) -> str:
    """A bullet's lead: its bold words, else its first clause, so a release reads as a list."""
    bold = re.match(r"\*\*(.+?)\*\*", bullet)
    lead = bold.group(1) if bold else re.split(r"(?<=[a-z0-9)])[.:;] ", bullet, maxsplit=1)[0]
    lead = plain(lead).rstrip(".:")
    return lead if len(lead) <= 140 else lead[:139].rsplit(" ", 1)[0] + "…"


def releases(changelog: str) -> list[Release]:
    found: list[Release] = []
    current: Release | None = None
    section = ""
    for line in changelog.splitlines():
        if line.startswith("## "):
            match = HEADING.match(line)
            current = Release(match["version"], match["date"]) if match else None
            if current:
                found.append(current)
            section = ""
        elif current is None or line.startswith("["):
            continue
        elif line.startswith("### "):
            section = line[4:].strip()
            current.sections[section] = []
        elif line.startswith("- ") and section:
            current.sections[section].append(line[2:])
        elif line.startswith("  ") and section and current.sections[section]:
            current.sections[section][-1] += " " + line.strip()
        elif line.strip() and not section:
            current.intro.append(line.strip())
    return found


def wanted(changelog: Path, version: str) -> list[Release]:
    found = releases(changelog.read_text(encoding="utf-8"))
    if version not in {release.version for release in found}:
        sys.exit(f"{changelog}: no '## [{version}] - DATE' section for the version being packaged")
    return found


def metainfo(template: Path, changelog: Path, version: str) -> str:
    blocks = []
    for release in wanted(changelog, version):
        parts = [f"<p>{escape(plain(' '.join(release.intro)))}</p>"] if release.intro else []
        for name, bullets in release.sections.items():
            items = "".join(f"<li>{escape(headline(b))}</li>" for b in bullets)
            parts.append(f"<p>{escape(name)}:</p><ul>{items}</ul>")
        body = "\n        ".join(parts)
        blocks.append(
            f'    <release version="{release.version}" date="{release.date}">\n'
            f"      <description>\n        {body}\n      </description>\n    </release>"
        )
    text = template.read_text(encoding="utf-8")
    new = "<releases>\n" + "\n".join(blocks) + "\n  </releases>"
    result, count = re.subn(r"<releases>.*?</releases>", new, text, flags=re.S)
    if count != 1:
        sys.exit(f"{template}: expected one <releases> element")
    return result


def debian_changelog(changelog: Path, version: str) -> str:
    entries = []
    for release in wanted(changelog, version):
        when = datetime.strptime(release.date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        lines = [f"slidewright ({release.version}) stable; urgency=medium", ""]
        for bullets in release.sections.values():
            for bullet in bullets:
                lines += textwrap.wrap(
                    headline(bullet), 76, initial_indent="  * ", subsequent_indent="    "
                )
        stamp = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
        lines += ["", f" -- {MAINTAINER}  {stamp}", ""]
        entries.append("\n".join(lines))
    return "\n".join(entries)


def main(argv: list[str]) -> None:
    if argv[:1] == ["metainfo"] and len(argv) == 4:
        sys.stdout.write(metainfo(Path(argv[1]), Path(argv[2]), argv[3]))
    elif argv[:1] == ["changelog"] and len(argv) == 3:
        sys.stdout.write(debian_changelog(Path(argv[1]), argv[2]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
