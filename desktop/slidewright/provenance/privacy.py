"""May an original's manifest store travel into a published picture? An allowlist says.

A signed rendition names its original as parent ingredient, and c2pa copies the original's whole
manifest store along with it: every assertion of every manifest, and every signer's certificate
chain. What a camera, an agency or an editing tool put there is open-ended (any label, any JSON,
any certificate subject), so looking for private-sounding key names misses most of it (a
``com.example.where`` with ``{"geo": …}``, an ``stds.exif`` maker note, a certificate whose subject
names the camera's serial). The store travels only when everything in it is known to say nothing
private:

- assertions: ``c2pa.actions``/``c2pa.actions.v2`` whose actions are standard (``c2pa.*``) and
  carry only a digital source type, a software agent (name and version), a time, and parameters
  that point at ingredients; ``c2pa.hash.*`` (hashes and byte ranges); ``c2pa.ingredient*``
  without embedded data, description or metadata; ``c2pa.training-mining``/``cawg.training-mining``;
  ``stds.schema-org.CreativeWork`` holding nothing but its author list (names);
- not thumbnails (``c2pa.thumbnail.*``): the original's thumbnail shows the whole uncropped frame,
  the very part a crop may have taken out, and as a JPEG may carry EXIF of its own;
- the claim: its identifiers, title, format, hashes of its assertions and its generator's name
  and version;
- no certificate in the store has a ``serialNumber`` attribute, and no subject, issuer, generator,
  software or author text looks like a device serial ("SN 1234", "Serial", "IMEI").

Anything else, or a store that cannot be read at all, keeps the manifest out: the original is then
named without it (the history is lost, never the photographer's whereabouts).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from slidewright.provenance.reader import offline_context

# A device serial in free text: "Camera SN 4471", "S/N: 4471", "serial 4471", "IMEI", "device id".
SERIAL_TEXT = re.compile(r"(?<![^\W_])S/?N(?![^\W_])|serial|\bIMEI\b|device[ _-]?id", re.I)
# The X.509 serialNumber attribute (2.5.4.5), a device's or a person's serial in a subject.
SERIAL_NUMBER_OID = "2.5.4.5"
# A DER certificate: SEQUENCE (long form, two length bytes) holding the TBSCertificate SEQUENCE.
DER_CERTIFICATE = re.compile(rb"\x30\x82(..)\x30\x82", re.S)

ACTION_KEYS = frozenset({"action", "digitalSourceType", "softwareAgent", "when", "parameters"})
PARAMETER_KEYS = frozenset({"ingredientIds", "ingredients", "ingredient", "org.cai.ingredientIds"})
ACTIONS_KEYS = frozenset({"actions", "allActionsIncluded", "softwareAgents"})
INGREDIENT_KEYS = frozenset(
    {
        "relationship",
        "dc:title",
        "dc:format",
        "instanceID",
        "documentID",
        "validationResults",
        "validationStatus",
        "activeManifest",
        "c2pa_manifest",
        "claimSignature",
        "thumbnail",
        "hash",
    }
)
CREATIVE_WORK_KEYS = frozenset({"@context", "@type", "author"})
AUTHOR_KEYS = frozenset({"@type", "name"})
GENERATOR_KEYS = frozenset({"name", "version", "org.contentauth.c2pa_rs"})
CLAIM_KEYS = frozenset(
    {
        "instanceID",
        "signature",
        "claim_generator",
        "claim_generator_info",
        "alg",
        "alg_soft",
        "dc:title",
        "dc:format",
        "redacted_assertions",
        "created_assertions",
        "gathered_assertions",
        "assertions",
    }
)
MANIFEST_KEYS = frozenset(
    {"label", "isUpdateManifest", "isCompressedManifest", "claim", "claim.v2", "assertions"}
    | {"signature", "validationResults", "status"}
)


def _plain(text: Any) -> bool:
    """A string naming no device serial (or not a string: a number, a flag)."""
    return not isinstance(text, str) or not SERIAL_TEXT.search(text)


def _agent(agent: Any) -> bool:
    if isinstance(agent, Mapping):
        return set(agent) <= {"name", "version"} and all(_plain(v) for v in agent.values())
    return isinstance(agent, str | int) and _plain(agent)


def _action(action: Any) -> bool:
    if not isinstance(action, Mapping) or not set(action) <= ACTION_KEYS:
        return False
    name, kind = action.get("action"), action.get("digitalSourceType", "")
    parameters = action.get("parameters", {})
    return (
        isinstance(name, str)
        and name.startswith("c2pa.")
        and _plain(name)
        and isinstance(kind, str)
        and _plain(kind)
        and _agent(action.get("softwareAgent", ""))
        and isinstance(action.get("when", ""), str)
        and isinstance(parameters, Mapping)
        and set(parameters) <= PARAMETER_KEYS
    )


def _actions(data: Any) -> bool:
    if not isinstance(data, Mapping) or not set(data) <= ACTIONS_KEYS:
        return False
    actions, agents = data.get("actions", []), data.get("softwareAgents", [])
    return (
        isinstance(actions, list)
        and all(_action(action) for action in actions)
        and isinstance(agents, list)
        and all(_agent(agent) for agent in agents)
    )


def _ingredient(data: Any) -> bool:
    return (
        isinstance(data, Mapping)
        and set(data) <= INGREDIENT_KEYS
        and _plain(data.get("dc:title", ""))
    )


def _creative_work(data: Any) -> bool:
    if not isinstance(data, Mapping) or not set(data) <= CREATIVE_WORK_KEYS:
        return False
    authors = data.get("author", [])
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, Mapping):
            if not set(author) <= AUTHOR_KEYS or not all(_plain(v) for v in author.values()):
                return False
        elif not isinstance(author, str) or not _plain(author):
            return False
    return True


def _base(label: str) -> str:
    """The assertion's label without the ``__2`` c2pa gives a second one of a kind."""
    return re.sub(r"__\d+$", "", label)


