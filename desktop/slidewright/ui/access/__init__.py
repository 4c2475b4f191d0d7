"""A window for every writer: contrast, visible focus, moving between panes, what a screen reader
is told (issue 33). Wired into the window's step two by ui/window/assembly.py."""
