"""A licence's end date is PLUS's ``LicenseEndDate``, nothing else that looks like it: a later
date in a tool's own namespace, or in an XML comment, written before the real one, made the
checker read a licence that ended in 2020 as running to 2099, and an expired picture passed."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import picture
from slidewright.credits import CreditChecker
from slidewright.model import Article, Slide

ENDED = "license-ended-before-article"


def _packet(decoy: str, real: str) -> bytes:
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:ev="http://tool.example/ns/"'
        ' xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        f"{decoy}<photoshop:Credit>AFP</photoshop:Credit>{real}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


@pytest.mark.parametrize(
    "decoy",
    [
        "<ev:LicenseEndDate>2099-12-31</ev:LicenseEndDate>",
        '<!-- plus:LicenseEndDate="2099-12-31" -->',
    ],
)
def test_only_plus_says_when_a_licence_ends(tmp_path: Path, decoy: str) -> None:
    file = tmp_path / "images" / "photo.jpg"
    file.parent.mkdir(parents=True)
    real = "<plus:LicenseEndDate>2020-01-01</plus:LicenseEndDate>"
    picture((800, 600), 3).save(file, xmp=_packet(decoy, real))
    slide = Slide(heading="h", image="images/photo.jpg", alt="A square", credit="Jo Doe/AFP")
    article = Article(title="T", date="2026-11-20", slides=[slide])
    found = [f for f in CreditChecker().check(article, tmp_path) if f.rule == ENDED]
    assert found and "2020-01-01" in found[0].message
