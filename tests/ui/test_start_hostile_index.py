"""Starting the window on a bundle whose index.md is a FIFO or a link to /dev/zero: the start's
look for a kept page (ui/preview/first_page.py) reads nothing of it, so the start neither waits
for a writer for ever nor fills the memory; the opening then says why, as ``check`` does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from slidewright.ui.preview import first_page


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_no_kept_page_is_looked_for_in_a_pipe_or_a_device(tmp_path: Path, kind: str) -> None:
    bundle = tmp_path / "walks"
    bundle.mkdir()
    index = bundle / "index.md"
    if kind == "fifo":
        os.mkfifo(index)
    else:
        index.symlink_to("/dev/zero")
    assert first_page.lookup(bundle, "article") is None
    from slidewright.ui.app import plan

    start, _ = plan(bundle, False, str(tmp_path / "settings.ini"))
    assert start.article is not None and not start.from_kept_page
