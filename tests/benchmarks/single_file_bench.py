"""Size of the single HTML file for a 40-slide article of 3,000 px photos (issue 26: was
10.7 MB, goal 4 MB), beside what inlining the originals would weigh, in the same run.

Photos are the benchmark pictures with grain added, so JPEG compresses them as it does real
photographs (smooth generated pictures would flatter any setting).

    .venv/bin/python tests/benchmarks/single_file_bench.py [SLIDES]
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from imagefactory import picture  # noqa: E402
from slidewright import save_article  # noqa: E402
from slidewright.exporters import ExportOptions, export  # noqa: E402
from slidewright.model import Article, Slide  # noqa: E402


def photo(path: Path, seed: int, size: tuple[int, int] = (3000, 2000)) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    grain = Image.effect_noise(size, 48).convert("RGB")
    Image.blend(picture(size, seed), grain, 0.18).save(path, quality=90)


def main() -> None:
    slides = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as tmp:
        bundle = Path(tmp) / "forty"
        article = Article(title="Forty photographs", author="Bench Mark", date="2026-11-27")
        for n in range(slides):
            photo(bundle / "images" / f"p{n:02d}.jpg", seed=random.Random(n).randint(0, 999))
            article.slides.append(
                Slide(heading=f"Photo {n + 1}", image=f"images/p{n:02d}.jpg", alt=f"Photo {n + 1}",
                      credit="Bench Mark", body="A paragraph under the picture.")
            )  # fmt: skip
        save_article(article, bundle)
        originals = sum(f.stat().st_size for f in (bundle / "images").iterdir())
        out = Path(tmp) / "page.html"
        export(bundle, "html", out, ExportOptions(warn=lambda _m: None))
        size = out.stat().st_size
        print(f"{slides} slides of 3000x2000 photos")
        print(f"  originals, as base64:   {originals * 4 / 3 / 1e6:6.2f} MB")
        print(f"  single HTML file:       {size / 1e6:6.2f} MB  (goal <= 4 MB)")
        print(f"  ratio file/originals:   {size / (originals * 4 / 3):6.3f}")


if __name__ == "__main__":
    main()
