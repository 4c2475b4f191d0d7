"""resources/schema/article.schema.json agrees with the format Slidewright reads and writes.

Other tools (an editor's YAML language server, a site's CI) validate front matter with this schema,
so it is held to the real files: the sample, every exported Hugo and Jekyll page, and hand-written
front matter that the app accepts or refuses.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.errors import FormatError
from slidewright.fileformat.bundle import parse_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.packagedata import read_bytes

SCHEMA = json.loads(read_bytes("schema", "article.schema.json"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


class JsonLikeLoader(yaml.SafeLoader):
    """YAML as a JSON Schema tool sees it: an unquoted date stays text (JSON has no date type),
    as in YAML 1.2 and in editors' YAML language servers."""


JsonLikeLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text: str) -> Any:
    _, front, _ = text.replace("\r\n", "\n").split("---\n", 2)
    return yaml.load(front, Loader=JsonLikeLoader)


def problems(data: Any) -> list[str]:
    """Each schema violation as 'slides.2.editorial_only: message' (empty when valid)."""
    return [
        ".".join(str(part) for part in error.absolute_path) + ": " + error.message
        for error in sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    ]


def full_article() -> Article:
    """Every field the format knows, set, plus a site's own keys."""
    return Article(
        title="Every field",
        description="A standfirst",
        categories=["Travel"],
        tags=["coast", "no"],
        author="Noor Haddad",
        date="2026-11-20T09:30:00+01:00",
        credit_label="Photo",
        sponsored=True,
        intro="Intro *text*.",
        slides=[
            Slide(
                heading="On",
                image="images/a.jpg",
                alt="A quay",
                credit="Priya Nair",
                caption="Caption: with a colon",
                body="Body\n\nTwo paragraphs.",
                license="CC BY-SA 4.0",
                creator="Priya Nair",
                source_url="https://example.org/p",
                license_url="https://creativecommons.org/licenses/by-sa/4.0/",
                editorial_only=True,
                extra={"weight": 3},
            )
        ],
        read_more=ReadMore(
            "More", [ReadMoreItem("Next", "https://e.example/x", "images/m.jpg", "Ana Ruiz")]
        ),
        extra={"draft": True, "aliases": ["/old/"]},
    )


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_names_every_field_of_the_model() -> None:
    def names(cls: type) -> set[str]:
        return {f.name for f in dataclasses.fields(cls)} - {"extra", "intro"}

    assert names(Article) <= set(SCHEMA["properties"])
    assert names(Slide) == set(SCHEMA["$defs"]["slide"]["properties"])
    read_more = SCHEMA["$defs"]["readMore"]["properties"]
    assert names(ReadMore) == set(read_more)
    assert names(ReadMoreItem) == set(read_more["items"]["items"]["properties"])


def test_the_sample_article_is_valid(sample_bundle: Path) -> None:
    data = front_matter((sample_bundle / "index.md").read_text(encoding="utf-8"))
    assert len(data["slides"]) == 9 and data["date"] == "2026-11-20"
    assert problems(data) == []


def test_a_saved_article_with_every_field_is_valid(tmp_path: Path) -> None:
    save_article(full_article(), tmp_path / "full")
    assert problems(front_matter((tmp_path / "full" / "index.md").read_text("utf-8"))) == []


@pytest.mark.parametrize("to", ["hugo", "jekyll"])
@pytest.mark.parametrize("mode", ["article", "slideshow"])
def test_every_exported_site_page_is_valid(
    sample_bundle: Path, tmp_path: Path, to: str, mode: str
) -> None:
    save_article(full_article(), tmp_path / "full")  # its images are missing: exported as written
    pages = []
    for n, bundle in enumerate((sample_bundle, tmp_path / "full")):
        site = tmp_path / f"site{n}"
        assert main(["export", str(bundle), "--to", to, "-o", str(site), "--mode", mode]) == 0
        layouts = {"_layouts", "layouts", "_includes", "themes"}  # the page: the saved index.md
        pages += [p for p in site.rglob("index.md") if not layouts & set(p.parts)]
    assert len(pages) == 2
    for page in pages:
        data = front_matter(page.read_text(encoding="utf-8"))
        assert data.get("slideshow_mode") == (mode if mode == "slideshow" else None)
        assert problems(data) == [], page


ACCEPTED = {
    "a date-time": "title: T\ndate: 2026-11-20T09:30:00+01:00\n",
    "a date-time with a space": "title: T\ndate: 2026-11-20 09:30\n",
    "a quoted date": "title: T\ndate: '2026-11-20'\n",
    "one category as text": "title: T\ncategories: Travel\n",
    "empty values": "title:\ndescription:\ntags:\nsponsored:\nslides:\n- heading:\n  editorial_only:\nread_more:\n",
    "a site's own keys": "title: T\ndraft: true\nslides:\n- heading: H\n  weight: 2\n",
    "read-more without items": "title: T\nread_more:\n  heading: More\n",
}
REFUSED = {
    "no title": "description: D\n",
    "a list as the title": "title: [a, b]\n",
    "a number as a credit": "title: T\nslides:\n- credit: 1999\n",
    "'yes' in quotes as a flag": "title: T\nslides:\n- editorial_only: 'yes'\n",
    "text that is not a date": "title: T\ndate: next week\n",
    "a number in categories": "title: T\ncategories: [Travel, 3]\n",
    "slides as text": "title: T\nslides: nine\n",
    "a slide that is text": "title: T\nslides:\n- Where the Fog Lifts\n",
    "read-more items as a mapping": "title: T\nread_more:\n  items: {title: x}\n",
}


@pytest.mark.parametrize("front", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_what_the_app_reads_the_schema_accepts(front: str) -> None:
    text = f"---\n{front}---\n"
    parse_article(text)
    assert problems(front_matter(text)) == []


@pytest.mark.parametrize("front", REFUSED.values(), ids=REFUSED.keys())
def test_what_the_app_refuses_the_schema_refuses(front: str) -> None:
    text = f"---\n{front}---\n"
    with pytest.raises(FormatError):
        parse_article(text)
    assert problems(front_matter(text)) != []


def test_an_invalid_page_fails_naming_the_field(sample_bundle: Path) -> None:
    index = sample_bundle / "index.md"
    text = index.read_text(encoding="utf-8")
    index.write_text(text.replace("credit: Getty\n", "credit: 1999\n", 1), encoding="utf-8")
    with pytest.raises(FormatError, match=r"slides\[3\]\.credit must be text"):
        load_article(sample_bundle)
    [problem] = problems(front_matter(index.read_text(encoding="utf-8")))
    assert problem.startswith("slides.3.credit: 1999 is not of type")
