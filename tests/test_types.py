"""The type checker passes on the whole package (settings in pyproject.toml's [tool.mypy])."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_errors_in_desktop() -> None:
    mypy = Path(sys.executable).with_name("mypy")
    if not mypy.exists():
        found = shutil.which("mypy")
        if found is None:
            pytest.skip("mypy is not installed (pip install -e '.[test]')")
        mypy = Path(found)
    result = subprocess.run(
        [str(mypy), "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
