"""Names in a credit that are organisations, not people: "NASA", "U.S. EPA", "The White House",
"Ministry of Defence", "Getty Images Europe" (an agency's desk or region).

A credit's people are weighed against the file's (evidence.py): an organisation read as a person
made "NASA" a photographer who contradicted the file's own ("the file says Bill Ingalls; the
credit says NASA"), dropped NASA from the fix, and put "Europe" in front of "/Getty Images" as
the photographer of a file whose credit was "Getty Images Europe". Words, not a list of every
organisation: an abbreviation in capitals, a name that starts with "the", or one with a word no
person's name holds."""

from __future__ import annotations

import re

# A name in capitals alone ("NASA", "UNICEF", "WPA", "U.S.", "NSW"): an organisation's
# abbreviation. Two words in capitals ("JANE DOE") are a person, as desks write names.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&-]{1,9}")
# Words no person's name holds, in the languages the importers read.
_ORGANISATION_WORDS = re.compile(
    r"(?<![\w])(?:agency|agence|agencia|agentur|ministry|ministère|ministerio|ministerium"
    r"|department|dept|office|bureau|service|services|police|polizei|polícia|policía"
    r"|museum|musée|museo|university|universität|université|universidad|college|school"
    r"|institute|institut|instituto|foundation|stiftung|fondation|fundación|council|government"
    r"|gouvernement|gobierno|regierung|army|navy|military|embassy|commission|committee"
    r"|authority|administration|centre|center|hospital|library|archives?|archiv|observatory"
    r"|laborator(?:y|ies)|society|association|corporation|corp|company|inc|ltd|llc|gmbh|plc"
    r"|group|media|studios?|ngo|unit|team|club|network|project|programme|program)(?![\w])",
    re.IGNORECASE,
)


def is_organisation(name: str) -> bool:
    """Does this name (one a credit names, an agency's own removed) name an organisation?"""
    name = " ".join(name.split())
    if _ABBREVIATION.fullmatch(name):
        return True
    words = name.split()
    if len(words) >= 2 and all(_ABBREVIATION.fullmatch(w) for w in words) and "." in name:
        return True  # "U.S. EPA", "N.S.W. EPA"
    # "The White House" (not "Nguyen The Anh", a given name written without its accent)
    return name.casefold().startswith("the ") or _ORGANISATION_WORDS.search(name) is not None
