"""Core figures: open/save, HTML export (vs pandoc), credit check cold/warm/after one edit."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from slidewright import load_article, save_article
from slidewright.credits import CreditChecker, MetadataCache, check_article
from slidewright.exporters import export_article


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def open_save(bundle: Path, repeat: int) -> dict[str, float]:
    article = load_article(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp)
        return {
            "open_ms": median(timed(lambda: load_article(bundle), repeat)),
            "save_ms": median(timed(lambda: save_article(article, target), repeat)),
        }


def export_html(bundle: Path, repeat: int) -> dict[str, float | None]:
    article = load_article(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.html"
        ours = median(timed(lambda: export_article(article, bundle, "html", out), repeat))
        size = out.stat().st_size
        pandoc = None
        if shutil.which("pandoc"):
            source = Path(tmp) / "same.md"
            source.write_text(as_plain_markdown(article), encoding="utf-8")
            embed = (
                "--embed-resources" if "--embed-resources" in _pandoc_help() else "--self-contained"
            )
            command = [
                "pandoc",
                str(source),
                "--standalone",
                embed,
                "--resource-path",
                str(bundle),
                "-o",
                str(Path(tmp) / "pandoc.html"),
                "--metadata",
                f"title={article.title}",
            ]
            pandoc = median(
                timed(
                    lambda: subprocess.run(command, check=True, capture_output=True),
                    max(1, repeat // 2),
                )
            )
    return {
        "export_ms": ours,
        "export_bytes": size,
        "pandoc_ms": pandoc,
        "export_vs_pandoc": (ours / pandoc) if pandoc else None,
    }


def _pandoc_help() -> str:
    return subprocess.run(["pandoc", "--help"], capture_output=True, text=True).stdout


def as_plain_markdown(article: object) -> str:
    """The article as one Markdown file with its images, for pandoc to convert."""
    parts = [article.intro]
    for slide in article.slides:
        parts.append(f"## {slide.heading}")
        if slide.image:
            parts.append(f"![{slide.alt}]({slide.image})")
        if slide.credit:
            parts.append(f"Credit: {slide.credit}")
        parts.append(slide.body)
    return "\n\n".join(parts)


def compile_package() -> None:
    """Write the package's bytecode before timing whole processes, as installing a wheel does.
    With PYTHONDONTWRITEBYTECODE set (some shells and CI set it) every edited module would be
    compiled from source in every measured process: tens of ms that no installed copy pays."""
    import compileall

    import slidewright

    compileall.compile_dir(str(Path(slidewright.__file__).parent), quiet=1)


def slidewright_command() -> list[str]:
    """The installed ``slidewright`` command of this interpreter (``python -m slidewright`` when the
    entry point script is not beside it)."""
    script = Path(sys.executable).parent / "slidewright"
    return [str(script)] if script.exists() else [sys.executable, "-m", "slidewright"]


def export_process(bundle: Path, repeat: int) -> dict[str, float | None]:
    """Whole processes, side by side: ``slidewright export --to html`` of a text-only article and
    ``pandoc -s`` on the same Markdown, run alternately; medians of ``repeat`` runs each."""
    article = load_article(bundle)
    with tempfile.TemporaryDirectory() as tmp:
        ours_cmd = [*slidewright_command(), "export", str(bundle), "--to", "html"]
        ours_cmd += ["-o", str(Path(tmp) / "out.html")]
        source = Path(tmp) / "same.md"
        source.write_text(as_plain_markdown(article), encoding="utf-8")
        pandoc_cmd = None
        if shutil.which("pandoc"):
            pandoc_cmd = ["pandoc", "-s", str(source), "-o", str(Path(tmp) / "pandoc.html")]
            pandoc_cmd += ["--metadata", f"title={article.title}"]
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(repeat):
            ours += timed(lambda: subprocess.run(ours_cmd, check=True, capture_output=True), 1)
            if pandoc_cmd:
                theirs += timed(
                    lambda: subprocess.run(pandoc_cmd, check=True, capture_output=True), 1
                )
    process, pandoc = median(ours), (median(theirs) if theirs else None)
    return {
        "export_process_ms": process,
        "pandoc_process_ms": pandoc,
        "export_process_vs_pandoc": (process / pandoc) if pandoc else None,
    }


def credit_check(bundle: Path, repeat: int) -> dict[str, float]:
    """Cold: nothing read yet. Warm: metadata cached, a fresh checker (the CLI run on an article the
    window has open). After an edit: the window's checker, one slide changed."""
    article = load_article(bundle)
    cache = MetadataCache()
    cold = timed(lambda: check_article(article, bundle, cache), 1)[0]
    warm = median(timed(lambda: check_article(article, bundle, cache), repeat))
    checker = CreditChecker(cache)
    checker.check(article, bundle)

    def edit_and_check() -> None:
        article.slides[len(article.slides) // 2].credit += "x"
        checker.check(article, bundle)

    after_edit = median(timed(edit_and_check, repeat))
    return {"check_cold_ms": cold, "check_warm_ms": warm, "recheck_after_edit_ms": after_edit}
