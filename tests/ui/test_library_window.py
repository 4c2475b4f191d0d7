"""File ▸ Open Library… in the real window: the articles (search, sort), the pictures (filters,
thumbnails, where used) and opening an article at a slide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from libraryfactory import jpeg, photo, write_article, xmp
from slidewright.ui.library.dialog import LibraryDialog
from slidewright.ui.window.main_window import MainWindow


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"

    def article(name: str, date: str, slides: list[tuple[int, str, dict[str, str]]]) -> None:
        rows, files = [], {}
        for n, (seed, credit, extra) in enumerate(slides):
            files[f"images/p{n}.jpg"] = jpeg(photo(seed), xmp(credit=credit))
            rows.append({"image": f"images/p{n}.jpg", "alt": "A view", "credit": credit, **extra})
        write_article(root / name, name.replace("-", " ").title(), date, rows, files)

    article(
        "harbour-towns", "2026-03-01", [(1, "Getty Images", {"license_url": "https://l.example"})]
    )
    article(
        "coast-road",
        "2026-06-01",
        [
            (2, "Staff", {"license_end": "2026-12-20"}),
            (1, "Jana Novak/Shutterstock", {"license_url": "https://l.example"}),
        ],
    )
    article("ferries", "2026-08-01", [(3, "Marco Ri/Alamy", {})])
    return root


def _open_from_menu(
    window: MainWindow, library: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> LibraryDialog:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(library))
    action = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Open &Library…"
    )
    assert action.isEnabled()  # no article needs to be open
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryDialog))
    qtbot.waitUntil(lambda: dialog.refreshed is not None, timeout=60_000)
    return dialog


def test_articles_are_listed_searched_and_sorted(
    window: MainWindow, library: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_from_menu(window, library, qtbot, monkeypatch)
    view, proxy = dialog.articles_view, dialog.articles_proxy

    def column(n: int) -> list[str]:
        return [str(proxy.index(r, n).data()) for r in range(proxy.rowCount())]

    assert sorted(column(2)) == ["coast-road", "ferries", "harbour-towns"]
    problems = dict(zip(column(2), column(4), strict=True))
    assert problems["ferries"] == "1"  # an Alamy photo with no licence recorded
    assert problems["coast-road"] == "2"  # credited differently; licence ending in December
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["2026-08-01", "2026-06-01", "2026-03-01"]
    qtbot.keyClicks(dialog.search, "harb tow")
    assert column(2) == ["harbour-towns"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "shutterstock")  # credits are searched too
    assert column(2) == ["coast-road"]
    dialog.search.setText('"quoted" AND (')  # FTS5 syntax typed is searched for, not run
    assert column(2) == []
    dialog.close()


def test_pictures_filters_thumbnails_and_opening_the_article_at_the_slide(
    window: MainWindow, library: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_from_menu(window, library, qtbot, monkeypatch)
    dialog.tabs.setCurrentIndex(1)
    proxy = dialog.photos_proxy
    assert proxy.rowCount() == 3
    decoration = proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert decoration is not None and not decoration.isNull()

    def shown(choice: int) -> list[str]:
        dialog.filter.setCurrentIndex(choice)
        return sorted(str(proxy.index(r, 1).data()) for r in range(proxy.rowCount()))

    assert shown(2) == ["coast-road/images/p1.jpg"]  # credited differently elsewhere
    assert proxy.index(0, 2).data() == "2: coast-road, harbour-towns"
    assert proxy.index(0, 3).data() == "Jana Novak/Shutterstock | Getty Images"
    assert shown(1) == ["coast-road/images/p0.jpg"]  # licence ends 2026-12-20
    assert proxy.index(0, 4).data() == "2026-12-20"
    assert shown(3) == ["ferries/images/p0.jpg"]  # no licence recorded anywhere
    shown(2)
    dialog.photos_view.setCurrentIndex(proxy.index(0, 1))
    items = [dialog.usages.item(i).text() for i in range(dialog.usages.count())]
    assert items == [
        "coast-road, slide 2: Jana Novak/Shutterstock",
        "harbour-towns, slide 1: Getty Images",
    ]
    dialog.usages.itemActivated.emit(dialog.usages.item(0))
    assert window.doc is not None
    assert window.doc.bundle.resolve() == (library / "coast-road").resolve()
    assert window.current_row() == 1
    dialog.close()


def test_the_problems_panel_shows_the_library_findings_of_the_open_article(
    window: MainWindow, library: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.ui.library.problems_notes import GROUP_TITLE

    dialog = _open_from_menu(window, library, qtbot, monkeypatch)
    dialog.close()
    assert window.session.open_path(library / "harbour-towns")

    def notes() -> list[str]:
        tree = window.problems.tree
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            if group is not None and group.text(0).startswith(GROUP_TITLE):
                return [group.child(n).text(0) for n in range(group.childCount())]
        return []

    qtbot.waitUntil(lambda: bool(notes()), timeout=30_000)
    assert notes() == [
        "warning: slide 1: this photo is credited 'Getty Images' here, but "
        "'Jana Novak/Shutterstock' in coast-road (slide 2): agree on one credit"
    ]
    assert window.session.open_path(library / "ferries")
    qtbot.waitUntil(
        lambda: any("Alamy photo with no licence" in n for n in notes()), timeout=30_000
    )
    assert not any("Getty" in n for n in notes())


def test_indexing_runs_beside_the_window_never_on_its_thread(
    window: MainWindow, library: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The indexer is held at its start until the writer has typed: were it on the window's
    thread, the dialog could not even open (and this test would time out)."""
    import threading

    from slidewright.ui.library import indexing

    gate = threading.Event()
    real = indexing.update_index

    def held(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        gate.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(indexing, "update_index", held)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(library))
    window.session.open_path(library / "ferries")
    dialog = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Open &Library…"
    )
    dialog.trigger()
    opened = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryDialog))
    assert opened.indexer is not None and opened.indexer.isRunning()
    qtbot.keyClicks(window.slide_editor.fields["caption"], "Typed while indexing")
    assert window.doc is not None
    assert window.doc.article.slides[0].caption == "Typed while indexing"
    assert opened.refreshed is None  # still held
    gate.set()
    qtbot.waitUntil(lambda: opened.refreshed is not None, timeout=60_000)
    opened.close()
