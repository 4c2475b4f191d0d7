"""Soak benchmark: ``python tests/benchmarks/soak.py [--minutes 10] [--quick] [--json FILE]``.

Opens a generated 200-slide article in the real main window and writes in it at a writer's pace
for ``--minutes`` (default 10): word-sized bursts of keys into the slide body, the heading and the
article intro, with pauses between words and sentences; Ctrl+PgDown/PgUp through the slides; now
and then a slide added, moved or deleted, the preview toggled between article and slideshow
(Ctrl+1 / Ctrl+2), and a few undos and redos. Every key goes through Qt's event delivery
(``QTest.keyClick``) and the event loop runs between keys (``QTest.qWait``, never ``time.sleep``).

It samples, at the start and every minute (every 5 s with ``--quick``): the process's resident
memory (``VmRSS``, peak ``VmHWM``, ``ru_maxrss``) and that of its QtWebEngine helper processes,
``sys.getrefcount`` of None/True/False, the number of gc-tracked objects, and a few caches of the
window. At the end it prints a table, the references that grew per 1,000 keys, the gc types and
the tracemalloc allocation sites that grew most between the first and the last minute, and writes
it all as JSON (``soak-results.json``). The JSON is rewritten after every sample, so a run that
aborts (``Fatal Python error: none_dealloc`` on a broken PySide6) still leaves its figures.

Target (issue 16): peak RSS grows by less than 20 MB over 10 minutes.
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import gc
import json
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.geteuid() == 0:  # Chromium refuses to start its sandbox as root
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import build  # noqa: E402

RSS_TARGET_MB = 20.0
WORDS = (
    (
        "the harbour light falls across a quiet square where fishermen mend nets and children chase "
        "pigeons past the bakery; morning smells of bread, salt and diesel, and the old church bell "
        "counts the hours for anyone still listening while the ferry leaves for the island beyond "
        "cliffs, olive groves, narrow lanes, whitewashed walls, blue shutters, market stalls, lemons"
    )
    .replace(",", "")
    .replace(";", "")
    .split()
)


# -- measuring -----------------------------------------------------------------------------------
def _status(pid: int | str = "self") -> dict[str, int]:
    """VmRSS/VmHWM (kB) and the parent pid from /proc/PID/status."""
    values: dict[str, int] = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "PPid"):
                    values[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return values


def helper_rss_mb() -> float:
    """Resident memory of the process's descendants (QtWebEngineProcess renderer, GPU, zygote)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            ppid = _status(entry).get("PPid")
            if ppid is not None:
                parents[int(entry)] = ppid
    mine, grew = {os.getpid()}, True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                grew = True
    mine.discard(os.getpid())
    return sum(_status(pid).get("VmRSS", 0) for pid in mine) / 1024


def type_counts() -> collections.Counter:
    gc.collect()
    return collections.Counter(type(o).__qualname__ for o in gc.get_objects())


def _len(obj: object, *names: str) -> int | None:
    for name in names:
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    try:
        return len(obj)  # type: ignore[arg-type]
    except TypeError:
        return None


def nones_held() -> int:
    """References to None held by gc-tracked containers (and the untracked tuples they hold):
    what ``sys.getrefcount(None)`` counts beyond this is held by nothing Python can see."""
    held = 0
    for obj in gc.get_objects():
        for ref in gc.get_referents(obj):
            if ref is None:
                held += 1
            elif type(ref) is tuple and not gc.is_tracked(ref):
                held += sum(1 for item in ref if item is None)
    return held


def sample(window: object, started: float, keys: int) -> dict:
    gc.collect()  # reference counts without the garbage that has not been collected yet
    status = _status()
    doc = window.doc
    return {
        "t_s": round(time.monotonic() - started, 1),
        "keys": keys,
        "rss_mb": status.get("VmRSS", 0) / 1024,
        # anonymous memory only (heap): the part a leak grows; file-backed pages (the mapped Qt
        # libraries) come and go as the kernel reclaims them, most of all on a busy machine
        "rss_anon_mb": status.get("RssAnon", 0) / 1024,
        "hwm_mb": status.get("VmHWM", 0) / 1024,
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "helpers_rss_mb": helper_rss_mb(),
        "ref_none": sys.getrefcount(None),
        "none_held_by_objects": nones_held(),
        "ref_true": sys.getrefcount(True),
        "ref_false": sys.getrefcount(False),
        "gc_objects": len(gc.get_objects()),
        "traced_mb": tracemalloc.get_traced_memory()[0] / 2**20
        if tracemalloc.is_tracing()
        else None,
        "slides": len(doc.article.slides) if doc is not None else None,
        "undo_commands": doc.undo_stack.count() if doc is not None else None,
        "preview_cache": _len(window, "preview", "_cache"),
        "thumbnail_cache": _len(window, "thumbnails", "_cache"),
    }


