"""Responsive images in the html-folder export: renditions at a few widths (never upscaled) in
the picture's own format and WebP, srcset/sizes and pixel sizes on every image, the first slide's
picture loaded first; renditions cached by content, so exporting again encodes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image

from imagefactory import make_image
from pageimages import Images
from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.exporters.renditions import WIDTHS, RenditionCache, cache_dir, widths_for


def srcset_files(srcset: str | None) -> list[tuple[str, int]]:
    pairs = [part.rsplit(" ", 1) for part in (srcset or "").split(", ") if part]
    return [(url, int(width.rstrip("w"))) for url, width in pairs]


@pytest.fixture
def big_photo_bundle(sample_bundle: Path) -> Path:
    """The sample with a 3,000 px camera photo on the first slide and a read-more thumbnail."""
    make_image(sample_bundle / "images" / "harbour.jpg", size=(3000, 2000), seed=5)
    article = load_article(sample_bundle)
    article.slides[0].image = "images/harbour.jpg"
    save_article(article, sample_bundle)
    return sample_bundle


def test_widths_never_exceed_the_original() -> None:
    assert widths_for(3000) == list(WIDTHS)
    assert widths_for(1000) == [480, 800, 1000]
    assert widths_for(300) == [300]


def test_folder_export_serves_phones_a_small_rendition(
    big_photo_bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert main(["export", str(big_photo_bundle), "--to", "html-folder", "-o", str(out)]) == 0
    page = Images((out / "index.html").read_text(encoding="utf-8"))
    first = page.imgs[0]
    files = srcset_files(first["srcset"])
    assert [w for _, w in files] == list(WIDTHS)  # 480 … 1440 of a 3,000 px photo
    for url, width in files:
        with Image.open(out / url) as rendition:
            assert rendition.width == width and rendition.format == "JPEG"
    webp = srcset_files(page.sources[0]["srcset"])
    assert page.sources[0]["type"] == "image/webp" and [w for _, w in webp] == list(WIDTHS)
    with Image.open(out / webp[0][0]) as small:
        assert small.format == "WEBP" and small.size == (480, 320)
    assert first["src"] == files[-1][0] and (first["width"], first["height"]) == ("1440", "960")
    assert first["sizes"] and page.sources[0]["sizes"] == first["sizes"]
    assert not (out / "assets" / "harbour.jpg").exists()  # the 3,000 px original stays home


def test_first_picture_loads_first_and_every_image_has_a_size(
    big_photo_bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    main(["export", str(big_photo_bundle), "--to", "html-folder", "-o", str(out)])
    imgs = Images((out / "index.html").read_text(encoding="utf-8")).imgs
    assert imgs[0]["fetchpriority"] == "high" and "loading" not in imgs[0]
    assert all(img["loading"] == "lazy" and "fetchpriority" not in img for img in imgs[1:])
    assert all(img["width"] and img["height"] for img in imgs)  # read-more thumbnails too
    assert len(imgs) > len(load_article(big_photo_bundle).slides)  # … which are among them


def test_exporting_again_encodes_nothing(big_photo_bundle: Path, tmp_path: Path) -> None:
    images = sorted((big_photo_bundle / "images").glob("*.jpg"))
    cold = RenditionCache(tmp_path / "cache")
    made = cold.renditions(images)
    assert cold.encoded == len(images)
    warm = RenditionCache(tmp_path / "cache")
    assert warm.renditions(images) == made and warm.encoded == 0
    make_image(images[0], size=(900, 600), seed=99)  # the writer replaced a picture
    again = RenditionCache(tmp_path / "cache")
    changed = again.renditions(images)
    assert again.encoded == 1 and changed[images[0]] is not None
    assert changed[images[0]].largest().width == 900  # type: ignore[union-attr]


def test_a_damaged_cache_entry_is_made_again(sample_bundle: Path, tmp_path: Path) -> None:
    image = sample_bundle / "images" / "fog.jpg"
    first = RenditionCache(tmp_path / "cache").renditions([image])[image]
    assert first is not None
    first.largest().path.unlink()  # e.g. a cache cleaner removed files
    cache = RenditionCache(tmp_path / "cache")
    again = cache.renditions([image])[image]
    assert cache.encoded == 1 and again is not None and again.largest().path.is_file()


def test_the_cache_lives_under_xdg_cache_home(
    sample_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir().is_relative_to(tmp_path / "xdg" / "slidewright" / "renditions")
    main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(tmp_path / "out")])
    assert any(cache_dir().rglob("*.webp"))


def test_a_sideways_camera_photo_gets_upright_renditions(
    sample_bundle: Path, tmp_path: Path
) -> None:
    photo = make_image(
        sample_bundle / "images" / "portrait.jpg", size=(1200, 800), exif={0x0112: 6}
    )
    found = RenditionCache(tmp_path / "cache").renditions([photo])[photo]
    assert found is not None and (found.width, found.height) == (800, 1200)
    with Image.open(found.largest().path) as image:
        assert image.size == (800, 1200)


def test_svg_and_gif_are_published_as_they_are(sample_bundle: Path, tmp_path: Path) -> None:
    gif = sample_bundle / "images" / "spin.gif"
    Image.new("RGB", (40, 30), "red").save(gif)
    article = load_article(sample_bundle)
    article.slides[1].image = "images/spin.gif"
    save_article(article, sample_bundle)
    out = tmp_path / "out"
    main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(out)])
    imgs = Images((out / "index.html").read_text(encoding="utf-8")).imgs
    assert imgs[1]["src"] == "assets/spin.gif" and "srcset" not in imgs[1]
    published = Image.open(out / "assets" / "spin.gif")  # not resized or re-encoded: the same
    assert published.size == (40, 30) and published.convert("RGB").getpixel((5, 5)) == (255, 0, 0)
    # (its bytes differ only by the slide's credits written into it, where ExifTool is installed)


def test_renditions_are_never_written_through_a_planted_link(
    sample_bundle: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(out)])
    rendition = sorted((out / "assets").glob("fog-*.jpg"))[0]
    outside = tmp_path / "precious.jpg"
    outside.write_bytes(b"not to be overwritten")
    rendition.unlink()
    rendition.symlink_to(outside)
    code = main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(out), "--force"])
    assert code == 0 and outside.read_bytes() == b"not to be overwritten"
    assert not rendition.is_symlink() and rendition.stat().st_size > 1000  # the link replaced


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="needs exiftool")
def test_every_rendition_carries_its_credits_and_a_warm_export_takes_them_from_the_cache(
    sample_bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.credits.metadata import read_metadata
    from slidewright.exporters import imagerights
    from slidewright.exporters.target import _edited_since_export

    article = load_article(sample_bundle)
    out = tmp_path / "out"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(out)]) == 0
    fog = sorted((out / "assets").glob("fog-*"))
    assert {p.suffix for p in fog} == {".jpg", ".webp"} and len(fog) >= 4
    for file in fog:
        meta = read_metadata(file)
        assert (meta.credit, meta.alt_text) == (article.slides[0].credit, article.slides[0].alt)
    assert _edited_since_export(out) == []  # exporting again needs no --force

    runs: list[int] = []
    real = imagerights.credit_all
    monkeypatch.setattr(
        imagerights,
        "credit_all",
        lambda jobs, problem, location=False: (
            runs.append(len(jobs)),
            real(jobs, problem, location),
        ),
    )
    again = tmp_path / "again"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(again)]) == 0
    assert sum(runs) == 0  # every rendition's credited copy came from the cache
    assert sorted(p.name for p in (again / "assets").iterdir()) == sorted(
        p.name for p in (out / "assets").iterdir()
    )
    for file in sorted((again / "assets").glob("fog-*")):
        assert read_metadata(file).credit == article.slides[0].credit, file.name

    article.slides[0].credit = "Someone Else/Shutterstock"  # new credits: written afresh
    save_article(article, sample_bundle)
    third = tmp_path / "third"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(third)]) == 0
    assert sum(runs) > 0
    for file in sorted((third / "assets").glob("fog-*")):
        assert read_metadata(file).credit == "Someone Else/Shutterstock", file.name


def test_palette_and_cmyk_pictures_scale_smoothly_and_keep_transparency(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    drawing = Image.new("RGBA", (1000, 500), (0, 0, 0, 0))
    drawing.paste((200, 30, 30, 255), (100, 100, 900, 400))
    drawing.convert("P", palette=Image.Palette.ADAPTIVE).save(logo, transparency=0)
    print_photo = tmp_path / "print.jpg"
    Image.new("CMYK", (900, 600), (0, 80, 80, 0)).save(print_photo)
    found = RenditionCache(tmp_path / "cache").renditions([logo, print_photo])
    png, jpeg = found[logo], found[print_photo]
    assert png is not None and jpeg is not None
    with Image.open(png.webp[0].path) as small:
        assert small.mode == "RGBA" and small.getpixel((0, 0))[3] == 0  # still see-through
    with Image.open(jpeg.webp[1].path) as photo:
        assert photo.size == (800, 533) and photo.mode == "RGB"


def test_a_cache_others_can_write_to_is_not_used(sample_bundle: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared-cache"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # anyone could plant pictures in it
    image = sample_bundle / "images" / "fog.jpg"
    cache = RenditionCache(shared)
    found = cache.renditions([image])[image]
    assert found is not None and not found.largest().path.is_relative_to(shared)
    assert not any(shared.iterdir())


def test_a_cache_entry_naming_another_file_is_not_trusted(
    sample_bundle: Path, tmp_path: Path
) -> None:
    image = sample_bundle / "images" / "fog.jpg"
    RenditionCache(tmp_path / "cache").renditions([image])
    manifest = next((tmp_path / "cache").rglob("*-*.json"))
    secret = tmp_path / "cache" / "secret.jpg"
    secret.write_bytes((sample_bundle / "images" / "boats.jpg").read_bytes())
    manifest.write_text(manifest.read_text().replace(manifest.stem + "-480.jpg", "../secret.jpg"))
    cache = RenditionCache(tmp_path / "cache")
    found = cache.renditions([image])[image]
    assert cache.encoded == 1 and found is not None  # made again, not read from elsewhere
    assert all(r.path.parent == manifest.parent for r in found.main + found.webp)
