"""Every case of the hostile corpus is answered fast, with the project's error or a clean load,
in load_article, ``slidewright check`` and ``slidewright export --to html``: no traceback, no
hang (a per-case timeout fails the run), memory bounded (tracemalloc)."""

from __future__ import annotations

import resource
import time
import tracemalloc
from pathlib import Path

import pytest
from hostile_corpus import CASES, Case, build_case

from slidewright import load_article
from slidewright.cli import main
from slidewright.errors import FormatError
from slidewright.fileformat import loses_on_save

MAX_PEAK_MB = 300  # the largest case holds a 25 MB file; nothing may balloon beyond that


def test_the_corpus_is_large_and_names_are_unique() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.timeout(170)  # a hang fails here; wall time: a busy machine may triple it
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_case_is_answered_quickly_and_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    bundle = build_case(case, tmp_path / "corpus")
    timings = {}
    tracemalloc.start()
    try:
        start = time.process_time()  # CPU time: a busy machine slows the wall clock, not the work
        try:
            load_article(bundle)
            outcome = "clean"
        except FormatError as error:
            outcome = "error"
            assert error.path is not None and error.message
        timings["load"] = time.process_time() - start
        if outcome == "clean":  # the window asks this before the first save
            start = time.process_time()
            assert isinstance(loses_on_save(bundle), list)
            timings["loses_on_save"] = time.process_time() - start

        start = time.process_time()
        code = main(["check", str(bundle)])
        timings["check"] = time.process_time() - start

        start = time.process_time()
        exported = main(["export", str(bundle), "--to", "html", "-o", str(tmp_path / "out.html")])
        timings["export"] = time.process_time() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    print(
        f"{case.name}: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items())
        + f", peak {peak:.0f} MB"
    )
    assert outcome == case.expect, err
    assert "Traceback" not in err
    if case.expect == "error":
        assert code == 2 and exported == 2
        assert err.count("slidewright: ") == 2 and str(bundle) in err
    else:
        assert code in (0, 1) and exported == 0
    assert peak < MAX_PEAK_MB
    # tracemalloc does not see C allocations (libyaml, Pillow, nh3): the process's high-water
    # mark catches a blow-up there (ru_maxrss is in KiB on Linux)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * 2**20
    # Generous: tracemalloc slows Python-heavy steps several times, and the slowest step here
    # (checking the 10,000-slide case) takes 11 s of CPU on the machine this was written on, so
    # a limit of 20 failed a machine half as fast. A hang or a quadratic step on these sizes
    # takes minutes: this catches those on any machine; the printed timings show the figures.
    assert max(timings.values()) < 60
