"""Content Credentials validated ahead of the check in worker processes give the answers the check
gives in line: a picture altered after signing is still invalid, a signer in the trust list still
trusted, and an answer is used only for the bytes the checker itself read."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("c2pa")
pytest.importorskip("cryptography")

from c2pafactory import AI, CAPTURE, make_signer, manifest, picture_bytes, sign, tamper, write
from slidewright import load_article
from slidewright.cli import main
from slidewright.credits import ahead, check_article
from slidewright.credits.metadata import MetadataCache
from slidewright.provenance import read_credentials

# The real command in a fresh process (one thread: the workers fork), failing loudly if any
# signed picture is validated in line instead of in a worker.
IN_WORKERS_ONLY = """
import sys
from slidewright.credits import metadata
from slidewright.provenance import has_manifest
inline = metadata.read_credentials
def refuse(raw, image_format, trust=""):
    if has_manifest(raw):
        sys.exit("a signed picture was validated in line")
    return inline(raw, image_format, trust)
metadata.read_credentials = refuse
from slidewright.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _bundle(root: Path, pictures: list[tuple[str, bytes, str]]) -> Path:
    lines = ["---", "title: Ahead", "credit_label: Photo", "slides:"]
    for name, data, credit in pictures:
        write(root / "images" / name, data)
        lines += [f"- heading: Slide {name}", f"  image: images/{name}",
                  "  alt: A picture for the test", f"  credit: {credit}", "  body: Text."]  # fmt: skip
    (root / "index.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Twelve slides: signed by a trusted desk and by a stranger, AI-made, altered after
    signing, and two plain photos; and the trust list naming the desk's authority."""
    desk, stranger = make_signer("Wire Desk", "Reuters"), make_signer("Someone", "Elsewhere")
    root = tmp_path_factory.mktemp("ahead")
    pictures = []
    for number in range(12):
        raw = picture_bytes((320, 240), (number * 20, 90, 160))
        kind = number % 4
        if kind == 0:
            data = sign(desk, manifest(CAPTURE, authors=("Ana Silva",)), raw)
        elif kind == 1:
            data = sign(stranger, manifest(AI), raw)
        elif kind == 2:
            data = tamper(sign(desk, manifest(CAPTURE), raw))
        else:
            data = raw if number < 8 else sign(desk, manifest(CAPTURE), raw)
        pictures.append((f"p{number}.jpg", data, "Ana Silva/Reuters"))
    anchors = write(root / "trust.pem", desk.ca_pem)
    return _bundle(root / "article", pictures), anchors


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _report(out: str) -> dict[str, Any]:
    data = json.loads(out)
    return {"findings": data["findings"], "credentials": data["credentials"]}


@pytest.mark.skipif(ahead.worker_count() < 2, reason="one core: the check validates in line")
def test_the_command_validates_in_workers_and_says_what_the_check_in_line_says(
    article: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    bundle, anchors = article
    command = ["check", str(bundle), "--format", "json", "--trust", str(anchors)]
    run = subprocess.run(
        [sys.executable, "-c", IN_WORKERS_ONLY, *command], capture_output=True, text=True
    )
    assert run.returncode in (0, 1), run.stderr  # 1: there are findings
    main(command)  # in this process (pytest's timeout thread): in line
    in_line = _report(capsys.readouterr().out)
    assert _report(run.stdout) == in_line
    states = {c["image"]: c["state"] for c in in_line["credentials"]}
    assert states["images/p0.jpg"] == "trusted"
    assert states["images/p1.jpg"] == "untrusted"
    assert states["images/p2.jpg"] == "invalid"  # altered after signing, still said plainly
    assert "images/p3.jpg" not in states  # a plain photo has none
    assert any(f["rule"] == "credentials-invalid" and f["slide"] == 3 for f in in_line["findings"])


class _Pools:
    """Worker threads standing in for the forked processes, counted."""

    def __init__(self) -> None:
        self.started = 0

    def __call__(self, workers: int) -> ThreadPoolExecutor:
        self.started += 1
        return ThreadPoolExecutor(workers)


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> _Pools:
    pools = _Pools()
    monkeypatch.setattr(ahead, "can_fork", lambda: True)
    monkeypatch.setattr(ahead, "worker_count", lambda: 2)
    monkeypatch.setattr(ahead, "new_pool", pools)
    return pools


def test_an_answer_read_ahead_is_used_only_for_the_same_bytes_in_the_same_container(
    article: tuple[Path, Path], pools: _Pools
) -> None:
    bundle, _ = article
    files = [str(bundle / "images" / f"p{n}.jpg") for n in range(12)]
    reading = ahead.ReadAhead("", files)
    reading.signed(files[0])
    raw = Path(files[0]).read_bytes()
    found = reading.take(files[0], _sha(raw), "JPEG")
    assert found is not None and found.credentials == read_credentials(raw, "JPEG")
    changed = Path(files[1]).read_bytes() + b"changed since the worker read it"
    assert reading.take(files[1], _sha(changed), "JPEG") is None
    assert reading.take(files[4], _sha(Path(files[4]).read_bytes()), "PNG") is None
    assert reading.take(files[0], _sha(raw), "JPEG") is None  # asked for once
    reading.close()
    assert pools.started == 1


def test_plain_pictures_start_no_workers_and_a_warm_check_starts_none_again(
    tmp_path: Path, article: tuple[Path, Path], pools: _Pools
) -> None:
    plain = [(f"p{n}.jpg", picture_bytes((64, 48), (n, 2, 3)), "Reuters") for n in range(12)]
    bundle = _bundle(tmp_path, plain)
    check_article(load_article(bundle), bundle, MetadataCache())
    assert pools.started == 0
    signed, _ = article
    cache = MetadataCache()
    document = load_article(signed)
    first = check_article(document, signed, cache)
    assert pools.started == 1
    reads = cache.reads
    assert check_article(document, signed, cache) == first
    assert pools.started == 1 and cache.reads == reads
