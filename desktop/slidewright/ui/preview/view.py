"""The live preview: the page is loaded once, then only what changed is pushed into it.

Edits mark slides (or the header, the read-more block, the slide order) dirty; a short trailing
timer merges them, the changed fragments are rendered off the UI thread (``preview_render``), and
one ``runJavaScript`` call swaps the changed ``<section>``s in place, so typing never reloads the
page, never waits for a render, and the scroll position stays where the writer left it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from slidewright.ui.background import Background
from slidewright.ui.preview.page import WORLD, Bridge, PreviewPage, preview_script
from slidewright.ui.preview.scheme import Source, page_url, preview_profile

if TYPE_CHECKING:
    from slidewright.render.context import Mode
    from slidewright.ui.editing.document import Document
    from slidewright.ui.preview.render import PushRenderer

# This module is on the way to the first paint of a cached page (see first_page.py), so the
# reading and rendering stack (YAML, Markdown, Jinja) is imported where it is used, not here.

DEBOUNCE_MS = 4  # merges a burst of edits; short enough that the writer sees the letter typed
FILL_IN_DELAY_MS = 40  # lets the first paint reach the screen before the rest is rendered
HEADER_FIELDS = {"title", "description", "categories", "author", "date", "intro", "lang"}


class Preview(QWebEngineView):
    slideClicked = Signal(int)
    updated = Signal()  # a push or a load reached the page
    painted = Signal()  # a loaded page reached the screen (two animation frames after its load)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile, self.handler = preview_profile()
        self.setPage(PreviewPage(profile, self))
        self.bridge = Bridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        # The bridge and our preview script live in a world of their own: the page's scripts
        # (and anything that might slip into it) share the DOM with them, not their objects.
        self.page().setWebChannel(self.channel, WORLD)
        self.page().scripts().insert(preview_script())
        self.bridge.clicked.connect(self.slideClicked)
        self.bridge.painted.connect(self.painted)
        self.loadFinished.connect(self._loaded)
        self.doc: Document | None = None
        self.host = ""
        self.source: Source | None = None
        self.mode: Mode = "article"
        self.ready = False
        self._fill_in_pending = False
        self.selected = -1
        self._dirty_slides: set[int] = set()
        self._dirty_all = self._dirty_header = self._dirty_read_more = False
        self._generation = 0  # bumped whenever a new page is loaded: older pushes are dropped
        self._renderer: PushRenderer | None = None  # made on the first push
        self.background = Background(self)
        self.background.done.connect(self._rendered)
        self.background.failed.connect(self._render_failed)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._in_flight = 0  # pushes handed to the renderer and not yet on the page
        self.closed = False  # see close_down()
        self._follow = False  # bring the selected slide into view once the page shows the edits
        self._kept: bytes | None = None  # a kept page on screen before its article was read
        self._kept_loaded = False
        self._opening_fill_in = False  # the next push is the rest of a long article's opening
        self._held = False  # start-up: what can wait for the whole window waits (hold())
        self._reload_waiting = False  # a kept page's article: rendered and compared at release()
        self._fill_in_waiting = False  # a loaded opening page's rest: pushed at release()
        self._remember: tuple[Path, Mode, bytes] | None = None  # this opening page, to keep

    def set_document(self, doc: Document | None) -> None:
        """Follow another document, or none (the article was closed: the page goes blank)."""
        if self.doc is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        self.doc = doc
        self._generation += 1
        if doc is None:
            self.ready = False
            self._timer.stop()
            if self.host:
                self.handler.remove(self.host)
            self.host, self.source = "", None
            # Emptied in place, not by loading about:blank: that load could finish after the
            # next article's page had started loading, and mark it ready too early.
            self.page().runJavaScript("document.documentElement.replaceChildren()", WORLD)
            return
        for signal, slot in self._connections():
            signal.connect(slot)
        if self._held and self._kept is not None:  # on screen already: compared at release()
            self._reload_waiting = True
            return
        self.reload_page()

    def _connections(self) -> list[tuple[Any, Any]]:
        assert self.doc is not None
        return [
            (self.doc.slideChanged, self._slide_changed),
            (self.doc.articleChanged, self._article_changed),
            (self.doc.slidesReset, self._slides_reset),
            (self.doc.pathChanged, self.reload_page),
        ]

    def show_kept_page(self, bundle: Path, page: bytes, fresh: bool = False) -> None:
        """Before the article is opened (start-up): show the opening page kept for it last time
        (first_page.py), or on a first open one just rendered from the file (``fresh``: kept for
        the next start once it has loaded, as an opened article's page is). set_document()
        keeps it only if the article renders to the same bytes."""
        self._remember = (bundle, self.mode, page) if fresh else None
        self.source = Source(bundle)
        self.host = self.handler.add(self.source)
        self.source.page = page
        self._kept, self._kept_loaded = page, False
        self.ready = False
        self._generation += 1
        self.load(page_url(self.host))

    def reload_page(self) -> None:
        """Render the whole page and load it: on open, never on typing."""
        assert self.doc is not None
        kept, self._kept = self._kept, None
        self._reload_waiting = False
        if self.source is None or self.source.bundle != self.doc.bundle:
            kept = None
            if self.host:
                self.handler.remove(self.host)
            self.source = Source(self.doc.bundle)
            self.host = self.handler.add(self.source)
        page, partial = self._opening_page()
        self.source.page = page
        self._dirty_slides.clear()
        self._dirty_all = self._dirty_header = self._dirty_read_more = False
        self._fill_in_pending = partial
        self._fill_in_waiting = False  # a page loaded before this one: its rest is not wanted
        if not self.doc.modified:
            self._remember = (self.doc.bundle, self.mode, page)
        if page == kept:  # the kept page on screen is this very page: no second load
            if self._kept_loaded:
                self._loaded(True)
            return  # else its load is under way and ends in _loaded
        self.ready = False
        self._generation += 1
        self.load(page_url(self.host))

    def keep_for_next_start(self) -> None:
        """On closing: keep the saved article's opening page, in the mode shown now, so the
        next start paints it at once (first_page.py). An unsaved article keeps nothing."""
        if self.doc is None or self.doc.modified:
            return
        from slidewright.ui.preview import first_page

        first_page.remember(self.doc.bundle, self.mode, self._opening_page()[0])

    def _opening_page(self) -> tuple[bytes, bool]:
        """The page loaded on open, and whether it is partial (see render.opening_page)."""
        from slidewright.ui.preview.render import opening_page

        assert self.doc is not None
        return opening_page(self.doc.article, self.doc.bundle, self.mode)

    def _loaded(self, ok: bool) -> None:
        if ok and self.doc is None and self._kept is not None:
            self._kept_loaded = True  # a kept page, shown before its article was read
            self._keep_remembered()
            return
        if not ok or self.doc is None:
            # A refused navigation (a clicked link) also ends in loadFinished(False) while our
            # page stays; only reload_page() makes the page not ready, so edits keep arriving.
            return
        self.ready = True
        self._keep_remembered()
        if self._fill_in_pending:
            self._fill_in_pending = False
            self._dirty_all = self._opening_fill_in = True
            if self._held:
                self._fill_in_waiting = True
            else:
                QTimer.singleShot(FILL_IN_DELAY_MS, self._after_load)
        else:
            self._after_load()

    def _keep_remembered(self) -> None:
        """Keep the page just loaded for the next start (see first_page.py; about a ms)."""
        if self._remember is not None:
            from slidewright.ui.preview import first_page

            first_page.remember(*self._remember)
            self._remember = None

    def hold(self) -> None:
        """Start-up: what the preview can do once the window is whole waits for release(): the
        rest of a long article's opening (and the ``updated`` it brings), and on a kept page
        (show_kept_page) the article's own page, rendered to compare with it. Rendered beside
        the window's second step, the rest of the slides took Python's lock from it, and the
        comparison needed the rendering stack (Jinja, Markdown, the sanitiser) before the
        writer could type (measured: see docs/architecture.md, "A start")."""
        self._held = True

    def release(self) -> None:
        """The window is whole: render and compare the kept page's article, or push the rest
        of the opening if its page has loaded."""
        self._held = False
        if self._reload_waiting and self.doc is not None:
            self.reload_page()
        elif self._fill_in_waiting:
            self._fill_in_waiting = False
            self._after_load()

    def _after_load(self) -> None:
        self.flush()  # the remaining slides, and anything edited while the page loaded
        if self.selected >= 0:  # the first slide is selected on open: keep the title in view
            self.select(self.selected, scroll=self.selected > 0)
        self.updated.emit()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        if self.ready:
            self.page().runJavaScript(f"slidewright.setMode({json.dumps(mode)})", WORLD)

    def select(self, index: int, scroll: bool = True) -> None:
        self.selected = index
        if self.ready:
            self.page().runJavaScript(
                f"slidewright.select({int(index)}, {json.dumps(scroll)})", WORLD
            )

    def follow_selected(self) -> None:
        """After an undo or redo: once the page shows what changed, the selected slide is in
        view (the slideshow shows it), wherever the writer had scrolled the preview since."""
        self._follow = True
        self._follow_if_settled()

    def _follow_if_settled(self) -> None:
        pending = self._dirty_all or self._dirty_slides or self._dirty_header
        if not self._follow or not self.ready or self.selected < 0:
            return
        if pending or self._dirty_read_more or self._timer.isActive() or self._in_flight:
            return
        self._follow = False
        self.page().runJavaScript("slidewright.keepInView()", WORLD)

    # -- edits ----------------------------------------------------------------------------
    def _slide_changed(self, index: int, name: str) -> None:
        self._dirty_slides.add(index)
        self._timer.start()

    def _article_changed(self, name: str) -> None:
        if name in HEADER_FIELDS:
            self._dirty_header = True
        if name in ("credit_label", "lang"):  # every slide's words (credit label, aria-labels)
            self._dirty_all = True
            self._dirty_read_more = True
        elif name == "read_more":
            self._dirty_read_more = True
        self._timer.start()

    def _slides_reset(self, _rows: list[int]) -> None:
        self._dirty_all = True
        self._timer.start()

    def flush(self) -> None:
        """Hand every pending change to the background renderer as one snapshot."""
        if not self.ready or self.doc is None:
            return
        if not (
            self._dirty_all or self._dirty_slides or self._dirty_header or self._dirty_read_more
        ):
            return
        from slidewright.ui.preview.render import Push, PushRenderer

        push = Push.take(
            self.doc.article,
            self.doc.bundle,
            self.mode,
            self._dirty_slides,
            self._dirty_all,
            self._dirty_header,
            self._dirty_read_more,
            follow=not self._opening_fill_in,
        )
        self._opening_fill_in = False
        self._dirty_slides = set()
        self._dirty_all = self._dirty_header = self._dirty_read_more = False
        renderer = self._renderer = self._renderer or PushRenderer()
        self._in_flight += 1
        self.background.submit(lambda: renderer.script(push), self._generation)

    def _rendered(self, generation: object, script: object) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if generation != self._generation or not self.ready or not script or self.closed:
            return  # rendered for a page that has since been replaced (or closed)
        self.page().runJavaScript(str(script), WORLD, self._pushed)

    def close_down(self) -> None:
        """The window has closed for good. A page answers every ``runJavaScript`` still
        pending when it is deleted, from inside the view's destructor: a push's answer then
        emitted ``updated`` on a half-destroyed view, and the editors' slots it reached raised
        errors in the middle of the window's teardown. From now on answers do nothing."""
        self.closed = True
        self._timer.stop()

    def _pushed(self, _result: object) -> None:
        if self.closed:
            return
        self.updated.emit()
        self._follow_if_settled()

    def _render_failed(self, generation: object, message: str) -> None:
        self._in_flight = max(0, self._in_flight - 1)
        if generation == self._generation:
            title = self.tr("Preview could not update: {reason}").format(reason=message)
            self.page().runJavaScript(
                f"document.title = {json.dumps(title)};",
                WORLD,
            )
