"""A corpus of hostile article bundles, generated from a small table (nothing large is committed).

Each case is a bundle folder built by a few lines of Python: malformed values, alias bombs, deep
nesting, special files (FIFO, devices, folders, links), decompression-bomb and pipe images, and
texts that once made a regular expression or the sanitiser take quadratic time. ``expect`` says
what loading must give: ``"error"`` (the project's FormatError) or ``"clean"`` (the article
loads; checking and exporting it then work).

Reuse it (the window tests do): ``build_corpus(tmp_path)`` returns the bundle folders.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HEAD = "---\ntitle: Hostile\n"
SLIDE = "slides:\n- heading: H\n  image: images/a.png\n  alt: A\n  credit: Jane Doe/Shutterstock\n"


@dataclass(frozen=True)
class Case:
    name: str
    expect: str  # "error" | "clean"
    build: Callable[[Path], None]  # fills the (existing, empty) bundle folder


def _index(text: str | bytes) -> Callable[[Path], None]:
    def build(bundle: Path) -> None:
        data = text.encode("utf-8") if isinstance(text, str) else text
        (bundle / "index.md").write_bytes(data)

    return build


def _front(lines: str) -> Callable[[Path], None]:
    return _index(f"{HEAD}{lines}\n---\nIntro.\n")


def _with_slide(
    credit: str = "Jane Doe/Shutterstock",
    body: str = "Text.",
    image: str = "images/a.png",
    make: Callable[[Path], None] | None = None,
) -> Callable[[Path], None]:
    def build(bundle: Path) -> None:
        import json

        (bundle / "index.md").write_text(
            f"{HEAD}slides:\n- heading: H\n  image: {json.dumps(image)}\n  alt: A\n"
            f"  credit: {json.dumps(credit)}\n  body: {json.dumps(body)}\n---\n",
            encoding="utf-8",
        )
        (bundle / "images").mkdir(exist_ok=True)
        if make is not None:
            make(bundle)

    return build


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )


def _image(data: bytes, name: str = "a.png") -> Callable[[Path], None]:
    return lambda bundle: (bundle / "images" / name).write_bytes(data)


def _special(kind: str, name: str = "index.md", under: str = "") -> Callable[[Path], None]:
    def build(bundle: Path) -> None:
        folder = bundle / under
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if kind == "fifo":
            os.mkfifo(target)
        elif kind == "dir":
            target.mkdir()
        elif kind == "loop":
            target.symlink_to(target.name)
        elif kind == "dangling":
            target.symlink_to("nowhere.md")
        else:  # a device: /dev/zero, /dev/null, /dev/urandom
            target.symlink_to(kind)

    return build


def _then(*builds: Callable[[Path], None]) -> Callable[[Path], None]:
    def build(bundle: Path) -> None:
        for step in builds:
            step(bundle)

    return build


def _bomb(levels: int) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines)


def _nested_block(depth: int) -> str:
    return "".join("  " * i + f"k{i}:\n" for i in range(depth)) + "  " * depth + "leaf: x"


def _aliases_file(size: int) -> str:
    """Many keys aliasing one long value (207 KB of this exported 337 MB before aliases were refused)."""
    lines = ["base: &b '" + "x" * 1000 + "'"]
    length = len(lines[0])  # a running total: summing every line each time took 5 s a collection
    while length < size:
        lines.append(f"k{len(lines)}: *b")
        length += len(lines[-1])
    return "\n".join(lines)


def _touch(bundle: Path) -> Path:
    (bundle / "index.md").touch()
    return bundle / "index.md"


def _keys_and_slides(keys: int, slides: int) -> str:
    """Many site keys and many slides with findings: where each finding's line is found."""
    return "".join(f"k{i}: v\n" for i in range(keys)) + "slides:\n" + "- image: a.png\n" * slides


PNG_OK = png_claiming(1200, 800)

