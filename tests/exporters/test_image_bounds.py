"""One bound for every picture Slidewright decodes (fileformat/imagebounds.py): a 144-megapixel
PNG, a PNG whose colour profile unpacks to 400 MB and one whose text does are refused alike by
the import, ``check``, both HTML exports and WordPress publishing, each naming the file and why,
with no traceback and no raw Pillow warning."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.fileformat.imagecheck import ImageRefused, read_image
from slidewright.publish.errors import PublishError
from slidewright.publish.media import read_local_image


def chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def zeros_zlib(megabytes: int) -> bytes:
    """A zlib stream of ``megabytes`` MB of zeros, built in milliseconds: after a full flush,
    each further megabyte compresses to the same bytes, so they are repeated, not computed."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    zero = bytes(1 << 20)
    first = packer.compress(zero) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(zero) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = (((megabytes << 20) % 65521) << 16) | 1  # the checksum of that many zeros
    body = first + again * (megabytes - 1) + packer.flush()
    return b"\x78\xda" + body + struct.pack(">I", adler)


def png(width: int, height: int, extra: bytes = b"", rows: bytes | None = None) -> bytes:
    """A 1-bit grey PNG (all black), with ``extra`` chunks before its pixels."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = rows if rows is not None else bytes(height * (1 + (width + 7) // 8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + extra
        + chunk(b"IDAT", zlib.compress(pixels, 1))
        + chunk(b"IEND", b"")
    )


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "144-megapixels": (
        lambda: png(12_000, 12_000),
        "12000×12000 px is more than the 100 million pixels",
    ),
    "profile-400mb": (
        lambda: png(64, 64, chunk(b"iCCP", b"icc\0\0" + zeros_zlib(400))),
        "colour profile or text unpacks to more than",
    ),
    "text-400mb": (
        lambda: png(64, 64, chunk(b"zTXt", b"Comment\0\0" + zeros_zlib(400))),
        "colour profile or text unpacks to more than",
    ),
}


def with_hostile(bundle: Path, kind: str) -> tuple[Path, str, str]:
    """``bundle`` with the hostile picture ``kind`` on its first slide: (bundle, path, reason)."""
    make, reason = HOSTILE[kind]
    path = f"images/{kind}.png"
    (bundle / path).write_bytes(make())
    article = load_article(bundle)
    article.slides[0].image = path
    save_article(article, bundle)
    return bundle, path, reason


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest, sample_bundle: Path) -> tuple[Path, str, str]:
    return with_hostile(sample_bundle, request.param)


def clean(output: str) -> None:
    assert "Traceback" not in output and "DecompressionBombWarning" not in output, output


def test_the_import_refuses_it_by_name(hostile: tuple[Path, str, str]) -> None:
    bundle, path, reason = hostile
    with pytest.raises(ImageRefused) as caught:
        read_image(bundle / path)
    assert path.split("/")[1] in str(caught.value) and reason in str(caught.value)


def test_check_names_it_and_why(
    hostile: tuple[Path, str, str], capfd: pytest.CaptureFixture[str]
) -> None:
    bundle, path, reason = hostile
    main(["check", str(bundle)])
    out, err = capfd.readouterr()
    clean(out + err)
    line = next(line for line in (out + err).splitlines() if path in line)
    assert reason in line, line


SLOW = pytest.mark.slow  # the same bound on the same path as the html-folder case kept in


@pytest.mark.parametrize(
    ("kind", "form"),
    [
        *[(kind, "html") for kind in sorted(HOSTILE)],
        ("144-megapixels", "html-folder"),
        ("144-megapixels", "hugo"),  # the site's page bundle gets no copy of the original either
        pytest.param("profile-400mb", "html-folder", marks=SLOW),
        pytest.param("text-400mb", "html-folder", marks=SLOW),
    ],
)
def test_exports_leave_it_out_and_say_why(
    sample_bundle: Path,
    kind: str,
    form: str,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    bundle, path, reason = with_hostile(sample_bundle, kind)
    out_path = tmp_path / ("page.html" if form == "html" else "site")
    assert main(["export", str(bundle), "--to", form, "-o", str(out_path)]) == 0
    out, err = capfd.readouterr()
    clean(out + err)
    said = [line for line in err.splitlines() if path in line]
    assert said and reason in said[0] and "index.md:" in said[0], err
    if form != "html":
        published = [f.name for f in out_path.rglob("*") if f.is_file()]
        assert not any(name.startswith(Path(path).stem) for name in published), published


def test_publishing_refuses_it_before_sending_anything(hostile: tuple[Path, str, str]) -> None:
    bundle, path, reason = hostile
    with pytest.raises(PublishError) as caught:
        read_local_image(bundle, path)
    assert str(caught.value).startswith(f"{path}: cannot be uploaded: ") and reason in str(
        caught.value
    )
