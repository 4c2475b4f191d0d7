"""Content Credentials through export: with the writer's certificate every published picture file
is signed anew, naming its original; without one the export says which pictures' credentials stay
behind and no published file carries a manifest at all (never one that would fail)."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

import c2pa

from c2pafactory import CAPTURE, SigningIdentity, make_signer, manifest, picture_bytes, sign, write
from slidewright.cli import main
from slidewright.exporters.imagerights import exiftool
from slidewright.provenance import has_manifest, read_credentials

PICTURES = (".jpg", ".jpeg", ".webp", ".png")

pytestmark = pytest.mark.skipif(exiftool() is None, reason="ExifTool is not installed")


@pytest.fixture(scope="module")
def identities() -> tuple[SigningIdentity, SigningIdentity]:
    return make_signer("Photo Desk", "Harbour Photo Agency"), make_signer("Noor Haddad", "Newsroom")


def _bundle(root: Path, agency: SigningIdentity) -> Path:
    write(
        root / "images" / "signed.jpg", sign(agency, manifest(CAPTURE), picture_bytes((1000, 700)))
    )
    write(root / "images" / "plain.jpg", picture_bytes((1000, 700), (200, 120, 40)))
    (root / "index.md").write_text(
        "---\ntitle: Signed\ncredit_label: Photo\nslides:\n"
        "- heading: One\n  image: images/signed.jpg\n  alt: A blue picture\n  credit: Ana Silva/Reuters\n"
        "- heading: Two\n  image: images/plain.jpg\n  alt: An orange picture\n  credit: Ken Sato/AFP\n---\n",
        encoding="utf-8",
    )
    return root


def _published(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in PICTURES)


def test_without_a_certificate_the_export_says_what_stays_behind_and_publishes_no_manifest(
    tmp_path: Path,
    identities: tuple[SigningIdentity, SigningIdentity],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = _bundle(tmp_path / "a", identities[0])
    assert main(["export", str(bundle), "--to", "hugo", "-o", str(tmp_path / "site")]) == 0
    err = capsys.readouterr().err
    assert "Content Credentials not carried over for images/signed.jpg" in err
    assert "plain.jpg" not in err.split("Content Credentials not carried over")[1].split("\n")[0]
    files = _published(tmp_path / "site")
    assert files and not any(has_manifest(f.read_bytes()) for f in files)


def test_with_a_certificate_every_published_picture_is_signed_naming_its_original(
    tmp_path: Path,
    identities: tuple[SigningIdentity, SigningIdentity],
    capsys: pytest.CaptureFixture[str],
) -> None:
    agency, writer = identities
    bundle = _bundle(tmp_path / "a", agency)
    (tmp_path / "chain.pem").write_bytes(writer.chain_pem)
    (tmp_path / "key.pem").write_bytes(writer.key_pem)
    sign_args = [
        "--c2pa-cert",
        str(tmp_path / "chain.pem"),
        "--c2pa-key",
        str(tmp_path / "key.pem"),
    ]
    for to in ("html-folder", "hugo"):
        out = tmp_path / to
        assert main(["export", str(bundle), "--to", to, "-o", str(out), *sign_args]) == 0
        assert "not carried over" not in capsys.readouterr().err
        files = _published(out)
        assert len(files) >= 4, files  # renditions (JPEG and WebP) of both pictures
        for file in files:
            credentials = read_credentials(
                file.read_bytes(), "WEBP" if file.suffix == ".webp" else "JPEG"
            )
            assert credentials is not None and credentials.state == "untrusted", file
            assert credentials.signer == "Noor Haddad"
            assert [i.relationship for i in credentials.ingredients] == ["parentOf"]
            assert credentials.ingredients[0].title in ("signed.jpg", "plain.jpg")
            names = {a.action for a in credentials.actions}
            assert "c2pa.opened" in names and names & {
                "c2pa.resized",
                "c2pa.transcoded",
                "c2pa.edited.metadata",
            }
        # the credits the policy wrote are still there beside the manifest
        tags = json.loads(subprocess.run(
            ["exiftool", "-j", "-G1", "-XMP-photoshop:Credit", *map(str, files)],
            capture_output=True, text=True, check=True).stdout)  # fmt: skip
        assert {t.get("XMP-photoshop:Credit") for t in tags} == {
            "Ana Silva/Reuters",
            "Ken Sato/AFP",
        }
    page = tmp_path / "one.html"
    assert main(["export", str(bundle), "--to", "html", "-o", str(page), *sign_args]) == 0
    inlined = re.findall(r"data:image/(?:jpeg|webp);base64,([A-Za-z0-9+/=]+)", page.read_text())
    assert inlined and all(has_manifest(base64.b64decode(data)) for data in inlined)


def test_a_bad_signing_key_is_refused_by_name(
    tmp_path: Path,
    identities: tuple[SigningIdentity, SigningIdentity],
    capsys: pytest.CaptureFixture[str],
) -> None:
    bundle = _bundle(tmp_path / "a", identities[0])
    (tmp_path / "chain.pem").write_bytes(identities[1].chain_pem)
    (tmp_path / "key.pem").write_bytes(identities[0].key_pem)  # another certificate's key
    code = main(["export", str(bundle), "--to", "html", "-o", str(tmp_path / "x.html"),
                 "--c2pa-cert", str(tmp_path / "chain.pem"), "--c2pa-key", str(tmp_path / "key.pem")])  # fmt: skip
    assert code == 2
    assert "key.pem is not the key of the first certificate in" in capsys.readouterr().err
    assert main(["export", str(bundle), "--to", "html", "-o", str(tmp_path / "y.html"),
                 "--c2pa-cert", str(tmp_path / "chain.pem")]) == 2  # fmt: skip
    assert "--c2pa-cert and --c2pa-key go together" in capsys.readouterr().err


def test_an_originals_manifest_travels_only_when_nothing_in_it_can_be_private(
    tmp_path: Path, identities: tuple[SigningIdentity, SigningIdentity]
) -> None:
    """Published with the writer's certificate: the agency's plain history comes along as the
    parent's manifest; a camera's (a location under its own label, a certificate naming the
    body's serial) does not, and none of its words reach any published file."""
    agency, writer = identities
    camera = make_signer("Camera SN SECRET-cert-serial", "Harbour Photo Agency")
    located = manifest(CAPTURE, authors=("Ana Silva",))
    located["assertions"].append(
        {"label": "com.example.where", "data": {"geo": {"lat": 48.8566, "place": "SECRET-place"}}}
    )
    root = tmp_path / "a"
    write(
        root / "images" / "agency.jpg",
        sign(
            agency,
            manifest(CAPTURE, authors=("Ana Silva",)),
            picture_bytes((1000, 700)),
            thumbnail=False,
        ),
    )
    write(root / "images" / "camera.jpg",
          sign(camera, located, picture_bytes((1000, 700), (90, 30, 30)), thumbnail=False))  # fmt: skip
    (root / "index.md").write_text(
        "---\ntitle: Signed\ncredit_label: Photo\nslides:\n"
        "- heading: One\n  image: images/agency.jpg\n  alt: A blue picture\n  credit: Ana Silva/Reuters\n"
        "- heading: Two\n  image: images/camera.jpg\n  alt: A red picture\n  credit: Ana Silva/Reuters\n---\n",
        encoding="utf-8",
    )  # fmt: skip
    (tmp_path / "chain.pem").write_bytes(writer.chain_pem)
    (tmp_path / "key.pem").write_bytes(writer.key_pem)
    out = tmp_path / "site"
    assert main(["export", str(root), "--to", "jekyll", "-o", str(out),
                 "--c2pa-cert", str(tmp_path / "chain.pem"), "--c2pa-key", str(tmp_path / "key.pem")]) == 0  # fmt: skip
    files = _published(out)
    assert {f.name.split("-")[0].split(".")[0] for f in files} == {"agency", "camera"}
    for file in (f for f in out.rglob("*") if f.is_file()):
        assert b"SECRET-" not in file.read_bytes(), file
    for file in files:
        mime = "image/webp" if file.suffix == ".webp" else "image/jpeg"
        with c2pa.Reader(mime, io.BytesIO(file.read_bytes())) as reader:
            store = json.loads(reader.json())
        carried = len(store["manifests"]) - 1  # the original's, beside the writer's own
        assert carried == (1 if file.name.startswith("agency") else 0), file
        assert ("Ana Silva" in json.dumps(store)) == file.name.startswith("agency"), file
