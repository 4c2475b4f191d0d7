"""A small article whose every slide is fully credited, for the publishing tests (exports and
the window): every field a published page, feed or image carries is set."""

from __future__ import annotations

from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

BASE = "https://news.example/travel/walks"  # no trailing slash: the export must add it


def credited_article() -> Article:
    return Article(
        title="Three Piers at Low Tide",
        description="Walks that only exist for a few hours a day.",
        categories=["Travel"],
        tags=["coast", "walks"],
        author="Noor Haddad",
        date="2026-11-20T09:30:00+01:00",
        intro="The tide tables decide **everything** here.",
        slides=[
            Slide(
                heading="The North Pier",
                image="images/pier.jpg",
                alt="A long stone pier running out into a flat grey sea",
                credit="Marta Lind/Shutterstock",
                caption="The pier at 7 a.m. in October",
                creator="Marta Lind",
                license="Standard licence",
                license_url="https://www.shutterstock.com/license",
                source_url="https://www.shutterstock.com/image-photo/123",
                body="Start at the lamp post.\n\nThe *second* paragraph has a [map](https://maps.example/pier).",
            ),
            Slide(
                heading="Sand Bar Crossing",
                image="images/bar.png",
                alt="Wet sand with ripples leading to a small island",
                credit="Ines Moura",
                creator="Ines Moura",
                license="CC BY-SA 4.0",
                license_url="https://creativecommons.org/licenses/by-sa/4.0/",
                source_url="https://commons.example/bar",
                body="One paragraph only, with <b>bold</b> HTML.",
            ),
        ],
        read_more=ReadMore(
            heading="More walks",
            items=[ReadMoreItem(title="Cliff paths", url="https://news.example/travel/cliffs/")],
        ),
        extra={
            "publisher": "Harbour News",
            "publisher_logo": "https://news.example/logo.png",
            "modified": "2026-11-21T08:00:00+01:00",
        },  # fmt: skip
    )
