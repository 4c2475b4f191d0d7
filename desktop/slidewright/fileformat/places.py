"""Where each value of an article is written in its ``index.md``, for messages about it.

The credit checker speaks of slides and fields ("slide 3: caption"), which is what the window
shows. A writer who edits the file by hand, or a script or editor reading ``slidewright check``,
needs the line as well: ``index.md:14: slide 3: warning …`` is the form compilers use, which
editors turn into a link. The lines come from the node tree the article was read from, so
finding them costs nothing more than the reading did.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from slidewright.fileformat.bundle import load_article_placed
from slidewright.fileformat.parse import FRONT_MATTER_LINE
from slidewright.model import Article


def _pairs(node: Node | None) -> dict[str, tuple[Node, Node]]:
    """A mapping node's (key, value) nodes by name, the first of each; {} for anything else."""
    found: dict[str, tuple[Node, Node]] = {}
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key.value, str):
                found.setdefault(key.value, (key, value))
    return found


class Places:
    """The file and the front matter's nodes; ``offset`` is the file line the YAML starts on.

    Each mapping's keys are indexed once, when first asked about: a report of thousands of
    findings on an article with thousands of keys stays linear."""

    def __init__(self, file: Path, root: Node | None, offset: int = FRONT_MATTER_LINE) -> None:
        self.file = file
        self.root = root
        self.offset = offset
        self._article: dict[str, tuple[Node, Node]] | None = None
        self._slides: dict[int, dict[str, tuple[Node, Node]]] = {}

    def line(self, slide: int | None, field: str) -> int | None:
        """The 1-based file line of ``field`` (of the article, or of slide ``slide``, 0-based):
        its key's line, else the slide's first line; None when the file does not write it."""
        if self._article is None:
            self._article = _pairs(self.root)
        node: Node | None = None
        if slide is not None:
            slides = self._article.get("slides", (None, None))[1]
            if not isinstance(slides, SequenceNode) or slide >= len(slides.value):
                return None
            node = slides.value[slide]
            if slide not in self._slides:
                self._slides[slide] = _pairs(node)
        pair = (self._article if slide is None else self._slides[slide]).get(field)
        found = pair[0] if pair is not None else node
        return None if found is None else found.start_mark.line + self.offset


def load_placed(path: Path | str) -> tuple[Article, Places]:
    """The article in bundle ``path`` (or Markdown file ``path``), and where its values are."""
    article, file, root = load_article_placed(path)
    return article, Places(file, root, FRONT_MATTER_LINE)
