"""File ▸ History: the article's kept versions, what each changed, and Restore.

The list reads only ``versions.jsonl`` (the summaries were written when each version was kept),
so it opens at once however many versions there are; a version's text is read and compared
only when it is picked. Restoring the whole article or one slide is one undo step, and the state
before it is kept as a version too."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from slidewright.errors import SlidewrightError
from slidewright.fileformat.bundle import local_images, parse_article
from slidewright.history import Version, compare_slides
from slidewright.history.diffview import RESTORE, compare_html
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Article
from slidewright.ui.editing.commands import InsertSlides, RemoveSlides, ReplaceArticle
from slidewright.ui.editing.document import Document
from slidewright.ui.problems.finding_text import translated
from slidewright.ui.session.history_keeper import HistoryKeeper, reason_message
from slidewright.ui.session.prune_dialog import space

NOW, BEFORE = 0, 1  # the Compare choices, by index


class HistoryDialog(QDialog):
    def __init__(self, keeper: HistoryKeeper, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("History — {article}")
        self.setWindowTitle(title.format(article=doc.article.title or doc.bundle.name))
        self.keeper, self.doc, self.store = keeper, doc, keeper.store
        self.versions: list[Version] = []
        self.size_label = QLabel()
        self.prune_button = QPushButton(self.tr("Prune Older Versions…"))
        self.prune_button.clicked.connect(self.ask_prune)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        # A summary longer than the column ("6 slides added, 1 removed; description, tags…")
        # wraps at the column's edge, and its tooltip holds it whole: no sideways scrolling to
        # read a version's line (the list is as wide as the splitter makes it).
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)  # wrapped, the versions' lines need a gap to tell them apart
        self.list.currentRowChanged.connect(lambda _row: self.show_changes())
        self.compare = QComboBox()
        self.compare.addItems(
            [self.tr("with the article now"), self.tr("with the version before it")]
        )
        self.compare.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.restore_button = QPushButton(self.tr("Restore This Version"))
        self.restore_button.clicked.connect(self.restore_version)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Compare:")))
        compare_row.addWidget(self.compare, 1)
        column.addLayout(compare_row)
        column.addWidget(self.browser)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([330, 570])
        top = QHBoxLayout()
        top.addWidget(self.size_label, 1)
        top.addWidget(self.prune_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(960, 620)
        self.reload()

    # -- the list ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.keeper.finish()  # versions asked for a moment ago (a save, a restore) are listed
        self.versions = list(reversed(self.store.versions(self.doc.bundle)))  # newest first
        self.list.clear()
        for version in self.versions:
            reason = translated(reason_message(version.reason))
            said = translated(version.summary)
            text = f"{version.local_time()} · {reason}\n{said}"
            item = QListWidgetItem(text)
            tip = self.tr("Version {number}: {summary}")
            item.setToolTip(tip.format(number=version.number, summary=text))
            self.list.addItem(item)
        size = self.store.size(self.doc.bundle)
        count = len(self.versions)
        self.size_label.setText(
            self.tr(
                "%n version(s), {size} (kept up to {cap}; the oldest go first). Kept in your own "
                "data folder, never in the article's folder.",
                "",
                count,
            ).format(size=space(size), cap=space(self.store.cap))
        )
        self.prune_button.setEnabled(count > 1)  # by age, even a short history may go
        self.restore_button.setEnabled(bool(count))
        if count:
            self.list.setCurrentRow(0)
        else:
            none = self.tr("No versions yet: every save keeps one.")
            self.browser.setHtml(f"<p>{escape(none)}</p>")

    def current(self) -> Version | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def article_of(self, version: Version) -> Article | None:
        try:
            return parse_article(self.store.text(self.doc.bundle, version))
        except (OSError, SlidewrightError) as error:
            self.browser.setPlainText(
                self.tr("This version cannot be read: {error}").format(error=error)
            )
            return None

    def show_changes(self) -> None:
        version = self.current()
        if version is None:
            return
        picked = self.article_of(version)
        if picked is None:
            return
        if self.compare.currentIndex() == NOW:
            html = compare_html(
                picked,
                self.doc.article,
                restore_from="older",
                words={
                    "added": self.tr("added since"),
                    "removed": self.tr("deleted since"),
                    "edited": self.tr("edited since"),
                },
                say=translated,
            )
            intro = self.tr("Green: written since this version; struck out: only in this version.")
        else:
            row = self.list.currentRow()
            earlier = self.versions[row + 1] if row + 1 < len(self.versions) else None
            before = self.article_of(earlier) if earlier else Article()
            if before is None:
                return
            html = compare_html(before, picked, restore_from="newer", say=translated)
            intro = self.tr("Green: added in this version; struck out: removed by it.")
        self.browser.setHtml(f"<p style='color:#555'>{escape(intro)}</p>{html}")

    # -- restoring --------------------------------------------------------------------------
    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(RESTORE):
            self.restore_slide(int(text.removeprefix(RESTORE)))

    def restore_slide(self, position: int) -> bool:
        """Bring back slide ``position`` of the picked version: in place of the slide it became,
        or where it was when it is gone. One undo step."""
        version = self.current()
        picked = self.article_of(version) if version else None
        if version is None or picked is None or not 0 <= position < len(picked.slides):
            return False
        slide = picked.slides[position]
        self.keeper.checkpoint(
            QT_TRANSLATE_NOOP("HistoryDialog", "Before restoring slide {number}").format(
                number=position + 1
            )
        )
        self.store.restore_images(self.doc.bundle, version, [slide.image] if slide.image else [])
        now = self.doc.article.slides
        paired = {c.old: c.new for c in compare_slides(picked.slides, now) if c.old is not None}
        stack = self.doc.undo_stack
        target = paired.get(position)
        name = self.tr("Restore slide {number} from {time}").format(
            number=position + 1, time=version.local_time()
        )
        if target is None:
            stack.push(InsertSlides(self.doc, [(min(position, len(now)), slide)], name))
        else:
            stack.beginMacro(name)
            stack.push(RemoveSlides(self.doc, [target]))
            stack.push(InsertSlides(self.doc, [(target, slide)], name))
            stack.endMacro()
        self._relist(version)  # the version kept before the restore is listed at once
        return True

    def _relist(self, picked: Version) -> None:
        """List the versions again, the writer's pick still picked."""
        self.reload()
        for row, version in enumerate(self.versions):
            if version.number == picked.number:
                self.list.setCurrentRow(row)

    def restore_version(self) -> bool:
        """The whole article as it was in the picked version, as one undo step."""
        version = self.current()
        picked = self.article_of(version) if version else None
        if version is None or picked is None:
            return False
        self.keeper.checkpoint(QT_TRANSLATE_NOOP("HistoryDialog", "Before restore"))
        self.store.restore_images(self.doc.bundle, version, local_images(picked))
        name = self.tr("Restore version of {time}").format(time=version.local_time())
        self.doc.undo_stack.push(ReplaceArticle(self.doc, picked, name))
        self.reload()
        return True

    def ask_prune(self) -> None:
        """Keep 10/50/100 newest or drop those older than 30/90 days, each with what it frees."""
        from slidewright.ui.session.prune_dialog import PruneDialog

        self.keeper.finish()
        dialog = PruneDialog(self.store, self.doc.bundle, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            picked = dialog.choice()
            if picked is not None:
                self.store.prune_by(self.doc.bundle, keep=picked[0], days=picked[1])
                self.reload()
