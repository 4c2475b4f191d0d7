"""Articles whose addresses carry a user name or password (tests of "never published")."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

SECRETS = ("hunter2", "ghp_token123", "jo:")  # none of these may leave with the article


def write_bundle(folder: Path, index: str) -> Path:
    """``folder`` holding ``index`` as its index.md and the picture images/quay.jpg it names."""
    (folder / "images").mkdir(parents=True)
    (folder / "index.md").write_text(index, "utf-8")
    Image.new("RGB", (64, 48), (40, 90, 140)).save(folder / "images" / "quay.jpg")
    return folder
