"""Slidewright benchmarks: ``python tests/benchmarks/run.py [--quick] [--json FILE]``.

Builds synthetic articles (10, 200, 1,000 slides with generated images, cached under
``~/.cache/slidewright-bench``), then prints a table of figures and writes them as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_bench import (  # noqa: E402
    compile_package,
    credit_check,
    export_html,
    export_process,
    open_save,
)
from synth import build, build_text  # noqa: E402

SIZES = (10, 200, 1000)
TARGETS = {
    "keystroke_median_ms@200": 16.0,
    "open_ms@1000": 100.0,
    "save_ms@1000": 100.0,
    "check_warm_ms@1000": 1000.0,
    "recheck_after_edit_ms@1000": 20.0,
    "cold_vs_bare": 1.4,
    "first_open_vs_bare": 1.4,
    "ready_vs_bare": 2.0,
    "first_open_ready_vs_bare": 2.0,
    "export_process_vs_pandoc": 1.0,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "slidewright-bench")
    args = parser.parse_args()
    repeat = 5 if args.quick else 15
    compile_package()  # the measured processes load bytecode, as an installed copy does
    bundles = {n: build(args.cache / f"article-{n}", n) for n in SIZES}

    results: dict[str, dict] = {n: {} for n in SIZES}
    for n, bundle in bundles.items():
        results[n].update(open_save(bundle, repeat))
        results[n].update(export_html(bundle, max(3, repeat // 3)))
        results[n].update(credit_check(bundle, repeat))
    process_runs = 7 if args.quick else 15
    process = export_process(build_text(args.cache / "text-200", 200), process_runs)

    from slidewright.ui.app import create_application

    app = create_application()  # noqa: F841 - keeps Qt alive for the window figures
    from core_bench import median, p95
    from gui_bench import cold_start, full_reloads, keystrokes, open_window

    with tempfile.TemporaryDirectory() as settings_dir:
        for n, bundle in bundles.items():
            window = open_window(bundle, Path(settings_dir))
            keys = keystrokes(window, 20 if args.quick else 60)
            reloads = full_reloads(window, 3 if args.quick else 5)
            results[n].update(
                {
                    "keystroke_median_ms": median(keys),
                    "keystroke_p95_ms": p95(keys),
                    "full_reload_ms": median(reloads),
                    "reload_vs_keystroke": median(reloads) / median(keys),
                }
            )
            window.doc.undo_stack.setClean()
            window.close()
            window.deleteLater()
        start_runs = 5 if args.quick else 9
        start = cold_start(bundles[200], Path(settings_dir), start_runs)

    print(
        f"Slidewright benchmarks on {platform.node()} ({os.cpu_count()} cores), Python {platform.python_version()}"
    )
    columns = [
        "open_ms",
        "save_ms",
        "export_ms",
        "pandoc_ms",
        "check_cold_ms",
        "check_warm_ms",
        "recheck_after_edit_ms",
        "keystroke_median_ms",
        "keystroke_p95_ms",
        "full_reload_ms",
    ]
    print(f"{'slides':>7} " + " ".join(f"{c.replace('_ms', ''):>14}" for c in columns))
    for n in SIZES:
        cells = []
        for column in columns:
            value = results[n].get(column)
            cells.append(f"{value:14.1f}" if isinstance(value, float) else f"{'-':>14}")
        print(f"{n:>7} " + " ".join(cells))
    print(
        f"cold start to first painted preview (200 slides, median of {start_runs} runs each, "
        f"alternating), bare QWebEngineView page {start['bare_page_ms']:.0f} ms:\n"
        f"  reopening the article (page kept from the run before): "
        f"{start['cold_start_ms']:.0f} ms, ratio {start['cold_vs_bare']:.2f}\n"
        f"  opening it for the first time (nothing kept: read and rendered before the paint): "
        f"{start['first_open_start_ms']:.0f} ms, ratio {start['first_open_vs_bare']:.2f}\n"
        f"  the whole window with the article open (editable): {start['ready_ms']:.0f} ms "
        f"reopening, ratio {start['ready_vs_bare']:.2f}; {start['first_open_ready_ms']:.0f} ms "
        f"first open, ratio {start['first_open_ready_vs_bare']:.2f}"
    )
    if process["pandoc_process_ms"] is not None:
        print(
            f"export --to html of a 200-slide text article, whole processes (median of "
            f"{process_runs} runs each, alternating): slidewright {process['export_process_ms']:.0f}"
            f" ms; pandoc -s {process['pandoc_process_ms']:.0f} ms; "
            f"ratio {process['export_process_vs_pandoc']:.2f}"
        )
    else:
        print(
            f"export --to html of a 200-slide text article, whole process: "
            f"{process['export_process_ms']:.0f} ms (pandoc not installed)"
        )
    print(
        f"peak RSS of the app process with the 200-slide article open: {start['peak_rss_mb']:.0f} MB"
    )
    flat = {f"{k}@{n}": v for n in SIZES for k, v in results[n].items()}
    flat.update(start)
    flat.update(process)
    print("targets:")
    for key, target in TARGETS.items():
        value = flat.get(key)
        if value is None:
            print(f"  {key:<30} {'-':>10}  (target ≤ {target})  not measured")
            continue
        verdict = "ok" if value <= target else "MISSED"
        print(f"  {key:<30} {value:10.2f}  (target ≤ {target})  {verdict}")
    args.json.write_text(
        json.dumps(
            {
                "sizes": {str(n): results[n] for n in SIZES},
                "start": start,
                "export_process": process,
            },
            indent=2,
        )
    )
    print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
