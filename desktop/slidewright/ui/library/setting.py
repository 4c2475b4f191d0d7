"""Where the window keeps the library folder opened last: read at start-up (is there a library
whose notes the Problems panel shows?) without loading the library's dialog or its index."""

from __future__ import annotations

SETTING = "library/folder"