def assertion_is_safe(label: str, data: Any) -> bool:
    """Is this assertion one that says nothing private (module docstring)?"""
    base = _base(label)
    if base in ("c2pa.actions", "c2pa.actions.v2"):
        return _actions(data)
    if base.startswith("c2pa.hash."):
        return True
    if re.fullmatch(r"c2pa\.ingredient(\.v\d+)?", base):
        return _ingredient(data)
    if base in ("c2pa.training-mining", "cawg.training-mining"):
        return True
    if base == "stds.schema-org.CreativeWork":
        return _creative_work(data)
    return False


def _claim_is_safe(claim: Any) -> bool:
    if not isinstance(claim, Mapping) or not set(claim) <= CLAIM_KEYS:
        return False
    infos = claim.get("claim_generator_info", [])
    for info in infos if isinstance(infos, list) else [infos]:
        if not isinstance(info, Mapping) or not set(info) <= GENERATOR_KEYS:
            return False
        if not all(_plain(value) for value in info.values()):
            return False
    return _plain(claim.get("claim_generator", "")) and _plain(claim.get("dc:title", ""))


def manifest_is_safe(manifest: Any) -> bool:
    """One manifest of a ``Reader.crjson()`` report: its claim, assertions and signer's names."""
    if not isinstance(manifest, Mapping) or not set(manifest) <= MANIFEST_KEYS:
        return False
    assertions = manifest.get("assertions", {})
    if not isinstance(assertions, Mapping):
        return False
    if not all(assertion_is_safe(str(k), v) for k, v in assertions.items()):
        return False
    claim = manifest.get("claim.v2", manifest.get("claim"))
    info = manifest.get("signature", {})
    names = info.get("certificateInfo", {}) if isinstance(info, Mapping) else {}
    names = names if isinstance(names, Mapping) else {}
    texts = [
        value
        for part in ("subject", "issuer")
        for value in (names.get(part) or {}).values()
        if isinstance(names.get(part), Mapping)
    ]
    return _claim_is_safe(claim) and all(_plain(text) for text in texts)


def certificates(raw: bytes) -> Iterator[Any]:
    """Every DER X.509 certificate found in the bytes (the signers' chains in a manifest store)."""
    from cryptography import x509

    for found in DER_CERTIFICATE.finditer(raw):
        length = int.from_bytes(found.group(1), "big")
        try:
            yield x509.load_der_x509_certificate(raw[found.start() : found.start() + 4 + length])
        except ValueError:
            continue


def certificate_is_safe(certificate: Any) -> bool:
    """No serialNumber attribute, and nothing serial-looking, in its subject or issuer."""
    for name in (certificate.subject, certificate.issuer):
        for attribute in name:
            if attribute.oid.dotted_string == SERIAL_NUMBER_OID:
                return False
            if not _plain(str(attribute.value)):
                return False
    return True


def manifest_may_travel(raw: bytes, mime: str) -> bool:
    """May the picture's manifest store come along as its rendition's ingredient? Read offline
    (no remote manifest, no OCSP); a store that cannot be read does not travel."""
    import c2pa

    try:
        with c2pa.Reader(mime, io.BytesIO(raw), context=offline_context()) as reader:
            report = json.loads(reader.crjson())
    except (c2pa.C2paError, ValueError, OSError):
        return False
    manifests = report.get("manifests") if isinstance(report, Mapping) else None
    if not isinstance(manifests, list) or not manifests:
        return False
    if not all(manifest_is_safe(manifest) for manifest in manifests):
        return False
    return all(certificate_is_safe(certificate) for certificate in certificates(raw))
