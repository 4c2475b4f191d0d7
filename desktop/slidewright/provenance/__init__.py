"""Content Credentials (C2PA) and the IPTC digital source type: where a picture came from.

Pure core (no Qt). :mod:`.sourcetypes` names IPTC's digital source types in a writer's words,
:mod:`.credentials` turns a manifest store into :class:`ContentCredentials`, and :mod:`.reader`
reads one picture's bytes with ``c2pa-python``, offline, only when the bytes hold a manifest.
"""

from __future__ import annotations

from slidewright.provenance.credentials import (
    ContentCredentials,
    CredentialAction,
    Ingredient,
    ValidationState,
)
from slidewright.provenance.reader import has_manifest, read_credentials
from slidewright.provenance.sourcetypes import describe_source_type, is_ai_source_type

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
