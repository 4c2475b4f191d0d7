"""The window's translations: extract, compile and check them (docs/translations.md).

usage: python packaging/translations.py update | compile | check

  update   pyside6-lupdate each area's Python files into its .ts files, one per language
           (existing translations are kept; strings gone from the sources are dropped)
  compile  pyside6-lrelease every .ts into the .qm next to it (what the window loads)
  check    say what is missing: strings of the sources with no finished translation, and
           .qm files that are not what their .ts compiles to; exit status 1 if anything is

Run it with the project's own interpreter (.venv/bin/python): the Qt tools are found beside it.
The translations are split by area, one .ts per area and language, so that the people working on
different parts of the window never edit the same file; ``AREAS`` is the one list of which
sources belong to which area (tests/ui/test_translations.py reads it too).
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "slidewright"
FOLDER = ROOT / "resources" / "i18n" / "window"
TRANSLATED = ("de", "fr", "es", "ar")
# English is the sources' language; its .ts holds only the strings with a number in them (Qt
# numerus: "%n slide(s)" becomes "1 slide", "2 slides"), so that an English window says them right.
PLURALS_ONLY = ("en",)
LANGUAGES = TRANSLATED + PLURALS_ONLY

# area -> the sources whose strings it holds, relative to desktop/slidewright (a folder: every
# .py file under it). To give an area more files, add them to its list.
AREAS: dict[str, list[str]] = {
    "window": [
        "ui/window/",
        "ui/dialogs/",
        "ui/app.py",
        "ui/start_plan.py",
        "ui/datafolder.py",
        "ui/collector.py",
        "ui/imagesize.py",
        "ui/__init__.py",
        "ui/translation.py",
        "ui/pyside_scan.py",
        "ui/read_ahead.py",
    ],
    "editing": [
        "ui/editing/",
        "ui/notes/",
        "ui/library/",
        "ui/preview/",
        "ui/session/",
        "ui/access/",
        "ui/background.py",
    ],
    # the Problems panel and the core's messages the window shows (credit rules and fixes,
    # library rules, provenance lines, severity words)
    "rules": [
        "ui/problems/",
    ],
}


def area_files(area: str) -> list[Path]:
    """The Python files of ``area``, sorted. The rules area also holds every core module that
    marks a message for the window (``QT_TRANSLATE_NOOP``, slidewright/i18n.py), found by looking,
    so that a new rule's message cannot be left out of the list."""
    files: set[Path] = set()
    for entry in AREAS[area]:
        path = PACKAGE / entry
        files.update(path.rglob("*.py") if path.is_dir() else [path] if path.exists() else [])
    if area == "rules":
        from slidewright.i18n import marked_modules

        files.update(marked_modules(PACKAGE))
    return sorted(files)


def ts_file(area: str, language: str) -> Path:
    return FOLDER / f"{area}_{language}.ts"


def qm_file(area: str, language: str) -> Path:
    return FOLDER / f"{area}_{language}.qm"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 this interpreter runs (pyside6-lupdate, pyside6-lrelease)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (pip install PySide6)")
    return found


def lupdate(area: str, ts: Path) -> None:
    """Extract ``area``'s strings into ``ts`` (made if missing), keeping its translations."""
    extract(area_files(area), ts)


def extract(files: list[Path], ts: Path) -> None:
    """Extract the strings of ``files`` into ``ts``; strings no longer in them are dropped. No
    source locations are written: line numbers would change the .ts at every edit of a file."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = [str(path) for path in files]
    plurals = ["-pluralonly"] if ts.stem.rpartition("_")[2] in PLURALS_ONLY else []
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", *plurals,
         *sources, "-ts", str(ts)],
        check=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


@dataclass
class Message:
    """One string of a .ts file: where it is used, its English and its translations."""

    context: str
    source: str
    translations: list[str]  # one, or one per plural form (numerus)
    numerus: bool
    unfinished: bool
    obsolete: bool


def read_ts(ts: Path) -> list[Message]:
    """The messages of a .ts file (our own file, written by lupdate: a plain XML parse)."""
    root = ElementTree.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            forms = [] if translation is None else translation.findall("numerusform")
            texts = (
                [form.text or "" for form in forms]
                if forms
                else [(translation.text or "") if translation is not None else ""]
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translations=texts,
                    numerus=message.get("numerus") == "yes",
                    unfinished=kind == "unfinished",
                    obsolete=kind in ("vanished", "obsolete"),
                )
            )
    return messages


def missing(area: str, language: str) -> list[str]:
    """What ``area`` lacks in ``language``: each string of the current sources that has no
    finished translation in the committed .ts, and the .ts's strings the sources no longer use."""
    committed = ts_file(area, language)
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / committed.name
        if committed.exists():
            shutil.copyfile(committed, fresh)
        lupdate(area, fresh)  # the sources' strings, with the committed translations kept
        current = read_ts(fresh)
    known = {(m.context, m.source) for m in read_ts(committed)} if committed.exists() else set()
    problems = []
    for message in current:
        where = f"{committed.name}: [{message.context}] {message.source!r}"
        if (message.context, message.source) not in known:
            problems.append(f"{where} is not in the .ts (run update, then translate it)")
        elif message.unfinished or not all(text.strip() for text in message.translations):
            problems.append(f"{where} has no finished translation")
    used = {(m.context, m.source) for m in current}
    problems += [
        f"{committed.name}: [{context}] {source!r} is no longer in the sources (run update)"
        for context, source in sorted(known - used)
    ]
    return problems


def stale_qm(area: str, language: str) -> list[str]:
    """The .qm of ``area`` and ``language`` when it is not what its .ts compiles to."""
    ts, qm = ts_file(area, language), qm_file(area, language)
    if not ts.exists():
        return []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        lrelease(ts, fresh)
        if qm.exists() and filecmp.cmp(fresh, qm, shallow=False):
            return []
    return [f"{qm.name} is not compiled from {ts.name} as it is (run compile)"]


def update() -> None:
    """Every area's .ts files, made for an area once its sources hold a string to translate."""
    for area in AREAS:
        for language in LANGUAGES:
            ts = ts_file(area, language)
            existed = ts.exists()
            lupdate(area, ts)
            if not existed and not read_ts(ts):
                ts.unlink()  # nothing to translate yet (an English plurals file, say)
                continue
            print(f"updated {ts.relative_to(ROOT)}")


def compile_all() -> None:
    for area in AREAS:
        for language in LANGUAGES:
            if ts_file(area, language).exists():
                lrelease(ts_file(area, language), qm_file(area, language))
                print(f"compiled {qm_file(area, language).relative_to(ROOT)}")


def check() -> int:
    problems = [
        problem
        for area in AREAS
        for language in LANGUAGES
        for problem in missing(area, language) + stale_qm(area, language)
    ]
    for problem in problems:
        print(problem)
    counts = {
        language: sum(
            len(read_ts(ts_file(area, language)))
            for area in AREAS
            if ts_file(area, language).exists()
        )
        for language in LANGUAGES
    }
    print(", ".join(f"{language}: {count} strings" for language, count in counts.items()))
    print(f"{len(problems)} problem(s)" if problems else "every string is translated")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    commands = {"update": update, "compile": compile_all}
    if len(argv) == 1 and argv[0] in commands:
        commands[argv[0]]()
        return 0
    if argv == ["check"]:
        return check()
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
