"""The library window: articles (sortable, searched with FTS5) and pictures (thumbnails, where
used, credit variants, licence end, filters), over the index the core keeps.

It opens with what the index already holds (one query for the articles), then brings the index
up to date on a thread of its own (indexing.py) and fills in the problem counts and pictures
when that is done; nothing of it runs on the window's thread but the queries that list rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from slidewright.library.overview import PhotoEntry, articles, search
from slidewright.library.rules import EXPIRING_DAYS
from slidewright.library.store import LibraryStore
from slidewright.ui.library.indexing import IndexThread, Refreshed
from slidewright.ui.library.models import SORT, ArticlesModel, PhotosModel

OpenAt = Callable[[Path, int], object]  # (bundle folder, 1-based slide; 0 for the first)

# (the label, translated when shown, in the LibraryDialog context; {days} filled in then)
FILTERS = (
    (str(QT_TRANSLATE_NOOP("LibraryDialog", "All pictures")), lambda entry: True),
    (
        str(QT_TRANSLATE_NOOP("LibraryDialog", "Licence expiring in {days} days (or ended)")),
        lambda entry: entry.expiring,
    ),
    (
        str(QT_TRANSLATE_NOOP("LibraryDialog", "Credited differently elsewhere")),
        lambda entry: entry.differs,
    ),
    (
        str(QT_TRANSLATE_NOOP("LibraryDialog", "No licence recorded")),
        lambda entry: entry.no_licence,
    ),
)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], object]) -> None:
    """Apply ``change`` to what ``proxy`` filters by (Qt 6.10 replaced invalidateRowsFilter)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:  # Qt before 6.10
        change()
        proxy.invalidateRowsFilter()


