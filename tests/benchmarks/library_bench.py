"""Library figures (issue 28): cold index of a made-up library, a second audit with nothing
changed, an audit after one article changes, and the window's library view opening.

    .venv/bin/python tests/benchmarks/library_bench.py [--articles 10000] [--keep DIR] [--gui]

Each article has four small JPEG pictures; every 25th article uses one of 200 "agency" photos
also used elsewhere (an exact copy, or resized and re-encoded), with another credit in some of
them, and some slides carry licence end dates. The peer figure is reading and SHA-256-hashing
every file once in one process: the floor any index must pay.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from libraryfactory import jpeg, photo, write_article, xmp  # noqa: E402

PICTURES = 4
CREDITS = ("Jana Novak/Shutterstock", "Getty Images", "Marco Ri/Alamy", "Staff")


def build(root: Path, articles: int) -> None:
    marker = root / f".built-v2-{articles}"
    if marker.exists():
        return
    shutil.rmtree(root, ignore_errors=True)
    agency = {n: photo(1_000_000 + n) for n in range(200)}
    start = datetime.date(2026, 1, 1)
    for a in range(articles):
        bundle = root / f"{a // 1000:02d}" / f"article-{a:05d}"
        slides, files = [], {}
        for p in range(PICTURES):
            name = f"images/p{p}.jpg"
            slide = {"image": name, "alt": "A picture", "credit": CREDITS[(a + p) % 4]}
            if a % 25 == 0 and p == 0:
                n = (a // 25) % max(1, min(200, articles // 250))
                base = agency[n]
                image = base.resize((120, 80)) if a % 50 == 0 else base  # a resized copy
                files[name] = jpeg(image, xmp(credit="Getty Images"), quality=60 + a % 20)
                slide["credit"] = "Getty Images" if a % 75 else "Getty"
            else:
                files[name] = jpeg(photo(a * PICTURES + p), xmp(credit=slide["credit"]))
            if (a + p) % 40 == 0:
                slide["license_end"] = (start + datetime.timedelta(days=(a * 7) % 500)).isoformat()
            elif (a + p) % 10:  # nine in ten record their licence; the tenth is a finding
                slide["license_url"] = "https://agency.example/licence/standard"
            slides.append(slide)
        date = (start + datetime.timedelta(days=a % 340)).isoformat()
        write_article(bundle, f"Article number {a}", date, slides, files)
    marker.write_text("built")


def peer_hash_all(root: Path) -> float:
    started = time.perf_counter()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            with open(os.path.join(folder, name), "rb") as handle:
                hashlib.sha256(handle.read()).hexdigest()
    return time.perf_counter() - started


def cpu_seconds() -> float:
    """CPU time of this process and its finished workers (the machine may be shared: wall
    time then includes waiting for a core, CPU time does not)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def audit_seconds(root: Path, index: Path) -> tuple[float, str]:
    from slidewright.library.audit import run_audit

    out, err = io.StringIO(), io.StringIO()
    started, cpu = time.perf_counter(), cpu_seconds()
    run_audit(root, "json", 30, (), out, err, index)
    elapsed = time.perf_counter() - started
    print(
        f"  (wall {elapsed:.2f} s, CPU {cpu_seconds() - cpu:.2f} s, "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    return elapsed, out.getvalue()


def rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def gui_open_ms(root: Path, index: Path) -> tuple[float, float, float]:
    """(the library view shown with its articles listed, its CPU time, a bare dialog with an
    empty table), in milliseconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

    from slidewright.ui.library.dialog import LibraryDialog

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    bare = QDialog()
    QVBoxLayout(bare).addWidget(QTableView())
    bare.show()
    app.processEvents()
    peer = (time.perf_counter() - started) * 1000
    bare.close()
    started, cpu = time.perf_counter(), time.process_time()
    dialog = LibraryDialog(root, index_file=index, refresh=False)
    dialog.show()
    app.processEvents()
    elapsed = (time.perf_counter() - started) * 1000
    cpu = (time.process_time() - cpu) * 1000
    assert dialog.articles_proxy.rowCount() > 0
    dialog.stop()
    dialog.close()
    return elapsed, cpu, peer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build (and keep) the library here")
    parser.add_argument("--gui", action="store_true", help="also time the window's library view")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="sw-library-bench-"))
    root = base / "library"
    started = time.perf_counter()
    build(root, args.articles)
    print(
        f"library: {args.articles} articles, {args.articles * PICTURES} pictures "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )
    index = base / "index.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    peer = peer_hash_all(root)
    cold, report = audit_seconds(root, index)
    print(
        f"cold index + audit: {cold:.1f} s  (peer: read+sha256 every file, one process: "
        f"{peer:.1f} s; ratio {cold / peer:.2f})  cores: {len(os.sched_getaffinity(0))}"
    )
    print(
        f"peak memory: main {rss_mb(resource.RUSAGE_SELF):.0f} MB, largest worker "
        f"{rss_mb(resource.RUSAGE_CHILDREN):.0f} MB"
    )
    import json

    data = json.loads(report)
    rules: dict[str, int] = {}
    for finding in data["findings"]:
        rules[finding["rule"]] = rules.get(finding["rule"], 0) + 1
    print(f"indexed {data['articles']} articles, {data['pictures']} pictures; findings {rules}")
    warm, _ = audit_seconds(root, index)
    print(f"second audit, nothing changed: {warm * 1000:.0f} ms")
    changed = next(root.glob("00/article-00007/index.md"))
    changed.write_text(changed.read_text().replace("Article number", "Article No."))
    one, _ = audit_seconds(root, index)
    print(f"audit after one article changed: {one * 1000:.0f} ms")
    if args.gui:
        view, cpu, peer = gui_open_ms(root, index)
        print(
            f"library view opens: {view:.0f} ms (CPU {cpu:.0f} ms; peer: a bare dialog with a "
            f"table, {peer:.0f} ms)"
        )
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
