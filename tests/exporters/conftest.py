"""Fixtures for the publishing tests: each image file carries its own rights metadata, as
agency downloads do."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import make_image
from publishing_article import credited_article
from slidewright import save_article


@pytest.fixture
def credited_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "walks"
    make_image(
        bundle / "images" / "pier.jpg",
        size=(1200, 800),
        seed=3,
        xmp={
            "rights": "© 2026 Marta Lind, all rights reserved",
            "source": "Shutterstock",
            "instructions": "No archive use",
        },  # fmt: skip
    )
    make_image(bundle / "images" / "bar.png", size=(1000, 750), seed=5)
    save_article(credited_article(), bundle)
    return bundle