class ArticleFilter(QSortFilterProxyModel):
    """Sorts by each column's value; shows only the articles a search found (None: all)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[int] | None = None
        self.setSortRole(SORT)

    def set_ids(self, ids: set[int] | None) -> None:
        refilter(self, lambda: setattr(self, "ids", ids))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # type: ignore[override]
        if self.ids is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, ArticlesModel)
        return model.rows[row].id in self.ids


class PhotoFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.test: Callable[[PhotoEntry], bool] = FILTERS[0][1]
        self.setSortRole(SORT)

    def set_test(self, test: Callable[[PhotoEntry], bool]) -> None:
        refilter(self, lambda: setattr(self, "test", test))

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # type: ignore[override]
        model = self.sourceModel()
        assert isinstance(model, PhotosModel)
        return self.test(model.rows[row])


class LibraryDialog(QDialog):
    def __init__(
        self,
        root: Path,
        open_at: OpenAt | None = None,
        parent: QWidget | None = None,
        *,
        index_file: Path | None = None,
        refresh: bool = True,
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.open_at = open_at
        self.index_file = index_file
        self.setWindowTitle(self.tr("Library: {folder}").format(folder=root.name or root))
        self.resize(1000, 640)
        self.store = LibraryStore(root, index_file)
        self.indexer: IndexThread | None = None
        self.refreshed: Refreshed | None = None

        self.status = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(str(root)), 1)
        top.addWidget(self.status)
        top.addWidget(self.progress)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._articles_tab(), self.tr("&Articles"))
        self.tabs.addTab(self._pictures_tab(), self.tr("&Pictures"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.articles_model.set_rows(articles(self.store.db))
        self._say_counts()
        self._quit_hook = False
        app = QApplication.instance()
        if app is not None:  # the window may close (and the app quit) while indexing runs
            app.aboutToQuit.connect(self.stop)
            self._quit_hook = True
        if refresh:
            self.refresh()

    # -- the two tabs ----------------------------------------------------------------------
    def _articles_tab(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, folders and credits"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.articles_model = ArticlesModel()
        self.articles_proxy = ArticleFilter()
        self.articles_proxy.setSourceModel(self.articles_model)
        self.articles_view = self._table(self.articles_proxy)
        self.articles_view.doubleClicked.connect(self._open_article)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.articles_view, 1)
        return page

    def _pictures_tab(self) -> QWidget:
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show pictures"))
        for label, _test in FILTERS:
            self.filter.addItem(self.tr(label).format(days=EXPIRING_DAYS))
        self.photos_model = PhotosModel(self.store.root)
        self.photos_proxy = PhotoFilter()
        self.photos_proxy.setSourceModel(self.photos_model)
        self.filter.currentIndexChanged.connect(self._filter)
        self.photos_view = self._table(self.photos_proxy)
        self.photos_view.verticalHeader().setDefaultSectionSize(54)
        self.photos_view.selectionModel().currentRowChanged.connect(self._show_usages)
        self.photos_view.doubleClicked.connect(self._open_photo)
        self.usages = QListWidget()
        self.usages.setAccessibleName(self.tr("Where the picture is used"))
        self.usages.itemActivated.connect(self._open_usage)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.photos_view)
        holder = QWidget()
        below = QVBoxLayout(holder)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(
            QLabel(self.tr("Where used (double-click to open the article at the slide):"))
        )
        below.addWidget(self.usages)
        split.addWidget(holder)
        split.setSizes([420, 160])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)
        return page

    def _filter(self, choice: int) -> None:
        self.photos_proxy.set_test(FILTERS[choice][1])

    def _table(self, model: QSortFilterProxyModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the index's order until asked
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setColumnWidth(0, 320)
        return view

    # -- indexing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring the index up to date in the background (a second call while one runs waits)."""
        if self.indexer is not None and self.indexer.isRunning():
            return
        self.status.setText(self.tr("Indexing…"))
        self.indexer = IndexThread(self.root, self.index_file, EXPIRING_DAYS)
        self.indexer.progress.connect(self._progress)
        self.indexer.refreshed.connect(self._refreshed)
        self.indexer.failed.connect(
            lambda why: self.status.setText(self.tr("Indexing failed: {reason}").format(reason=why))
        )
        self.indexer.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Indexing {done} of {total} articles…").format(done=done, total=total)
        )

    def _refreshed(self, refreshed: Refreshed) -> None:
        self.refreshed = refreshed
        self.progress.hide()
        problems: dict[str, int] = {}
        for finding in refreshed.findings:
            problems[finding.article] = problems.get(finding.article, 0) + 1
        self.articles_model.set_rows(articles(self.store.db), problems)
        self.photos_model.set_rows(refreshed.photos)
        self._search(self.search.text())
        self._say_counts()

    def _say_counts(self) -> None:
        count = len(self.articles_model.rows)
        text = self.tr("1 article") if count == 1 else self.tr("%n articles", "", count)
        if self.refreshed is not None:
            text = self.tr("{articles}, {pictures} pictures, {findings} findings").format(
                articles=text,
                pictures=self.refreshed.result.pictures,
                findings=len(self.refreshed.findings),
            )
        self.status.setText(text)

    # -- search and opening --------------------------------------------------------------------
    def _search(self, text: str) -> None:
        self.articles_proxy.set_ids(search(self.store.db, text) if text.strip() else None)

    def _bundle(self, path: str) -> Path:
        return self.store.root if path == "." else self.store.root / path

    def _open_article(self, index: QModelIndex) -> None:
        row = self.articles_proxy.mapToSource(index).row()
        if self.open_at is not None:
            self.open_at(self._bundle(self.articles_model.rows[row].path), 0)

    def _photo(self, index: QModelIndex) -> PhotoEntry | None:
        if not index.isValid():
            return None
        return self.photos_model.rows[self.photos_proxy.mapToSource(index).row()]

    def _show_usages(self, index: QModelIndex) -> None:
        self.usages.clear()
        entry = self._photo(index)
        if entry is None:
            return
        for row in entry.usages:
            end = row.licence_end or row.picture_licence_end
            credit = row.credit or self.tr("(no credit)")
            if end:
                text = self.tr("{article}, slide {number}: {credit}, licence until {end}")
            else:
                text = self.tr("{article}, slide {number}: {credit}")
            item = QListWidgetItem(
                text.format(article=row.article, number=row.slide, credit=credit, end=end)
            )
            item.setData(Qt.ItemDataRole.UserRole, (row.article, row.slide))
            self.usages.addItem(item)

    def _open_photo(self, index: QModelIndex) -> None:
        entry = self._photo(index)
        if entry is not None and entry.usages and self.open_at is not None:
            self.open_at(self._bundle(entry.usages[0].article), entry.usages[0].slide)

    def _open_usage(self, item: QListWidgetItem) -> None:
        article, slide = item.data(Qt.ItemDataRole.UserRole)
        if self.open_at is not None:
            self.open_at(self._bundle(article), slide)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def stop(self) -> None:
        """Stop indexing (the articles written so far stay in the index) and close the index."""
        if self.indexer is not None:
            self.indexer.requestInterruption()
            self.indexer.wait()
            self.indexer = None
        self.store.close()
        app = QApplication.instance()
        if app is not None and self._quit_hook:
            self._quit_hook = False
            app.aboutToQuit.disconnect(self.stop)
