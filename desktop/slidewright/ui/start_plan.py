"""What a start opens: which article, in which preview mode, and the page kept for it if any.

Decided once, before the QApplication and the window exist, by one rule (``plan_start``); the
start (ui/app.py) and the window it builds only follow the plan. Before this module the question
"which article opens" was answered in four places whose answers had drifted apart.

The rule: the article named on the command line; else, with ``--sample``, the writer's copy of the
sample; else the last article when its ``index.md`` is still there; else the writer's copy of the
sample (made when it is opened: a first run has none yet). The preview mode is the one the writer
left. A page kept for the article exactly as it is on disk, in that mode (ui/preview/first_page.py),
paints before anything of the article is read.

Only QtCore is needed (QSettings, QStandardPaths): the reading and rendering stack is imported
after the plan, and only when no kept page makes it wait for the paint (see ui/app.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.ui.preview import first_page
from slidewright.ui.session.sample import existing_sample_copy

if TYPE_CHECKING:
    from slidewright.render.context import Mode
    from slidewright.ui.session.settings import Settings

INDEX = "index.md"


@dataclass(frozen=True)
class StartPlan:
    """One start. ``article`` None: the writer's copy of the sample when ``make_sample`` (made
    as it is opened), else nothing (the welcome page)."""

    article: Path | None
    mode: Mode
    kept: bytes | None = None  # the opening page kept for ``article`` as it is on disk, in ``mode``
    make_sample: bool = False

    @property
    def from_kept_page(self) -> bool:
        return self.kept is not None and self.article is not None


def plan_start(path: Path | None, sample: bool, settings: Settings) -> StartPlan:
    """The plan for ``slidewright [PATH | --sample]`` with the writer's ``settings``."""
    article: Path | None
    if path is not None:
        article = path
    elif sample:
        article = existing_sample_copy()
    else:
        last = settings.last_article()
        reopen = last is not None and (last / INDEX).is_file()
        article = last if reopen else existing_sample_copy()
    mode = settings.preview_mode()
    kept = first_page.lookup(article, mode) if article is not None else None
    return StartPlan(article, mode, kept, make_sample=article is None)
