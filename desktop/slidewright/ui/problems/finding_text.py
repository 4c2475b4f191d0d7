"""What the Problems panel says about a finding, in the window's language.

A finding's message and its fix's label are written by the core in English (the CLI prints
them as they are); those built as :class:`slidewright.i18n.Message` carry their template and
values, and :func:`translated` says them in the language of the installed translators. The
sentences the panel builds around them (a row, its tooltip, the detail line, what a screen
reader hears, the summary) are templates with named values, so a translation may order them
as its language does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from slidewright.credits.findings import Finding, Severity, severity_word
from slidewright.i18n import translated as translated_with
from slidewright.ui.window.right_to_left import value_as_written


def singular(count: int) -> bool:
    """Whether the window's language says ``count`` things in the singular: English and German
    for 1 only, French for 0 and 1. The rule is asked of the installed translation, so it
    follows whichever language the window speaks: its translator lists the counts that take
    the singular ("singular: 0, 1")."""
    rule = QCoreApplication.translate("PluralRule", "singular: 1")
    listed = rule.partition(":")[2].replace(",", " ").split()
    counts = {int(word) for word in listed if word.isdigit()} or {1}
    return count in counts


def translated(text: str) -> str:
    """A core message in the window's language (English, or any text that is not a message,
    as it is), a count's words chosen by that language's rule. Other parts of the window that
    show the core's messages use it too."""
    return translated_with(text, QCoreApplication.translate, singular, value_as_written)


def severity(finding: Finding) -> str:
    """'error', 'warning' or 'note', as the writer reads it."""
    return translated(severity_word(finding.severity))


def fix_label(finding: Finding) -> str:
    return translated(finding.fix.label) if finding.fix is not None else ""


def row_text(finding: Finding) -> str:
    """The row in the list: how bad, then what."""
    template = QCoreApplication.translate("FindingText", "{severity}: {message}")
    return template.format(severity=severity(finding), message=translated(finding.message))


def tooltip(finding: Finding) -> str:
    """The whole message, and the fix on offer."""
    message = translated(finding.message)
    if finding.fix is None:
        return message
    template = QCoreApplication.translate("FindingText", "{message}\nFix: {fix}")
    return template.format(message=message, fix=fix_label(finding))


def detail(finding: Finding | None) -> str:
    """The detail line: the whole message, its rule and the fix on offer."""
    if finding is None:
        return ""
    if finding.fix is None:
        template = QCoreApplication.translate("FindingText", "{severity}: {message} ({rule}).")
    else:
        template = QCoreApplication.translate(
            "FindingText", "{severity}: {message} ({rule}). Fix: {fix}."
        )
    return template.format(
        severity=severity(finding),
        message=translated(finding.message),
        rule=finding.rule,
        fix=fix_label(finding),
    )


def row_name(finding: Finding) -> str:
    """A row as a screen reader says it: where, how bad, what, and what a fix would do."""
    if finding.slide is None:
        template = QCoreApplication.translate("FindingText", "{severity} on the article: {message}")
    else:
        template = QCoreApplication.translate(
            "FindingText", "{severity} on slide {slide}: {message}"
        )
    name = template.format(
        severity=severity(finding),
        slide=(finding.slide or 0) + 1,
        message=translated(finding.message),
    )
    if finding.fix is None:
        return name
    with_fix = QCoreApplication.translate("FindingText", "{row}; fix: {fix}")
    return with_fix.format(row=name, fix=fix_label(finding))


def summarize(findings: list[Finding]) -> str:
    """'0 errors, 1 warning, 2 notes': the same words as `slidewright check`'s summary line."""
    if not findings:
        return QCoreApplication.translate("FindingText", "No problems found")
    count = QCoreApplication.translate("FindingText", "{count} {severity}")
    counts = {}
    for kind in Severity:
        found = sum(f.severity == kind for f in findings)
        counts[kind] = count.format(count=found, severity=translated(severity_word(kind, found)))
    template = QCoreApplication.translate("FindingText", "{errors}, {warnings}, {notes}")
    return template.format(
        errors=counts[Severity.ERROR],
        warnings=counts[Severity.WARNING],
        notes=counts[Severity.INFO],
    )
