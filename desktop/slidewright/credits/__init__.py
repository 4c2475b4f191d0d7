"""The image-credit checker: embedded metadata, house rules, findings and certain fixes.

The rules live in one registry (:mod:`slidewright.credits.registry`) with their ids, default
severities and descriptions; a :class:`CreditChecker` runs the enabled ones.

The rules and the metadata reader load on first use (PEP 562), so the window can show an article
before any of them is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slidewright.credits.findings import Finding, Fix, RuleId, Severity

if TYPE_CHECKING:
    from slidewright.credits.checker import CreditChecker, check_article
    from slidewright.credits.context import CheckOptions
    from slidewright.credits.metadata import MetadataCache
    from slidewright.credits.registry import CreditRules, Rule

_LAZY = {
    "CreditChecker": "slidewright.credits.checker",
    "check_article": "slidewright.credits.checker",
    "CheckOptions": "slidewright.credits.context",
    "MetadataCache": "slidewright.credits.metadata",
    "CreditRules": "slidewright.credits.registry",
    "Rule": "slidewright.credits.registry",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'slidewright.credits' has no attribute {name!r}")


__all__ = [
    "CheckOptions",
    "CreditChecker",
    "CreditRules",
    "Finding",
    "Fix",
    "MetadataCache",
    "Rule",
    "RuleId",
    "Severity",
    "check_article",
]
