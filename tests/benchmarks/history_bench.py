"""Version history figures: bytes kept per version (the sample, a 200-slide article), the cost of
keeping a version beside the save itself, and the time to open File ▸ History on 100 versions.

Peers in the same run: the bundle's own size (what copying it at every save would cost) and
the time to save / to load the article.

    .venv/bin/python tests/benchmarks/history_bench.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core_bench import median, timed  # noqa: E402
from synth import build  # noqa: E402

from slidewright import load_article, save_article  # noqa: E402
from slidewright.fileformat.bundle import format_article, local_images  # noqa: E402
from slidewright.history import HistoryStore  # noqa: E402
from slidewright.packagedata import copy_sample  # noqa: E402

EDITS = 20


def _bundle_bytes(bundle: Path) -> int:
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())


def per_version(bundle: Path, root: Path, label: str) -> HistoryStore:
    """Keep a first version, then EDITS versions each with one slide's body changed."""

    from PySide6.QtWidgets import QApplication

    from slidewright.ui.editing.document import Document
    from slidewright.ui.session.history_keeper import HistoryKeeper

    _app = QApplication.instance() or QApplication([])
    store = HistoryStore(root)
    article = load_article(bundle)
    keeper = HistoryKeeper(store)
    keeper.doc = Document(article, bundle)
    start = time.perf_counter()
    keeper._saved(bundle)  # what the window does after a save
    keeper.finish()
    first_ms = (time.perf_counter() - start) * 1000
    first = store.size(bundle)
    growth, record_ms, save_ms, ui_ms = [], [], [], []
    for n in range(EDITS):
        slide = article.slides[n % len(article.slides)]
        slide.body += f" Edit number {n}."
        save_ms += timed(lambda: save_article(article, bundle), 1)
        before = store.size(bundle)
        ui_ms += timed(lambda: keeper._saved(bundle), 1)  # what the UI thread does
        record_ms += timed(keeper.finish, 1)  # the rest, on the worker thread
        growth.append(store.size(bundle) - before)
    index = (bundle / "index.md").stat().st_size
    print(
        f"{label}: {len(article.slides)} slides, bundle {_bundle_bytes(bundle) / 1e6:.2f} MB, "
        f"index.md {index / 1e3:.1f} kB\n"
        f"  first version: {first / 1e6:.2f} MB kept, {first_ms:.0f} ms (images copied once)\n"
        f"  each later version (one slide edited): median {median(growth) / 1e3:.1f} kB "
        f"({median(growth) / _bundle_bytes(bundle) * 100:.2f}% of copying the bundle)\n"
        f"  keeping a version: median {median(ui_ms):.1f} ms on the UI thread, "
        f"{median(record_ms):.1f} ms more on the worker; beside the save itself "
        f"{median(save_ms):.1f} ms"
    )
    return store


def open_history(bundle: Path, root: Path) -> None:
    """100 versions, then the History dialog built, listed and the newest compared."""
    from PySide6.QtWidgets import QApplication

    from slidewright.ui.dialogs.history_dialog import HistoryDialog
    from slidewright.ui.editing.document import Document
    from slidewright.ui.session.history_keeper import HistoryKeeper, summarise

    store = HistoryStore(root)
    article = load_article(bundle)
    images = local_images(article)
    for n in range(100):
        article.slides[n % len(article.slides)].body += f" Revision {n}."
        store.record(bundle, format_article(article, notes=True), images, "Saved", summarise)
    app = QApplication.instance() or QApplication([])
    doc = Document(article, bundle)
    keeper = HistoryKeeper(store)
    keeper.doc = doc
    times = []
    for _ in range(5):
        start = time.perf_counter()
        dialog = HistoryDialog(keeper, doc)
        dialog.show()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert dialog.list.count() == len(store.versions(bundle))
        dialog.close()
        dialog.deleteLater()
    load_ms = median(timed(lambda: load_article(bundle), 5))
    print(
        f"open History on {len(store.versions(bundle))} versions ({len(article.slides)} slides): "
        f"median {median(times):.0f} ms (list, size, first comparison); "
        f"peer: loading the article {load_ms:.0f} ms"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sample = copy_sample(work / "sample")
        per_version(sample, work / "history-sample", "sample")
        big = build(work / "big", 200)
        per_version(big, work / "history-big", "200-slide article")
        shutil.rmtree(work / "history-sample")
        open_history(copy_sample(work / "sample2"), work / "history-100")
        open_history(big, work / "history-100-big")


if __name__ == "__main__":
    main()
