"""Spell checking's cost per keystroke, beside the same window with spelling off (its peer).

Types into a long body paragraph in the real window and times each key press as Qt handles it (the
highlighter runs inside it, for the changed paragraph), with the en_US dictionary and then without
one. Prints the medians and the 95th percentiles; about 20 seconds.

``.venv/bin/python tests/benchmarks/spelling_bench.py [KEYS]``
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

PARAGRAPH = (
    "Harbor light fell across the quay while boats came in slowly with nets, and gulls wheeled "
    "behind them; the market opened early and bakers carried trays of bread past the old customs "
    "house where a ferry waited for the tide. "
) * 4  # a long paragraph (~900 characters): every key re-checks all of it
LONG_PARAGRAPH = PARAGRAPH * 23  # ~20,000 characters: over LONGEST_HIGHLIGHTED, checked in pieces
# What is typed: real words, a few misspelt, as a writer types them.
TYPED = (
    "the fishermen mend their nets on the slipway and the smell of tar and salt hangs over "
    "the harbr while a gull argues with a dog about a crust of bread near the lifeboat stattion"
).split()


def main(keys: int) -> int:
    from core_bench import median, p95
    from gui_bench import open_window, wait
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from slidewright.packagedata import as_file, resource
    from slidewright.spelling import open_dictionary
    from slidewright.ui.app import create_application
    from slidewright.ui.window.editing_tools import EditingTools

    if not open_dictionary("en-US").available:
        print("no en_US dictionary (Debian: libenchant-2-2 hunspell-en-us): nothing to measure")
        return 0
    app = create_application()
    scratch = Path(tempfile.mkdtemp(prefix="sw-spell-bench-"))
    with as_file(resource("sample", "harbour-towns")) as source:
        shutil.copytree(source, scratch / "a")
    window = open_window(scratch / "a", scratch)
    spelling = window.findChild(EditingTools).spelling
    body = window.slide_editor.body
    body.setFocus()
    body.setPlainText(PARAGRAPH)
    typed = ((" ".join(TYPED) + " ") * (keys // 100 + 1))[:keys]
    figures: dict[str, list[float]] = {"spelling off": [], "spelling on": []}
    figures |= {"long, off": [], "long, on": []}  # a 20,000-character paragraph, in pieces
    english = open_dictionary("en-US")
    runs = ("spelling off", "spelling on", "long, off", "long, on") * 2  # alternating
    for name in runs:
        spelling.dictionary = english if name.endswith("on") else None
        body.setPlainText(LONG_PARAGRAPH if name.startswith("long") else PARAGRAPH)
        body.moveCursor(QTextCursor.MoveOperation.End)
        for n, char in enumerate(typed):
            start = time.perf_counter()
            QTest.keyClicks(body, char)
            figures[name].append((time.perf_counter() - start) * 1000)
            if n % 40 == 0:
                wait(5)  # let the preview and the checker catch up, as a pause between words does
    window.doc.undo_stack.setClean()
    window.close()
    app.processEvents()
    print(
        f"key press handled in the body: {len(typed)} keys x 2 runs each, typed at the end of a "
        f"{len(PARAGRAPH)}-character paragraph"
    )
    for name, times in figures.items():
        print(f"  {name:>12}: median {median(times):.3f} ms, p95 {p95(times):.3f} ms")
    on, off = median(figures["spelling on"]), median(figures["spelling off"])
    print(f"  spelling adds {on - off:.3f} ms per key press (median), ratio {on / off:.2f}")
    on, off = median(figures["long, on"]), median(figures["long, off"])
    print(
        f"  in a {len(LONG_PARAGRAPH)}-character paragraph (checked in pieces): spelling adds "
        f"{on - off:.3f} ms per key press (median), ratio {on / off:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 400))
