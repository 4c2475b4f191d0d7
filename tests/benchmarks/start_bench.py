"""The start-up and whole-process figures alone (run.py measures them among everything else):
``python tests/benchmarks/start_bench.py [--runs N]``.

Prints, each beside a peer measured in the same run, alternating:
- process start -> first painted preview of a 200-slide article, reopened (its page kept from the
  run before) and opened for the first time, against a bare QWebEngineView page;
- process start -> the whole window ready to edit, against the same bare page;
- ``slidewright export --to html`` of a 200-slide text article as a whole process, against
  ``pandoc -s`` on the same Markdown.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_bench import compile_package, export_process  # noqa: E402
from synth import build, build_text  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs of each, alternating")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "slidewright-bench")
    args = parser.parse_args()
    compile_package()  # the measured processes load bytecode, as an installed copy does
    process = export_process(build_text(args.cache / "text-200", 200), args.runs)
    from gui_bench import cold_start

    with tempfile.TemporaryDirectory() as settings_dir:
        start = cold_start(build(args.cache / "article-200", 200), Path(settings_dir), args.runs)
    bare = start["bare_page_ms"]
    print(f"medians of {args.runs} runs each, alternating, on {os.cpu_count()} cores")
    print(f"bare QWebEngineView page painted: {bare:.0f} ms")
    print(
        f"first painted preview, reopening (kept page): {start['cold_start_ms']:.0f} ms, "
        f"{start['cold_vs_bare']:.2f}x bare (target <= 1.4x)"
    )
    print(
        f"first painted preview, first open: {start['first_open_start_ms']:.0f} ms, "
        f"{start['first_open_vs_bare']:.2f}x bare (target <= 1.4x)"
    )
    print(
        f"whole window ready to edit, reopening: {start['ready_ms']:.0f} ms, "
        f"{start['ready_vs_bare']:.2f}x bare (target <= 2.0x)"
    )
    print(
        f"whole window ready to edit, first open: {start['first_open_ready_ms']:.0f} ms, "
        f"{start['first_open_ready_vs_bare']:.2f}x bare (target <= 2.0x)"
    )
    pandoc = process["pandoc_process_ms"]
    ours = process["export_process_ms"]
    if pandoc is None:
        print(f"export --to html, 200-slide text article: {ours:.0f} ms (pandoc not installed)")
    else:
        print(
            f"export --to html, 200-slide text article, whole process: {ours:.0f} ms; "
            f"pandoc -s: {pandoc:.0f} ms; {process['export_process_vs_pandoc']:.2f}x (target < 1)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
