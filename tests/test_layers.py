"""The one rule of dependency direction: ui -> core, and the core never imports Qt.

The core (everything in desktop/slidewright but ui/ and the CLI's window-opening path) is what the
CLI, the exporters and the tests use without a display; a Qt import there would make
``slidewright check`` load PySide6 and tie the format to the toolkit.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "slidewright"
QT_PACKAGES = ("PySide6", "shiboken6")
UI = "slidewright.ui"


def is_qt_or_ui(module: str) -> bool:
    return module.split(".")[0] in QT_PACKAGES or module == UI or module.startswith(UI + ".")


# Imports every core module, runs every CLI command but `open`, and reports what Qt got loaded.
PROBE = """
import importlib, json, pkgutil, sys
from pathlib import Path

import slidewright
from slidewright.cli import main

imported = []
def walk(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name == "slidewright.ui" or info.name.endswith(".__main__"):
            continue
        module = importlib.import_module(info.name)
        imported.append(info.name)
        if info.ispkg:
            walk(module)

walk(slidewright)
sample, work = Path(sys.argv[1]), Path(sys.argv[2])
codes = [main(["check", str(sample), "--format", "json"]), main(["check", "--list-rules"])]
for to in ("html", "html-folder", "hugo", "jekyll", "rss"):
    codes.append(main(["export", str(sample), "--to", to, "-o", str(work / to), "--mode", "slideshow", "--base-url", "https://example.org/a/"]))
draft = work / "draft.md"
draft.write_text("# Title\\n\\nIntro.\\n\\n## A slide\\n\\nBody.\\n", encoding="utf-8")
codes.append(main(["import", str(draft), "-o", str(work / "imported")]))
if len(sys.argv) > 3:
    importlib.import_module(sys.argv[3])  # the control: a module that does use Qt
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("slidewright.ui"))
print(json.dumps({"imported": imported, "codes": codes, "qt": qt}))
"""


def probe(sample: Path, work: Path, *extra: str) -> dict[str, list]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(sample), str(work), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_core_and_the_cli_commands_load_no_qt(sample_bundle: Path, tmp_path: Path) -> None:
    found = probe(sample_bundle, tmp_path)
    assert found["qt"] == []
    assert found["codes"] == [1, 0, 0, 0, 0, 0, 0, 0]  # the sample's check finds an error
    for module in (
        "slidewright.credits.registry",
        "slidewright.exporters.sites",
        "slidewright.cli",
    ):
        assert module in found["imported"]


def test_the_probe_sees_qt_when_it_is_loaded(sample_bundle: Path, tmp_path: Path) -> None:
    found = probe(sample_bundle, tmp_path, "PySide6.QtCore")
    assert "PySide6.QtCore" in found["qt"]


def imported_names(node: ast.AST, file: Path) -> list[str]:
    """The modules an import statement names, relative imports resolved against ``file``."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        package = file.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
        base = ".".join((*package, base) if base else package)
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def qt_imports(file: Path) -> list[str]:
    """Imports of Qt or of ui/ in one file, as 'line: module', outside cli.py's _open()."""
    tree = ast.parse(file.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    if file == PACKAGE / "cli.py":
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "_open":
                allowed |= {id(inner) for inner in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in allowed:
            found += [
                f"{node.lineno}: {name}" for name in imported_names(node, file) if is_qt_or_ui(name)
            ]
    return found


def test_no_core_file_imports_qt_even_lazily() -> None:
    """The subprocess only sees the paths it runs; this reads every import, also in functions."""
    offenders = {
        str(file.relative_to(ROOT)): imports
        for file in sorted(PACKAGE.rglob("*.py"))
        if "ui" not in file.relative_to(PACKAGE).parts[:1]
        if (imports := qt_imports(file))
    }
    assert offenders == {}
    assert any(qt_imports(file) for file in (PACKAGE / "ui").rglob("*.py"))  # it does find Qt
