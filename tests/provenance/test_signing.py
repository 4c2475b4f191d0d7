"""Published pictures signed with the writer's certificate: the original named as parent, what was
done recorded, no thumbnail, and an original's private manifest data never carried along."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

import c2pa
from PIL import Image

from c2pafactory import CAPTURE, SigningIdentity, make_signer, manifest, picture_bytes, sign
from slidewright.provenance import has_manifest, read_credentials
from slidewright.provenance.containers import without_manifest
from slidewright.provenance.signing import SigningError, load_identity, sign_published
from slidewright.provenance.signing import SigningIdentity as Identity


@pytest.fixture(scope="module")
def agency() -> SigningIdentity:
    return make_signer("Photo Desk", "Harbour Photo Agency")


@pytest.fixture(scope="module")
def writer() -> Identity:
    made = make_signer("Noor Haddad", "Slidewright Tests Newsroom")
    return Identity(made.chain_pem, made.key_pem)


def _rendition(original: bytes, kind: str) -> bytes:
    out = io.BytesIO()
    with Image.open(io.BytesIO(original)) as image:
        image.convert("RGB").resize((400, 300)).save(out, kind)
    return out.getvalue()


def _store(raw: bytes, mime: str) -> dict[str, object]:
    with c2pa.Reader(mime, io.BytesIO(raw)) as reader:
        return dict(json.loads(reader.json()))


@pytest.mark.parametrize(("kind", "mime"), [("WEBP", "image/webp"), ("JPEG", "image/jpeg")])
def test_a_rendition_names_its_original_and_what_was_done(
    agency: SigningIdentity, writer: Identity, kind: str, mime: str
) -> None:
    original = sign(agency, manifest(CAPTURE, authors=("Ana Silva",)), picture_bytes((1600, 1200)))
    signed = sign_published(
        _rendition(original, kind), mime, original, "image/jpeg", "harbour.jpg",
        "harbour-400.webp", ("c2pa.resized", "c2pa.transcoded"), writer,
    )  # fmt: skip
    credentials = read_credentials(signed, kind)
    assert credentials is not None and credentials.state == "untrusted"
    assert credentials.signer == "Noor Haddad"
    assert [a.action for a in credentials.actions] == [
        "c2pa.opened",
        "c2pa.resized",
        "c2pa.transcoded",
    ]
    assert [(i.title, i.relationship) for i in credentials.ingredients] == [
        ("harbour.jpg", "parentOf")
    ]
    store = _store(signed, mime)
    manifests = store["manifests"]
    assert isinstance(manifests, dict) and len(manifests) == 2  # the original's history comes along
    active = manifests[store["active_manifest"]]
    assert "thumbnail" not in active  # no thumbnail bloating a web rendition
    assert "Ana Silva" in json.dumps(manifests)


def test_an_originals_private_manifest_data_is_not_carried(
    agency: SigningIdentity, writer: Identity
) -> None:
    private = manifest(CAPTURE)
    private["assertions"].append(
        {
            "label": "stds.exif",
            "data": {
                "@context": {"exif": "http://ns.adobe.com/exif/1.0/"},
                "exif:GPSLatitude": "39,21.102N",
                "exif:GPSLongitude": "74,26.5737W",
                "exif:BodySerialNumber": "SN-4471-PRIVATE",
            },
        }
    )
    original = sign(agency, private, picture_bytes((1200, 900)))
    assert b"SN-4471-PRIVATE" in original
    signed = sign_published(
        _rendition(original, "JPEG"), "image/jpeg", original, "image/jpeg", "a.jpg", "a-400.jpg",
        ("c2pa.resized",), writer,
    )  # fmt: skip
    assert b"SN-4471-PRIVATE" not in signed and b"GPSLatitude" not in signed
    store = _store(signed, "image/jpeg")
    assert isinstance(store["manifests"], dict) and len(store["manifests"]) == 1
    credentials = read_credentials(signed, "JPEG")
    assert credentials is not None and credentials.ingredients[0].title == "a.jpg"


def test_without_manifest_leaves_a_picture_that_still_opens(agency: SigningIdentity) -> None:
    for kind, mime in (("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")):
        plain = io.BytesIO()
        Image.new("RGB", (64, 48), "teal").save(plain, kind)
        signed = sign(agency, manifest(CAPTURE), plain.getvalue(), mime)
        assert has_manifest(signed)
        stripped = without_manifest(signed)
        assert not has_manifest(stripped)
        with Image.open(io.BytesIO(stripped)) as image:
            assert image.size == (64, 48)
            image.load()


def test_an_encrypted_key_opens_with_the_keyrings_passphrase_only(
    tmp_path: Path, agency: SigningIdentity
) -> None:
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(agency.key_pem, None)
    locked = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"harbour lights"),
    )
    (tmp_path / "chain.pem").write_bytes(agency.chain_pem)
    (tmp_path / "key.pem").write_bytes(locked)
    identity = load_identity(tmp_path / "chain.pem", tmp_path / "key.pem", lambda: "harbour lights")
    assert "Photo Desk" in identity.name
    with pytest.raises(SigningError, match="encrypted and the keyring holds no passphrase"):
        load_identity(tmp_path / "chain.pem", tmp_path / "key.pem")
    other = make_signer("Other", "Elsewhere")
    (tmp_path / "other.pem").write_bytes(other.key_pem)
    with pytest.raises(SigningError, match="is not the key of the first certificate"):
        load_identity(tmp_path / "chain.pem", tmp_path / "other.pem")
    (tmp_path / "junk.pem").write_text("not a certificate")
    with pytest.raises(SigningError, match="junk.pem: not a PEM certificate chain"):
        load_identity(tmp_path / "junk.pem", tmp_path / "key.pem")
