"""The read-ahead child's head start (credits/ahead_child.py): until the checking process has
read the article and sent its list of pictures, the child validates the pictures the article's
text names; a wrong guess costs only time, a hostile text is read in one pass, and the child's
c2pa import skips only the library's version lookup."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

from c2pafactory import CAPTURE, manifest, picture_bytes, sign, write
from readahead_scripts import (
    LOGGED,
    PRELUDE,
    run_script,
    signers,
)


def test_the_child_begins_with_the_pictures_the_article_names_before_the_list_comes(
    own_article: Path, tmp_path: Path
) -> None:
    """Until the parent has read the article, the child validates what its ``image:`` lines
    name; the answers are used, and the check's findings are the in-line ones."""
    guessing = (
        LOGGED
        + """
guess = ahead_child._guess_ahead
def guess_then_say_so(*args):
    early = guess(*args)
    with open(log, "a") as out:
        out.write("GUESSED\\n")
    return early
ahead_child._guess_ahead = guess_then_say_so
ahead.child_count = lambda: 1
reading = ahead.start("", bundle)  # the article, and no list yet
import time
child = reading.pids[0]
while "GUESSED" not in (open(log).read().split() if os.path.exists(log) else []):
    # Until the child is done guessing and waits for the list (a condition), or is gone.
    if os.waitid(os.P_PID, child, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
        break
    time.sleep(0.005)
guessed = [name for name in open(log).read().split() if name != "GUESSED"]
reading.send([slide.image for slide in load_article(bundle).slides], bundle)
ahead_run = check(reading)
print(json.dumps({"guessed": guessed, "ahead": ahead_run, "in line": check(),
                  "left": children_left()}))
"""
    )
    run = subprocess.run(
        [sys.executable, "-c", PRELUDE + guessing, str(own_article), str(tmp_path / "c.log")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    # The pictures, in the article's order (the missing file, the FIFO and the enormous file are
    # refused as their paths are resolved, as the check refuses them).
    assert found["guessed"] == [f"p{n}.jpg" for n in range(12)]
    assert found["ahead"]["validated in line"] == 0  # every answer the child's, altered ones too
    ahead_run = {k: v for k, v in found["ahead"].items() if k != "validated in line"}
    assert ahead_run == {k: v for k, v in found["in line"].items() if k != "validated in line"}
    assert found["left"] is False


def test_a_wrong_guess_costs_nothing_but_time(tmp_path: Path) -> None:
    """Lines the pattern takes for images that are no slide's (in a body), quoted paths, a
    block scalar it cannot read: the check is the one in line all the same."""
    desk, _ = signers()
    images = tmp_path / "article" / "images"
    for number in range(4):
        write(images / f"q{number}.jpg", sign(desk, manifest(CAPTURE), picture_bytes(
            (200, 150), (number * 40, 90, 160))))  # fmt: skip
    (tmp_path / "article" / "index.md").write_text(
        "---\ntitle: Guess\ncredit_label: Photo\nslides:\n"
        "- heading: One\n  image: 'images/q1.jpg'\n  credit: Ana Silva/Reuters\n"
        "  body: |\n    Not a slide's picture:\n    image: images/q3.jpg\n"
        '- heading: Two\n  image: "images/q0.jpg"\n  credit: Ana Silva/Reuters\n'
        "- heading: Three\n  image: >-\n    images/q2.jpg\n  credit: Ana Silva/Reuters\n---\n",
        encoding="utf-8",
    )
    bundle = tmp_path / "article"
    from slidewright.credits.ahead_child import guessed_pictures

    assert [Path(p).name for p in guessed_pictures(str(bundle))] == ["q1.jpg", "q3.jpg", "q0.jpg"]
    assert [Path(p).name for p in guessed_pictures(str(bundle / "index.md"))][:1] == ["q1.jpg"]
    script = """
ahead.child_count = lambda: 1
reading = ahead.start("", bundle)
import time
time.sleep(0.05)  # some time to guess, or none: the findings are the same either way
reading.send([slide.image for slide in load_article(bundle).slides], bundle)
print(json.dumps({"ahead": check(reading), "in line": check(), "left": children_left()}))
"""
    found = run_script(script, bundle)
    assert found["ahead"]["findings"] == found["in line"]["findings"]
    assert found["ahead"]["credentials"] == found["in line"]["credentials"]
    assert "untrusted" in found["ahead"]["credentials"]["images/q2.jpg"]
    assert found["left"] is False


def test_nothing_is_guessed_from_what_is_not_an_article(tmp_path: Path) -> None:
    from slidewright.credits.ahead_child import guessed_pictures

    os.mkfifo(tmp_path / "index.md")  # would hold an open() forever
    assert list(guessed_pictures(str(tmp_path))) == []
    assert list(guessed_pictures(str(tmp_path / "nothing-here"))) == []
    assert list(guessed_pictures("")) == []


def test_the_child_imports_c2pa_whole_and_leaves_no_stand_in() -> None:
    """The child skips c2pa's version lookup (importlib.metadata) and nothing else: the reader
    still validates, and importlib.metadata is importable for real afterwards."""
    script = """
import sys
sys.modules.pop("importlib.metadata", None)
from slidewright.credits import ahead_child
ahead_child._import_c2pa()
import c2pa
left = "importlib.metadata" in sys.modules
from importlib.metadata import version
print(left, c2pa.__version__, version("c2pa-python") != "", hasattr(c2pa, "Reader"))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["False", "unknown", "True", "True"]


def test_a_hostile_article_text_is_guessed_from_in_bounded_time(tmp_path: Path) -> None:
    """Pathological lines (a value of blanks, no end of line) cost the guess one pass."""
    from slidewright.credits.ahead_child import guessed_pictures

    (tmp_path / "index.md").write_text(
        "- image: a" + " " * 2_000_000 + "b\n" + "image:" + "\t" * 2_000_000, encoding="utf-8"
    )
    assert list(guessed_pictures(str(tmp_path))) == []  # neither names a file that is there