CASES: list[Case] = [
    # -- front matter values -----------------------------------------------------------------
    Case("date-feb-30", "error", _front("date: 2026-02-30")),
    Case("date-hour-25", "error", _front("date: 2026-11-20T25:00:00Z")),
    Case("date-spelled", "error", _front("date: Nov 20, 2026")),
    Case("date-year-0", "error", _front("date: 0000-01-01")),
    Case("date-tag-bad", "error", _front("date: !!timestamp 2026-13-01")),
    Case("int-tag-bad", "error", _front("weight: !!int abc")),
    Case("float-tag-bad", "error", _front("weight: !!float 1.2.3")),
    Case("bool-tag-bad", "error", _front("draft: !!bool maybe")),
    Case("null-tag-bad", "error", _front("draft: !!null something")),
    Case("binary-tag", "error", _front("blob: !!binary aGVsbG8=")),
    Case("binary-tag-bad", "error", _front("blob: !!binary '%%%'")),
    Case("python-object", "error", _front("x: !!python/object/apply:os.system [echo hi]")),
    Case("python-name", "error", _front("x: !!python/name:os.system ''")),
    Case("verbatim-tag", "error", _front("x: !<tag:yaml.org,2002:python/none> ''")),
    Case("set-tag", "error", _front("x: !!set {a, b}")),
    Case("omap-tag", "error", _front("x: !!omap [a: 1]")),
    Case("custom-tag", "error", _front("x: !Ref something")),
    Case("str-tag-on-map", "error", _front("x: !!str {a: 1}")),
    Case("int-5000-digits", "error", _front("weight: " + "9" * 5000)),
    Case("int-tag-5000-digits", "error", _front("weight: !!int " + "7" * 5000)),
    Case("float-huge-exponent", "clean", _front("ratio: 1e99999")),
    Case("surrogate-escape", "error", _front('title2: "a\\ud800b"')),
    Case("nul-escape-in-title", "clean", _index('---\ntitle: "a\\0b"\n---\n')),
    Case("duplicate-bool-keys", "error", _front("true: a\nTrue: b")),
    Case("duplicate-int-float-keys", "error", _front("1: a\n1.0: b")),
    Case("different-keys-1-and-quoted-1", "clean", _front("1: a\n'1': b")),
    Case("merge-key-is-plain", "clean", _front("<<: {a: 1}\nb: 2")),
    Case("list-as-key", "error", _front("? [a, b]\n: c")),
    Case("sexagesimal-stays-text", "clean", _front("publish_time: 12:30\ncountry: no")),
    # -- unbounded structures ------------------------------------------------------------------
    Case("alias-bomb-420-bytes", "error", _front(_bomb(9))),
    Case("self-alias", "error", _front("x: &a [*a]")),
    Case("self-alias-map", "error", _front("x: &a {y: *a}")),
    Case("anchor-only", "error", _front("x: &a 1")),
    Case("aliases-207kb", "error", _front(_aliases_file(207_000))),
    Case("nesting-500-block", "error", _front(_nested_block(500))),
    Case("nesting-100-flow", "error", _front("x: " + "[" * 100 + "]" * 100)),
    Case("nesting-5000-flow", "error", _front("x: " + "[" * 5000 + "]" * 5000)),
    Case("nesting-60-ok", "clean", _front("x: " + "[" * 60 + "]" * 60)),
    Case("many-values", "error", _front("x: [" + ",".join(["1"] * 120_000) + "]")),
    Case("many-slides-ok", "clean", _index(HEAD + "slides:\n" + "- heading: H\n" * 5000 + "---\n")),
    Case("long-scalar-5mb", "clean", _front("note: '" + "x" * 5_000_000 + "'")),
    Case("too-large-25mb", "error", _index(HEAD + "---\n" + "x" * (25 * 1024 * 1024))),
    Case("long-key-1mb", "error", _front("k" * 1_000_000 + ": v")),
    Case("sparse-200mb", "error", lambda bundle: os.truncate(_touch(bundle), 200 * 2**20)),
    Case("comments-500k-lines", "clean", _front("# c\n" * 500_000)),
    Case("bom-6-million", "clean", _index(b"\xef\xbb\xbf" * 6_000_000 + HEAD.encode() + b"---\n")),
    Case("line-separators-quoted", "clean", _front("x:\n" + '- "a\u2028b"\n' * 20_000)),
    Case("line-separator-18mb-then-error", "error", _front('x: "\u2028' + "a" * 18_000_000 + "\n")),
    Case("cr-only-lines", "error", _index((HEAD + SLIDE + "---\n").replace("\n", "\r"))),
    Case("keys-and-slides", "clean", _front(_keys_and_slides(2_000, 2_000))),
    # -- the file itself -----------------------------------------------------------------------
    Case("empty", "error", _index(b"")),
    Case("only-fence", "error", _index("---\n")),
    Case("never-closed", "error", _index(HEAD + "slides: []\n")),
    Case("binary-garbage", "error", _index(bytes(range(256)) * 100)),
    Case("not-utf8", "error", _index(HEAD.encode() + b"author: Andr\xe9\n---\n")),
    Case("utf16", "error", _index("---\ntitle: T\n---\n".encode("utf-16"))),
    Case("nul-bytes", "error", _index(HEAD.encode() + b"\0\0\0\n---\n")),
    Case("tab-indent", "error", _index(HEAD + "slides:\n\t- heading: A\n---\n")),
    Case("yaml-directive", "error", _front("%YAML 1.1\n---\nx: 1")),
    Case("fifo-index", "error", _special("fifo")),
    Case("dev-zero-index", "error", _special("/dev/zero")),
    Case("dev-null-index", "error", _special("/dev/null")),
    Case("dev-urandom-index", "error", _special("/dev/urandom")),
    Case("folder-named-index", "error", _special("dir")),
    Case("symlink-loop-index", "error", _special("loop")),
    Case("dangling-symlink-index", "error", _special("dangling")),
    # -- images ----------------------------------------------------------------------------
    Case("fifo-image", "clean", _with_slide(make=_special("fifo", "a.png", "images"))),
    Case("dev-zero-image", "clean", _with_slide(make=_special("/dev/zero", "a.png", "images"))),
    Case("folder-image", "clean", _with_slide(make=_special("dir", "a.png", "images"))),
    Case("image-link-loop", "clean", _with_slide(make=_special("loop", "a.png", "images"))),
    Case("decompression-bomb-png", "clean", _with_slide(make=_image(png_claiming(30000, 30000)))),
    Case("png-claiming-1-by-huge", "clean", _with_slide(make=_image(png_claiming(1, 2**31 - 1)))),
    Case("truncated-png", "clean", _with_slide(make=_image(PNG_OK[:30]))),
    Case("garbage-image", "clean", _with_slide(make=_image(b"\xff\xd8\xff" + b"\0" * 5000))),
    Case("empty-image", "clean", _with_slide(make=_image(b""))),
    Case("nul-in-image-path", "clean", _with_slide(image="images/a\0.png")),
    Case("image-path-10k", "clean", _with_slide(image="images/" + "a" * 10_000 + ".png")),
    Case("image-outside", "clean", _with_slide(image="../../../etc/passwd")),
    Case("image-absolute", "clean", _with_slide(image="/etc/passwd")),
    Case("image-windows-absolute", "clean", _with_slide(image="C:\\Users\\jo\\a.png")),
    Case("image-unc", "clean", _with_slide(image="\\\\server\\share\\a.png")),
    Case("image-file-url", "clean", _with_slide(image="file:///etc/passwd")),
    Case("image-password", "clean", _with_slide(image="https://jo:pw@example.com/a.png")),
    Case("image-block-scalar", "clean", _front("slides:\n- heading: H\n  image: |\n    a.png")),
    Case(
        "image-link-outside",
        "clean",
        _with_slide(make=_special("/etc/hostname", "a.png", "images")),
    ),
    # -- texts that were quadratic -------------------------------------------------------------
    Case("credit-40k-spaces", "clean", _with_slide(credit="Jane" + " " * 40_000 + "x")),
    Case("credit-spaced-dashes", "clean", _with_slide(credit=" - " * 30_000)),
    Case("credit-labels", "clean", _with_slide(credit="Credit: " * 10_000)),
    Case(
        "credit-getty-slashes",
        "clean",
        _with_slide(credit="Getty Images " + "a/" * 30_000 + " via"),
    ),
    Case("body-100k-nested-divs", "clean", _with_slide(body="<div>" * 100_000)),
    Case("body-9k-nested-divs", "clean", _with_slide(body="<div>" * 9_000)),
    Case("body-brackets", "clean", _with_slide(body="[" * 45_000)),
    Case("body-nested-quotes", "clean", _with_slide(body=">" * 1000 + " x\n" + "> a\n" * 10_000)),
    Case("body-nested-formatting", "clean", _with_slide(body="<i><p>" * 8_000)),
    Case("body-quotes-20-deep", "clean", _with_slide(body=">" * 20 + " x\n" + "> a\n" * 2_000)),
    Case("body-underscores", "clean", _with_slide(body="_a" * 20_000)),
    Case("body-image-brackets", "clean", _with_slide(body="![" * 1_000 + "x")),
]


def build_case(case: Case, root: Path) -> Path:
    """Build one case in ``root/<name>`` and return the bundle folder."""
    bundle = root / case.name
    bundle.mkdir(parents=True, exist_ok=True)
    case.build(bundle)
    return bundle


def build_corpus(tmp_path: Path) -> list[Path]:
    """Every case as a bundle folder under ``tmp_path`` (about 60 MB in all)."""
    return [build_case(case, tmp_path) for case in CASES]
