"""``slidewright audit FOLDER``: the formats, the exit codes, the progress bar only on a terminal."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from libraryfactory import MakeArticle
from slidewright.cli import main
from slidewright.library.audit import run_audit


@pytest.fixture
def two_articles(library: Path, make_article: MakeArticle) -> Path:
    make_article(
        "harbour-towns", "2026-03-01", [(1, "Getty Images", {"license_end": "2030-01-01"})]
    )
    make_article(
        "desk/coast-road", "2026-06-01",
        [(2, "Staff", {}), (1, "Jana Novak/Shutterstock", {"license_end": "2026-05-01"})],
    )  # fmt: skip
    return library


def test_json_names_articles_relative_to_the_folder_and_exits_1_on_errors(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(two_articles), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["articles"], data["pictures"]) == (2, 3)  # photo 1 twice, with other XMP
    assert {tuple(f) for f in data["findings"]} == {
        ("rule", "severity", "article", "slide", "image", "message")
    }
    ended = [f for f in data["findings"] if f["rule"] == "license-ended-before-article"]
    assert ended == [
        {
            "rule": "license-ended-before-article",
            "severity": "error",
            "article": "desk/coast-road",
            "slide": 2,
            "image": "desk/coast-road/images/p1.jpg",
            "message": "the licence ended on 2026-05-01 (the slide's licence), before the "
            "article's date 2026-06-01",
        }
    ]
    differs = [f["article"] for f in data["findings"] if f["rule"] == "credit-differs-elsewhere"]
    assert sorted(differs) == ["desk/coast-road", "harbour-towns"]


def test_disabling_the_error_rule_exits_0_and_text_output_sums_up(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["audit", str(two_articles), "--disable", "license-ended-before-article"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert any(
        line.startswith("harbour-towns, slide 1: warning: this photo is credited 'Getty Images'")
        and line.endswith("[credit-differs-elsewhere]")
        for line in out
    )
    assert out[-1] == "2 articles, 3 pictures: 2 warnings"


def test_csv_has_a_header_and_one_row_a_finding(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["audit", str(two_articles), "--format", "csv"])
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["rule", "severity", "article", "slide", "image", "message"]
    assert ["desk/coast-road", "2"] in [row[2:4] for row in rows[1:]]
    assert len(rows) == 4


def test_html_report_shows_thumbnails_and_links_to_each_article(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["audit", str(two_articles), "--format", "html"])
    page = capsys.readouterr().out
    assert page.count('<img src="data:image/jpeg;base64,') == 3
    real = two_articles.resolve()
    assert f'href="{(real / "harbour-towns" / "index.md").as_uri()}"' in page
    assert f'href="{(real / "desk" / "coast-road" / "index.md").as_uri()}"' in page
    from html.parser import HTMLParser

    HTMLParser().feed(page)  # parses


def test_text_from_articles_is_escaped_in_the_html_report(
    library: Path, make_article: MakeArticle, capsys: pytest.CaptureFixture[str]
) -> None:
    make_article("a", "2026-03-01", [(1, "<script>alert(1)</script>/Shutterstock", {})])
    make_article("b", "2026-05-01", [(1, "Staff", {})])  # quotes a's credit
    main(["audit", str(library), "--format", "html"])
    page = capsys.readouterr().out
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_a_folder_that_cannot_be_read_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["audit", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.strip() == (
        f"slidewright: {tmp_path / 'nowhere'}: no such folder: it does not exist"
    )
    file = tmp_path / "file.txt"
    file.write_text("x")
    assert main(["audit", str(file)]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_an_unknown_rule_or_bad_days_are_refused(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["audit", str(two_articles), "--disable", "no-such-rule"])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["audit", str(two_articles), "--expiring", "soon"])
    assert "is not a number of days" in capsys.readouterr().err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_only(two_articles: Path) -> None:
    out, piped = io.StringIO(), io.StringIO()
    run_audit(two_articles, "text", 30, (), out, piped)
    assert piped.getvalue() == ""
    (two_articles / "harbour-towns" / "index.md").touch()
    (two_articles / "harbour-towns" / "index.md").write_text(
        (two_articles / "harbour-towns" / "index.md").read_text() + "\n"
    )
    terminal = Terminal()
    run_audit(two_articles, "text", 30, (), io.StringIO(), terminal)
    drawn = terminal.getvalue()
    assert "\rindexing      1/1 articles [" in drawn
    assert drawn.endswith("\r\x1b[K")  # the bar is wiped before the report


def test_list_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "--list-rules", "--format", "json"]) == 0
    ids = [rule["id"] for rule in json.loads(capsys.readouterr().out)]
    assert "credit-differs-elsewhere" in ids and "stock-without-license" in ids


def test_kept_findings_follow_a_change_and_other_options(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def rules(*options: str) -> list[str]:
        main(["audit", str(two_articles), "--format", "json", *options])
        return sorted(f["rule"] for f in json.loads(capsys.readouterr().out)["findings"])

    assert rules().count("credit-differs-elsewhere") == 2
    index = two_articles / "desk" / "coast-road" / "index.md"
    index.write_text(index.read_text().replace("Jana Novak/Shutterstock", "Getty Images"))
    assert "credit-differs-elsewhere" not in rules()
    assert "license-expiring" not in rules()
    index.write_text(index.read_text().replace("2026-05-01", "2099-01-01"))
    assert "license-expiring" not in rules()
    assert "license-expiring" in rules("--expiring", "36500")
