from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.credits import check_article


def test_sample_article_shows_several_findings(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(sample_bundle)]) == 1  # the sample has an alt-missing error
    out = capsys.readouterr().out
    index = sample_bundle / "index.md"
    assert all(line.startswith(f"{index}:") for line in out.splitlines()[:-1])  # file:line: …
    lines = [re.sub(r"^.*?index\.md:\d+: ", "", line) for line in out.splitlines()]
    assert 'slide 2: warning credit-agency-spelling: "DepositPhotos" → "Depositphotos"' in lines
    assert any(line.startswith("slide 5: error alt-missing") for line in lines)
    assert lines[-1].endswith("1 error, 12 warnings, 8 notes")


def test_json_output(sample_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(sample_bundle), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["article"] == str(sample_bundle)
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "slide", "field", "message", "fix", "line"}
    assert first["slide"] == 1
    assert data["summary"] == {
        "slides": 9, "error": 1, "warning": 12, "info": 8,
        "fixable": sum(f["fix"] is not None for f in data["findings"]),
    }  # fmt: skip


def test_json_findings_carry_the_fix_apply_fix_would_make(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(sample_bundle), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    expected = check_article(load_article(sample_bundle), sample_bundle)
    fixes = [f["fix"] for f in data["findings"]]
    assert fixes == [
        None if f.fix is None else {"label": f.fix.label, "changes": dict(f.fix.changes)}
        for f in expected
    ]
    assert any(fix is not None and fix["changes"] for fix in fixes)


def test_exit_codes_follow_errors_then_strict_warnings(sample_bundle: Path) -> None:
    article = load_article(sample_bundle)
    for finding in check_article(article, sample_bundle):
        if finding.fix and finding.slide is not None:
            for name, value in finding.fix.changes:
                setattr(article.slides[finding.slide], name, value)
    article.slides[4].alt = "A bakery window lit before dawn"
    save_article(article, sample_bundle)
    assert main(["check", str(sample_bundle)]) == 0
    assert (
        main(["check", str(sample_bundle), "--strict"]) == 1
    )  # warnings without a certain fix remain


def test_unreadable_article_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "index.md").write_text("no front matter", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    assert "no front matter" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_is_one_line_not_a_traceback(
    sample_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    assert main(["export", str(sample_bundle), "-o", str(tmp_path / "taken" / "out.html")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("slidewright: ") and "taken" in err and "Traceback" not in err
