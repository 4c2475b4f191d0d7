"""The background thread runs jobs in order, reports failures, and lets go of what jobs carried."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from slidewright.ui.background import Background
from slidewright.ui.window.main_window import MainWindow


class Snapshot:
    """Stands for what a job carries (a copy of the article)."""


def test_finished_jobs_let_go_of_their_snapshots(qtbot: Any) -> None:
    background = Background()
    results: list[object] = []
    background.done.connect(lambda _token, result: results.append(result))
    alive = []
    for n in range(300):
        snapshot = Snapshot()
        alive.append(weakref.ref(snapshot))
        background.submit(lambda snapshot=snapshot, n=n: (n, id(snapshot)), n)
        del snapshot
    qtbot.waitUntil(lambda: len(results) == 300, timeout=10000)
    assert [r[0] for r in results] == list(range(300))  # in order  # type: ignore[index]
    gc.collect()
    assert sum(ref() is not None for ref in alive) == 0


def test_a_failing_job_is_reported(qtbot: Any) -> None:
    background = Background()
    with qtbot.waitSignal(background.failed, timeout=5000) as failed:
        background.submit(lambda: 1 / 0, "token")
    assert failed.args == ["token", "ZeroDivisionError: division by zero"]
    assert not background.busy()


def test_deleting_slides_while_a_check_runs_leaves_consistent_findings(
    qtbot: Any, sample_window: MainWindow
) -> None:
    panel = sample_window.problems
    for _ in range(3):
        panel.run_check()  # a check is on its way...
        sample_window.select_rows([len(sample_window.doc.article.slides) - 1])
        sample_window.actions_by_name["delete_slide"].trigger()  # ...and the slides change
    qtbot.waitUntil(lambda: not panel.background.busy(), timeout=10000)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not panel.background.busy(), timeout=10000)
    count = len(sample_window.doc.article.slides)
    assert count == 6
    assert all(f.slide is None or f.slide < count for f in panel.findings)
