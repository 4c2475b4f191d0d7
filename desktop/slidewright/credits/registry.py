"""The credit rules in one ordered registry: id, default severity, description and the logic.

After markdown-it-py's ``Ruler``: rules have names, run in the order listed, and can be listed,
enabled and disabled by name. This table is the only place a rule's id, severity and description
are written; ``slidewright check --list-rules``, ``--disable`` and docs/credit-rules.md all read it.

A rule looks at one slide at a time (``per_slide``, whose findings the checker remembers per slide so
a keystroke re-runs only the edited slide), at the whole article (``per_article``: duplicates,
habits across credits, the read-more block), or both.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from slidewright.credits import rules_credit as rc
from slidewright.credits import rules_file_credit as rfc
from slidewright.credits import rules_image as ri
from slidewright.credits import rules_licence as rl
from slidewright.credits import rules_provenance as rp
from slidewright.credits import rules_publishing as rpub
from slidewright.credits import rules_text as rt
from slidewright.credits.context import CheckContext, ImageState, SlideState
from slidewright.credits.evidence import contradiction
from slidewright.credits.findings import Finding, Hit, RuleId, Severity
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.licence_dates import EXPIRING_DAYS
from slidewright.model import Slide

SlideCheck = Callable[[CheckContext, Slide, ImageState], Iterable[Hit]]
ArticleCheck = Callable[[CheckContext, Sequence[SlideState]], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One named rule: its logic yields hits, and the rule stamps them with its id and severity."""

    id: RuleId
    severity: Severity  # the default; a rule may raise it for one article (editorial-only)
    description: str  # one sentence saying what the rule asks of the article
    per_slide: SlideCheck | None = None
    per_article: ArticleCheck | None = None

    def check_slide(self, ctx: CheckContext, state: SlideState) -> Iterator[Finding]:
        if self.per_slide is not None:
            for hit in self.per_slide(ctx, state.slide, state.image):
                yield self._finding(held_to_the_file(ctx, hit, state), state.position)

    def check_article(self, ctx: CheckContext, slides: Sequence[SlideState]) -> Iterator[Finding]:
        if self.per_article is not None:
            for hit in self.per_article(ctx, slides):
                state = slides[hit.slide] if hit.slide is not None else None
                yield self._finding(held_to_the_file(ctx, hit, state), hit.slide)

    def _finding(self, hit: Hit, slide: int | None) -> Finding:
        severity = hit.severity or self.severity
        return Finding(self.id, severity, slide, hit.field, hit.message, hit.fix, hit.action)


def held_to_the_file(ctx: CheckContext, hit: Hit, state: SlideState | None) -> Hit:
    """``hit`` without its fix when the credit the fix writes is one the picture's file
    contradicts: every rule's fix, whatever it was built from, may only move a credit toward
    what the file says (a finding left without a fix is for the writer, or for the
    credit-metadata-mismatch finding's "Use the file's credit")."""
    if hit.fix is None or state is None:
        return hit
    credit = dict(hit.fix.changes).get("credit")
    evidence = ctx.evidence(state.image)
    if credit is None or contradiction(credit, evidence, ctx.known) is None:
        return hit
    says = evidence.quoted or evidence.credit
    message = QT_TRANSLATE_NOOP("Registry", "{message} (not fixed here: the file says {says})")
    return dataclasses.replace(
        hit, message=message.format(message=hit.message, says=says), fix=None
    )


