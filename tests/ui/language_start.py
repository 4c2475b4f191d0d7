"""A window started in a process of its own with the writer's LANGUAGE set (the window's language
is chosen once per process, before the first widget: ui/translation.py), and a throw-away home so
that nothing of this machine's settings or caches takes part."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def start_in_language(
    script: str, language: str, folder: Path, timeout: int = 240, **env: str
) -> str:
    """Run ``script`` (``python -c``, given the settings file as its argument) with
    ``LANGUAGE=language`` and its homes under ``folder``; the last line it printed. ``env``:
    more of the environment (``LANG="en_US.UTF-8"``)."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={
            **os.environ,
            "LANGUAGE": language,
            "HOME": str(folder / "home"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_DATA_HOME": str(folder / "data"),
            **env,
        },
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]
