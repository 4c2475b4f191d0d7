"""A credit naming an organisation ("NASA") is no photographer's in what Slidewright publishes:
the feed's ``media:credit`` gave NASA the role "photographer", and a published picture credited
"NASA" lost the file's own creator (the credit named "someone else")."""

from __future__ import annotations

from slidewright.exporters.feeditems import media_credits
from slidewright.exporters.picturepolicy import published_creators
from slidewright.model import Slide


def test_an_organisation_in_a_feed_credit_distributes_the_picture() -> None:
    assert media_credits(Slide(credit="NASA")) == [("distributor", "NASA")]
    assert media_credits(Slide(credit="Bill Ingalls/NASA")) == [
        ("photographer", "Bill Ingalls"),
        ("distributor", "NASA"),
    ]
    assert media_credits(Slide(credit="Bill Ingalls")) == [("photographer", "Bill Ingalls")]


def test_a_picture_credited_to_an_organisation_keeps_the_files_creator() -> None:
    assert published_creators(Slide(credit="NASA"), ("Bill Ingalls",)) == ("Bill Ingalls",)
    assert published_creators(Slide(credit="Tom Hale"), ("Bill Ingalls",)) == ()


def test_an_organisations_picture_through_a_distributor_is_the_organisations_in_a_feed() -> None:
    """A feed named Getty Images the distributor of "Bill Ingalls/NASA via Getty Images", and
    NASA not at all; an agency's picture through Getty stays the agency's, as before."""
    assert media_credits(Slide(credit="Bill Ingalls/NASA via Getty Images")) == [
        ("photographer", "Bill Ingalls"),
        ("distributor", "NASA"),
    ]
    assert media_credits(Slide(credit="Jane Doe/AFP via Getty Images")) == [
        ("photographer", "Jane Doe"),
        ("distributor", "AFP"),
    ]