# -- writing -------------------------------------------------------------------------------------
class Writer:
    """Scripted writing: every key through QTest, the event loop running between keys."""

    def __init__(self, window: object, rng: random.Random, pace: float) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.window, self.rng, self.pace = window, rng, pace
        self.Qt, self.QTest = Qt, QTest
        self.keys = 0
        self.counts: collections.Counter = collections.Counter()
        self.mode = "article"
        self.initial_slides = len(window.doc.article.slides)

    def wait(self, ms: float) -> None:
        self.QTest.qWait(max(1, int(ms * self.pace)))

    def key(self, widget: object, key: object, modifiers: object = None) -> None:
        mods = modifiers if modifiers is not None else self.Qt.KeyboardModifier.NoModifier
        self.QTest.keyClick(widget, key, mods)
        self.keys += 1

    def shortcut(self, key: object, modifiers: object, fallback: str) -> None:
        """A menu shortcut typed into the focused widget; counted when it had to be triggered."""
        widget = self.window.focusWidget() or self.window
        before = (self.window.current_row(), self.window.doc.undo_stack.index(), self.mode)
        self.key(widget, key, modifiers)
        self.wait(30)
        after = (self.window.current_row(), self.window.doc.undo_stack.index(), self.mode)
        if before == after and fallback and not self._noop_expected(fallback):
            self.window.actions_by_name[fallback].trigger()
            self.counts["shortcut_fallback"] += 1

    def _noop_expected(self, action: str) -> bool:
        row, count = self.window.current_row(), len(self.window.doc.article.slides)
        stack = self.window.doc.undo_stack
        return (
            (action == "next_slide" and row >= count - 1)
            or (action == "previous_slide" and row <= 0)
            or (action == "undo" and not stack.canUndo())
            or (action == "redo" and not stack.canRedo())
            or action.startswith("mode_")
        )

    def type_word(self, widget: object, word: str) -> None:
        for char in word:
            self.QTest.keyClicks(widget, char)
            self.keys += 1
            self.wait(self.rng.uniform(40, 110))
        self.wait(self.rng.uniform(120, 380))  # between words
        if self.rng.random() < 0.06:  # a typo taken back
            for _ in range(min(3, len(word))):
                self.key(widget, self.Qt.Key.Key_Backspace)
                self.wait(self.rng.uniform(60, 120))
            self.QTest.keyClicks(widget, word[-min(3, len(word)) :])
            self.keys += min(3, len(word))

    def sentence(self, widget: object, words: int) -> None:
        chosen = [self.rng.choice(WORDS) for _ in range(words)]
        chosen[0] = chosen[0].capitalize()
        for n, word in enumerate(chosen):
            self.type_word(widget, word + ("." if n == words - 1 else "") + " ")
        self.counts["sentences"] += 1

    def focus_end(self, widget: object) -> None:
        widget.setFocus()
        self.wait(20)
        end = self.Qt.Key.Key_End
        if hasattr(widget, "toPlainText"):
            self.key(widget, end, self.Qt.KeyboardModifier.ControlModifier)
        else:
            self.key(widget, end)

    def turn(self) -> None:
        """One stretch of writing followed by one of the other things a writer does."""
        Qt, window, rng = self.Qt, self.window, self.rng
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        field = rng.choices(("body", "heading", "intro"), (70, 15, 15))[0]
        if field == "intro":
            window.tabs.setCurrentIndex(1)
            self.wait(30)
            widget = window.article_editor.intro
        else:
            window.tabs.setCurrentIndex(0)
            widget = (
                window.slide_editor.body
                if field == "body"
                else window.slide_editor.fields["heading"]
            )
        self.focus_end(widget)
        if field == "body" and rng.random() < 0.25:
            for _ in range(2):
                self.key(widget, Qt.Key.Key_Return)
                self.wait(rng.uniform(80, 200))
        self.sentence(widget, rng.randint(2, 4) if field == "heading" else rng.randint(6, 14))
        self.counts[f"typed_{field}"] += 1
        self.wait(rng.uniform(400, 2000))  # a writer's pause after a sentence

        if field == "intro":  # back to the slides
            window.tabs.setCurrentIndex(0)
            window.slide_editor.body.setFocus()
            self.wait(30)
        action = rng.choices(
            ("next", "previous", "add", "move", "delete", "mode", "undo", "none"),
            (35, 6, 5, 6, 4, 5, 6, 33),
        )[0]
        if action == "next":
            for _ in range(rng.randint(1, 6)):
                self.shortcut(Qt.Key.Key_PageDown, ctrl, "next_slide")
                self.counts["next_slide"] += 1
                self.wait(rng.uniform(150, 600))
            if window.current_row() >= len(window.doc.article.slides) - 1:
                window.select_rows([0])
        elif action == "previous":
            self.shortcut(Qt.Key.Key_PageUp, ctrl, "previous_slide")
            self.counts["previous_slide"] += 1
        elif action == "add" or (
            action == "delete" and len(window.doc.article.slides) <= self.initial_slides
        ):
            count = len(window.doc.article.slides)
            self.key(
                window.focusWidget() or window,
                Qt.Key.Key_N,
                ctrl | Qt.KeyboardModifier.ShiftModifier,
            )
            self.wait(50)
            if len(window.doc.article.slides) == count:
                window.actions_by_name["add_slide"].trigger()
                self.counts["shortcut_fallback"] += 1
                self.wait(50)
            self.sentence(window.slide_editor.fields["heading"], rng.randint(2, 5))
            self.counts["added"] += 1
        elif action == "delete":
            window.slide_list.setFocus()
            self.wait(30)
            count = len(window.doc.article.slides)
            self.key(window.slide_list, Qt.Key.Key_Delete)
            self.wait(50)
            if len(window.doc.article.slides) == count:
                window.slides.delete_slides()
                self.counts["shortcut_fallback"] += 1
            self.counts["deleted"] += 1
        elif action == "move":
            up = rng.random() < 0.5 and window.current_row() > 0
            self.shortcut(
                Qt.Key.Key_Up if up else Qt.Key.Key_Down, alt, "move_up" if up else "move_down"
            )
            self.counts["moved"] += 1
        elif action == "mode":
            self.mode = "slideshow" if self.mode == "article" else "article"
            key = Qt.Key.Key_2 if self.mode == "slideshow" else Qt.Key.Key_1
            self.key(window.focusWidget() or window, key, ctrl)
            if window.preview.mode != self.mode:
                window.set_preview_mode(self.mode)
                self.counts["shortcut_fallback"] += 1
            self.counts["mode_toggles"] += 1
        elif action == "undo":
            steps = rng.randint(1, 3)
            for _ in range(steps):
                self.shortcut(Qt.Key.Key_Z, ctrl, "undo")
                self.wait(rng.uniform(150, 400))
            for _ in range(steps):
                self.shortcut(Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier, "redo")
                self.wait(rng.uniform(150, 400))
            self.counts["undo_redo_rounds"] += 1
        self.wait(rng.uniform(100, 400))


