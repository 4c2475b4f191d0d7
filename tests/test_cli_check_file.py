"""What ``slidewright check`` says about values the article file holds that load but do not do what
the writer meant: a ``lang`` that is no language, an image path with a line break in it, texts no
newsroom system would take. Each finding names the file and line it is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slidewright.cli import main
from slidewright.credits import check_article
from slidewright.fileformat import load_article


def bundle_with(tmp_path: Path, front: str, name: str = "walks") -> Path:
    bundle = tmp_path / name
    bundle.mkdir()
    (bundle / "index.md").write_text(f"---\ntitle: Harbour walks\n{front}---\nIntro.\n", "utf-8")
    return bundle


def check_lines(bundle: Path, capsys: pytest.CaptureFixture[str], *options: str) -> list[str]:
    main(["check", str(bundle), *options])
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("lang", ["english", "xx-!!", '"42"', "fr_FR_Paris_Left_Bank"])
def test_a_lang_that_is_no_language_tag_is_a_warning_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    bundle = bundle_with(tmp_path, f"author: Jo\nlang: {lang}\n")
    assert main(["check", str(bundle), "--strict"]) == 1  # a warning: --strict fails on it
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if "lang-invalid" in line]
    assert len(said) == 1, out
    assert said[0].startswith(f"{bundle / 'index.md'}:4: article: warning lang-invalid: ")
    assert f'"{lang.strip(chr(34))}"' in said[0] and "BCP 47" in said[0] and "pt-BR" in said[0]


@pytest.mark.parametrize("lang", ["fr", "pt-BR", "en_GB", "zh-Hant-TW", "  de  "])
def test_a_language_tag_is_not_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    bundle = bundle_with(tmp_path, f"lang: '{lang}'\n")
    assert "lang-invalid" not in "".join(check_lines(bundle, capsys))


def test_the_problems_panel_gets_the_lang_finding_from_the_same_checker(tmp_path: Path) -> None:
    """The window's Problems panel shows what CreditChecker.check returns for the article."""
    bundle = bundle_with(tmp_path, "lang: english\n")
    findings = check_article(load_article(bundle), bundle)
    assert [(f.rule, f.slide, f.field) for f in findings] == [("lang-invalid", None, "lang")]


def test_an_image_path_with_a_line_break_shows_it_as_an_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``image: |`` keeps the line break after the name; it printed as a space, so the path
    looked right and the message made no sense."""
    bundle = bundle_with(
        tmp_path, "slides:\n- heading: Dawn\n  image: |\n    pics/a.jpg\n  alt: Boats\n"
    )
    said = [line for line in check_lines(bundle, capsys) if "image-missing" in line]
    assert said == [
        f'{bundle / "index.md"}:5: slide 1: error image-missing: "pics/a.jpg\\n" is not in the '
        "article folder"
    ]


def test_a_plain_image_path_is_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = bundle_with(tmp_path, "slides:\n- heading: Dawn\n  image: pics/a.jpg\n")
    said = [line for line in check_lines(bundle, capsys) if "image-missing" in line]
    assert said == [
        f"{bundle / 'index.md'}:5: slide 1: error image-missing: pics/a.jpg is not in the "
        "article folder"
    ]


def test_texts_no_newsroom_system_takes_are_warnings_at_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "long"
    bundle.mkdir()
    text = (
        f"---\ntitle: {'T' * 5_000_000}\nslides:\n- heading: {'H' * 300}\n"
        f"  caption: {'c ' * 1500}\n- heading: Fine\n  caption: Fine too\n---\n"
    )
    (bundle / "index.md").write_text(text, encoding="utf-8")
    lines = check_lines(bundle, capsys)
    long = [line for line in lines if "text-too-long" in line]
    file = bundle / "index.md"
    assert long[0].startswith(f"{file}:2: article: warning text-too-long: The headline is 5000000")
    assert long[1].startswith(f"{file}:4: slide 1: warning text-too-long: The heading is 300 ")
    assert long[2].startswith(f"{file}:5: slide 1: warning text-too-long: The caption is 2999 ")
    assert len(long) == 3 and "256" in long[0] and "2000" in long[2]
    assert not any("headline-too-long" in line for line in lines)  # the warning says it all
    assert max(map(len, lines)) < 400  # the title itself is not printed


def test_a_headline_over_110_but_within_256_is_still_the_search_engine_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = bundle_with(tmp_path, "").parent / "walks"
    (bundle / "index.md").write_text(f"---\ntitle: {'T' * 200}\n---\n", "utf-8")
    lines = check_lines(bundle, capsys)
    assert any("note headline-too-long" in line for line in lines)
    assert not any("text-too-long" in line for line in lines)


def test_json_findings_carry_the_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = bundle_with(tmp_path, "slides:\n- heading: Dawn\n  alt: x\nlang: english\n")
    main(["check", str(bundle), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["file"] == str(bundle / "index.md")
    where = {(f["rule"], f["slide"]): f["line"] for f in report["findings"]}
    assert where[("lang-invalid", None)] == 6
    assert where[("image-missing", 1)] == 4  # no image: key, so the slide's first line


def test_an_address_with_a_password_is_an_error_that_does_not_repeat_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page would publish the password (og:image, JSON-LD, the link itself)."""
    bundle = bundle_with(
        tmp_path,
        "slides:\n- heading: Dawn\n  image: https://jo:hunter2@cdn.example.com/a.jpg\n"
        "  body: See [the map](https://ghp_token123@example.com/map).\n"
        "read_more:\n  heading: More\n  items:\n  - title: Ferries\n"
        "    url: https://jo:hunter2@example.com/ferries\n",
    )
    assert main(["check", str(bundle)]) == 1
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if "url-credentials" in line]
    file = bundle / "index.md"
    assert said[0].startswith(f"{file}:7: article: error url-credentials: read_more holds")
    assert said[1].startswith(f"{file}:5: slide 1: error url-credentials: image holds an address")
    assert "(https://…@cdn.example.com/a.jpg)" in said[1]
    assert said[2].startswith(f"{file}:6: slide 1: error url-credentials: body holds")
    assert "(https://…@example.com/map).)" in said[2]
    assert len(said) == 3 and "hunter2" not in out and "ghp_token123" not in out
    assert "jo:" not in out


def test_an_address_with_an_at_sign_in_its_path_is_not_a_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = bundle_with(
        tmp_path,
        "slides:\n- heading: Dawn\n  body: See https://example.com/@harbour and jo@example.com.\n",
    )
    assert "url-credentials" not in "".join(check_lines(bundle, capsys))
