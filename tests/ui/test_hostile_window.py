"""Opening each file of the hostile corpus in the window: the project's error or a clean load,
and the window keeps running its event loop (a timer keeps firing) while it reads."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fileformat"))
from hostile_corpus import CASES, build_case  # noqa: E402

from slidewright.ui.window.main_window import MainWindow  # noqa: E402

HANG = 5.0  # seconds of the UI thread's CPU between two timer ticks: the window would be frozen
STUCK = 120.0  # seconds on the wall clock between two ticks: waiting on something, never ending


def test_every_hostile_article_opens_or_says_why_and_the_window_never_freezes(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    errors: list[str] = []
    window.session.prompts.error = lambda _title, text: errors.append(text)
    window.session.prompts.yes_no = lambda *_args, **_kwargs: False
    # Each tick notes the UI thread's CPU time (what a busy machine does not inflate) and the
    # wall clock (a generous bound only: a frozen wait on a pipe uses no CPU)
    ticks: list[tuple[float, float]] = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append((time.thread_time(), time.monotonic())))
    timer.start()
    outcomes = {}
    for case in CASES:
        bundle = build_case(case, tmp_path / "corpus")
        before = len(errors)
        started = time.monotonic()
        opened = window.session.open_path(bundle)
        outcomes[case.name] = (opened, time.monotonic() - started, errors[before:])
        if opened:
            window.doc.undo_stack.setClean()
            window.session.close_article()
    timer.stop()
    gaps = [b[0] - a[0] for a, b in zip(ticks, ticks[1:], strict=False)]
    waits = [b[1] - a[1] for a, b in zip(ticks, ticks[1:], strict=False)]
    slowest = sorted(outcomes.items(), key=lambda item: -item[1][1])[:3]
    print("slowest opens:", [(name, f"{seconds:.2f} s") for name, (_, seconds, _) in slowest])
    print(
        f"longest time the event loop waited: {max(waits):.2f} s ({max(gaps):.2f} s of its CPU) "
        f"over {len(CASES)} articles"
    )
    for case in CASES:
        opened, _seconds, said = outcomes[case.name]
        if case.expect == "error":
            assert not opened and said, f"{case.name}: opened, or refused without a reason"
        else:
            assert opened, f"{case.name}: a clean article did not open: {said}"
    assert max(gaps) < HANG and max(waits) < STUCK
    assert window.isVisible()
