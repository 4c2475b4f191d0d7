"""Core messages stay English where they are printed and carry what the window translates."""

from __future__ import annotations

import ast
import json
import pickle
from pathlib import Path

import pytest

from creditcorpus import build
from slidewright import load_article
from slidewright.credits import check_article
from slidewright.credits.findings import Finding, RuleId, Severity
from slidewright.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    counted,
    listing,
    message_data,
    message_from_data,
    translated,
)
from slidewright.library.rule_helpers import and_more
from slidewright.model import Article, Slide

GERMAN = {
    ("RulesCredit", '"{written}" → "{agency}"'): "„{written}“ → „{agency}“",
    ("RulesCredit", 'Use the house spelling "{agency}"'): "Hausschreibweise „{agency}“ verwenden",
    ("Test", "{inner}, said {who}"): "{who} sagte: {inner}",
    ("Test", "hello"): "hallo",
    ("LibraryRules", "{shown}; and {more} more"): "{shown}; und {more} weitere",
}


def german(context: str, template: str) -> str:
    """What QCoreApplication.translate answers with a German translator installed."""
    return GERMAN.get((context, template), template)


def test_a_rule_message_is_the_same_english_and_carries_its_template(tmp_path: Path) -> None:
    article = Article(title="T", slides=[Slide(heading="Quay", credit="Ana Ruiz/Getty")])
    [finding] = [f for f in check_article(article, tmp_path) if f.rule == "credit-agency-spelling"]
    assert finding.message == '"Getty" → "Getty Images"'  # what `check` prints, unchanged
    assert f"{finding.message}" == '"Getty" → "Getty Images"'
    assert isinstance(finding.message, Message)
    assert finding.message.context == "RulesCredit"
    assert finding.message.template == '"{written}" → "{agency}"'
    assert finding.message.values == {"written": "Getty", "agency": "Getty Images"}
    assert finding.as_text() == (
        'slide 1: warning credit-agency-spelling: "Getty" → "Getty Images"'
    )
    assert json.loads(json.dumps(finding.as_json()))["message"] == '"Getty" → "Getty Images"'
    assert translated(finding.message, german) == "„Getty“ → „Getty Images“"
    assert finding.fix is not None
    assert translated(finding.fix.label, german) == "Hausschreibweise „Getty Images“ verwenden"


def test_messages_inside_messages_are_translated_and_user_text_is_not() -> None:
    inner = QT_TRANSLATE_NOOP("Test", "hello")
    outer = QT_TRANSLATE_NOOP("Test", "{inner}, said {who}").format(inner=inner, who="hello")
    assert outer == "hello, said hello"
    assert translated(outer, german) == "hello sagte: hallo"  # the name "hello" is the writer's
    assert translated("plain text {not a field}", german) == "plain text {not a field}"


def test_a_list_of_messages_is_translated_item_by_item() -> None:
    items = [QT_TRANSLATE_NOOP("Test", "hello"), "Ana"]
    assert listing(items) == "hello, Ana"
    assert translated(and_more([listing(items)], 3), german) == "hallo, Ana; und 3 weitere"


def test_a_broken_translation_shows_the_english_rather_than_failing() -> None:
    message = QT_TRANSLATE_NOOP("Test", "{count} slides").format(count=3)
    assert translated(message, lambda context, text: "{anzahl} Folien") == "3 slides"
    assert translated(message, lambda context, text: "") == "3 slides"


def test_messages_survive_a_cache_a_copy_and_another_process() -> None:
    inner = QT_TRANSLATE_NOOP("Test", "hello")
    message = QT_TRANSLATE_NOOP("Test", "{inner}, said {who}").format(inner=inner, who="Ana")
    kept = message_from_data(json.loads(json.dumps(message_data(message))))
    assert kept == message and translated(kept, german) == "Ana sagte: hallo"
    assert translated(pickle.loads(pickle.dumps(message)), german) == "Ana sagte: hallo"
    assert message_from_data("plain") == "plain"
    finding = Finding(RuleId.ALT_MISSING, Severity.ERROR, 0, "alt", message)
    assert translated(pickle.loads(pickle.dumps(finding)).message, german) == "Ana sagte: hallo"


FRENCH_DAYS = {
    ("Test", "in {days} day"): "dans {days} jour",
    ("Test", "in {days} days"): "dans {days} jours",
}


def french_singular(count: int) -> bool:
    return count in (0, 1)


@pytest.mark.parametrize(
    ("days", "english", "french"),
    [
        (0, "in 0 days", "dans 0 jour"),
        (1, "in 1 day", "dans 1 jour"),
        (2, "in 2 days", "dans 2 jours"),
    ],
)
def test_a_count_reads_by_each_languages_rule(days: int, english: str, french: str) -> None:
    """English (and German) take the singular for 1 only, French for 0 and 1: the English text
    follows English, the window's translation the rule of its language, also after a cache."""
    message = counted(
        days,
        QT_TRANSLATE_NOOP("Test", "in {days} day"),
        QT_TRANSLATE_NOOP("Test", "in {days} days"),
    ).format(days=days)
    assert message == english
    say = lambda context, template: FRENCH_DAYS.get((context, template), template)  # noqa: E731
    assert translated(message, say, french_singular) == french
    kept = message_from_data(json.loads(json.dumps(message_data(message))))
    assert kept == english and translated(kept, say, french_singular) == french
    assert translated(pickle.loads(pickle.dumps(message)), say, french_singular) == french
    assert translated(message, say) == english.replace("in", "dans").replace("day", "jour")


def test_format_takes_named_values_only() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("Test", "{0}").format("x")


def test_every_finding_and_fix_the_window_shows_is_translatable(
    sample_bundle: Path, tmp_path: Path
) -> None:
    """The sample and the planted-credit corpus between them raise most rules: not one of their
    messages or fix labels is a plain string the window would have to show in English."""
    corpus = build(tmp_path / "corpus")
    findings = [
        *check_article(load_article(sample_bundle), sample_bundle),
        *check_article(load_article(corpus), corpus),
    ]
    assert len({f.rule for f in findings}) >= 8
    plain = [f.message for f in findings if not isinstance(f.message, Message)]
    plain += [f.fix.label for f in findings if f.fix and not isinstance(f.fix.label, Message)]
    assert plain == []


RULE_MODULES = sorted(
    (Path(__file__).parents[1] / "desktop/slidewright/credits").glob("rules_*.py")
)


@pytest.mark.parametrize("module", RULE_MODULES, ids=lambda path: path.name)
def test_no_rule_writes_a_message_the_window_cannot_translate(module: Path) -> None:
    """A rule's message (``Hit(field, message)``) and a fix's label (``Fix.of(label)``) are
    never written in place as a string, an f-string or a concatenation: those stay English."""
    in_place = (ast.Constant, ast.JoinedStr, ast.BinOp)
    written = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        argument = {"Hit": 1, "Fix.of": 0}.get(name)
        if argument is not None and len(node.args) > argument:
            if isinstance(node.args[argument], in_place):
                written.append(f"{module.name}:{node.lineno}")
    assert written == []
