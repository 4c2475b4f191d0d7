"""The Problems panel: credit-checker findings grouped by slide, kept current as the writer types."""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from slidewright.credits.findings import ACTION_LABELS, Finding
from slidewright.fileformat.bundle import local_images
from slidewright.ui.background import Background
from slidewright.ui.editing.commands import SetSlideField
from slidewright.ui.editing.document import Document
from slidewright.ui.problems import finding_text, finding_tree
from slidewright.ui.problems.finding_text import summarize as summarize  # ui/access reads it here
from slidewright.ui.problems.finding_text import translated
from slidewright.ui.problems.finding_tree import FindingRole as FindingRole  # tests read it here
from slidewright.ui.problems.finding_tree import SlideRole
from slidewright.ui.problems.prefetch import Prefetch
from slidewright.ui.problems.wrapping import WrappingDelegate
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings

if TYPE_CHECKING:  # imported when first used: Pillow and the rules wait until after start-up
    from slidewright.credits.checker import CreditChecker

CHECK_DELAY_MS = 150
START_FALLBACK_MS = 2000  # checks start by then even if the preview never reports its first load


class ProblemsPanel(QDockWidget):
    jumpRequested = Signal(object)  # Finding: its field, the cursor in it (Enter, double-click)
    # a slide to show, the cursor left in the list (a problem or a slide's group chosen by a
    # click or the arrow keys): -1 for the article's own fields
    showRequested = Signal(int)
    actionRequested = Signal(str)  # a finding's Action ("choose-images"), for the window to do
    checked = Signal(list)  # the findings, after every check
    trustChanged = Signal(str)  # the PEM text of the writer's trust list, when it changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDock")
        self.doc: Document | None = None
        # Created on first use: the checker's imports (Pillow…) wait until after start-up.
        self.checker: CreditChecker | None = None
        self._pool = QThreadPool(self)
        self._prefetches: list[Prefetch] = []  # kept until their signal has been delivered
        self._waiting = False  # an article is open and its checks have not started yet
        self.ready = False  # a first check has run for the current article
        self.findings: list[Finding] = []
        self._trust: tuple[str, ...] = ()  # the trust list the checker's cache validated with
        self.tree = QTreeWidget()
        # A message wraps in the width the rule id leaves it (wrapping.py), instead of being
        # cut off beside the rule column; hover shows it whole, and so does the detail line
        # below for the selected one.
        self.tree.setColumnCount(2)  # the problem and its rule (named in _name_parts)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.detail = QLabel()
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(self._show_place)  # the current one clicked again too
        self._rebuilding = False  # _show() sets the current row: nothing the writer chose
        self.summary = QLabel()
        self.fix_button = QPushButton()
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.apply_current_fix)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.fix_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)  # the list, then what to do about its row: the Tab order too
        layout.addWidget(self.detail)
        layout.addLayout(bar)
        self.setWidget(body)
        self.background = Background(self)
        self.background.done.connect(self._checked)
        self.background.failed.connect(self._check_failed)
        self._again = False
        self._structure = 0  # counts slide additions, removals and moves
        self._shown: list[Finding] = []  # the findings the tree shows
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self._start_timer = QTimer(self, singleShot=True, interval=START_FALLBACK_MS)
        self._start_timer.timeout.connect(self.start_checking)
        self.setWindowTitle(self.tr("Problems"))
        self._name_parts()

    def _name_parts(self) -> None:
        """The panel's own words, in the language of the translators installed now."""
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Rule")])
        self.tree.setAccessibleName(self.tr("Problems"))
        self.tree.setAccessibleDescription(
            self.tr("Credit and image findings by slide; Enter goes to the field at fault")
        )
        self.detail.setAccessibleName(self.tr("The selected problem, in full"))
        self.fix_button.setAccessibleName(self.tr("Apply the suggested fix"))
        self._update_detail()  # the button's text and the detail line

    def set_document(self, doc: Document | None) -> None:
        """Follow ``doc`` (None: no article is open); its checks start with start_checking()."""
        self.doc = doc
        self._shown = []
        self._waiting = doc is not None
        self._start_timer.stop()
        if doc is None:
            self.findings = []
            self.tree.clear()
            self.summary.setText(self.tr("No article open"))
            self.setWindowTitle(self.tr("Problems"))
            return
        doc.undo_stack.indexChanged.connect(self.schedule)
        doc.slidesReset.connect(self._structure_changed)
        doc.slideChanged.connect(self.schedule)  # typing within one undo step
        doc.articleChanged.connect(self.schedule)
        doc.pathChanged.connect(self.schedule)
        self.tree.clear()
        self.ready = False
        self.summary.setText(self.tr("Checking credits…"))
        self._start_timer.start()

    def start_checking(self) -> None:
        """Read the images' metadata off the UI thread, then check. The window calls this once
        the preview has shown the article (the fallback timer otherwise), so that the first
        paint does not share the CPU with Pillow and the rules."""
        if not self._waiting or self.doc is None:
            return  # no article, or its checks have started already
        self._waiting = False
        self._start_timer.stop()
        prefetch = Prefetch(self.checker, self.doc.bundle, local_images(self.doc.article))
        prefetch.setAutoDelete(False)
        prefetch.signals.done.connect(self._prefetched)
        self._prefetches.append(prefetch)
        self._pool.start(prefetch)

    def _prefetched(self, prefetch: Prefetch) -> None:
        self._prefetches.remove(prefetch)
        if self.checker is None:
            self.checker = prefetch.checker
        if self.doc is not None and self.doc.bundle == prefetch.bundle:
            self.run_check()

    def schedule(self, *_: object) -> None:
        self._timer.start()

    def run_check(self) -> None:
        """Check a copy of the article on the background thread; typing never waits for it.
        Edits made while a check runs are checked again when it ends."""
        if self.doc is None or self.checker is None:
            return
        if self.background.busy():
            self._again = True
            return
        self._again = False
        self._follow_preferences()
        article, bundle, checker = copy.deepcopy(self.doc.article), self.doc.bundle, self.checker
        token = (self.doc, self._structure)
        self.background.submit(lambda: checker.check(article, bundle), token)

    def check_now(self) -> None:
        """Check on the spot (after Apply Fix, so the list the writer clicks in is current)."""
        if self.doc is None or self.checker is None:
            return
        self.background.wait()
        self._follow_preferences()
        findings = self.checker.check(self.doc.article, self.doc.bundle)
        self._checked((self.doc, self._structure), findings)

    def _follow_preferences(self) -> None:
        """The writer's own agencies (Preferences ▸ Agencies) are agencies to the rules too; the
        AI disclosure wording and the trust list (Preferences ▸ Content Credentials) likewise."""
        from slidewright.ui.editing.image_credits import writer_agencies

        if self.checker is None:
            return
        own = writer_agencies(self.window())
        wording = self._preferences().ai_disclosure
        options = self.checker.options
        if own != options.own_agencies or wording != options.ai_disclosure:
            self.checker.options = dataclasses.replace(
                options, own_agencies=own, ai_disclosure=wording
            )
        trust = tuple(self._preferences().trust_files)
        if trust != self._trust:
            # Credentials validate against the trust list when read: a new list, a new cache
            from slidewright.credits import CreditChecker
            from slidewright.credits.metadata import MetadataCache

            self._trust = trust
            anchors, _problems = self._preferences().trust_anchors()
            self.checker = CreditChecker(
                MetadataCache(anchors), self.checker.options, self.checker.rules
            )
            self.trustChanged.emit(anchors)

    def _preferences(self) -> Preferences:
        settings = getattr(self.window(), "settings", None)
        return Preferences.load(settings) if isinstance(settings, Settings) else Preferences()

    def _structure_changed(self, *_: object) -> None:
        """Slides were added, removed or moved: findings counted before that point elsewhere."""
        self._structure += 1
        self.schedule()

    def _checked(self, token: object, findings: object) -> None:
        doc, structure = token if isinstance(token, tuple) else (None, None)
        if doc is not self.doc or self.doc is None:
            return  # a check of an article that has since been closed
        if structure != self._structure:  # the slides moved meanwhile: its numbers are stale
            self.run_check()
            return
        self.findings = list(findings)  # type: ignore[call-overload]
        self.ready = True
        self._show()
        self.checked.emit(self.findings)
        if self._again:
            self.run_check()

    def _check_failed(self, token: object, message: str) -> None:
        if token[0] is self.doc:  # type: ignore[index]
            self.ready = True
            self.summary.setText(
                self.tr("The credit check stopped: {reason}").format(reason=message)
            )
            if self._again:
                self.run_check()

    def _group_title(self, slide: int | None) -> str:
        assert self.doc is not None
        if slide is None:
            return self.tr("Article")
        slides = self.doc.article.slides
        heading = slides[slide].heading if slide < len(slides) else ""
        title = self.tr("Slide {number}: {heading}")
        return title.format(number=slide + 1, heading=heading or self.tr("Untitled slide"))

    def _show(self) -> None:
        """Show the findings; when they are what is shown already, only the group titles (the
        headings) are brought up to date: typing does not rebuild the list every pause."""
        assert self.doc is not None
        if self.findings == self._shown:
            for i in range(self.tree.topLevelItemCount()):
                group = self.tree.topLevelItem(i)
                slide = group.data(0, SlideRole) if group is not None else None
                title = self._group_title(slide if isinstance(slide, int) else None)
                if group is not None and group.text(0) != title:
                    group.setText(0, title)
                    finding_tree.name_group(
                        group, self.findings, slide if isinstance(slide, int) else None
                    )
            return
        self._shown = list(self.findings)
        self._rebuilding = True
        try:
            self._rebuild()
        finally:
            self._rebuilding = False
        self._update_detail()  # the fixed finding may be gone: Apply Fix follows what is left

    def _rebuild(self) -> None:
        finding_tree.fill(self.tree, self.findings, self._group_title, self._selected_finding())
        self.summary.setText(summarize(self.findings))
        self.setWindowTitle(self.tr("Problems ({count})").format(count=len(self.findings)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A theme switch: the severities' colours are chosen for the new background. Another
        language (Preferences): every word is said again in it, the findings' too."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            QTimer.singleShot(0, self._recolour)  # once the tree (told after the dock) has it
        elif event.type() == QEvent.Type.LanguageChange:
            self._name_parts()
            if self.doc is None:
                self.set_document(None)
            elif self.ready:
                self._recolour()
            else:
                self.summary.setText(self.tr("Checking credits…"))

    def _recolour(self) -> None:
        if self.doc is not None and self.ready:
            self._shown = []
            self._show()

    def _selected_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FindingRole) if item is not None else None

    def _current_changed(self, *_: object) -> None:
        if not self._rebuilding and self.tree.hasFocus():  # chosen by the writer, not rebuilt
            self._show_place(self.tree.currentItem())
        self._update_detail()

    def _update_detail(self) -> None:
        """The detail line and the fix button, for the current row."""
        finding = self._selected_finding()
        self.detail.setText(finding_text.detail(finding))
        self.detail.setVisible(finding is not None)
        if finding is not None and finding.action is not None:  # more than a field to set
            self.fix_button.setText(translated(ACTION_LABELS[finding.action]))
            self.fix_button.setEnabled(True)
            self.fix_button.setToolTip(translated(finding.message))
            return
        self.fix_button.setText(self.tr("Apply Fix"))
        self.fix_button.setEnabled(bool(finding and finding.fix and finding.slide is not None))
        self.fix_button.setToolTip(finding_text.fix_label(finding) if finding else "")

    def _show_place(self, item: QTreeWidgetItem | None) -> None:
        """The writer chose a row: show the slide it is about (a problem's, or a group's),
        as a problems list in any editor shows where a problem is on a single click. The
        cursor stays in the list, so the arrow keys go on through the problems."""
        if item is None:
            return
        finding = item.data(0, FindingRole)
        slide = finding.slide if finding is not None else item.data(0, SlideRole)
        self.showRequested.emit(slide if isinstance(slide, int) else -1)

    def _activated(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, FindingRole)
        if finding is not None and finding.action is not None:
            self.actionRequested.emit(str(finding.action))
        elif finding is not None:
            self.jumpRequested.emit(finding)

    def apply_fix(self, finding: Finding) -> None:
        """Apply a finding's certain fix as one undo step."""
        if self.doc is None or finding.fix is None or finding.slide is None:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(finding_text.fix_label(finding))  # as Edit ▸ Undo names it
        for name, value in finding.fix.changes:
            stack.push(SetSlideField(self.doc, finding.slide, name, value, typing=False))
        stack.endMacro()
        self.check_now()

    def apply_current_fix(self) -> None:
        """Apply the selected finding's fix and show the writer the field it changed."""
        finding = self._selected_finding()
        if finding is not None and finding.action is not None:
            self.actionRequested.emit(str(finding.action))
        elif finding is not None:
            self.apply_fix(finding)
            self.jumpRequested.emit(finding)
