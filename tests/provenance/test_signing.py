"""Published pictures signed with the writer's certificate: the original named as parent, what was
done recorded, no thumbnail, and an original's private manifest data never carried along."""

from __future__ import annotations

import http.server
import io
import json
import threading
from collections.abc import Iterator
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
    made = manifest(CAPTURE, authors=("Ana Silva",), actions=("c2pa.edited",), no_ai_training=True)
    original = sign(agency, made, picture_bytes((1600, 1200)), thumbnail=False)
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


EXIF = {"exif": "http://ns.adobe.com/exif/1.0/"}
PRIVATE_ASSERTIONS = {
    "a location under a made-up label": {
        "label": "com.example.where",
        "data": {"geo": {"lat": 48.8566, "lon": 2.3522, "place": "SECRET-c2pa-place"}},
    },
    "a maker note": {
        "label": "stds.exif",
        "data": {"@context": EXIF, "exif:MakerNote": "SECRET-c2pa-makernote"},
    },
    "an action's description": {
        "label": "c2pa.actions",
        "data": {"actions": [{"action": "c2pa.edited", "description": "SECRET-c2pa-action"}]},
    },
    "an author's address": {
        "label": "stds.schema-org.CreativeWork",
        "data": {"author": [{"name": "Ana Silva", "address": "SECRET-c2pa-address"}]},
    },
}


def _published(original: bytes, writer: Identity) -> bytes:
    return sign_published(
        _rendition(original, "JPEG"), "image/jpeg", original, "image/jpeg", "a.jpg", "a-400.jpg",
        ("c2pa.resized",), writer,
    )  # fmt: skip


def _named_without_its_manifest(signed: bytes) -> None:
    store = _store(signed, "image/jpeg")
    assert isinstance(store["manifests"], dict) and len(store["manifests"]) == 1
    credentials = read_credentials(signed, "JPEG")
    assert credentials is not None and credentials.signer == "Noor Haddad"
    assert [(i.title, i.relationship) for i in credentials.ingredients] == [("a.jpg", "parentOf")]


@pytest.mark.parametrize("what", PRIVATE_ASSERTIONS)
def test_an_assertion_not_known_to_be_harmless_keeps_the_originals_manifest_out(
    agency: SigningIdentity, writer: Identity, what: str
) -> None:
    private = manifest(CAPTURE, authors=("Ana Silva",))
    private["assertions"].append(PRIVATE_ASSERTIONS[what])
    original = sign(agency, private, picture_bytes((1200, 900)), thumbnail=False)
    assert b"SECRET-c2pa-" in original
    signed = _published(original, writer)
    assert b"SECRET-c2pa-" not in signed
    _named_without_its_manifest(signed)


@pytest.mark.parametrize(
    ("common", "serial"),
    [
        ("Camera SN SECRET-cert-serial", ""),
        ("Body 7", "SECRET-cert-serial"),
        ("S/N SECRET-cert-serial", ""),
    ],
)
def test_a_signer_certificate_naming_a_device_serial_keeps_the_manifest_out(
    writer: Identity, common: str, serial: str
) -> None:
    camera = make_signer(common, "Harbour Photo Agency", serial=serial)
    original = sign(camera, manifest(CAPTURE), picture_bytes((1200, 900)), thumbnail=False)
    assert b"SECRET-cert-serial" in original
    signed = _published(original, writer)
    assert b"SECRET-cert-serial" not in signed
    _named_without_its_manifest(signed)


def test_the_originals_thumbnail_showing_the_uncropped_frame_stays_behind(
    agency: SigningIdentity, writer: Identity
) -> None:
    original = sign(agency, manifest(CAPTURE), picture_bytes((1200, 900)))  # c2pa's thumbnail
    assert b"c2pa.thumbnail.claim" in original
    signed = _published(original, writer)
    assert b"c2pa.thumbnail" not in signed
    _named_without_its_manifest(signed)


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


@pytest.fixture
def manifest_server() -> Iterator[tuple[str, list[str], dict[str, bytes]]]:
    """A loopback web server handing out a remote manifest, recording every request."""
    asked: list[str] = []
    served: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/c2pa")
            self.end_headers()
            self.wfile.write(served.get("manifest", b""))

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/harbour.c2pa", asked, served
    server.shutdown()
    server.server_close()
    thread.join()


def test_signing_never_fetches_a_remote_manifest(
    agency: SigningIdentity,
    writer: Identity,
    manifest_server: tuple[str, list[str], dict[str, bytes]],
) -> None:
    """An original whose manifest lives on a web server (its XMP points there): c2pa's default
    settings would fetch it while deciding whether it may travel; ours read offline."""
    url, asked, served = manifest_server
    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, agency.chain_pem, agency.key_pem, None)
    with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest(CAPTURE)) as builder:
        builder.set_no_embed()
        builder.set_remote_url(url)
        out = io.BytesIO()
        served["manifest"] = builder.sign(signer, "image/jpeg", io.BytesIO(picture_bytes()), out)
    # a comment naming the boxes: the cheap scan sends the picture to c2pa
    original = out.getvalue()[:2] + b"\xff\xfe\x00\x0ec2pa jumb C2PA" + out.getvalue()[2:]
    assert has_manifest(original)
    with c2pa.Reader("image/jpeg", io.BytesIO(original)):
        assert asked == ["/harbour.c2pa"]  # c2pa's defaults do fetch it: the test can tell
    asked.clear()
    signed = _published(original, writer)
    assert asked == []
    credentials = read_credentials(signed, "JPEG")
    assert credentials is not None and credentials.ingredients[0].title == "a.jpg"


def test_every_c2pa_reader_and_builder_in_the_package_is_given_a_context() -> None:
    """c2pa's default settings fetch remote manifests: a Reader or Builder made without our
    context (reader.offline_settings) would go on the network for a hostile picture."""
    import ast

    package = Path(__file__).resolve().parents[2] / "desktop" / "slidewright"
    made = []
    for source in package.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("Reader", "Builder")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "c2pa"
            ):
                keywords = {keyword.arg for keyword in node.keywords}
                made.append((source.name, node.func.attr, "context" in keywords))
    assert {name for name, _, _ in made} >= {"reader.py", "signing.py", "privacy.py"}
    assert all(given for _, _, given in made), made
