"""Regenerate the sample article's images (``python tests/make_sample.py``).

The pictures are drawn, not photographed; each carries the XMP credit metadata the sample's
credits are checked against. Some disagree on purpose, so the credit checker has work to show.
"""

from __future__ import annotations

from pathlib import Path

from imagefactory import make_image

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample" / "harbour-towns"

IMAGES = [
    (
        "fog.jpg",
        (1200, 800),
        {"creator": "Marta Lind", "credit": "Marta Lind/Shutterstock", "source": "Shutterstock"},
    ),
    (
        "market.jpg",
        (1200, 800),
        {"creator": "Olek Baran", "credit": "Olek Baran/Depositphotos", "source": "Depositphotos"},
    ),
    (
        "lighthouse.jpg",
        (1200, 800),
        {"creator": "Ines Moura", "credit": "Ines Moura/Depositphotos", "source": "Depositphotos"},
    ),
    (
        "boats.jpg",
        (1200, 800),
        {
            "creator": "Sam Okafor",
            "credit": "Sam Okafor/Getty Images",
            "source": "Getty Images",
            "instructions": "Editorial use only",
        },
    ),
    ("bakery.jpg", (1200, 800), {"creator": "Lea Brandt", "credit": "Lea Brandt/Shutterstock"}),
    ("breakwater.jpg", (1200, 800), {"creator": "Kai Rasmussen", "credit": "Depositphotos"}),
    ("ferry.jpg", (1200, 800), {"creator": "Ana Ruiz", "credit": "Ana Ruiz"}),
    ("supper.jpg", (1200, 800), {"creator": "Priya Nair", "rights": "CC BY-SA 4.0 Priya Nair"}),
    ("when-to-go.jpg", (900, 600), {"creator": "Marta Lind", "credit": "Marta Lind/Shutterstock"}),
    ("more-coast.jpg", (800, 500), {"creator": "Ines Moura", "credit": "Ines Moura/Depositphotos"}),
]


def main() -> None:
    for seed, (name, size, xmp) in enumerate(IMAGES, start=11):
        make_image(SAMPLE / "images" / name, size=size, seed=seed, xmp=xmp, quality=78)
        print("wrote", SAMPLE / "images" / name)


if __name__ == "__main__":
    main()
