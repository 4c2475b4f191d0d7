"""Licence dates a picture file writes the EXIF way ("2020:01:01", "2020:01:01 00:00:00", as
ExifTool and camera software write every date) are those days: they were reported as "not a
date", and a licence that had ended passed unseen."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import picture
from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def _packet(start: str, end: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"<photoshop:Credit>Jo Doe/AFP</photoshop:Credit>"
        f"<plus:LicenseStartDate>{start}</plus:LicenseStartDate>"
        f"<plus:LicenseEndDate>{end}</plus:LicenseEndDate>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def _licence_findings(folder: Path, start: str, end: str) -> list[Finding]:
    file = folder / "images" / "photo.jpg"
    file.parent.mkdir(parents=True)
    picture((800, 600), 3).save(file, xmp=_packet(start, end))
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square", credit="Jo Doe/AFP")
    article = Article(title="T", date="2026-11-20", slides=[slide])
    return [f for f in CreditChecker().check(article, folder) if f.rule.startswith("license-")]


@pytest.mark.parametrize(
    ("start", "end"),
    [("2020:01:01", "2020:06:30"), ("2020:01:01 00:00:00", "2020:06:30 23:59:59")],
)
def test_an_exif_style_licence_date_is_read_as_its_day(
    tmp_path: Path, start: str, end: str
) -> None:
    found = _licence_findings(tmp_path, start, end)
    assert not [f.message for f in found if f.rule == "license-date-invalid"]
    ended = [f.message for f in found if f.rule == "license-ended-before-article"]
    assert len(ended) == 1 and "2020-06-30" in ended[0], [f.message for f in found]


def test_a_day_that_does_not_exist_is_still_not_a_date_and_quoted_as_written(
    tmp_path: Path,
) -> None:
    found = _licence_findings(tmp_path, "2020:01:01", "2020:02:31")
    invalid = [f.message for f in found if f.rule == "license-date-invalid"]
    assert len(invalid) == 1 and "'2020:02:31'" in invalid[0], [f.message for f in found]
