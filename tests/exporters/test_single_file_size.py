"""The single HTML file inlines each picture at a size chosen for the page's column, not the
camera's (issue 26: 40 photos of 3,000 px made a 10.7 MB page), and the summary says its size."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path
from typing import Any

from PIL import Image

from imagefactory import make_image
from slidewright import save_article
from slidewright.cli import main
from slidewright.exporters.images import MAX_WIDTH
from slidewright.model import Article, Slide


def test_inlined_photos_are_page_sized_and_the_summary_gives_the_weight(
    tmp_path: Path, capsys: Any
) -> None:
    bundle = tmp_path / "big"
    for n in range(2):
        make_image(bundle / "images" / f"p{n}.jpg", size=(3000, 2000), seed=n, quality=95)
    article = Article(title="Big", slides=[
        Slide(heading=f"P{n}", image=f"images/p{n}.jpg", alt="x", credit="A. Lens") for n in range(2)
    ])  # fmt: skip
    save_article(article, bundle)
    out = tmp_path / "page.html"
    assert main(["export", str(bundle), "--to", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    inlined = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', page)
    assert len(inlined) == 2
    for data in inlined:
        with Image.open(io.BytesIO(base64.b64decode(data))) as image:
            assert image.size == (MAX_WIDTH, MAX_WIDTH * 2 // 3)
    assert MAX_WIDTH <= 1200  # the column is 696 CSS px: no camera-sized picture in a page
    size = out.stat().st_size
    shown = f"({size / 1e6:.1f} MB)" if size >= 100_000 else f"({max(1, round(size / 1e3))} kB)"
    assert shown in capsys.readouterr().out
