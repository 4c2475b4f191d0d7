from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from nuchecker import NO_JAVA, nu_check
from slidewright import load_article, save_article
from slidewright.cli import main
from slidewright.model import Slide


class Sources(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.images: list[str] = []
        self.metas: dict[str, str] = {}
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("http-equiv")
            self.metas[key or ""] = values.get("content") or ""


def test_single_file_export_works_offline(sample_bundle: Path, tmp_path: Path) -> None:
    from PIL import Image

    from imagefactory import make_image

    make_image(sample_bundle / "images" / "huge.jpg", size=(3000, 2000), seed=4)
    article = load_article(sample_bundle)
    article.slides[0].image = "images/huge.jpg"
    save_article(article, sample_bundle)
    out = tmp_path / "out.html"
    assert main(["export", str(sample_bundle), "--to", "html", "-o", str(out)]) == 0
    page = Sources(out.read_text(encoding="utf-8"))
    assert len(page.images) == 10 and all(
        src.startswith("data:image/jpeg;base64,") for src in page.images
    )
    import base64
    import io

    first = Image.open(io.BytesIO(base64.b64decode(page.images[0].split(",", 1)[1])))
    assert first.width == 1040  # the 3000 px original, scaled for the page's column
    assert 'width="1040" height="693"' in out.read_text(encoding="utf-8")  # no layout shift on load
    csp = page.metas["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
    assert page.metas["og:title"] == article.title
    assert "og:image" not in page.metas  # inlined: no address a sharing card could fetch
    assert page.metas["description"] == article.description


def test_folder_export_keeps_names_and_never_writes_outside(
    sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    (sample_bundle.parent / "outside.jpg").write_bytes(
        (sample_bundle / "images" / "fog.jpg").read_bytes()
    )
    article.slides.append(Slide(heading="Escape", image="../outside.jpg"))
    article.slides.append(Slide(heading="Absolute", image="/etc/passwd"))
    save_article(article, sample_bundle)
    out = tmp_path / "site" / "export"
    assert main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(out)]) == 0
    written = sorted(
        p.relative_to(tmp_path).as_posix() for p in (tmp_path / "site").rglob("*") if p.is_file()
    )
    assert "site/export/index.html" in written
    assert any(p.startswith("site/export/assets/fog-") for p in written)  # renditions of fog.jpg
    assert all(p.startswith("site/export/") for p in written)
    assert not any("outside" in p or "passwd" in p for p in written)
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Image not found" not in html  # the authoring placeholder is never published


def test_export_of_an_unreadable_article_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "index.md").write_text("---\ntitle: [x\n", encoding="utf-8")
    assert main(["export", str(tmp_path), "--to", "html", "-o", str(tmp_path / "o.html")]) == 2
    assert "index.md" in capsys.readouterr().err
    assert not (tmp_path / "o.html").exists()


@pytest.mark.skipif(NO_JAVA, reason="the Nu HTML checker needs Java")
@pytest.mark.parametrize("mode", ["article", "slideshow"])
def test_exported_html_passes_the_nu_html_checker(
    sample_bundle: Path, tmp_path: Path, mode: str
) -> None:
    single, folder = tmp_path / "single.html", tmp_path / "folder"
    main(["export", str(sample_bundle), "--to", "html", "-o", str(single), "--mode", mode])
    main(["export", str(sample_bundle), "--to", "html-folder", "-o", str(folder), "--mode", mode])
    result = nu_check(single, folder / "index.html")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_sideways_camera_photo_is_exported_upright(sample_bundle: Path, tmp_path: Path) -> None:
    import base64
    import io

    from PIL import Image

    from imagefactory import make_image

    make_image(
        sample_bundle / "images" / "portrait.jpg", size=(3000, 2000), seed=8, exif={0x0112: 6}
    )
    article = load_article(sample_bundle)
    article.slides[0].image = "images/portrait.jpg"
    save_article(article, sample_bundle)
    out = tmp_path / "out.html"
    main(["export", str(sample_bundle), "--to", "html", "-o", str(out)])
    html = out.read_text(encoding="utf-8")
    first = Sources(html).images[0]
    image = Image.open(io.BytesIO(base64.b64decode(first.split(",", 1)[1])))
    assert image.size == (1040, 1560)  # turned upright, then scaled to the maximum width
    assert 'width="1040" height="1560"' in html
