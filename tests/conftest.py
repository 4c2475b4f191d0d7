"""Test set-up: Qt runs offscreen without a sandbox (CI runs as root), settings stay local."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The offscreen screen is a 1600×1000 desktop (its default, 800×800, is smaller than any writer's;
# the window fits the screen it opens on, see ui/access/fit.py)
SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for imagefactory

import pytest  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "slideshow-article.txt"


@pytest.fixture
def seed_text() -> str:
    """The real slideshow page text from ../shared/seed (skipped when that folder is absent)."""
    if not SEED.is_file():
        pytest.skip("../shared/seed is not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def sample_bundle(tmp_path: Path) -> Path:
    """A writable copy of the bundled sample article."""
    import shutil

    from slidewright.packagedata import as_file, resource

    with as_file(resource("sample", "harbour-towns")) as source:
        target = tmp_path / "harbour-towns"
        shutil.copytree(source, target)
    return target


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_main_thread() -> Iterator[None]:
    """Cycles are collected on this (the UI) thread between tests, never by a worker that
    happens to allocate: a Qt wrapper freed there deletes its object on the wrong thread and
    crashed the suite (slidewright/ui/collector.py does the same in the app)."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """What the thresholds would have collected during the test, collected after it."""
    yield
    import gc

    young, middle, old = gc.get_count()
    threshold = gc.get_threshold()
    if young > threshold[0]:
        gc.collect(2 if old > threshold[2] else 1 if middle > threshold[1] else 0)


@pytest.fixture(autouse=True)
def private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Image renditions (and compiled templates) go to a cache of the test session's own, never
    the user's ~/.cache; shared by the session's tests, as a user's is by their exports."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


WAIT_GUARD_MS = 120_000  # what every qtbot wait allows at the least (see _waits_are_guards)


def _waits_are_guards() -> None:
    """pytest-qt's waits (waitUntil, waitSignal, waitExposed...) return as soon as their condition
    holds; their timeout only ends a test that would otherwise hang. The 3 to 5 s a test used to
    give were crossed on a busy machine (two other processes on both cores), failing tests for
    no fault of the code, so every wait gets at least WAIT_GUARD_MS. No test may read a timeout as
    "this happened fast enough": speed is measured in tests/benchmarks/."""
    import functools

    from pytestqt.qtbot import QtBot

    def patient(method: Any) -> Any:
        @functools.wraps(method)
        def wait(self: QtBot, *args: Any, timeout: int | None = 5000, **kwargs: Any) -> Any:
            if timeout is not None and timeout > 0:  # (0 or None: no limit at all already)
                timeout = max(timeout, WAIT_GUARD_MS)
            return method(self, *args, timeout=timeout, **kwargs)

        return wait

    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive"):
        setattr(QtBot, name, patient(getattr(QtBot, name)))


def pytest_configure(config: pytest.Config) -> None:
    """Qt needs the preview's URL scheme and WebEngine loaded before any QApplication exists."""
    try:
        from PySide6.QtCore import QStandardPaths

        from slidewright.ui.preview.scheme import register_scheme
    except ImportError:  # the core tests still run where Qt cannot be imported
        return
    _waits_are_guards()
    register_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401

    QStandardPaths.setTestModeEnabled(True)  # Documents, config: throw-away test locations


MAX_WORKERS = 4  # each worker starts Qt, WebEngine and perhaps its own WordPress: a few suffice


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (pyproject's addopts): one worker more than the cores this process may use, up
    to MAX_WORKERS; on one core, none (the tests run in this process).

    Why one more: a test spends about a quarter of its time waiting on other processes (the
    preview's and Playwright's Chromium, Hugo, Jekyll, the test WordPress), when its worker's core
    would sit idle. Measured on two quiet cores: two workers 387-410 s, three 326 s, four 320 s."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 0 if (cores or 1) < 2 else min((cores or 1) + 1, MAX_WORKERS)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Which tests share a worker (``--dist loadgroup``): a file's tests stay together, so the
    Hugo and Jekyll sites and the browser a module builds once are built once; every test of
    the real WordPress shares one worker, so one WordPress and MariaDB start, not one a worker.
    (Before xdist adds a group's name to the test ids, hence tryfirst.)"""
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        fixtures = getattr(item, "fixturenames", ())
        group = "wordpress" if "wordpress" in fixtures else item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))
