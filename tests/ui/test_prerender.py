"""A first open's page rendered by a forked child (ui/preview/prerender.py): the very page the
window would render itself (so it is kept, not reloaded), in the mode the writer left, and a
child that cannot read the article gives nothing, quickly, and is reaped. Each case runs in a
process of its own: the fork happens before Qt is loaded, as in ``slidewright``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from slidewright.ui.preview.prerender import Prerender
    bundle, ini = Path(sys.argv[1]), sys.argv[2]
    forked = Prerender.start(bundle, ini)
    handed = forked.take() if forked else None
    try:
        os.waitpid(forked.pid, os.WNOHANG)
        reaped = False
    except ChildProcessError:
        reaped = True
    out = {"forked": forked is not None, "reaped": reaped, "exit": forked and forked.exit_code}
    if handed is not None:
        from slidewright.fileformat.bundle import bundle_dir, load_article
        from slidewright.ui.preview.render import opening_page
        own, _ = opening_page(load_article(bundle), bundle_dir(bundle), handed.mode)
        out.update(mode=handed.mode, bundle=str(handed.bundle), same=handed.page == own,
                   slideshow=b"mode-slideshow" in handed.page, size=len(handed.page))
    print(json.dumps(out))
    """
)


def _run(bundle: Path, ini: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(bundle), str(ini)],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_child_renders_the_page_the_window_would(sample_bundle: Path, tmp_path: Path) -> None:
    got = _run(sample_bundle, tmp_path / "s.ini")
    assert got["forked"] and got["reaped"] and got["exit"] == 0
    assert got["same"] and got["mode"] == "article" and got["size"] > 10_000
    assert got["bundle"] == str(sample_bundle)


def test_the_child_renders_in_the_mode_the_writer_left(sample_bundle: Path, tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[General]\npreviewMode=slideshow\n", encoding="utf-8")
    got = _run(sample_bundle, ini)
    assert got["mode"] == "slideshow" and got["same"]


def test_an_unreadable_article_gives_no_page_and_no_zombie(
    sample_bundle: Path, tmp_path: Path
) -> None:
    index = sample_bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("title:", "title: [", 1))
    got = _run(sample_bundle, tmp_path / "s.ini")
    assert got["forked"] and got["reaped"] and "same" not in got
    assert got["exit"] == 1  # it gave up on its own: not stopped at the parent's time limit