# In the order they run; within a slide and severity, findings are listed in this order too.
RULES: tuple[Rule, ...] = (
    Rule(
        RuleId.IMAGE_MISSING,
        Severity.ERROR,
        "Every slide has an image, and its file is in the article folder "
        "(slides without one are listed together, with one action to choose them all).",
        ri.image_missing,
        ri.images_not_chosen,
    ),
    Rule(
        RuleId.IMAGE_OUTSIDE_BUNDLE,
        Severity.ERROR,
        "Images live inside the article folder, where publishing tools find them.",
        ri.image_outside_bundle,
    ),
    Rule(
        RuleId.IMAGE_REMOTE,
        Severity.WARNING,
        "Images are in the article folder, not linked from another site: a plain http address "
        "is a warning (the exported page's security policy blocks it, and it tells that server "
        "of each reader's visit), an https one a note (shown, but neither the picture nor its "
        "credit can be checked).",
        ri.image_remote,
    ),
    Rule(
        RuleId.IMAGE_UNREADABLE,
        Severity.ERROR,
        "Every image file opens as an image.",
        ri.image_unreadable,
    ),
    Rule(
        RuleId.IMAGE_DAMAGED,
        Severity.ERROR,
        "Every image file is whole and is what its name says: not cut off half-way, not an SVG "
        "drawing or another format under a photo's name (the exports leave such a file out).",
        ri.image_damaged,
    ),
    Rule(
        RuleId.IMAGE_TOO_SMALL,
        Severity.WARNING,
        "The shorter side of an image is at least the house minimum (--min-side, 720 px).",
        ri.image_too_small,
    ),
    Rule(
        RuleId.ALT_MISSING,
        Severity.ERROR,
        "Every image has alt text for readers who cannot see it.",
        ri.alt_missing,
    ),
    Rule(
        RuleId.ALT_POOR,
        Severity.WARNING,
        "Alt text describes the image instead of repeating its file name, the heading or the credit.",
        ri.alt_poor,
    ),
    Rule(
        RuleId.LICENSE_INCOMPLETE,
        Severity.ERROR,
        "A Creative Commons image names its author, source, licence with version and licence link "
        "(and a picture from a library with its own licence, such as Unsplash or Pexels, names it).",
        ri.license_incomplete,
    ),
    Rule(
        RuleId.LICENSE_DATE_INVALID,
        Severity.WARNING,
        "A picture's licence dates (the slide's Licence from and Licence until, else the file's "
        "PLUS licence dates or IIM Expiration Date) are dates, written YYYY-MM-DD.",
        rl.license_date_invalid,
    ),
    Rule(
        RuleId.LICENSE_ENDED_BEFORE_ARTICLE,
        Severity.ERROR,
        "A picture's licence (the slide's Licence until, else the file's end date) does not end "
        "before the article's date, or before today for an article with no date yet (as "
        "`slidewright audit` says once it is published).",
        rl.license_ended_before_article,
    ),
    Rule(
        RuleId.LICENSE_START_AFTER_ARTICLE,
        Severity.ERROR,
        "A picture's licence (the slide's Licence from, else the file's start date) does not "
        "start after the article's date.",
        rl.license_start_after_article,
    ),
    Rule(
        RuleId.LICENSE_START_AFTER_END,
        Severity.ERROR,
        "A picture's licence does not start after it ends.",
        rl.license_start_after_end,
    ),
    Rule(
        RuleId.LICENSE_ENDING_SOON,
        Severity.INFO,
        f"A note when a picture's licence ends within {EXPIRING_DAYS} days of today and the "
        "article is not published yet (no date, or dated today or later); once it is, "
        "`slidewright audit` watches the licence (license-expiring).",
        rl.license_ending_soon,
    ),
    Rule(
        RuleId.EDITORIAL_ONLY,
        Severity.INFO,
        "Editorial-only images are noted, and are an error in a sponsored article.",
        ri.editorial_only,
    ),
    Rule(
        RuleId.AI_UNDISCLOSED,
        Severity.ERROR,
        "An image whose Content Credentials or file say it is made or edited by generative AI "
        "(IPTC trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia) says so in its "
        "credit or caption, in any of nine languages; a denial, a mere mention of AI or a "
        "sentence about such pictures in general does not count (the fix adds the disclosure "
        "wording set in Preferences).",
        rp.ai_undisclosed,
    ),
    Rule(
        RuleId.SYNTHETIC_UNDISCLOSED,
        Severity.INFO,
        "A note when an image's Content Credentials or file say it is made by a computer "
        "without AI (IPTC algorithmicMedia, such as a fractal, or compositeSynthetic) and "
        "neither credit nor caption says it is computer-generated, an illustration, a rendering "
        "or a composite: no AI disclosure is asked, which would be untrue, but readers should "
        "not take it for a photograph.",
        rp.synthetic_undisclosed,
    ),
    Rule(
        RuleId.CREDENTIALS_INVALID,
        Severity.ERROR,
        "An image's Content Credentials (C2PA) validate: the picture was not changed after signing.",
        rp.credentials_invalid,
    ),
    Rule(
        RuleId.CREDENTIALS_CREDIT_MISMATCH,
        Severity.WARNING,
        "The credit names the author in the image's Content Credentials, and no other agency "
        "than the one that signed them.",
        rp.credentials_credit_mismatch,
    ),
    Rule(
        RuleId.AI_TRAINING_NOT_ALLOWED,
        Severity.INFO,
        "Images whose Content Credentials forbid AI training are noted.",
        rp.ai_training_not_allowed,
    ),
    Rule(
        RuleId.CREDIT_MISSING,
        Severity.ERROR,
        "Every image, on a slide or in the read-more block, has a credit (slides whose image is "
        "still to come are named too, so an import whose credits were not found says so).",
        rc.credit_missing,
        rc.credit_missing_article,
    ),
    Rule(
        RuleId.CREDIT_LABEL_IN_TEXT,
        Severity.WARNING,
        'A credit carries no label of its own ("Credit:", "Photo by", "Image courtesy of", "©"); '
        "the page prints the label, and the fix removes only the label.",
        rc.credit_label_in_text,
    ),
    Rule(
        RuleId.CREDIT_AGENCY_SPELLING,
        Severity.WARNING,
        "Agencies are spelled the house way (resources/credits/agencies.json), in Latin letters "
        '(an "АFP" with a Cyrillic А is named as such, and so is a character that does not show '
        "inside or around the name: a zero-width space, a soft hyphen, a right-to-left "
        'override); a name in another script ("新华社", "Рейтер") is that agency\'s own; a '
        'photographer whose surname is an agency\'s ("Anna Getty") is a person, not the agency; '
        'an abbreviation inside another organisation\'s name ("U.S. EPA", "EPA Victoria") is '
        "not the agency.",
        rc.credit_agency_spelling,
    ),
    Rule(
        RuleId.CREDIT_AGENCY_PATTERN,
        Severity.WARNING,
        'A credit naming an agency takes the agency\'s house form ("Name/AFP", "AP Photo/Name"), '
        "with the photographer.",
        rc.credit_agency_pattern,
    ),
    Rule(
        RuleId.CREDIT_CAPTION_MIXED,
        Severity.WARNING,
        "Caption text after a dash in the credit belongs in the caption.",
        rc.credit_caption_mixed,
    ),
    Rule(
        RuleId.CREDIT_METADATA_MISMATCH,
        Severity.WARNING,
        "The file is evidence: a credit naming another agency or person than the picture's "
        "metadata (IPTC, XMP, EXIF or PNG text), or another agency beside the file's (a "
        'distributor such as Getty Images in "Name/AFP via Getty Images" aside), is a finding '
        "quoting both, fixed only by the file's credit; no other rule's fix may write a credit "
        "the file contradicts. A file whose credit lines disagree (different agencies, or "
        "different people) gives no credit: the finding says so, and no fix is offered; "
        "creators in its containers with no one in common are named too. A picture that came "
        'through a distributor ("AFP via Getty Images") is credited through it: a credit that '
        'leaves out "via Getty Images" is a finding whose fix adds it to the photographer the '
        "writer typed, and one naming only the distributor leaves out the agency. An "
        'organisation ("NASA", "Reuters", "The White House") names no photographer: a credit '
        "naming only one leaves out the file's creator, and the fix puts them beside it.",
        rfc.credit_metadata_mismatch,
    ),
    Rule(
        RuleId.CREDIT_HYGIENE,
        Severity.INFO,
        "Credits have no stray spaces or doubled punctuation, no words that mix Latin letters with "
        'look-alikes from another alphabet ("Jеan" with a Cyrillic е), and one habit for © and '
        "the final period.",
        rc.credit_hygiene_slide,
        rc.credit_hygiene_article,
    ),
    Rule(
        RuleId.IMAGE_DUPLICATE,
        Severity.WARNING,
        "No image (by content) appears on two slides.",
        per_article=ri.image_duplicate,
    ),
    Rule(
        RuleId.STOCK_LICENSE_MISSING,
        Severity.INFO,
        "A stock agency's picture names its licence (the slide's, or the file's usage terms).",
        rpub.stock_without_licence,
    ),
    Rule(
        RuleId.HEADLINE_TOO_LONG,
        Severity.INFO,
        "The headline fits the 110 characters search engines show.",
        per_article=rpub.headline_too_long,
    ),
    Rule(
        RuleId.TEXT_TOO_LONG,
        Severity.WARNING,
        "The headline and each slide's heading fit the 256 characters of IPTC's headline field, "
        "and each caption the 2,000 of its caption field: what newsroom systems take.",
        rt.slide_text_too_long,
        rt.title_too_long,
    ),
    Rule(
        RuleId.LANG_INVALID,
        Severity.WARNING,
        "The article's lang is a language tag (fr, pt-BR): anything else makes the page say "
        "it is in English.",
        per_article=rt.language_not_a_tag,
    ),
    Rule(
        RuleId.URL_CREDENTIALS,
        Severity.ERROR,
        "No address in the article carries a user name and password (https://name:password@…): "
        "the page would publish them.",
        rt.slide_credentials,
        rt.article_credentials,
    ),
)


