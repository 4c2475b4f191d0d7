"""A faster answer to the question PySide6 asks of every module imported after it.

Once PySide6 is loaded, each new module is looked at once ("does its source say PySide6?": its
``__feature__`` switching only concerns modules that use Qt). PySide answers it with
``inspect.getsource``, which reads the source through ``linecache`` and, for an extension
module, reads the whole binary (``QtWebEngineCore``'s tens of megabytes among them) as text until
the text fails to decode. A start imports a few hundred modules after Qt (the window's second
step, the reading stack when no kept page paints first): the checks cost tens of milliseconds.

``quicken()`` gives the same answers sooner: a ``.py`` module's file is read as bytes and searched
for the same word; an extension module holds no Python source, so the answer is no, which is what
PySide's own check arrives at; anything else is left to PySide's own check. A PySide6 without this
internal hook is left as it is.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from types import ModuleType
from typing import Any

FEATURE_MODULE = "shibokensupport.feature"  # PySide6.support.feature, as its loader names it
WORD = b"PySide6"


def uses_pyside(module: ModuleType, fallback: Any = None) -> bool:
    """Whether ``module``'s source mentions PySide6 (PySide's own rule, answered quickly)."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.endswith(".py"):
        try:
            with open(origin, "rb") as source:
                return WORD in source.read()
        except OSError:
            return False  # no source to read: PySide's check says no too
    if isinstance(origin, str) and origin.endswith(tuple(EXTENSION_SUFFIXES)):
        return False  # a compiled module has no source
    return bool(fallback(module)) if fallback is not None else False


def quicken() -> bool:
    """Answer PySide's per-import check with ``uses_pyside`` (once; True when in place)."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "quick", False):
        return True

    def check(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    check.quick = True  # type: ignore[attr-defined]
    check.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[attr-defined]
    return True
