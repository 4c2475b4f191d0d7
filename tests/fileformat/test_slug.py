"""Folder and file names made from a title keep every letter a writer typed, in ASCII."""

from __future__ import annotations

import pytest

from slidewright.fileformat.images import slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Große Überfahrten", "grosse-uberfahrten"),  # (a writer's trial: "groe-uberfahrten")
        ("Ærø og Øresund", "aero-og-oresund"),
        ("Łódź nocą", "lodz-noca"),
        ("Þingvellir", "thingvellir"),
        ("Boats Painted by Hand!", "boats-painted-by-hand"),
        ("؟؟؟", "new-article"),
    ],
)
def test_a_title_becomes_a_name_without_losing_letters(title: str, slug: str) -> None:
    assert slugify(title, "new-article") == slug
