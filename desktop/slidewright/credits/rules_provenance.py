"""Rules about where a picture came from: its Content Credentials (C2PA) and the IPTC digital
source type in its XMP.

A plain photo with no credentials gets no finding from these rules: most pictures carry none, and
that says nothing against them. What is reported is what a picture desk acts on: an AI-made
picture the page does not disclose (the EU AI Act asks publishers to), credentials that fail
validation (the picture was changed after it was signed), credentials naming another author than
the credit, and a "do not use for AI training" statement (a note). Each function is one rule's
logic; ids, severities and descriptions are in :mod:`slidewright.credits.registry`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from slidewright.credits.agencies import agencies_in
from slidewright.credits.context import CheckContext, ImageState
from slidewright.credits.disclosure import discloses_ai
from slidewright.credits.evidence import agencies_beside, shown
from slidewright.credits.findings import Fix, Hit
from slidewright.credits.synthetic_words import says_computer_made
from slidewright.i18n import QT_TRANSLATE_NOOP, Message, listing
from slidewright.model import Slide
from slidewright.provenance.sourcetypes import (
    describe_source_type,
    is_ai_source_type,
    is_synthetic_source_type,
)
from slidewright.render.inline import inline_escape, inline_text


def _made_kind(image: ImageState, made: Callable[[str], bool]) -> Message | None:
    """Why the picture counts as made so (None when it does not): the manifest first, then XMP."""
    meta = image.meta
    if meta is None:
        return None
    credentials = meta.credentials
    if credentials is not None and credentials.state != "unreadable":
        kinds = [a.source_type for a in credentials.actions if made(a.source_type)]
        kinds += [i.source_type for i in credentials.ingredients if made(i.source_type)]
        if kinds:
            kind = QT_TRANSLATE_NOOP("RulesProvenance", "its Content Credentials say it is {kind}")
            return kind.format(kind=describe_source_type(kinds[0]))
    if made(meta.digital_source_type):
        kind = QT_TRANSLATE_NOOP("RulesProvenance", "the image file says it is {kind}")
        return kind.format(kind=describe_source_type(meta.digital_source_type))
    return None


def ai_disclosed(credit: str, caption: str, wording: str = "") -> bool:
    """Does the credit or the caption (plain text) say the picture is AI-made? A denial or a
    mere mention of AI is not a disclosure; the writer's own wording always is (see
    :mod:`slidewright.credits.disclosure`)."""
    return discloses_ai(credit, credit=True, wording=wording) or discloses_ai(
        caption, wording=wording
    )


def ai_undisclosed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    kind = _made_kind(image, is_ai_source_type)
    wording = ctx.options.ai_disclosure.strip() or "Generated with AI."  # the caption's words
    if not kind or ai_disclosed(slide.credit, inline_text(slide.caption), wording):
        return
    caption = slide.caption.rstrip()
    if caption[-1:].isalnum():  # its own sentence, which "Not our harbour" cannot take back
        caption += "."
    written = inline_escape(wording)  # the caption is inline Markdown
    new_caption = f"{caption} {written}" if caption else written
    message = QT_TRANSLATE_NOOP("RulesProvenance", "{kind}, but neither credit nor caption says so")
    label = QT_TRANSLATE_NOOP("RulesProvenance", 'Add "{wording}" to the caption')
    yield Hit(
        "caption",
        message.format(kind=kind),
        Fix.of(label.format(wording=wording), caption=new_caption),
    )


def synthetic_undisclosed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    """A picture made by a computer without AI (IPTC's algorithmic media, a synthetic
    composite) needs no AI disclosure, which would be untrue; but it is no photograph, and the
    page should say so. A picture that is AI-made as well is `ai-undisclosed`'s."""
    kind = _made_kind(image, is_synthetic_source_type)
    if not kind or _made_kind(image, is_ai_source_type):
        return
    caption = inline_text(slide.caption)
    if says_computer_made(slide.credit) or says_computer_made(caption):
        return
    if ai_disclosed(slide.credit, caption):
        return
    message = QT_TRANSLATE_NOOP(
        "RulesProvenance",
        "{kind}, but neither credit nor caption says it is computer-generated or a composite",
    )
    yield Hit("caption", message.format(kind=kind))


