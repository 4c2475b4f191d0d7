"""The rules area's translations (resources/i18n/window/rules_<lang>.ts): every message the
Problems panel and the core's rules show is in them, translated, with its placeholders, and the
compiled .qm beside each is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from slidewright.i18n import rules_sources

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "slidewright"
FOLDER = ROOT / "resources" / "i18n" / "window"
LANGUAGES = ("de", "fr", "es", "ar")
PLACEHOLDER = re.compile(r"\{\w+\}")


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation>, for every message the file holds."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = translation
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate finds in the sources today (as the packaging step runs it)."""
    ts = tmp_path_factory.mktemp("lupdate") / "rules.ts"
    sources = [str(path) for path in rules_sources(PACKAGE)]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, capture_output=True
    )
    return set(messages(ts))


def test_the_rule_messages_are_extracted(extracted: set[tuple[str, str]]) -> None:
    """A sample of what must be there: a rule's message, a fix, a severity word, the panel's."""
    assert ("RulesCredit", '"{written}" → "{agency}"') in extracted
    assert ("RulesImage", 'Use the alt text embedded in the image: "{alt}"') in extracted
    assert ("Findings", "warning") in extracted
    assert ("ProblemsPanel", "Apply Fix") in extracted
    assert ("LibraryRules", "{where}, dated {date}") in extracted
    assert ("ContentCredentials", "signed by {signer}") in extracted
    assert len(extracted) > 150


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_a_finished_translation(
    language: str, extracted: set[tuple[str, str]]
) -> None:
    shipped = messages(FOLDER / f"rules_{language}.ts")
    assert sorted(extracted - set(shipped)) == [], "run pyside6-lupdate on rules_sources()"
    assert sorted(set(shipped) - extracted) == [], "obsolete entries: lupdate -no-obsolete"
    for (context, source), translation in shipped.items():
        text = translation.text or ""
        assert translation.get("type") is None and text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translation_is_current(language: str, tmp_path: Path) -> None:
    qm = tmp_path / f"rules_{language}.qm"
    ts = FOLDER / f"rules_{language}.ts"
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    assert qm.read_bytes() == (FOLDER / f"rules_{language}.qm").read_bytes(), "run pyside6-lrelease"
