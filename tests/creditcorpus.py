"""A corpus of photos with planted credit metadata (issue 24): every container the checker reads
(IPTC Credit Line, By-line, Copyright Notice, Source; XMP photoshop:Credit, dc:creator, dc:rights,
photoshop:Source; EXIF Artist, Copyright), agencies from the list, right and wrong typed credits,
labelled credits. One article, one slide per case, so the CLI, the window and an export all read
the same bundle.

``findings`` is what the check must report on the slide's credit (the rules, in any order);
``settles`` is the credit every order of Apply Fix ends at ("" when the writer must decide).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from imagefactory import make_image
from slidewright import save_article
from slidewright.model import Article, Slide

EXIF_ARTIST, EXIF_COPYRIGHT = 315, 33432
OWN_AGENCY = "Harbour Desk"  # the writer's own (Preferences ▸ Agencies, check --agency)


@dataclass(frozen=True)
class Case:
    name: str
    typed: str
    findings: frozenset[str]
    settles: str
    xmp: dict[str, str] = field(default_factory=dict)
    iptc: dict[str, str] = field(default_factory=dict)
    exif: dict[int, str] = field(default_factory=dict)
    license: str = ""


def case(name: str, typed: str, findings: set[str], settles: str, **planted: object) -> Case:
    return Case(name, typed, frozenset(findings), settles, **planted)  # type: ignore[arg-type]


MISMATCH, LABEL = "credit-metadata-mismatch", "credit-label-in-text"
SPELLING, PATTERN = "credit-agency-spelling", "credit-agency-pattern"
MISSING, LICENCE = "credit-missing", "license-incomplete"

CASES = (
    # the photo: an AFP picture typed as Depositphotos (IPTC and XMP credit, by-line)
    case("afp-typed-depositphotos", "DepositPhotos", {MISMATCH, SPELLING, PATTERN}, "Ana Silva/AFP",
         xmp={"credit": "Ana Silva/AFP", "creator": "Ana Silva"},
         iptc={"credit": "Ana Silva/AFP", "byline": "Ana Silva"}),
    case("afp-typed-photographer-and-wrong-agency", "Ana Silva/Depositphotos", {MISMATCH},
         "Ana Silva/AFP", iptc={"credit": "Ana Silva/AFP", "byline": "Ana Silva"}),
    case("afp-right", "Ana Silva/AFP", set(), "Ana Silva/AFP",
         iptc={"credit": "Ana Silva/AFP", "byline": "Ana Silva"}),
    case("iptc-byline-other-person", "Tomas Reyes", {MISMATCH}, "Ken Sato",
         iptc={"byline": "Ken Sato"}),
    case("iptc-source-epa-typed-getty", "Jon Berg/Getty Images", {MISMATCH}, "Jon Berg/EPA",
         iptc={"byline": "Jon Berg", "source": "EPA"}),
    case("iptc-copyright-reuters-right", "Reuters/Marta Lind", set(), "Reuters/Marta Lind",
         iptc={"copyright": "© 2025 Reuters/Marta Lind"}),
    case("xmp-credit-xinhua-right", "Li Wei/Xinhua", set(), "Li Wei/Xinhua",
         xmp={"credit": "Li Wei/Xinhua"}),
    case("xmp-creator-photo-by-label", "Photo by Priya Nair", {LABEL}, "Priya Nair",
         xmp={"creator": "Priya Nair"}),
    case("xmp-rights-bloomberg-typed-shutterstock", "Shutterstock", {MISMATCH, PATTERN},
         "Bloomberg", xmp={"rights": "© Bloomberg"}),
    case("xmp-source-alamy-spelling", "Ana Ruiz/Alamy Stock Photo", {SPELLING}, "Ana Ruiz/Alamy",
         xmp={"creator": "Ana Ruiz", "source": "Alamy"}),
    case("exif-artist-credit-photo-by", "Credit: Photo by Sam Okafor", {LABEL}, "Sam Okafor",
         exif={EXIF_ARTIST: "Sam Okafor"}),
    case("exif-artist-copyright-dpa", "DPA", {SPELLING, PATTERN, MISMATCH}, "Lena Vogt/dpa",
         exif={EXIF_ARTIST: "Lena Vogt", EXIF_COPYRIGHT: "Copyright 2024 dpa"}),
    case("exif-artist-other-person", "© Ken Sato", {LABEL, MISMATCH}, "Mira Holt",
         exif={EXIF_ARTIST: "Mira Holt"}),
    case("ap-house-form", "Evan Park/AP", {PATTERN}, "AP Photo/Evan Park",
         xmp={"credit": "AP Photo/Evan Park", "creator": "Evan Park"}),
    case("anp-image-courtesy-of", "Image courtesy of ANP", {LABEL, PATTERN, MISMATCH},
         "Ruud Jansen/ANP", iptc={"credit": "Ruud Jansen/ANP", "byline": "Ruud Jansen"}),
    case("pa-pictured-label", "Pictured: Tom Hale/PA", {LABEL}, "Tom Hale/PA",
         iptc={"credit": "Tom Hale/PA", "byline": "Tom Hale"}),
    case("getty-photo-by", "Photo by Kim Cho/Getty Images", {LABEL}, "Kim Cho/Getty Images",
         iptc={"byline": "Kim Cho", "source": "Getty Images"}),
    case("shutterstock-typed-istock", "Olek Baran/iStock", {MISMATCH}, "Olek Baran/Shutterstock",
         xmp={"credit": "Olek Baran/Shutterstock", "creator": "Olek Baran"}),
    case("pexels-empty-credit", "", {MISSING}, "Jo Lee/Pexels",
         xmp={"credit": "Pexels", "creator": "Jo Lee"}),
    case("unsplash-licence-note", "Mia Holm/Unsplash", {LICENCE}, "Mia Holm/Unsplash",
         xmp={"credit": "Mia Holm/Unsplash", "creator": "Mia Holm"}),
    case("foto-label-no-metadata", "Foto: Jan de Vries", {LABEL}, "Jan de Vries"),
    case("own-agency-typed-alamy", "Nora Dahl/Alamy", {MISMATCH}, f"Nora Dahl/{OWN_AGENCY}",
         xmp={"credit": f"Nora Dahl/{OWN_AGENCY}", "creator": "Nora Dahl"}),
)  # fmt: skip

CREDIT_RULES = {MISMATCH, LABEL, SPELLING, PATTERN, MISSING, LICENCE}


def build(bundle: Path) -> Path:
    """The corpus article in ``bundle``: one slide per case, its picture carrying the planted
    metadata (JPEG: every container at once)."""
    slides = []
    for n, c in enumerate(CASES):
        name = f"images/{c.name}.jpg"
        make_image(
            bundle / name, size=(960, 720), seed=100 + n, xmp=c.xmp or None,
            iptc=c.iptc or None, exif=c.exif or None,
        )  # fmt: skip
        slides.append(
            Slide(
                heading=c.name.replace("-", " ").capitalize(),
                image=name,
                alt=f"Test picture {n + 1}: a sun over hills and the sea",
                credit=c.typed,
                license=c.license,
            )
        )
    save_article(Article(title="Credit corpus", slides=slides), bundle)
    return bundle
