"""Real Content Credentials made on the spot: a test certificate authority, a signer, and pictures
signed with ``c2pa-python`` (AI-generated, edited, with an author, altered after signing).

C2PA accepts a leaf certificate that has the digitalSignature key usage, an email-protection
extended key usage, and subject and authority key identifiers, issued by a CA certificate. Nothing
here touches the network: no timestamp authority, no OCSP.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


@dataclass(frozen=True)
class SigningIdentity:
    chain_pem: bytes  # leaf first, then the CA
    key_pem: bytes
    ca_pem: bytes


def _name(common: str, organisation: str, serial: str = "") -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, common),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
    ]
    if serial:  # the X.509 serialNumber attribute, as a camera's own certificate may carry
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attributes)


def make_signer(
    common: str = "Harbour Desk", organisation: str = "Harbour Photo Agency", serial: str = ""
) -> SigningIdentity:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID

    now = datetime.datetime.now(datetime.UTC)
    usage = dict.fromkeys(
        ["content_commitment", "key_encipherment", "data_encipherment", "key_agreement",
         "encipher_only", "decipher_only"], False,
    )  # fmt: skip
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Slidewright Test CA", "Slidewright Tests")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=False, key_cert_sign=True, crl_sign=True, **usage),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(common, organisation, serial))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, key_cert_sign=False, crl_sign=False, **usage),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    return SigningIdentity(
        chain_pem=leaf.public_bytes(pem) + ca.public_bytes(pem),
        key_pem=key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        ca_pem=ca.public_bytes(pem),
    )


def manifest(
    source_type: str = CAPTURE,
    *,
    authors: tuple[str, ...] = (),
    actions: tuple[str, ...] = (),
    no_ai_training: bool = False,
    title: str = "picture.jpg",
) -> dict[str, Any]:
    """A manifest definition: a created action with its source type, then ``actions``."""
    steps: list[dict[str, Any]] = [{"action": "c2pa.created", "digitalSourceType": source_type}]
    steps += [
        {"action": action, "softwareAgent": {"name": "Test Editor", "version": "2"}}
        for action in actions
    ]
    assertions: list[dict[str, Any]] = [{"label": "c2pa.actions", "data": {"actions": steps}}]
    if authors:
        assertions.append(
            {
                "label": "stds.schema-org.CreativeWork",
                "data": {
                    "@context": "https://schema.org",
                    "@type": "CreativeWork",
                    "author": [{"@type": "Person", "name": name} for name in authors],
                },
            }
        )
    if no_ai_training:
        assertions.append(
            {
                "label": "c2pa.training-mining",
                "data": {"entries": {"c2pa.ai_training": {"use": "notAllowed"}}},
            }
        )
    return {
        "claim_generator_info": [{"name": "Slidewright Tests", "version": "1.0"}],
        "title": title,
        "assertions": assertions,
    }


def picture_bytes(
    size: tuple[int, int] = (800, 600), colour: tuple[int, int, int] = (40, 90, 160)
) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def sign(
    signer: SigningIdentity,
    definition: dict[str, Any],
    source: bytes,
    mime: str = "image/jpeg",
    *,
    thumbnail: bool = True,
) -> bytes:
    """``source`` with a manifest from ``definition``, signed by ``signer``; with c2pa's default
    claim thumbnail, or (``thumbnail=False``) none."""
    import c2pa

    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, signer.chain_pem, signer.key_pem, None)
    context = c2pa.Context.from_dict({"builder": {"thumbnail": {"enabled": thumbnail}}})
    with (
        c2pa.Signer.from_info(info) as c2pa_signer,
        c2pa.Builder(definition, context=context) as builder,
    ):
        out = io.BytesIO()
        builder.sign(c2pa_signer, mime, io.BytesIO(source), out)
        return out.getvalue()


def tamper(signed: bytes) -> bytes:
    """The signed picture with a few bytes of its image data changed (the manifest untouched)."""
    data = bytearray(signed)
    data[-300] ^= 0xFF
    data[-301] ^= 0x55
    return bytes(data)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
