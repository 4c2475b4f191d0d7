"""The status bar's permanent right-hand part: where the writer is and how long the article is."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from slidewright.model import Article
from slidewright.model.operations import article_words, reading_minutes, slide_words

SETTLE_MS = 250  # counting words waits until typing pauses


class StatusLine(QObject):
    """ "Slide 3 of 9" and "This slide 84 words · Article 1,204 words · 5 min read", recounted
    shortly after edits stop (the slide's count is what a writer with a per-slide budget watches).

    A QObject of the status bar's, so the document's signals connected to ``schedule`` are let go
    when the bar goes (the document may outlive it while the window is being taken down)."""

    def __init__(self, bar: QStatusBar, recount: QTimer | None = None) -> None:
        super().__init__(bar)
        self.position_label, self.words_label = QLabel(), QLabel()
        self.position_label.setContentsMargins(0, 0, 12, 0)
        bar.addPermanentWidget(self.position_label)
        bar.addPermanentWidget(self.words_label)
        self.timer = recount or QTimer(bar, singleShot=True, interval=SETTLE_MS)

    def schedule(self, *_: object) -> None:
        """Recount soon (a slot for change signals: their arguments are not the interval)."""
        self.timer.start()

    def show(self, article: Article, row: int) -> None:
        count = len(article.slides)
        self.position_label.setText(
            self.tr("Slide {number} of {count}").format(number=row + 1, count=count)
            if row >= 0
            else self.tr("%n slide(s)", "", count)
        )
        words = article_words(article)
        minutes = reading_minutes(words)
        total = self.tr("{words} · {minutes}").format(
            words=self.tr("%Ln word(s)", "", words), minutes=self.tr("%n min read", "", minutes)
        )
        if 0 <= row < count:
            here = self.tr("%Ln word(s)", "", slide_words(article.slides[row]))
            total = self.tr("This slide {words} · Article {total}").format(words=here, total=total)
        self.words_label.setText(total)

    def clear(self) -> None:
        self.position_label.clear()
        self.words_label.clear()
