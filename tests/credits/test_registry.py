"""The rule registry: listed, disabled and documented from one table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import CreditChecker, CreditRules, RuleId, Severity, check_article
from slidewright.credits.registry import RULES
from slidewright.credits.ruledoc import rules_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_every_rule_id_has_exactly_one_rule() -> None:
    assert [rule.id for rule in RULES] == list(RuleId)
    assert all(rule.description.strip() and rule.severity in Severity for rule in RULES)


def test_list_rules_prints_id_severity_and_description(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", "--list-rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == [str(rule) for rule in RuleId]
    editorial = next(line for line in lines if line.startswith("editorial-only "))
    assert editorial.split()[1] == "note" and "sponsored" in editorial
    assert lines[0].split()[1] == "error"


def test_list_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--list-rules", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)["rules"]
    assert [r["rule"] for r in listed] == [str(rule) for rule in RuleId]
    assert listed[0] == {
        "rule": "image-missing",
        "severity": "error",
        "description": RULES[0].description,
    }


def test_disable_drops_a_rule_and_its_effect_on_the_exit_code(
    sample_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(sample_bundle)]) == 1  # the sample's one error is alt-missing
    everything = capsys.readouterr().out.splitlines()
    assert main(["check", str(sample_bundle), "--disable", "alt-missing"]) == 0
    without = capsys.readouterr().out.splitlines()
    assert [line for line in everything[:-1] if " alt-missing:" not in line] == without[:-1]
    assert without[-1].endswith("0 errors, 12 warnings, 8 notes")


def test_disable_is_repeatable(sample_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(
        [
            "check",
            str(sample_bundle),
            "--disable",
            "credit-metadata-mismatch",
            "--disable",
            "credit-agency-pattern",
        ]
    )
    out = capsys.readouterr().out
    assert "credit-metadata-mismatch" not in out and "credit-agency-pattern" not in out
    assert "credit-agency-spelling" in out


def test_an_unknown_rule_is_refused_with_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "anywhere", "--disable", "credit-speling"])
    assert exit_.value.code == 2
    assert "credit-agency-spelling" in capsys.readouterr().err


def test_check_without_a_path_asks_for_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check"])
    assert exit_.value.code == 2 and "--list-rules" in capsys.readouterr().err


def test_enable_disable_and_enable_only() -> None:
    rules = CreditRules()
    assert len(rules.active()) == len(rules) == len(RuleId)
    rules.disable(["alt-poor", "credit-hygiene"])
    assert not rules.is_enabled("alt-poor") and RuleId.CREDIT_HYGIENE not in {
        r.id for r in rules.active()
    }
    rules.enable("alt-poor")
    assert rules.is_enabled("alt-poor")
    rules.enable_only(["credit-missing"])
    assert [r.id for r in rules.active()] == [RuleId.CREDIT_MISSING]
    with pytest.raises(KeyError, match="no credit rule 'nope'"):
        rules.disable(["image-missing", "nope"])
    assert rules.is_enabled("credit-missing") and not rules.is_enabled("image-missing")


def test_a_checker_forgets_findings_of_a_rule_disabled_later(sample_bundle: Path) -> None:
    article = load_article(sample_bundle)
    checker = CreditChecker()
    assert any(f.rule == "alt-missing" for f in checker.check(article, sample_bundle))
    checker.rules.disable("alt-missing")
    assert not any(f.rule == "alt-missing" for f in checker.check(article, sample_bundle))
    checker.rules.enable("alt-missing")
    assert any(f.rule == "alt-missing" for f in checker.check(article, sample_bundle))
    # Another checker (the window's) keeps every rule.
    assert any(f.rule == "alt-missing" for f in check_article(article, sample_bundle))


def test_disabling_an_article_wide_rule(sample_bundle: Path) -> None:
    article = load_article(sample_bundle)
    article.slides[1].image = article.slides[0].image
    assert any(f.rule == "image-duplicate" for f in check_article(article, sample_bundle))
    rules = CreditRules()
    rules.disable("image-duplicate")
    assert not any(
        f.rule == "image-duplicate" for f in check_article(article, sample_bundle, rules=rules)
    )


def test_docs_page_matches_the_registry() -> None:
    page = (ROOT / "docs" / "credit-rules.md").read_text(encoding="utf-8")
    assert page == rules_markdown(), (
        "docs/credit-rules.md is out of date: run "
        "`python -m slidewright.credits.ruledoc docs/credit-rules.md`"
    )
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.severity} |" in page
