"""Guard: a writing session of thousands of keystrokes in the real window does not crash.

PySide6 6.12.0 releases ``None``/``True``/``False`` once too often per ``runJavaScript`` call and
keystroke; on CPython 3.11 the interpreter then aborts with ``none_dealloc`` after about a thousand
keys. pyproject.toml keeps installs off that release; this test catches it (or any like it) again.
The session runs in its own process (tests/ui/writer_session.py) so an abort fails this test instead
of ending the whole run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import PySide6

from slidewright.spelling import open_dictionary, system_language

KEYS = 3000
IMMORTAL_SINGLETONS = sys.version_info >= (3, 12)  # their counts no longer move there


def test_thousands_of_keystrokes_with_slide_edits_leave_the_process_alive_and_counts_steady(
    sample_bundle: Path, tmp_path: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("writer_session.py")),
            str(sample_bundle),
            str(KEYS),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    fatal = [line for line in result.stderr.splitlines() if "Fatal Python error" in line]
    assert result.returncode == 0 and not fatal, (
        f"the writing session died (PySide6 {PySide6.__version__}): "
        f"{fatal or result.stderr[-2000:]}"
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"PySide6 {PySide6.__version__}: {json.dumps(figures)}")
    assert figures["keys"] >= KEYS
    # with spell checking on wherever the machine has the dictionary (CI installs it)
    assert figures["spell_checked"] or not open_dictionary(system_language()).available
    if not IMMORTAL_SINGLETONS:
        for name in ("None", "True", "False"):
            before, after = figures["before"][name], figures["after"][name]
            assert after >= before - 50, f"references to {name} fell from {before} to {after}"
