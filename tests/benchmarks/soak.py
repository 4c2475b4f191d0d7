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
import json
import os
import platform
import random
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

from soak_measure import (  # noqa: E402
    per_1000,
    sample,
    top,
    tracemalloc_growers,
    type_counts,
)
from soak_writer import Writer  # noqa: E402
from synth import build  # noqa: E402

RSS_TARGET_MB = 20.0


def open_window(bundle: Path, settings_dir: Path) -> object:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from slidewright.ui import app
    from slidewright.ui.session.settings import Settings
    from slidewright.ui.start_plan import plan_start

    settings = Settings(QSettings(str(settings_dir / "soak.ini"), QSettings.Format.IniFormat))
    window = app.open_window(settings, plan_start(bundle, False, settings))  # `slidewright BUNDLE`
    deadline = time.monotonic() + 60
    while not (window.completed and window.preview.ready) and time.monotonic() < deadline:
        QTest.qWait(20)
    if window.doc is None:
        raise SystemExit(f"soak: could not open {bundle}")
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
