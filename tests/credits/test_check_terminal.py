"""`slidewright check` prints article text without control characters (issue 17: credits with
escape sequences reached the terminal as they were)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.terminal import terminal_text

ATTACKS = {
    "csi": "\x1b[2J\x1b[31mred",  # clear the screen, recolour
    "osc title": "\x1b]0;owned\x07title",  # retitle the window
    "osc st": "\x1b]8;;http://x\x1b\\link",  # a hidden hyperlink
    "c1 csi": "\x9b31mc1",
    "cr": "line\roverwritten",
    "bell and nul": "a\x07b\x00c",
    "dcs": "\x1bPq#0;2;0;0;0\x1b\\sixel",
}
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_terminal_text_has_no_control_characters_left(attack: str) -> None:
    cleaned = terminal_text(attack)
    assert not CONTROL.search(cleaned)
    assert "owned" not in cleaned and "http://x" not in cleaned and "0;2;0" not in cleaned


def test_terminal_text_keeps_tabs_newlines_and_letters() -> None:
    assert terminal_text("Café\tMünchen\n東京 — “quoted”") == "Café\tMünchen\n東京 — “quoted”"


def test_check_output_carries_no_escape_sequences(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = load_article(sample_bundle)
    # a missing image's finding repeats its path, so the path carries the attack
    article.slides[1].image = "images/x\x1b]0;owned\x07\x1b[2J.jpg\r\nslide 9: error forged"
    article.slides[2].image = "images/Getty\x9b31m Images\x00.jpg"
    save_article(article, sample_bundle)
    main(["check", str(sample_bundle)])
    out = capsys.readouterr().out
    assert not CONTROL.search(out)
    assert "owned" not in out
    assert not any(line.startswith("slide 9: error forged") for line in out.splitlines())
    assert 'slide 2: error image-missing: "images/x.jpg\\r\\nslide 9: error forged" is not' in out
    assert "slide 3: error image-missing: images/Getty Images.jpg is not in" in out


def test_check_json_escapes_what_a_terminal_would_act_on(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = load_article(sample_bundle)
    article.slides[2].image = "images/Getty\x9b31m Images\x1b[2J.jpg"
    save_article(article, sample_bundle)
    main(["check", str(sample_bundle), "--format", "json"])
    out = capsys.readouterr().out
    assert not CONTROL.search(out)
    messages = [f["message"] for f in json.loads(out)["findings"]]
    assert any("Getty\x9b31m Images\x1b[2J.jpg" in m for m in messages)  # data intact for programs


def test_cli_errors_are_one_clean_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "index.md").write_text("---\ntitle: [\x1b[2J\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not CONTROL.search(err.rstrip("\n"))


def test_a_bidirectional_override_is_shown_not_obeyed(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'images/gpj.\\u202eexe' displays as 'images/exe.jpg' where the override is obeyed: the
    check prints the override as an escape, in text and in JSON; right-to-left text and its
    isolates stay as written."""
    article = load_article(sample_bundle)
    article.slides[1].image = "images/gpj.\u202eexe"
    article.slides[2].credit = "\u0646\u0648\u0631 \u2067Reuters\u2069"
    save_article(article, sample_bundle)
    main(["check", str(sample_bundle)])
    out = capsys.readouterr().out
    assert "\u202e" not in out and "images/gpj.\\u202eexe" in out
    main(["check", str(sample_bundle), "--format", "json"])
    raw = capsys.readouterr().out
    assert "\u202e" not in raw and "gpj.\u202eexe" in json.dumps(
        json.loads(raw), ensure_ascii=False
    )
    assert (
        terminal_text("\u0646\u0648\u0631 \u2067Reuters\u2069")
        == "\u0646\u0648\u0631 \u2067Reuters\u2069"
    )
