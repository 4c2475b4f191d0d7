"""Editing the article: the document and its undo commands, the slide list and the editor panes."""
