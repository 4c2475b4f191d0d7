"""What the read-ahead tests share (tests/credits/test_credentials_ahead.py and
test_credentials_guess.py): an article of signed, altered, plain and hostile pictures, and the
small scripts each run in a fresh interpreter (forking happens only in a process with one thread,
and pytest has its timeout thread)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from c2pafactory import AI, CAPTURE, make_signer, manifest, picture_bytes, sign, tamper, write

# What the scripts below share: the check of the article in argv[1] with a read-ahead or in line,
# as findings, each picture's credentials and how many signed pictures were validated in line.
PRELUDE = """
import json, os, signal, sys
from pathlib import Path
from slidewright import load_article
from slidewright.credits import ahead, ahead_child, check_article, metadata
from slidewright.fileformat.images import bundle_image
from slidewright.provenance import has_manifest
bundle = Path(sys.argv[1])
inline = metadata.read_credentials
in_line = []
def counted(raw, image_format, trust=""):
    in_line.extend([1] if has_manifest(raw) else [])
    return inline(raw, image_format, trust)
metadata.read_credentials = counted
def check(reading=None):
    cache = metadata.MetadataCache()
    if reading is None:
        cache.read_ahead = lambda files: None  # truly in line: the checker forks nothing either
    cache.use_ahead(reading)
    in_line.clear()
    article = load_article(bundle)
    findings = [f.as_json() for f in check_article(article, bundle, cache)]
    credentials = {}
    for slide in article.slides:
        try:
            credentials[slide.image] = repr(cache.get(bundle_image(bundle, slide.image)).credentials)
        except Exception as error:
            credentials[slide.image] = type(error).__name__
    return {"findings": findings, "credentials": credentials, "validated in line": len(in_line)}
def start(children=1):
    ahead.child_count = lambda: children
    reading = ahead.start("")
    reading.send([slide.image for slide in load_article(bundle).slides], bundle)
    return reading
def children_left():
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:  # none running, none left unreaped
        return False
    return True
"""

# The scripts below log, to the file in argv[2], the name of each picture the child validates.
LOGGED = """
log = sys.argv[2]
validate = ahead_child._validate
def logged(file, trust_anchors):
    with open(log, "a") as out:
        out.write(Path(file).name + "\\n")
    return validate(file, trust_anchors)
ahead_child._validate = logged  # in the child forked next
"""

SIGNED = 10  # of the twelve pictures below (p3 and p7 are plain)


def make_bundle(root: Path, pictures: list[tuple[str, bytes | None, str]]) -> Path:
    lines = ["---", "title: Ahead", "credit_label: Photo", "slides:"]
    for name, data, credit in pictures:
        if data is not None:
            write(root / "images" / name, data)
        lines += [f"- heading: Slide {name}", f"  image: images/{name}",
                  "  alt: A picture for the test", f"  credit: {credit}", "  body: Text."]  # fmt: skip
    (root / "index.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return root


def pictures() -> list[tuple[str, bytes | None, str]]:
    """Twelve slides: signed by a trusted desk and by a stranger, AI-made, altered after
    signing, two plain photos; then a missing file, a FIFO and a file too large to read (neither
    may hold the child up)."""
    desk, stranger = signers()
    pictures: list[tuple[str, bytes | None, str]] = []
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
    return [*pictures, *[(f"{name}.jpg", None, "Reuters") for name in ("gone", "fifo", "huge")]]


_SIGNERS: list[Any] = []


def signers() -> tuple[Any, Any]:
    if not _SIGNERS:
        _SIGNERS.extend([make_signer("Wire Desk", "Reuters"), make_signer("Someone", "Else")])
    return _SIGNERS[0], _SIGNERS[1]


def make_hostile(images: Path) -> None:
    os.mkfifo(images / "fifo.jpg")
    with open(images / "huge.jpg", "wb") as huge:
        huge.truncate(300 * 1024 * 1024)  # sparse: larger than any picture is read


def run_script(code: str, bundle: Path) -> dict[str, Any]:
    run = subprocess.run(
        [sys.executable, "-c", PRELUDE + code, str(bundle)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])  # after the command's
    return result
