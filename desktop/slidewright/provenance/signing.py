"""Sign a published picture with the writer's certificate, naming its original as parent.

A rendition (resized, re-encoded, its metadata cleaned) no longer validates against the original's
manifest, and tools that rewrite pictures drop manifests. So each published picture gets a new
manifest: ``c2pa.opened`` the original (a ``parentOf`` ingredient, whose own manifest comes along
so the history stays readable), then what was done (``c2pa.resized``, ``c2pa.transcoded``), signed
with the writer's certificate. No thumbnail is generated: on a web rendition it would be a third
of the file. The original's manifest store travels only when :mod:`.privacy`'s allowlist finds
nothing in it that could be private (a location, a device serial, a thumbnail of the uncropped
frame); otherwise the original is named without it (docs/content-credentials.md). c2pa works
offline here as in the reader: no remote manifest, no OCSP.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slidewright import __version__
from slidewright.provenance.containers import without_manifest
from slidewright.provenance.privacy import manifest_may_travel
from slidewright.provenance.reader import has_manifest, offline_settings


class SigningError(Exception):
    """The certificate or key cannot sign: says which file and why."""


@dataclass(frozen=True)
class SigningIdentity:
    """The certificate chain (leaf first) and its private key, unencrypted, in PEM."""

    chain_pem: bytes
    key_pem: bytes
    name: str = ""  # the certificate's subject, for messages


MAX_PEM_FILE = 1_000_000  # bytes: a certificate chain or a key, not a picture


def load_identity(
    cert: Path, key: Path, passphrase: Callable[[], str | None] = lambda: None
) -> SigningIdentity:
    """Read ``cert`` (PEM chain, leaf first) and ``key`` (PEM, encrypted or not); an encrypted key
    is opened with ``passphrase()`` (the keyring), which never comes from a file of ours."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    from slidewright.fileformat.safeio import read_regular_file

    try:  # a FIFO, a device or an enormous file is refused unread (safeio.py)
        chain = read_regular_file(cert, MAX_PEM_FILE)
    except OSError as error:
        raise SigningError(f"{cert}: cannot be read ({error.strerror or error})") from error
    try:
        certificates = x509.load_pem_x509_certificates(chain)
    except ValueError as error:
        raise SigningError(f"{cert}: not a PEM certificate chain ({error})") from error
    try:
        data = read_regular_file(key, MAX_PEM_FILE)
    except OSError as error:
        raise SigningError(f"{key}: cannot be read ({error.strerror or error})") from error
    secret = None
    if b"ENCRYPTED" in data:
        word = passphrase()
        if not word:
            raise SigningError(
                f"{key} is encrypted and the keyring holds no passphrase for it "
                "(slidewright keeps it there, never in a file)"
            )
        secret = word.encode()
    try:
        private = serialization.load_pem_private_key(data, secret)
    except (ValueError, TypeError) as error:
        raise SigningError(f"{key}: not a usable private key ({error})") from error
    if not isinstance(
        private, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey
    ):
        raise SigningError(f"{key}: C2PA signs with EC, RSA or Ed25519 keys")
    if private.public_key() != certificates[0].public_key():
        raise SigningError(f"{key} is not the key of the first certificate in {cert}")
    plain = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return SigningIdentity(chain, plain, certificates[0].subject.rfc4514_string())


def _algorithm(identity: SigningIdentity) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    key = serialization.load_pem_private_key(identity.key_pem, None)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return "ed25519"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return {256: "es256", 384: "es384", 521: "es512"}.get(key.curve.key_size, "es256")
    return "ps256"


def sign_published(
    picture: bytes,
    mime: str,
    original: bytes,
    original_mime: str,
    original_name: str,
    title: str,
    actions: tuple[str, ...],
    identity: SigningIdentity,
) -> bytes:
    """``picture`` (a rendition of ``original``) with a new signed manifest naming the original
    as its parent and recording ``actions`` ("c2pa.resized", "c2pa.transcoded")."""
    import c2pa

    parent = original
    if has_manifest(original) and not manifest_may_travel(original, original_mime):
        parent = without_manifest(original)
    steps: list[dict[str, Any]] = [
        {"action": "c2pa.opened", "parameters": {"ingredientIds": ["original"]}}
    ]
    steps += [
        {"action": action, "softwareAgent": f"Slidewright {__version__}"} for action in actions
    ]
    definition = {
        "claim_generator_info": [{"name": "Slidewright", "version": __version__}],
        "title": title,
        "assertions": [{"label": "c2pa.actions", "data": {"actions": steps}}],
    }
    settings: dict[str, Any] = {**offline_settings(), "builder": {"thumbnail": {"enabled": False}}}
    context = c2pa.Context.from_dict(settings)
    info = c2pa.C2paSignerInfo(_algorithm(identity), identity.chain_pem, identity.key_pem, None)
    try:
        with c2pa.Builder(definition, context=context) as builder:
            builder.add_ingredient(
                {"title": original_name, "relationship": "parentOf", "instance_id": "original"},
                original_mime,
                io.BytesIO(parent),
            )
            with c2pa.Signer.from_info(info) as signer:
                out = io.BytesIO()
                builder.sign(signer, mime, io.BytesIO(picture), out)
    except c2pa.C2paError as error:
        raise SigningError(f"{title}: could not be signed ({error})") from error
    return out.getvalue()
