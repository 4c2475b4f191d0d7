"""The image-credit checker: embedded metadata, house rules, findings and certain fixes.

The rules and the metadata reader load on first use (PEP 562), so the window can show an article
before any of them is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from slidewright.credits.findings import Finding, Fix

if TYPE_CHECKING:
    from slidewright.credits.checker import CreditChecker, check_article
    from slidewright.credits.context import CheckOptions
    from slidewright.credits.metadata import MetadataCache

_LAZY = {
    "CreditChecker": "slidewright.credits.checker",
    "check_article": "slidewright.credits.checker",
    "CheckOptions": "slidewright.credits.context",
    "MetadataCache": "slidewright.credits.metadata",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'slidewright.credits' has no attribute {name!r}")


__all__ = ["CheckOptions", "CreditChecker", "Finding", "Fix", "MetadataCache", "check_article"]
