"""The editing area's translations (resources/i18n/window/editing_<lang>.ts) are complete and
current: every string pyside6-lupdate finds in ui/editing, ui/notes, ui/library, ui/preview,
ui/session, ui/access and ui/background.py has a finished translation in each of LANGUAGES, no
string the code no longer has is kept, and no marked string escapes lupdate (it skips, for one,
a ``translate()`` call whose arguments hold another call).

Not a GUI test: it reads files and runs lupdate. (The window's general test of every area may
take this over; it is kept small.)"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop" / "slidewright" / "ui"
AREA = [
    *sorted(
        file
        for folder in ("editing", "notes", "library", "preview", "session", "access")
        for file in (UI / folder).glob("*.py")
    ),
    UI / "background.py",
]
SOURCES = ROOT / "resources" / "i18n" / "window"
LANGUAGES = ("de", "fr", "es", "ar")
Key = tuple[str, str]  # (context, source text)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        found = shutil.which("pyside6-lupdate")
        assert found, "pyside6-lupdate (PySide6's tools) is needed to check the translations"
        tool = Path(found)
    return tool


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "editing.ts"
    subprocess.run(
        [str(_lupdate()), *map(str, AREA), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return _messages(ts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_extracted_string_has_a_finished_translation(
    extracted: dict[Key, ET.Element], lang: str
) -> None:
    shipped = _messages(SOURCES / f"editing_{lang}.ts")
    assert len(extracted) > 300  # the area's strings, not an empty run
    missing = sorted(set(extracted) - set(shipped))
    stale = sorted(set(shipped) - set(extracted))
    assert not missing, f"not in editing_{lang}.ts (run pyside6-lupdate): {missing[:10]}"
    assert not stale, f"no longer in the code, still in editing_{lang}.ts: {stale[:10]}"
    unfinished = []
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") or not all(form and form.strip() for form in forms):
            unfinished.append(key)
    assert not unfinished, f"unfinished in editing_{lang}.ts: {unfinished[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_the_placeholders(lang: str) -> None:
    """A translation that drops or renames "{file}" raises KeyError (or says less) when shown."""
    wrong = []
    for (context, source), message in _messages(SOURCES / f"editing_{lang}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        wanted = sorted(re.findall(r"\{\w+\}|%n", source))
        for form in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            if sorted(re.findall(r"\{\w+\}|%n", form or "")) != wanted:
                wrong.append((context, source, form))
    assert not wrong, wrong[:5]


def _marked(file: Path) -> set[str]:
    """The literal source texts of self.tr / translate / QT_TRANSLATE_NOOP calls in ``file``."""
    texts: set[str] = set()
    for node in ast.walk(ast.parse(file.read_text("utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        position = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(str(name))
        if position is None or len(node.args) <= position:
            continue
        argument = node.args[position]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            texts.add(argument.value)
    return texts


def test_no_marked_string_escapes_lupdate(extracted: dict[Key, ET.Element]) -> None:
    sources = {source for _context, source in extracted}
    escaped = sorted(text for file in AREA for text in _marked(file) - sources)
    assert not escaped, f"marked for translation but not extracted by lupdate: {escaped}"


def test_every_catalogue_text_is_marked() -> None:
    """A field added to the catalogue (model/article.py) shows its words translated only once
    ui/editing/field_texts.py lists them."""
    from slidewright.model import ARTICLE_FIELDS, SLIDE_FIELDS
    from slidewright.ui.editing.field_texts import MARKED, english_undo_name

    unlisted = []
    for specs, article in ((SLIDE_FIELDS, False), (ARTICLE_FIELDS, True)):
        for spec in specs:
            if spec.in_pane:
                words = (spec.label, spec.placeholder, spec.tip, english_undo_name(spec, article))
                unlisted += [text for text in words if text and text not in MARKED]
    assert not unlisted, f"add to ui/editing/field_texts.py: {unlisted}"
