"""An agency the file does not name, typed beside the one it does ("Jean Dupont/AFP/Reuters" for an
AFP picture), contradicts the file: the check says so naming both, and no fix keeps it. A PNG's
own text chunks (Author, Copyright) are evidence like EXIF's. A distributor beside the file's
agency ("Jean Dupont/AFP via Getty Images") is a real credit and stays clean.

The pictures are made on the spot with real metadata: XMP and IPTC-IIM in a JPEG, tEXt/zTXt/iTXt
chunks in a PNG (before the pixels and after them)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL.PngImagePlugin import PngInfo

import imagefactory
from slidewright.credits import CreditChecker
from slidewright.credits.agencies import agencies_in, catalogue
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide

MISMATCH, LABEL = "credit-metadata-mismatch", "credit-label-in-text"
CREDIT_RULES = {MISMATCH, LABEL, "credit-agency-spelling", "credit-agency-pattern"}
AFP_BY_DUPONT = {"credit": "AFP", "creator": "Jean Dupont"}


def _jpeg(folder: Path, xmp: dict[str, str], iptc: dict[str, str] | None = None) -> str:
    name = "images/photo.jpg"
    iim = dict(iptc if iptc is not None else {"credit": xmp.get("credit", "")})
    if "creator" in xmp and iptc is None:
        iim["byline"] = xmp["creator"]
    imagefactory.make_image(
        folder / name, seed=7, xmp=xmp, iptc={k: v for k, v in iim.items() if v}
    )
    return name


def _check(folder: Path, image: str, credit: str) -> list[Finding]:
    slide = Slide(heading="h", image=image, alt="Protesters in a square", credit=credit)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule in CREDIT_RULES]


def _credits_offered(findings: list[Finding]) -> list[str]:
    return [
        dict(f.fix.changes)["credit"] for f in findings if f.fix and "credit" in dict(f.fix.changes)
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "Jean Dupont/AFP/Reuters",
        "Jean Dupont/AFP; Reuters",
        "Jean Dupont/AFP via Reuters",
        "Jean Dupont/AFP-Reuters",
        "Reuters/AFP",
        "AFP, Reuters",
    ],
)
def test_an_agency_beside_the_files_is_named_as_the_wrong_one(tmp_path: Path, typed: str) -> None:
    image = _jpeg(tmp_path, AFP_BY_DUPONT)
    found = _check(tmp_path, image, typed)
    [mismatch] = [f for f in found if f.rule == MISMATCH]
    assert (
        mismatch.message == f"the file says AFP; the credit says {typed}, which also names Reuters"
    )
    assert dict(mismatch.fix.changes) == {"credit": "Jean Dupont/AFP"}
    assert all("Reuters" not in credit for credit in _credits_offered(found))


def test_a_label_fix_does_not_keep_the_agency_the_file_contradicts(tmp_path: Path) -> None:
    """File Credit=AFP and nothing else: "Credit: AFP/Reuters" lost its label and kept Reuters."""
    image = _jpeg(tmp_path, {"credit": "AFP"})
    found = _check(tmp_path, image, "Credit: AFP/Reuters")
    [label] = [f for f in found if f.rule == LABEL]
    assert label.fix is None
    assert label.message.endswith("(not fixed here: the file says AFP)")
    [mismatch] = [f for f in found if f.rule == MISMATCH]
    assert "also names Reuters" in mismatch.message
    assert _credits_offered(found) == ["AFP"]


def test_applying_every_fix_in_turn_never_reaches_reuters(tmp_path: Path) -> None:
    """What Apply Fix does, over and over on each credit reached: no path credits Reuters."""
    image = _jpeg(tmp_path, AFP_BY_DUPONT)
    reached: set[str] = set()
    frontier = ["Credit: jean dupont/afp/reuters", "Photo by Reuters/AFP"]
    for _ in range(6):
        following = []
        for credit in frontier:
            for offered in _credits_offered(_check(tmp_path, image, credit)):
                assert not any(a.name == "Reuters" for a, _ in agencies_in(offered, catalogue()))
                if offered not in reached:
                    reached.add(offered)
                    following.append(offered)
        frontier = following
    assert not frontier and "Jean Dupont/AFP" in reached


@pytest.mark.parametrize(
    ("file_credit", "typed"),
    [
        ("AFP", "Jean Dupont/AFP"),
        ("AFP", "Jean Dupont / AFP"),
        ("AFP", "Jean Dupont/AFP via Getty Images"),
        ("AFP via Getty Images", "Jean Dupont/AFP via Getty Images"),
        ("Jean Dupont/AFP via Getty Images", "Jean Dupont/AFP via Getty Images"),
        ("AFP/Getty Images", "Jean Dupont/AFP via Getty Images"),
    ],
)
def test_the_files_agency_and_its_distributor_stay_clean(
    tmp_path: Path, file_credit: str, typed: str
) -> None:
    image = _jpeg(tmp_path, {"credit": file_credit, "creator": "Jean Dupont"})
    assert _check(tmp_path, image, typed) == []


def test_agency_alone_and_a_labelled_credit_stay_clean(tmp_path: Path) -> None:
    """No mismatch: what is left is the page's own label and the house form ("Name/AFP")."""
    image = _jpeg(tmp_path, {"credit": "AFP"})
    alone = _check(tmp_path, image, "AFP")
    assert [f.message for f in alone] == [
        'AFP credits read "Name/AFP" (the photographer is missing)'
    ]
    labelled = _check(tmp_path, image, "Photo: Jean Dupont (AFP)")
    assert MISMATCH not in {f.rule for f in labelled}
    assert sorted(_credits_offered(labelled)) == ["Jean Dupont (AFP)", "Jean Dupont/AFP"]


