"""Where each value of an article is written in its ``index.md``, for messages about it.

The credit checker speaks of slides and fields ("slide 3: caption"), which is what the window
shows. A writer who edits the file by hand, or a script or editor reading ``slidewright check``,
needs the line as well: ``index.md:14: slide 3: warning …`` is the form compilers use, which
editors turn into a link. The lines come from the node tree the article was read from, so
finding them costs nothing more than the reading did.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node, SequenceNode

from slidewright.fileformat.bundle import load_article_placed
from slidewright.fileformat.parse import FRONT_MATTER_LINE
from slidewright.model import Article


def _pair(node: Node | None, name: str) -> tuple[Node, Node] | None:
    """The key and value nodes of ``name`` in a mapping node (None when absent or no mapping)."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if key.value == name:
                return key, value
    return None


@dataclass(frozen=True)
class Places:
    """The file and the front matter's nodes; ``offset`` is the file line the YAML starts on."""

    file: Path
    root: Node | None
    offset: int = FRONT_MATTER_LINE

    def line(self, slide: int | None, field: str) -> int | None:
        """The 1-based file line of ``field`` (of the article, or of slide ``slide``, 0-based):
        its key's line, else the slide's first line; None when the file does not write it."""
        node: Node | None = self.root
        if slide is not None:
            slides = _pair(self.root, "slides")
            if slides is None or not isinstance(slides[1], SequenceNode):
                return None
            if slide >= len(slides[1].value):
                return None
            node = slides[1].value[slide]
        pair = _pair(node, field)
        found = pair[0] if pair is not None else (node if slide is not None else None)
        return None if found is None else found.start_mark.line + self.offset


def load_placed(path: Path | str) -> tuple[Article, Places]:
    """The article in bundle ``path`` (or Markdown file ``path``), and where its values are."""
    article, file, root = load_article_placed(path)
    return article, Places(file, root, FRONT_MATTER_LINE)
