"""Every rule, on real image files with embedded XMP/IPTC/EXIF: one case that fires, one that does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright.credits import CheckOptions, MetadataCache, check_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide

GOOD = dict(
    heading="Harbour at dawn",
    alt="Fishing boats leaving a grey harbour",
    credit="Jana Novak/Shutterstock",
    license="Standard licence",  # a stock picture names its licence (stock-license-missing)
)


def bundle_with(tmp_path: Path, *slides: Slide, **article: object) -> tuple[Article, Path]:
    return Article(title="T", slides=list(slides), **article), tmp_path


def img(
    tmp_path: Path,
    name: str = "a.jpg",
    seed: int = 1,
    size: tuple[int, int] = (1200, 800),
    **kwargs: object,
) -> str:
    make_image(tmp_path / "images" / name, size=size, seed=seed, **kwargs)
    return f"images/{name}"


def rules(tmp_path: Path, *slides: Slide, **article: object) -> dict[str, list]:
    found: dict[str, list] = {}
    art, bundle = bundle_with(tmp_path, *slides, **article)
    for finding in check_article(art, bundle):
        found.setdefault(finding.rule, []).append(finding)
    return found


def slide(
    tmp_path: Path, seed: int = 1, xmp: dict | None = None, iptc: dict | None = None, **fields: str
) -> Slide:
    values = {**GOOD, **fields}
    if "image" not in fields:
        values["image"] = img(
            tmp_path, f"s{seed}.jpg", seed=seed, xmp=xmp or {"creator": "Jana Novak"}, iptc=iptc
        )
    return Slide(**values)


def test_a_clean_slide_has_no_findings(tmp_path: Path) -> None:
    assert rules(tmp_path, slide(tmp_path)) == {}


@pytest.mark.parametrize("credit", ["", "   ", "Credit:", "Photo credit:", "Credits"])
def test_credit_missing_and_bare_labels(tmp_path: Path, credit: str) -> None:
    found = rules(
        tmp_path,
        slide(tmp_path, credit=credit, xmp={"creator": "Ana Ruiz", "credit": "Ana Ruiz/Alamy"}),
    )
    [finding] = found["credit-missing"]
    assert finding.severity == "error" and finding.slide == 0
    assert dict(finding.fix.changes) == {
        "credit": "Ana Ruiz/Alamy"
    }  # filled from the embedded credit


def test_read_more_image_without_credit(tmp_path: Path) -> None:
    more = ReadMore(
        "More",
        [ReadMoreItem(title="Next", url="https://e.example/x", image=img(tmp_path, "m.jpg"))],
    )
    found = rules(tmp_path, slide(tmp_path), read_more=more)
    assert found["credit-missing"][0].field == "read_more.items[0].credit"


@pytest.mark.parametrize(
    ("credit", "clean"),
    [
        ("Credits: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("Photo: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("Credit: Photo: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("IMAGE CREDIT: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        # French, Spanish and German desks' own labels, printed twice under "Credit:"
        ("Crédit photo : Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("Crédito: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("Fuente: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
        ("Bildquelle: Jana Novak/Shutterstock", "Jana Novak/Shutterstock"),
    ],
)
def test_credit_label_in_text(tmp_path: Path, credit: str, clean: str) -> None:
    [finding] = rules(tmp_path, slide(tmp_path, credit=credit))["credit-label-in-text"]
    assert dict(finding.fix.changes) == {"credit": clean}


def test_a_name_with_a_colon_later_is_not_a_label(tmp_path: Path) -> None:
    assert "credit-label-in-text" not in rules(
        tmp_path, slide(tmp_path, credit="Jana Novak/Shutterstock: archive")
    )


@pytest.mark.parametrize(
    ("credit", "house"),
    [
        ("Jana Novak/DepositPhotos", "Jana Novak/Depositphotos"),
        ("Jana Novak/Deposit Photos", "Jana Novak/Depositphotos"),
        ("Jana Novak/depositphotos.com", "Jana Novak/Depositphotos"),
        ("Jana Novak/ShutterStock", "Jana Novak/Shutterstock"),
        ("Photo by Jana Novak/GettyImages", "Photo by Jana Novak/Getty Images"),
    ],
)
def test_agency_spelling(tmp_path: Path, credit: str, house: str) -> None:
    [finding] = rules(tmp_path, slide(tmp_path, credit=credit))["credit-agency-spelling"]
    assert dict(finding.fix.changes) == {"credit": house}
    assert finding.message.endswith(f'"{house.split("/")[-1]}"')


def test_house_spellings_pass(tmp_path: Path) -> None:
    for n, credit in enumerate(
        ["Jana Novak/Depositphotos", "Photo by Jana Novak/Getty Images", "Jana Novak/iStock"]
    ):
        assert "credit-agency-spelling" not in rules(
            tmp_path / str(n), slide(tmp_path / str(n), credit=credit)
        )


@pytest.mark.parametrize("credit", ["Shutterstock", "Getty Images", "Depositphotos"])
def test_agency_credit_without_photographer(tmp_path: Path, credit: str) -> None:
    [finding] = rules(tmp_path, slide(tmp_path, credit=credit))["credit-agency-pattern"]
    assert (
        "Jana Novak" in dict(finding.fix.changes)["credit"]
    )  # the name comes from the image's XMP


def test_agency_credit_with_photographer_passes(tmp_path: Path) -> None:
    for n, credit in enumerate(
        [
            "Jana Novak/Shutterstock",
            "Photo by Jana Novak/Getty Images",
            "Jana Novak/Reuters via Getty Images",
            "Unsplash",
        ]
    ):
        assert "credit-agency-pattern" not in rules(
            tmp_path / str(n), slide(tmp_path / str(n), credit=credit)
        )


def test_caption_mixed_into_credit(tmp_path: Path) -> None:
    credit = "Depositphotos – LISBON, PORTUGAL – May 2, 2019: Trams climb the hill at dusk"
    [finding] = rules(tmp_path, slide(tmp_path, credit=credit))["credit-caption-mixed"]
    assert dict(finding.fix.changes) == {
        "credit": "Depositphotos",
        "caption": "LISBON, PORTUGAL – May 2, 2019: Trams climb the hill at dusk",
    }
    assert "credit-caption-mixed" not in rules(
        tmp_path / "b", slide(tmp_path / "b", credit="Jana Novak - Shutterstock")
    )


@pytest.mark.parametrize(
    "credit",
    [
        "Jana Novak – AFP – HARBOUR – May 2, 2025: boats return",
        "HARBOUR – May 2, 2025: boats return. Jana Novak/AFP",
    ],
)
def test_moving_caption_text_never_takes_the_agency_out_of_the_credit(
    tmp_path: Path, credit: str
) -> None:
    """An attack round: the fix left the credit "Jana Novak" or even "HARBOUR", the agency
    moved into the caption."""
    found = rules(tmp_path, slide(tmp_path, credit=credit)).get("credit-caption-mixed", [])
    for finding in found:
        assert finding.fix is None or "AFP" in dict(finding.fix.changes)["credit"]


def test_credit_disagrees_with_embedded_metadata(tmp_path: Path) -> None:
    found = rules(
        tmp_path,
        slide(
            tmp_path,
            credit="Tomas Reyes/Shutterstock",
            xmp={"creator": "Ana Ruiz", "source": "Depositphotos"},
        ),
    )
    messages = [f.message for f in found["credit-metadata-mismatch"]]
    assert any("Ana Ruiz" in m for m in messages) and any("Depositphotos" in m for m in messages)


def test_iptc_only_files_are_read_too(tmp_path: Path) -> None:
    s = slide(tmp_path, credit="Tomas Reyes", xmp={"credit": "x"}, iptc={"byline": "Ana Ruiz"})
    make_image(
        tmp_path / s.image, seed=5, iptc={"byline": "Ana Ruiz", "credit": "Ana Ruiz"}
    )  # no XMP at all
    assert "Ana Ruiz" in rules(tmp_path, s)["credit-metadata-mismatch"][0].message


def test_xmp_and_iptc_disagreeing_in_one_file(tmp_path: Path) -> None:
    s = slide(
        tmp_path,
        xmp={"creator": "Jana Novak", "credit": "Jana Novak/Shutterstock"},
        iptc={"credit": "Olek Baran/Alamy"},
    )
    assert any(
        "disagrees with itself" in f.message for f in rules(tmp_path, s)["credit-metadata-mismatch"]
    )


def test_matching_metadata_passes(tmp_path: Path) -> None:
    s = slide(tmp_path, xmp={"creator": "Jana Novak", "source": "Shutterstock"})
    assert "credit-metadata-mismatch" not in rules(tmp_path, s)


def test_creative_commons_needs_author_source_version_and_link(tmp_path: Path) -> None:
    s = slide(tmp_path, credit="Priya Nair, CC BY-SA", xmp={"rights": "CC BY-SA"})
    [finding] = rules(tmp_path, s)["license-incomplete"]
    assert (
        "author" in finding.message and "source" in finding.message and "version" in finding.message
    )
    complete = slide(
        tmp_path / "b",
        credit="Priya Nair",
        license="CC BY-SA 4.0",
        creator="Priya Nair",
        source_url="https://example.org/p",
        license_url="https://creativecommons.org/licenses/by-sa/4.0/",
    )
    assert "license-incomplete" not in rules(tmp_path / "b", complete)
    assert "license-incomplete" not in rules(
        tmp_path / "c", slide(tmp_path / "c", credit="Priya Nair, CC0")
    )


def test_editorial_only_is_info_unless_sponsored(tmp_path: Path) -> None:
    s = slide(tmp_path, xmp={"creator": "Jana Novak", "instructions": "Editorial use only"})
    assert rules(tmp_path, s)["editorial-only"][0].severity == "info"
    assert rules(tmp_path, s, sponsored=True)["editorial-only"][0].severity == "error"
    flagged = slide(tmp_path / "b", editorial_only="")
    flagged.editorial_only = True
    assert "the slide" in rules(tmp_path / "b", flagged)["editorial-only"][0].message
    assert "editorial-only" not in rules(tmp_path / "c", slide(tmp_path / "c"))


def test_ai_generated_image_must_be_disclosed(tmp_path: Path) -> None:
    ai = {
        "creator": "Jana Novak",
        "digital_source_type": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
    }
    assert rules(tmp_path, slide(tmp_path, xmp=ai))["ai-undisclosed"][0].severity == "error"
    disclosed = slide(tmp_path / "b", xmp=ai, caption="Illustration generated with AI")
    assert "ai-undisclosed" not in rules(tmp_path / "b", disclosed)
    camera = {
        "creator": "Jana Novak",
        "digital_source_type": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
    }
    assert "ai-undisclosed" not in rules(tmp_path / "c", slide(tmp_path / "c", xmp=camera))


def test_alt_missing_offers_the_embedded_alt_text(tmp_path: Path) -> None:
    s = slide(tmp_path, alt="", xmp={"creator": "Jana Novak", "alt_text": "Boats at a quay"})
    [finding] = rules(tmp_path, s)["alt-missing"]
    assert finding.severity == "error" and dict(finding.fix.changes) == {"alt": "Boats at a quay"}


@pytest.mark.parametrize("alt", ["s1.jpg", "s1", "Harbour at dawn", "Jana Novak/Shutterstock"])
def test_alt_poor(tmp_path: Path, alt: str) -> None:
    assert rules(tmp_path, slide(tmp_path, alt=alt))["alt-poor"][0].severity == "warning"


def test_image_missing_unreadable_outside(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "broken.jpg").write_bytes(b"not a jpeg at all")
    found = rules(
        tmp_path,
        slide(tmp_path, image="images/nowhere.jpg"),
        slide(tmp_path, image="images/broken.jpg"),
        slide(tmp_path, image="../secret.jpg"),
        slide(tmp_path, image="/etc/hosts"),
        slide(tmp_path, image=""),
    )
    assert [f.slide for f in found["image-missing"]] == [0, 4]
    assert [f.slide for f in found["image-unreadable"]] == [1]
    assert [f.slide for f in found["image-outside-bundle"]] == [2, 3]


def test_duplicate_image_by_content(tmp_path: Path) -> None:
    first = slide(tmp_path, seed=1)
    (tmp_path / "images" / "copy.jpg").write_bytes((tmp_path / first.image).read_bytes())
    second = slide(tmp_path, seed=2, image="images/copy.jpg")
    [finding] = rules(tmp_path, first, second, slide(tmp_path, seed=3))["image-duplicate"]
    assert finding.slide == 1 and "slide 1" in finding.message


def test_too_small_uses_the_house_minimum(tmp_path: Path) -> None:
    s = slide(
        tmp_path, image=img(tmp_path, "small.png", size=(900, 600), xmp={"creator": "Jana Novak"})
    )
    assert "900×600" in rules(tmp_path, s)["image-too-small"][0].message
    art, bundle = bundle_with(tmp_path, s)
    assert not [
        f
        for f in check_article(art, bundle, options=CheckOptions(min_side=500))
        if f.rule == "image-too-small"
    ]


def test_credit_hygiene(tmp_path: Path) -> None:
    found = rules(
        tmp_path,
        slide(tmp_path, seed=1, credit=" Jana Novak//Shutterstock "),
        slide(tmp_path, seed=2, credit="© Jana Novak/Shutterstock."),
        slide(tmp_path, seed=3, credit="(c) Jana Novak/Shutterstock"),
        slide(tmp_path, seed=4, credit="Jana Novak/Shutterstock"),
    )
    by_slide = {f.slide: f for f in found["credit-hygiene"]}
    assert dict(by_slide[0].fix.changes) == {"credit": "Jana Novak/Shutterstock"}
    assert "©" in by_slide[2].message
    assert "final period" in by_slide[1].message
    assert 3 not in by_slide


def test_tidying_a_credit_keeps_its_link_whole(tmp_path: Path) -> None:
    """A link's "//" is no doubled punctuation: the tidy fix wrote "https:/unsplash.com"."""
    found = rules(
        tmp_path,
        slide(tmp_path, seed=1, credit="Jana Novak  (https://example.org/@jana)"),
        slide(tmp_path, seed=2, credit="Jana Novak (https://example.org/@jana)"),
    )
    by_slide = {f.slide: f for f in found["credit-hygiene"]}
    fixed = dict(by_slide[0].fix.changes)["credit"]
    assert fixed == "Jana Novak (https://example.org/@jana)"
    assert 1 not in by_slide


def test_metadata_is_read_once_and_cached_by_file(tmp_path: Path) -> None:
    art, bundle = bundle_with(tmp_path, *(slide(tmp_path, seed=n) for n in range(5)))
    cache = MetadataCache()
    first = check_article(art, bundle, cache)
    assert cache.reads == 5
    art.slides[2].credit = "Someone Else"
    second = check_article(art, bundle, cache)
    assert cache.reads == 5 and first != second
    make_image(bundle / art.slides[0].image, seed=99, xmp={"creator": "New Person"})
    check_article(art, bundle, cache)
    assert cache.reads == 6  # only the changed file is read again


def test_png_and_webp_xmp_are_read(tmp_path: Path) -> None:
    for name in ("p.png", "w.webp"):
        s = slide(
            tmp_path, image=img(tmp_path, name, xmp={"creator": "Ana Ruiz"}), credit="Tomas Reyes"
        )
        assert "Ana Ruiz" in rules(tmp_path, s)["credit-metadata-mismatch"][0].message