def test_another_agency_in_a_via_credit_is_not_a_distributor(tmp_path: Path) -> None:
    """Only an agency that distributes others' pictures may stand beside the file's."""
    image = _jpeg(tmp_path, {"credit": "Getty Images", "creator": "Jean Dupont"})
    [mismatch] = [
        f for f in _check(tmp_path, image, "Jean Dupont/AFP via Getty Images") if f.rule == MISMATCH
    ]
    assert mismatch.message.endswith("which also names AFP")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(folder: Path, text: dict[str, str], how: str) -> str:
    """A PNG carrying ``text`` in tEXt chunks before its pixels ("tEXt"), compressed ("zTXt"),
    international ("iTXt"), or in tEXt chunks after its pixels ("after")."""
    name = "images/photo.png"
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    info = PngInfo()
    for key, value in text.items():
        if how == "zTXt":
            info.add_text(key, value, zip=True)
        elif how == "iTXt":
            info.add_itxt(key, value)
        elif how == "tEXt":
            info.add_text(key, value)
    imagefactory.picture((1200, 800), 9).save(path, pnginfo=info)
    if how == "after":
        data = path.read_bytes()
        end = data.rindex(b"IEND") - 4
        chunks = b"".join(_chunk(b"tEXt", f"{k}\0{v}".encode("latin-1")) for k, v in text.items())
        path.write_bytes(data[:end] + chunks + data[end:])
    return name


@pytest.mark.parametrize("how", ["tEXt", "zTXt", "iTXt", "after"])
def test_a_png_copyright_chunk_is_evidence(tmp_path: Path, how: str) -> None:
    image = _png(tmp_path, {"Copyright": "AFP"}, how)
    [mismatch] = [f for f in _check(tmp_path, image, "Reuters") if f.rule == MISMATCH]
    assert mismatch.message == "the file says AFP; the credit says Reuters"
    assert dict(mismatch.fix.changes) == {"credit": "AFP"}


def test_a_png_author_chunk_names_the_photographer(tmp_path: Path) -> None:
    image = _png(tmp_path, {"Copyright": "AFP", "Author": "Jean Dupont"}, "tEXt")
    [mismatch] = [f for f in _check(tmp_path, image, "Reuters") if f.rule == MISMATCH]
    assert dict(mismatch.fix.changes) == {"credit": "Jean Dupont/AFP"}
    assert _check(tmp_path, image, "Jean Dupont/AFP") == []
    [other] = [f for f in _check(tmp_path, image, "Pierre Martin/AFP") if f.rule == MISMATCH]
    assert other.message == "the file says Jean Dupont/AFP; the credit says Pierre Martin/AFP"
