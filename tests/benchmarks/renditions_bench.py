"""Responsive-image export beside ImageMagick: ``python tests/benchmarks/renditions_bench.py
[--slides 200] [--runs 1]``.

An html-folder export of an article whose slides carry 3,000 px JPEGs, timed cold (an empty
rendition cache: every picture decoded, scaled and encoded) and warm (the same export again: the
cache has them all), beside ImageMagick making the same renditions (480, 800, 1200, 1440 px, JPEG
and WebP, each width scaled from the one above) with ``convert -resize``, two pictures at a time
on the same cores (on the first ``--sample`` pictures: it takes several times as long). Prints
figures and ratios; asserts nothing. The article and its pictures are
made once and kept under ``~/.cache/slidewright-bench``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import build  # noqa: E402

from slidewright.exporters import ExportOptions, export  # noqa: E402
from slidewright.exporters.renditions import (  # noqa: E402
    QUALITY,
    WIDTHS,
    RenditionCache,
    widths_for,
)

SIZE = (3000, 2000)


def seconds(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def magick_command(source: Path, out: Path, hint: bool) -> list[str]:
    """One ``convert`` per picture: decode once, then for each width (widest first) scale from
    the previous one and write the JPEG and the WebP, as Slidewright does. ``hint`` adds
    ``-define jpeg:size``, which lets libjpeg decode at a reduced size like Pillow's draft mode."""
    command = ["convert"]
    widths = sorted(widths_for(SIZE[0]), reverse=True)
    if hint:
        command += ["-define", f"jpeg:size={widths[0]}x{widths[0]}"]
    command.append(str(source))
    for width in widths:
        stem = out / f"{source.stem}-{width}"
        command += ["-resize", f"{width}x", "-strip"]
        command += ["-quality", str(QUALITY["JPEG"]), "-interlace", "JPEG", "-write", f"{stem}.jpg"]
        command += ["-quality", str(QUALITY["WEBP"]), "-write", f"{stem}.webp"]
    return command + ["null:"]


def imagemagick(sources: list[Path], hint: bool) -> float:
    """Seconds for ImageMagick to make every rendition, two pictures at a time (one thread each:
    the same two cores Slidewright's two encoding threads get)."""
    env = dict(os.environ, MAGICK_THREAD_LIMIT="1", OMP_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as out:

        def one(source: Path) -> None:
            subprocess.run(magick_command(source, Path(out), hint), check=True, env=env)

        def run() -> None:
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                list(pool.map(one, sources))

        return seconds(run)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slides", type=int, default=200)
    parser.add_argument("--sample", type=int, default=20, help="pictures for the ImageMagick run")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "slidewright-bench")
    args = parser.parse_args()
    bundle = build(args.cache / f"article-{args.slides}-{SIZE[0]}px", args.slides, SIZE)
    sources = sorted((bundle / "images").glob("*.jpg"))
    have_magick = shutil.which("convert") is not None

    with tempfile.TemporaryDirectory() as work:
        os.environ["XDG_CACHE_HOME"] = str(Path(work) / "cache")  # an empty rendition cache
        cold = seconds(lambda: export(bundle, "html-folder", Path(work) / "cold"))
        warm = seconds(lambda: export(bundle, "html-folder", Path(work) / "warm"))
        again = seconds(
            lambda: export(bundle, "html-folder", Path(work) / "warm", ExportOptions(force=True))
        )
        files = sum(1 for _ in (Path(work) / "cold" / "assets").iterdir())
    # ImageMagick takes several times as long: it runs on the first --sample pictures, beside
    # Slidewright making the same renditions of the same pictures from an empty cache.
    sample = sources[: args.sample]
    with tempfile.TemporaryDirectory() as work:
        ours = seconds(lambda: RenditionCache(Path(work)).renditions(sample))
    magick = imagemagick(sample, hint=False) if have_magick else None
    magick_hint = imagemagick(sample, hint=True) if have_magick else None

    print(
        f"html-folder export, {args.slides} slides with {SIZE[0]}×{SIZE[1]} JPEGs, "
        f"{os.cpu_count()} cores; renditions {', '.join(map(str, WIDTHS))} px × JPEG+WebP "
        f"({files} files)"
    )
    print(f"  slidewright cold (empty cache)      {cold:8.2f} s")
    print(f"  slidewright warm (new folder)       {warm:8.2f} s")
    print(f"  slidewright warm (same folder)      {again:8.2f} s")
    print(f"the same renditions of the first {len(sample)} pictures, from nothing:")
    print(f"  slidewright (RenditionCache)        {ours:8.2f} s")
    if magick is not None and magick_hint is not None:
        for label, figure in (
            ("ImageMagick convert -resize      ", magick),
            ("ImageMagick + -define jpeg:size  ", magick_hint),
        ):
            print(f"  {label}   {figure:8.2f} s   slidewright/IM {ours / figure:.2f}")
    else:
        print("  ImageMagick: not installed (apt-get install imagemagick)")
    faster = "ok" if magick is not None and ours < magick else "MISSED or not measured"
    print(f"targets: warm ≤ 1 s: {'ok' if warm <= 1 else 'MISSED'}; cold faster than IM: {faster}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
