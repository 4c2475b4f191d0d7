"""The benchmark's start-up probe keeps working (it is what the start-up figures come from): a
first start and a reopening both report when the preview painted and when the whole window was
ready, and on a reopening the article is on screen before the rest of the window is built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROBE = Path(__file__).parents[1] / "benchmarks" / "startup_probe.py"


def _probe(mode: str, bundle: Path, settings: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(PROBE), mode, str(bundle), str(settings), repr(time.time())],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_first_start_and_reopening_report_paint_and_ready(
    sample_bundle: Path, tmp_path: Path
) -> None:
    first = _probe("app-cold", sample_bundle, tmp_path)
    again = _probe("app", sample_bundle, tmp_path)
    for figures in (first, again):
        assert 0 < figures["painted_ms"] < 60_000 and figures["ready_ms"] > 0
    # reopened from the kept page: the article is painted before the editors exist
    assert again["whole_before_paint"] == 0.0
    bare = _probe("bare", sample_bundle, tmp_path)
    assert 0 < bare["painted_ms"] < 60_000 and "ready_ms" not in bare
