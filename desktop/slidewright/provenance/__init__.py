"""Content Credentials (C2PA) and the IPTC digital source type: where a picture came from.

Pure core (no Qt). :mod:`.sourcetypes` names IPTC's digital source types in a writer's words,
:mod:`.credentials` turns a manifest store into :class:`ContentCredentials`, and :mod:`.reader`
reads one picture's bytes with ``c2pa-python``, offline, only when the bytes hold a manifest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slidewright.provenance.credentials import (
        ContentCredentials,
        CredentialAction,
        Ingredient,
        ValidationState,
    )
    from slidewright.provenance.reader import has_manifest, read_credentials
    from slidewright.provenance.sourcetypes import describe_source_type, is_ai_source_type

# Each name is imported from its module when first asked for: the command line names the
# provenance package's modules for its --c2pa-* options, and an unsigned export of a text
# article reads no manifest, so it does not load the manifest model and its reader.
_MODULES = {
    "ContentCredentials": "credentials",
    "CredentialAction": "credentials",
    "Ingredient": "credentials",
    "ValidationState": "credentials",
    "has_manifest": "reader",
    "read_credentials": "reader",
    "describe_source_type": "sourcetypes",
    "is_ai_source_type": "sourcetypes",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "ContentCredentials",
    "CredentialAction",
    "Ingredient",
    "ValidationState",
    "describe_source_type",
    "has_manifest",
    "is_ai_source_type",
    "read_credentials",
]
