"""What a start imports, and when (docs/architecture.md, "A start"): PySide's look at each new
module gives PySide's own answer (ui/pyside_scan.py), the read-ahead thread imports only the
Qt-free core (ui/read_ahead.py), and what waits for the whole window (the library, the checker's
Pillow, Enchant) has not been loaded when the window is whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from slidewright.ui import pyside_scan, read_ahead


@pytest.mark.filterwarnings("ignore:BuiltinImporter.module_repr:DeprecationWarning")
def test_pyside_is_answered_as_it_answers_itself() -> None:
    """Every module loaded here (core, Qt's extension modules, the window's, the standard
    library's): the quick answer is the one PySide's own check gives."""
    import PySide6.QtCore  # noqa: F401

    import slidewright.ui.window.assembly  # noqa: F401  (modules that use PySide6)

    assert pyside_scan.quicken()
    feature = sys.modules[pyside_scan.FEATURE_MODULE]
    check = feature._mod_uses_pyside
    assert getattr(check, "quick", False), "the app's check is not in place"
    own = check.original
    names = [name for name in sys.modules if name not in ("typing.io", "typing.re")]
    answers = {
        name: (pyside_scan.uses_pyside(sys.modules[name], own), own(sys.modules[name]))
        for name in names
    }
    assert {name: pair for name, pair in answers.items() if pair[0] != pair[1]} == {}
    assert answers["slidewright.ui.window.assembly"] == (True, True)
    assert answers["PySide6.QtCore"] == (False, False)  # compiled: no source
    assert answers["slidewright.model"] == (False, False)


def test_the_read_ahead_imports_only_the_core() -> None:
    """Nothing of Qt is imported off the UI thread: the read-ahead refuses a module of the
    window, and what it imports loads no Qt (each in a fresh interpreter)."""
    with pytest.raises(ValueError):
        read_ahead.start(["slidewright.ui.window.assembly"])
    code = "import importlib, json, sys\n" + "".join(
        f"importlib.import_module({name!r})\n" for name in read_ahead.STEP_TWO_CORE
    )
    code += "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_a_reopening_article_read_ahead_is_used_only_while_the_file_is_unchanged(
    sample_bundle: Path,
) -> None:
    """The article a reopening reads on the read-ahead thread is what its opening gets (the
    same article, read once), unless the file changed since: then it is read again."""
    from slidewright.ui.editing.document import read

    thread = read_ahead.start([], article=sample_bundle)
    assert thread is not None
    thread.join(60)
    ahead = read_ahead._reads[sample_bundle][1][0]
    assert read(sample_bundle) is ahead  # handed over, not read again
    assert read_ahead.take_read(sample_bundle) is None  # (once)

    thread = read_ahead.start([], article=sample_bundle)
    assert thread is not None
    thread.join(60)
    stale = read_ahead._reads[sample_bundle][1][0]
    index = sample_bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("title:", "title: Now", 1))
    opened = read(sample_bundle)
    assert opened is not stale and opened[0].title.startswith("Now")  # what is on disk now


def test_the_warm_up_names_only_modules_step_two_imports() -> None:
    """What ui/window/warm_up.py imports before step two is what step two imports anyway (in a
    fresh interpreter): a module renamed or no longer used there is dropped from its list."""
    from slidewright.ui.window import warm_up

    code = (
        "import json, sys\n"
        "import slidewright.ui.window.assembly, slidewright.ui.window.dialog_entries\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert [name for name in warm_up.STEP_TWO_UI if name not in loaded] == []


WHOLE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from slidewright.ui.app import create_application, open_window, plan
    start, settings = plan(Path(sys.argv[1]), False, sys.argv[2])
    app = create_application(import_core=not start.from_kept_page)
    from PySide6.QtCore import QTimer
    window = open_window(settings, start)
    seen = {}
    later = ("PIL", "enchant", "slidewright.ui.library.problems_notes", "slidewright.credits.checker")
    def whole():
        seen["loaded"] = sorted(name for name in later if name in sys.modules)
        seen["editable"] = window.slide_editor.isEnabled() and window.doc is not None
    window.assembled.connect(whole)
    def done():
        if "loaded" in seen and window.problems.ready and window.parts.tools.spelling.ready:
            seen["checked"] = "PIL" in sys.modules and "slidewright.credits.checker" in sys.modules
            window.close()
            print(json.dumps(seen))
            app.quit()
    timer = QTimer(interval=50)
    timer.timeout.connect(done)
    timer.start()
    QTimer.singleShot(150000, app.quit)  # only if it hangs
    app.exec()
    """
)


def test_the_window_is_whole_before_the_checks_and_the_dictionary_load(
    sample_bundle: Path, tmp_path: Path
) -> None:
    """In a process of its own, as the writer starts the app: when the window is whole and its
    editors take typing, neither the credit checker (Pillow) nor the spelling dictionary
    (Enchant) nor the library has been loaded; both checks then run all the same."""
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", WHOLE, str(sample_bundle), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"loaded": [], "editable": True, "checked": True}