# -- the run -------------------------------------------------------------------------------------
def open_window(bundle: Path, settings_dir: Path) -> object:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from slidewright.ui.session.settings import Settings
    from slidewright.ui.window.main_window import MainWindow

    window = MainWindow(
        Settings(QSettings(str(settings_dir / "soak.ini"), QSettings.Format.IniFormat))
    )
    window.show()
    if not window.session.open_path(bundle):
        raise SystemExit(f"soak: could not open {bundle}")
    deadline = time.monotonic() + 60
    while not window.preview.ready and time.monotonic() < deadline:
        QTest.qWait(20)
    if not window.preview.ready:
        raise SystemExit("soak: the preview did not load within 60 s")
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    # Settled before the first sample: the rest of a long article is filled in, and the credit
    # checker (started after the first paint, with Pillow and the metadata of every image)
    # has run once. Loading is not what this benchmark measures; writing is.
    deadline = time.monotonic() + 60
    while not window.problems.ready and time.monotonic() < deadline:
        QTest.qWait(50)
    QTest.qWait(1500)
    return window


def top(counter: collections.Counter, limit: int = 15) -> list[tuple[str, int]]:
    return [(name, n) for name, n in counter.most_common(limit) if n > 0]


def tracemalloc_growers(
    first: tracemalloc.Snapshot, last: tracemalloc.Snapshot, limit: int = 15
) -> list[dict]:
    ignore = (
        tracemalloc.Filter(False, tracemalloc.__file__),
        tracemalloc.Filter(False, "<frozen *>"),
        tracemalloc.Filter(False, __file__),  # the soak's own samples
    )
    stats = last.filter_traces(ignore).compare_to(first.filter_traces(ignore), "lineno")
    return [
        {
            "site": f"{s.traceback[0].filename}:{s.traceback[0].lineno}",
            "size_diff_kb": round(s.size_diff / 1024, 1),
            "count_diff": s.count_diff,
        }
        for s in sorted(stats, key=lambda s: s.size_diff, reverse=True)[:limit]
        if s.size_diff > 0
    ]


