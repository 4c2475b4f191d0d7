"""Lighthouse 12.2.3 (mobile, its default) on the sample article as each output publishes it:
html-folder, paged (first and a middle slide page), Hugo and Jekyll (built with the real tools),
and the single HTML file beside them. Prints the four category scores per page (goal: 95 or more
in every category, issue 26).

Each output is served over loopback from a site root that has a favicon.ico and a robots.txt,
as a real site does (without them Lighthouse counts the 404s against the page, not the export).
Lighthouse is pinned in package.json (Node 20; Lighthouse 13 needs Node 22): ``npm ci`` first.

    .venv/bin/python tests/benchmarks/lighthouse_bench.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "browser"))

from axeaudit import serve  # noqa: E402

from sitebuild import build_hugo, build_jekyll  # noqa: E402
from slidewright.exporters import ExportOptions, export  # noqa: E402
from slidewright.packagedata import copy_sample  # noqa: E402

LIGHTHOUSE = HERE.parents[1] / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BASE = "https://news.example/"


def scores(url: str, report: Path) -> dict[str, int]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    subprocess.run(
        [str(LIGHTHOUSE), url, f"--chrome-path={chromium}", "--quiet", "--output=json",
         f"--output-path={report}", f"--only-categories={','.join(CATEGORIES)}",
         "--chrome-flags=--headless=new --no-sandbox"],
        check=True, timeout=300,
    )  # fmt: skip
    data = json.loads(report.read_text(encoding="utf-8"))
    return {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}


def site_root(folder: Path) -> Path:
    """What every site has beside its pages."""
    (folder / "favicon.ico").write_bytes(b"\0\0\1\0\0\0")  # an empty icon directory
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return folder


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` at the repository's root")
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        root = Path(tmp)
        bundle = copy_sample(root / "src" / "harbour-towns")
        quiet = ExportOptions(base_url=BASE, warn=lambda _m: None)
        export(bundle, "html", root / "html" / "page.html", quiet)
        export(bundle, "html-folder", root / "folder" / "harbour-towns", quiet)
        export(
            bundle,
            "html-folder",
            root / "paged" / "harbour-towns",
            quiet.with_changes(mode="paged"),
        )
        pages = {
            "single HTML file": (root / "html", "page.html"),
            "html-folder": (root / "folder", "harbour-towns/"),
            "paged, page 1": (root / "paged", "harbour-towns/"),
            "paged, page 5": (root / "paged", "harbour-towns/slide-5/"),
        }
        for site, build, built in (
            ("hugo", build_hugo, "public"),
            ("jekyll", build_jekyll, "_site"),
        ):
            if shutil.which(site):
                export(bundle, site, root / site, quiet)
                build(root / site)
                pages[site.capitalize()] = (root / site / built, "harbour-towns/")
        print(f"Lighthouse 12 mobile, sample article ({len(pages)} pages)")
        print(f"{'page':<18}" + "".join(f"{name:>16}" for name in CATEGORIES))
        for name, (folder, path) in pages.items():
            address = stack.enter_context(serve(site_root(folder)))
            got = scores(address + path, root / "report.json")
            print(f"{name:<18}" + "".join(f"{got[c]:>16}" for c in CATEGORIES), flush=True)


if __name__ == "__main__":
    main()
