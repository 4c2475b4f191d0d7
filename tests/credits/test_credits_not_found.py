"""After a text import, `check` says which slides' credits were not found, image or not."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.cli import main

PAGE = """Home > Travel

Four Quiet Islands

By Lena Ortiz

Islands where the last ferry leaves at six.

1. The Salt Island

Photo: Ana Ruiz/Reuters

The salt pans turn pink in August.

2. The Island of Goats

Goats outnumber people by ten to one here.

3. The Lighthouse Island

Photo: Ken Sato/AFP

A single lane leads to the light.

4. The Island With No Cars

Bicycles wait unlocked at the pier.
"""


def test_check_names_the_slides_whose_credit_the_import_did_not_find(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    bundle = tmp_path / "islands"
    assert main(["import", str(page), "-o", str(bundle)]) == 0
    capsys.readouterr()
    main(["check", str(bundle)])
    lines = capsys.readouterr().out.splitlines()
    found = [line for line in lines if "have no credit yet" in line]
    assert found == [
        "article: warning credit-missing: 2 of 4 slides have no credit yet (slides 2, 4): "
        "the pictures they are waiting for will need one"
    ]