def per_1000(first: dict, last: dict, key: str) -> float | None:
    keys = last["keys"] - first["keys"]
    return (last[key] - first[key]) * 1000 / keys if keys else None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--minutes", type=float, default=10.0, help="how long to write (default 10)"
    )
    parser.add_argument("--quick", action="store_true", help="a ~30 s run, sampling every 5 s")
    parser.add_argument(
        "--sample-every", type=float, help="seconds between samples (default 60; 5 with --quick)"
    )
    parser.add_argument("--slides", type=int, default=200)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--pace", type=float, default=1.0, help="multiplies every pause (0.5: twice as fast)"
    )
    parser.add_argument(
        "--no-tracemalloc", action="store_true", help="skip allocation tracing (less overhead)"
    )
    parser.add_argument("--json", type=Path, default=Path("soak-results.json"))
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "slidewright-bench")
    args = parser.parse_args()
    duration = 30.0 if args.quick else args.minutes * 60
    every = args.sample_every or (5.0 if args.quick else 60.0)
    faulthandler.enable()

    work = Path(tempfile.mkdtemp(prefix="slidewright-soak-"))
    os.environ.setdefault(
        "XDG_DATA_HOME", str(work / "data")
    )  # recovery copies stay in the run's folder
    bundle = work / "article"
    shutil.copytree(build(args.cache / f"article-{args.slides}", args.slides), bundle)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from slidewright.ui.app import create_application

    app = create_application()  # noqa: F841 - keeps Qt alive
    window = open_window(bundle, work)
    results: dict = {
        "config": {
            "seconds": duration,
            "sample_every_s": every,
            "slides": args.slides,
            "seed": args.seed,
            "pace": args.pace,
            "tracemalloc": not args.no_tracemalloc,
        },
        "platform": {
            "host": platform.node(),
            "python": platform.python_version(),
            "pyside6": pyside_version,
            "qt": qVersion(),
            "cpus": os.cpu_count(),
        },
        "complete": False,
        "samples": [],
    }

    def save() -> None:
        args.json.write_text(json.dumps(results, indent=2))

    print(
        f"soak: {duration:.0f} s on {args.slides} slides, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, Qt {qVersion()}",
        flush=True,
    )
    header = f"{'t s':>6} {'keys':>6} {'RSS MB':>7} {'anon':>6} {'HWM MB':>7} {'helpers':>8} {'None':>7} {'held':>6} {'True':>6} {'False':>6} {'gc objs':>8} {'undo':>5} {'cache':>5}"
    print(header, flush=True)

    def record(s: dict) -> None:
        results["samples"].append(s)
        print(
            f"{s['t_s']:6.0f} {s['keys']:6d} {s['rss_mb']:7.1f} {s['rss_anon_mb']:6.1f} {s['hwm_mb']:7.1f} {s['helpers_rss_mb']:8.1f} "
            f"{s['ref_none']:7d} {s['none_held_by_objects']:6d} {s['ref_true']:6d} {s['ref_false']:6d} {s['gc_objects']:8d} "
            f"{s['undo_commands'] if s['undo_commands'] is not None else '-':>5} "
            f"{s['preview_cache'] if s['preview_cache'] is not None else '-':>5}",
            flush=True,
        )
        save()

    if not args.no_tracemalloc:
        tracemalloc.start()
    rng = random.Random(args.seed)
    writer = Writer(window, rng, args.pace)
    started = time.monotonic()
    types_start = type_counts()
    snap_start = tracemalloc.take_snapshot() if tracemalloc.is_tracing() else None
    record(sample(window, started, 0))
    types_first = snap_first = None
    next_sample = started + every
    while time.monotonic() - started < duration:
        writer.turn()
        if time.monotonic() >= next_sample:
            next_sample += every
            if types_first is None:  # after the first minute: the baseline for growth
                types_first = type_counts()
                snap_first = tracemalloc.take_snapshot() if tracemalloc.is_tracing() else None
            record(sample(window, started, writer.keys))
    if results["samples"][-1]["keys"] != writer.keys or len(results["samples"]) < 2:
        record(sample(window, started, writer.keys))  # before the snapshots below add objects
    last = results["samples"][-1]
    types_last = type_counts()
    snap_last = tracemalloc.take_snapshot() if tracemalloc.is_tracing() else None
    types_first = types_first or types_start
    snap_first = snap_first or snap_start

    first = results["samples"][0]
    baseline = results["samples"][1] if len(results["samples"]) > 2 else first
    growth = collections.Counter(types_last)
    growth.subtract(types_first)
    summary = {
        "keys": writer.keys,
        "keys_per_minute": writer.keys * 60 / max(1.0, last["t_s"]),
        "actions": dict(writer.counts),
        "rss_start_mb": first["rss_mb"],
        "rss_end_mb": last["rss_mb"],
        "rss_growth_mb": last["rss_mb"] - first["rss_mb"],
        "rss_anon_start_mb": first["rss_anon_mb"],
        "rss_anon_end_mb": last["rss_anon_mb"],
        "rss_anon_growth_mb": last["rss_anon_mb"] - first["rss_anon_mb"],
        "peak_rss_start_mb": first["hwm_mb"],
        "peak_rss_end_mb": last["hwm_mb"],
        "peak_rss_growth_mb": last["hwm_mb"] - first["hwm_mb"],
        "rss_growth_after_first_minute_mb": last["rss_mb"] - baseline["rss_mb"],
        "helpers_rss_start_mb": first["helpers_rss_mb"],
        "helpers_rss_end_mb": last["helpers_rss_mb"],
        "rss_target_mb": RSS_TARGET_MB,
        "rss_target_met": last["hwm_mb"] - first["hwm_mb"] < RSS_TARGET_MB,
        "refs_per_1000_keys": {
            name: per_1000(first, last, f"ref_{name}") for name in ("none", "true", "false")
        },
        "none_held_by_objects_per_1000_keys": per_1000(first, last, "none_held_by_objects"),
        "refs_per_1000_keys_after_first_minute": {
            name: per_1000(baseline, last, f"ref_{name}") for name in ("none", "true", "false")
        },
        "gc_objects_per_1000_keys": per_1000(first, last, "gc_objects"),
        "gc_type_growers": top(growth),
        "gc_type_growers_from_start": top(collections.Counter(types_last) - types_start),
        "tracemalloc_growers": tracemalloc_growers(snap_first, snap_last) if snap_last else [],
    }
    results["summary"] = summary
    results["complete"] = True
    save()

    print()
    print(
        f"keys typed: {writer.keys} ({summary['keys_per_minute']:.0f}/min); actions: {dict(writer.counts)}"
    )
    print(
        f"RSS: start {summary['rss_start_mb']:.1f} MB, end {summary['rss_end_mb']:.1f} MB "
        f"(growth {summary['rss_growth_mb']:+.1f} MB; {summary['rss_growth_after_first_minute_mb']:+.1f} MB after the first minute)"
    )
    print(
        f"anonymous RSS (heap): start {summary['rss_anon_start_mb']:.1f} MB, "
        f"end {summary['rss_anon_end_mb']:.1f} MB (growth {summary['rss_anon_growth_mb']:+.1f} MB)"
    )
    print(
        f"peak RSS: start {summary['peak_rss_start_mb']:.1f} MB, end {summary['peak_rss_end_mb']:.1f} MB, "
        f"growth {summary['peak_rss_growth_mb']:+.1f} MB (target < {RSS_TARGET_MB:.0f} MB: "
        f"{'ok' if summary['rss_target_met'] else 'MISSED'})"
    )
    print(
        f"QtWebEngine helper processes: {summary['helpers_rss_start_mb']:.0f} MB -> {summary['helpers_rss_end_mb']:.0f} MB"
    )
    refs = summary["refs_per_1000_keys"]
    print(
        "references per 1,000 keys: "
        + ", ".join(f"{name} {value:+.1f}" for name, value in refs.items() if value is not None)
        + f"; gc objects {summary['gc_objects_per_1000_keys'] or 0:+.1f}"
    )
    held = summary["none_held_by_objects_per_1000_keys"]
    if held is not None and refs["none"] is not None:
        print(
            f"  of the references to None: {held:+.1f} per 1,000 keys held by Python objects, "
            f"{refs['none'] - held:+.1f} held by nothing Python can see (a C-level reference count)"
        )
    print("gc types that grew most (first minute -> end):")
    for name, n in summary["gc_type_growers"][:10]:
        print(f"  {n:+8d}  {name}")
    if summary["tracemalloc_growers"]:
        print("allocation sites that grew most (first minute -> end):")
        for row in summary["tracemalloc_growers"][:10]:
            print(f"  {row['size_diff_kb']:+10.1f} kB {row['count_diff']:+7d}  {row['site']}")
    print(f"wrote {args.json}")

    window.doc.undo_stack.setClean()  # no "save changes?" prompt
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