class CreditRules:
    """An ordered, named set of rules, each enabled or not (all are, to begin with).

    Each :class:`~slidewright.credits.checker.CreditChecker` holds its own, so disabling a rule for
    one ``check`` run never changes what the window's Problems panel reports.
    """

    def __init__(self, rules: Iterable[Rule] = RULES) -> None:
        self._rules = {rule.id: rule for rule in rules}
        self._disabled: set[RuleId] = set()

    def __iter__(self) -> Iterator[Rule]:
        """Every rule, enabled or not, in the order they run."""
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[self._id(rule_id)]

    def enable(self, names: str | Iterable[str]) -> list[RuleId]:
        """Enable rules by id; an unknown id raises KeyError and changes nothing."""
        ids = self._ids(names)
        self._disabled.difference_update(ids)
        return ids

    def disable(self, names: str | Iterable[str]) -> list[RuleId]:
        """Disable rules by id; an unknown id raises KeyError and changes nothing."""
        ids = self._ids(names)
        self._disabled.update(ids)
        return ids

    def enable_only(self, names: str | Iterable[str]) -> list[RuleId]:
        """Enable these rules and disable every other one."""
        ids = self._ids(names)
        self._disabled = set(self._rules) - set(ids)
        return ids

    def is_enabled(self, rule_id: str) -> bool:
        return self._id(rule_id) not in self._disabled

    def active(self) -> list[Rule]:
        """The enabled rules, in the order they run."""
        return [rule for rule in self._rules.values() if rule.id not in self._disabled]

    def _ids(self, names: str | Iterable[str]) -> list[RuleId]:
        return [self._id(name) for name in ([names] if isinstance(names, str) else names)]

    def _id(self, name: str) -> RuleId:
        try:
            rule_id = RuleId(name)
        except ValueError:
            rule_id = None
        if rule_id is None or rule_id not in self._rules:
            raise KeyError(f"no credit rule {name!r}; the rules are: {', '.join(self._rules)}")
        return rule_id