ON_USE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from slidewright.ui.app import create_application, open_window, plan
    start, settings = plan(Path(sys.argv[1]), False, sys.argv[2])
    app = create_application(import_core=not start.from_kept_page)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
    window = open_window(settings, start)
    on_use = sys.argv[3].split(",")
    seen = {}
    asked = []
    def answer():  # the modal ones (Add Note, Preferences): seen, then cancelled
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            asked.append(dialog.windowTitle())
            dialog.reject()
    closer = QTimer(interval=20)
    closer.timeout.connect(answer)
    def whole():
        seen["loaded"] = sorted(name for name in on_use if name in sys.modules)
        actions = window.actions_by_name
        actions["history"].trigger()  # File ▸ History…
        seen["history"] = window.parts.record.dialog.isVisible()
        window.parts.record.dialog.close()
        actions["about"].trigger()  # Help ▸ About Slidewright
        about = window.findChild(QMessageBox, "aboutBox")
        seen["about"] = about.isVisible()
        about.close()
        actions["shortcuts"].trigger()  # Help ▸ Keyboard Shortcuts
        shortcuts = window.findChild(QDialog, "shortcutsDialog")
        seen["shortcuts"] = shortcuts.isVisible()
        shortcuts.close()
        closer.start()
        actions["add_note"].trigger()  # Slide ▸ Add Note… (returns once cancelled)
        actions["preferences"].trigger()  # Edit ▸ Preferences…
        seen["asked"] = asked
        window.close()
        print(json.dumps(seen))
        app.quit()
    window.assembled.connect(lambda: QTimer.singleShot(0, whole))
    QTimer.singleShot(150000, app.quit)  # only if it hangs
    app.exec()
    """
)
ON_USE_MODULES = (
    "slidewright.ui.dialogs.history_dialog",
    "slidewright.ui.notes.note_dialog",
    "slidewright.ui.dialogs.preferences",
    "slidewright.ui.window.help",
    "concurrent.futures.process",  # the credit check's worker pool (never in the window)
)


def test_the_dialogs_load_when_first_asked_for_and_then_open(
    sample_bundle: Path, tmp_path: Path
) -> None:
    """What only a menu entry needs is not imported while the window is built; in a fresh
    process, each of those entries still opens its dialog the first time it is used."""
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-c", ON_USE, str(sample_bundle), str(tmp_path / "s.ini"),
         ",".join(ON_USE_MODULES)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "loaded": [],
        "history": True,
        "about": True,
        "shortcuts": True,
        "asked": ["Add Note", "Preferences"],
    }


def test_a_first_open_renders_its_page_and_hands_its_read_to_the_opening(
    sample_bundle: Path,
) -> None:
    """No page kept for the article: the start renders the page the preview would and opens
    the article after the paint from the same read (read once); an article that cannot be
    read leaves the plan as it was, for the opening to say why."""
    from slidewright.ui.app import with_fresh_page
    from slidewright.ui.editing.document import read
    from slidewright.ui.preview.render import opening_page
    from slidewright.ui.start_plan import StartPlan

    plan = with_fresh_page(StartPlan(sample_bundle, "article"))
    assert plan.from_kept_page and plan.article == sample_bundle
    opened = read(sample_bundle)
    assert plan.kept == opening_page(opened[0], opened[1], "article")[0]
    assert read_ahead.take_read(sample_bundle) is None  # handed over once, then read anew

    index = sample_bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("title:", "title: [", 1))
    broken = StartPlan(sample_bundle, "article")
    assert with_fresh_page(broken) == broken


def test_step_two_starts_once_its_modules_are_imported(qtbot: Any, tmp_path: Path) -> None:
    """The warm-up says when it has imported every module on its list (step two then starts);
    stopped, it imports no more and says nothing."""
    from PySide6.QtCore import QObject

    from slidewright.ui.window.warm_up import WarmUp

    for name in ("sw_warm_a", "sw_warm_b", "sw_warm_c"):
        (tmp_path / f"{name}.py").write_text("LOADED = True\n")
    sys.path.insert(0, str(tmp_path))
    try:
        parent = QObject()
        warm = WarmUp(parent, ("sw_warm_a", "sw_warm_b"))
        with qtbot.waitSignal(warm.finished, timeout=30000):
            warm.start()
        assert "sw_warm_a" in sys.modules and "sw_warm_b" in sys.modules
        stopped = WarmUp(parent, ("sw_warm_c",))
        said: list[bool] = []
        stopped.finished.connect(lambda: said.append(True))
        stopped.stop()
        stopped.start()
        with qtbot.waitSignal(warm.destroyed, timeout=30000):  # a later turn of the loop
            warm.deleteLater()
        assert "sw_warm_c" not in sys.modules and said == []
    finally:
        sys.path.remove(str(tmp_path))