def credentials_invalid(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    credentials = image.meta.credentials if image.meta is not None else None
    if credentials is None or credentials.state not in ("invalid", "unreadable"):
        return
    if credentials.state == "unreadable":
        why = (
            credentials.failures[0]
            if credentials.failures
            else QT_TRANSLATE_NOOP("RulesProvenance", "unknown reason")
        )
        message = QT_TRANSLATE_NOOP(
            "RulesProvenance", "the picture's Content Credentials could not be read ({why})"
        )
        yield Hit("image", message.format(why=why))
        return
    message = QT_TRANSLATE_NOOP(
        "RulesProvenance",
        "the picture's Content Credentials do not hold: {failures} (signed by {signer}); "
        "do not rely on what they say",
    )
    failures = listing(credentials.failures, "; ")
    yield Hit("image", message.format(failures=failures, signer=credentials.signed_by))


def _words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"\w+", text) if len(word) > 1}


def _names(credit: str, name: str) -> bool:
    """Does the credit name this person or organisation (every word of the name appears)?"""
    words = _words(name)
    return bool(words) and words <= _words(credit)


def credentials_credit_mismatch(
    ctx: CheckContext, slide: Slide, image: ImageState
) -> Iterator[Hit]:
    """The manifest's author, or the agency that signed it, against the typed credit.

    A signer is often a camera maker or an editing tool, which a credit never names; the signer
    counts only when it is a picture agency and the credit names another agency (instead of
    the signer or beside it: a distributor beside it is no other agency, as for the file). A
    certificate outside the writer's trust list proves nothing about who holds it (anyone can make
    one whose subject says "AFP"), so the message then says the certificate only names the agency."""
    credentials = image.meta.credentials if image.meta is not None else None
    credit = slide.credit.strip()
    if credentials is None or credentials.state in ("invalid", "unreadable") or not credit:
        return
    authors = [a for a in credentials.authors if a.strip()]
    if authors and not any(_names(credit, author) for author in authors):
        message = QT_TRANSLATE_NOOP(
            "RulesProvenance",
            'the Content Credentials name {authors} as author; the credit says "{credit}"',
        )
        yield Hit("credit", message.format(authors=" and ".join(authors), credit=shown(credit)))
        return
    signer_agencies = {a.name for a, _ in agencies_in(credentials.organisation)}
    credit_agencies = [a for a, _ in agencies_in(credit)]
    wrong = agencies_beside(credit_agencies, signer_agencies) if signer_agencies else ()
    if not wrong:
        return
    beside = any(a.name in signer_agencies for a in credit_agencies)  # "Name/Reuters/AFP"
    if credentials.state == "trusted":
        message = (
            QT_TRANSLATE_NOOP(
                "RulesProvenance",
                "the Content Credentials were signed by {signer}; "
                'the credit says "{credit}", which also names {agencies}',
            )
            if beside
            else QT_TRANSLATE_NOOP(
                "RulesProvenance",
                'the Content Credentials were signed by {signer}; the credit says "{credit}"',
            )
        )
    else:  # anyone can make a certificate that names an agency: say it is only a name
        message = (
            QT_TRANSLATE_NOOP(
                "RulesProvenance",
                "the Content Credentials were signed by a certificate not in your trust list "
                'that names {signer}; the credit says "{credit}", which also names {agencies}',
            )
            if beside
            else QT_TRANSLATE_NOOP(
                "RulesProvenance",
                "the Content Credentials were signed by a certificate not in your trust list "
                'that names {signer}; the credit says "{credit}"',
            )
        )
    yield Hit(
        "credit",
        message.format(
            signer=credentials.signed_by, credit=shown(credit), agencies=", ".join(wrong)
        ),
    )


def ai_training_not_allowed(ctx: CheckContext, slide: Slide, image: ImageState) -> Iterator[Hit]:
    credentials = image.meta.credentials if image.meta is not None else None
    if credentials is not None and credentials.ai_training == "notAllowed":
        message = QT_TRANSLATE_NOOP(
            "RulesProvenance",
            "the picture's Content Credentials say it must not be used to train AI "
            "(publishing it is fine; keep it out of training sets)",
        )
        yield Hit("image", message)
