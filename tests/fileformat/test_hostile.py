"""Every case of the hostile corpus is answered fast, with the project's error or a clean load,
in load_article, ``slidewright check`` and ``slidewright export --to html``: no traceback, no
hang (a per-case timeout fails the run), memory bounded (the process's peak, see Peak)."""

from __future__ import annotations

import ctypes
import gc
import re
import resource
import time
import tracemalloc
from pathlib import Path
from types import TracebackType

import pytest
from hostile_corpus import CASES, Case, build_case

from slidewright import load_article
from slidewright.cli import main
from slidewright.errors import FormatError
from slidewright.fileformat import loses_on_save

MAX_PEAK_MB = 300  # the largest case holds a 25 MB file; nothing may balloon beyond that


class Peak:
    """The most memory the process took over its size at the start, in MB (``mb``, on exit).

    Read as the kernel counts it: the process's high-water mark, reset at the start
    (/proc/self/clear_refs) after freed memory has gone back to the system (a collection and
    glibc's malloc_trim), so that a case cannot hide in memory an earlier test freed. It sees
    C allocations too (libyaml, Pillow, nh3), and costs nothing while the case runs, where
    tracemalloc, which records every allocation, made the largest cases ten times slower.
    Where the mark cannot be reset, tracemalloc counts Python's allocations instead."""

    def __init__(self) -> None:
        self.mb = 0.0
        self._traced = False
        self._base = 0

    def __enter__(self) -> Peak:
        gc.collect()
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
        try:
            with open("/proc/self/clear_refs", "w") as clear:
                clear.write("5")  # the high-water mark starts again from the size now
            self._base = _status_kb("VmRSS")
        except (OSError, ValueError):
            self._traced = True
            tracemalloc.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._traced:
            self.mb = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        else:
            self.mb = (_status_kb("VmHWM") - self._base) / 1024


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        found = re.search(rf"^{field}:\s+(\d+) kB", status.read(), re.MULTILINE)
    if found is None:
        raise ValueError(f"no {field} in /proc/self/status")
    return int(found.group(1))


@pytest.fixture(scope="module", autouse=True)
def warm(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each step once on the sample before the cases: what a process does once (imports, the
    agency catalogue's patterns, the templates) is not a case's cost. Compiled under tracemalloc,
    which records every allocation, that alone took 9 s of the first case's CPU here."""
    import shutil

    from slidewright.packagedata import as_file, resource

    with as_file(resource("sample", "harbour-towns")) as source:
        bundle = tmp_path_factory.mktemp("warm") / "harbour-towns"
        shutil.copytree(source, bundle)
    load_article(bundle)
    loses_on_save(bundle)
    main(["check", str(bundle)])
    main(["export", str(bundle), "--to", "html", "-o", str(bundle.parent / "out.html")])


def test_the_peak_counts_memory_a_case_takes_even_where_an_earlier_test_freed_some() -> None:
    freed = [b"x" * (64 * 2**20) for _ in range(4)]  # 256 MB an earlier test took and let go
    del freed
    with Peak() as peak:
        taken = [b"y" * (32 * 2**20) for _ in range(5)]  # 160 MB, counted from the size now
        del taken
    assert 150 <= peak.mb < 220, peak.mb


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
    with Peak() as peak:
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
    err = capsys.readouterr().err
    print(
        f"{case.name}: "
        + ", ".join(f"{k} {v:.2f} s" for k, v in timings.items())
        + f", peak {peak.mb:.0f} MB"
    )
    assert outcome == case.expect, err
    assert "Traceback" not in err
    if case.expect == "error":
        assert code == 2 and exported == 2
        assert err.count("slidewright: ") == 2 and str(bundle) in err
    else:
        assert code in (0, 1) and exported == 0
    assert peak.mb < MAX_PEAK_MB
    # and the process as a whole stays bounded (ru_maxrss is in KiB on Linux)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * 2**20
    # Generous: the slowest step here takes under 3 s of CPU on the machine this was written
    # on (11 s once, under tracemalloc), and a machine may be several times slower. A hang or
    # a quadratic step on these sizes takes minutes: this catches those on any machine; the
    # printed timings show the figures.
    assert max(timings.values()) < 60
