"""A picture's XMP fields, each read in its own namespace (for the credit checker's metadata and
the licence dates, beneath both).

Pillow's ``getxmp`` names every element by its local name alone, so ``ev:Credit`` (a tool's own
field, or a hostile file's) and ``photoshop:Credit`` were one field, and whichever came first
spoke for the picture: the checker weighed a credit ExifTool, agencies' systems and the
published picture's readers never see, and a slide left without a credit published it. Here
only the namespaces of the IPTC Photo Metadata standard (and PLUS, for licence dates) count,
each field under the key ``credits/metadata.py`` has always used. A date in a comment is no
date: the packet is parsed, not searched. Values are flattened as Pillow did: an ``rdf:Seq``/``Bag``/
``Alt``'s items, an ``rdf:resource`` address, or the text; a field may also be an attribute of
its ``rdf:Description``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
DC = "http://purl.org/dc/elements/1.1/"
RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
PLUS = "http://ns.useplus.org/ldf/xmp/1.0/"
# (namespace, local name) -> the key metadata.py reads it by
FIELDS = {
    (PHOTOSHOP, "Credit"): "Credit",
    (PHOTOSHOP, "Source"): "Source",
    (PHOTOSHOP, "Instructions"): "Instructions",
    (DC, "creator"): "creator",
    (DC, "rights"): "rights",
    (DC, "description"): "description",
    (RIGHTS, "UsageTerms"): "UsageTerms",
    (RIGHTS, "WebStatement"): "WebStatement",
    (CORE, "AltTextAccessibility"): "AltTextAccessibility",
    (EXT, "DigitalSourceType"): "DigitalSourceType",
}
LICENCE_DATES = {
    (PLUS, "LicenseStartDate"): "LicenseStartDate",
    (PLUS, "LicenseEndDate"): "LicenseEndDate",
}
MAX_ITEMS = 200  # a list's items kept: a hostile file's 100,000 creators are not all read


def _split(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        uri, local = name[1:].split("}", 1)
        return uri, local
    return "", name


def _values(element: ET.Element) -> list[str]:
    """An element's value as strings: a container's items, an ``rdf:resource``, or its text."""
    resource = element.get(f"{{{RDF}}}resource")
    if resource is not None:
        return [resource.strip()] if resource.strip() else []
    for container in element:
        if container.tag in (f"{{{RDF}}}Seq", f"{{{RDF}}}Bag", f"{{{RDF}}}Alt"):
            items = [(item.text or "").strip() for item in container][:MAX_ITEMS]
            return [text for text in items if text]
    text = (element.text or "").strip()
    return [text] if text else []


def xmp_fields(
    packet: bytes | str, wanted: Mapping[tuple[str, str], str] = FIELDS
) -> dict[str, list[str]]:
    """The ``wanted`` fields of an XMP packet, by their keys (the rights fields unless told): {}
    when it cannot be read, or declares a DTD."""
    import xml.etree.ElementTree as ET

    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    if isinstance(packet, str):
        packet = packet.encode("utf-8")
    start = packet.find(b"<x:xmpmeta")
    if start < 0:
        start = packet.find(b"<rdf:RDF")
    end = packet.rfind(b"</x:xmpmeta>")
    body = packet[start : end + len(b"</x:xmpmeta>")] if start >= 0 and end > start else packet
    try:
        root = SafeET.fromstring(body.strip(b"\0 \t\r\n"), forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException, ValueError):
        return {}
    rdfs = [root] if root.tag == f"{{{RDF}}}RDF" else root.findall(f"{{{RDF}}}RDF")
    fields: dict[str, list[str]] = {}
    for rdf in rdfs:
        for block in rdf.findall(f"{{{RDF}}}Description"):
            for name, value in block.attrib.items():
                key = wanted.get(_split(name))
                if key and value.strip():
                    fields.setdefault(key, []).append(value.strip())
            for child in block:
                key = wanted.get(_split(str(child.tag)))
                if key:
                    fields.setdefault(key, []).extend(_values(child))
    return fields
