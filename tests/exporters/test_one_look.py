"""One look everywhere (issue 10, point 5): the preview, the HTML export, the Hugo site, the
Jekyll site and the post content WordPress receives show every slide's heading, credit, caption
and body alike, sanitised alike."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from looks import bad_markup, captions_markup, read_more_seen, slides_seen
from publishing_article import BASE
from sitebuild import build_hugo, build_jekyll
from slidewright import load_article, save_article
from slidewright.exporters import ExportOptions, export
from slidewright.model import ReadMoreItem, Slide
from slidewright.render import RenderContext, render_page
from wordpress_look import post_as_page, post_content

# A caption is inline Markdown: bold, italic and a link, and what must stay as typed (an underscore
# inside a file name, raw HTML, a block marker).
MARKED_CAPTION = (
    "# **Low tide** at _dawn_, see [the tables](https://news.example/tides/) "
    "<b>raw</b> Photo_2024_final"
)
MARKED_SEEN = (
    '# <strong>Low tide</strong> at <em>dawn</em>, see <a href="https://news.example/tides/">the '
    "tables</a> &lt;b&gt;raw&lt;/b&gt; Photo_2024_final"
)
HOSTILE = 'Kept <script>alert(1)</script> text <img src=x onerror="alert(2)"> and {{ site.time }}.'


@pytest.fixture
def varied_bundle(credited_bundle: Path) -> Path:
    """Slides of every shape the site layouts used to get wrong."""
    article = load_article(credited_bundle)
    article.slides.append(
        Slide(heading="No picture, still credited", credit="Harbour Archive", body=HOSTILE)
    )
    article.slides.append(Slide(heading="Only words", body="One paragraph, *emphasised*."))
    article.slides[1].caption = MARKED_CAPTION
    assert article.read_more is not None
    article.read_more.items.append(
        ReadMoreItem(
            title="Tide tables",
            url="https://news.example/tides/",
            extra={"caption": "Updated *every* Monday"},
        )  # fmt: skip
    )
    save_article(article, credited_bundle)
    return credited_bundle


def _preview(bundle: Path) -> str:
    return render_page(load_article(bundle), RenderContext(mode="article", target="preview"))


def test_the_preview_shows_what_the_test_expects(varied_bundle: Path) -> None:
    seen = slides_seen(_preview(varied_bundle))
    assert [texts[0] for texts, _ in seen] == [
        "1. The North Pier", "2. Sand Bar Crossing", "3. No picture, still credited",
        "4. Only words",
    ]  # fmt: skip
    assert seen[0][0][1] == "Credit: Marta Lind/Shutterstock (Standard licence, source)"
    assert seen[0][0][2] == "The pier at 7 a.m. in October"
    assert seen[2][0][1] == "Credit: Harbour Archive" and seen[2][1] is None
    assert seen[2][0][3] == "Kept text and {{ site.time }}."
    assert seen[3][0][3] == "One paragraph, emphasised."
    assert "Tide tables Updated every Monday" in read_more_seen(_preview(varied_bundle))
    captions = captions_markup(_preview(varied_bundle))
    assert captions[1] == MARKED_SEEN
    assert captions[-1] == "Updated <em>every</em> Monday"


def _outputs(bundle: Path, tmp_path: Path) -> dict[str, str]:
    pages = {}
    export(bundle, "html", tmp_path / "page.html", ExportOptions(base_url=BASE))
    pages["html"] = (tmp_path / "page.html").read_text(encoding="utf-8")
    export(bundle, "html-folder", tmp_path / "folder", ExportOptions(base_url=BASE))
    pages["html-folder"] = (tmp_path / "folder" / "index.html").read_text(encoding="utf-8")
    pages["wordpress"] = post_as_page(post_content(load_article(bundle)))
    if shutil.which("hugo"):
        export(bundle, "hugo", tmp_path / "hugo", ExportOptions(base_url=BASE))
        pages["hugo"] = build_hugo(tmp_path / "hugo", "walks/index.html")
    if shutil.which("jekyll"):
        export(bundle, "jekyll", tmp_path / "jekyll", ExportOptions(base_url=BASE))
        pages["jekyll"] = build_jekyll(tmp_path / "jekyll", "walks/index.html")
    return pages


def test_every_output_shows_each_slide_as_the_preview_does(
    varied_bundle: Path, tmp_path: Path
) -> None:
    preview = _preview(varied_bundle)
    expected, expected_more = slides_seen(preview), read_more_seen(preview)
    pages = _outputs(varied_bundle, tmp_path)
    for name, page in pages.items():
        assert slides_seen(page) == expected, name
        assert read_more_seen(page) == expected_more, name
        assert captions_markup(page) == captions_markup(preview), name
        assert bad_markup(page) == [], name
    if not {"hugo", "jekyll"} <= set(pages):
        pytest.skip("hugo or jekyll not installed: compared the HTML exports only")


@pytest.mark.skipif(not (shutil.which("hugo") and shutil.which("jekyll")), reason="needs both")
def test_site_pages_carry_the_exports_metadata_and_byline(
    varied_bundle: Path, tmp_path: Path
) -> None:
    import extruct

    pages = _outputs(varied_bundle, tmp_path)
    folder = extruct.extract(pages["html-folder"], syntaxes=["json-ld", "opengraph"])
    for name in ("hugo", "jekyll"):
        page = pages[name]
        site = extruct.extract(page, syntaxes=["json-ld", "opengraph"])
        (data,) = site["json-ld"]
        assert data["@type"] == "NewsArticle" and data["url"] == BASE + "/walks/", name
        urls = [i["contentUrl"] for i in data["image"]]  # the largest renditions, published
        assert urls[0].startswith(BASE + "/walks/images/pier-") and urls[0].endswith("w.jpg"), name
        assert urls[1].startswith(BASE + "/walks/images/bar-") and urls[1].endswith("w.png"), name
        assert data["image"][0]["creditText"] == folder["json-ld"][0]["image"][0]["creditText"]
        og = dict(site["opengraph"][0]["properties"])
        assert og["og:url"] == BASE + "/walks/" and og["og:image"].startswith("https://"), name
        assert "By <bdi>Noor Haddad</bdi>" in page, name  # the byline, the name isolated
        assert 'rel="canonical"' in page, name


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_the_site_we_write_without_a_warning(
    varied_bundle: Path, tmp_path: Path
) -> None:
    import subprocess

    export(varied_bundle, "hugo", tmp_path / "site", ExportOptions(base_url=BASE))
    result = subprocess.run(
        ["hugo", "-s", str(tmp_path / "site")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "WARN" not in result.stdout + result.stderr
    assert "deprecated" not in (result.stdout + result.stderr).lower()


THEMES = {
    "hugo": (
        "layouts/_default/slideshow.html",
        "<!DOCTYPE html><html><head><title>{{ .Title }} | Harbour News</title>"
        '{{ partial "slidewright/head.html" . }}</head><body><nav>Site menu</nav>'
        '<main>{{ partial "slidewright/article.html" . }}</main></body></html>',
    ),
    "jekyll": (
        "_layouts/slideshow.html",
        "<!DOCTYPE html><html><head><title>{{ page.title }} | Harbour News</title>"
        "{% include slidewright/head.html %}</head><body><nav>Site menu</nav>"
        "<main>{% include slidewright/article.html %}</main></body></html>",
    ),
}


@pytest.mark.parametrize("site", ["hugo", "jekyll"])
def test_a_site_theme_can_include_the_layout_as_partials(
    varied_bundle: Path, tmp_path: Path, site: str
) -> None:
    if shutil.which(site) is None:
        pytest.skip(f"{site} is not installed")
    export(varied_bundle, site, tmp_path / "site", ExportOptions(base_url=BASE))
    layout, theme = THEMES[site]
    (tmp_path / "site" / layout).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "site" / layout).write_text(theme, encoding="utf-8")  # the site's own layout
    build = build_hugo if site == "hugo" else build_jekyll
    page = build(tmp_path / "site", "walks/index.html")
    assert "<nav>Site menu</nav>" in page and "| Harbour News</title>" in page
    assert slides_seen(page) == slides_seen(_preview(varied_bundle))
    assert '"@type": "NewsArticle"' in page and f'href="{BASE}/walks/"' in page
    assert bad_markup(page) == []


@pytest.mark.parametrize("site", ["hugo", "jekyll"])
def test_site_pages_say_the_articles_language(
    sample_bundle: Path, tmp_path: Path, site: str
) -> None:
    if shutil.which(site) is None:
        pytest.skip(f"{site} is not installed")
    assert load_article(sample_bundle).lang == "en-GB"
    export(sample_bundle, site, tmp_path / "site", ExportOptions(base_url=BASE))
    build = build_hugo if site == "hugo" else build_jekyll
    page = build(tmp_path / "site", "harbour-towns/index.html")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">')
    assert '"inLanguage": "en-GB"' in page


# The saved bundle, published by itself (issue 26): a site that keeps its articles in git adds the
# theme once and builds the bundles the app saved, no export in between. Built once per module.

LONG_BODIES = (
    'The harbour\'s *second* wall -- built in 1890... and "kept" since. See the [map](https://maps.example/x).',
    "# A heading inside\n\nA list:\n\n- one\n- two\n\n> A quote, with `code`.",
    HOSTILE,
    "Plain words only.",
)


def _long_article(bundle: Path) -> Path:
    """A 40-slide article: every shape of slide (licence and source, caption, no picture, a
    credit without picture, Markdown of every kind, hostile text), pictures reused."""
    from imagefactory import make_image
    from slidewright.model import Article, ReadMore

    for n, size in enumerate([(2400, 1600), (1600, 2400), (900, 600)]):
        make_image(bundle / "images" / f"p{n}.jpg", size=size, seed=n)
    slides = []
    for i in range(40):
        slide = Slide(heading=f"Stop {i + 1}: the 'quay' & more", body=LONG_BODIES[i % 4])
        if i % 5 != 4:
            slide.image, slide.alt = f"images/p{i % 3}.jpg", f"Picture {i + 1}"
            slide.credit = ["Marta Lind/Shutterstock", "Credits: DepositPhotos", "Tomas Reyes"][
                i % 3
            ]
        elif i % 10 == 4:
            slide.credit = "Harbour Archive"  # a credit without a picture
        if i % 3 == 0:
            slide.caption = f"Seen from the ferry, {i} o'clock"
        if i % 4 == 1:
            slide.license, slide.license_url = (
                "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/",
            )
            slide.source_url = "https://commons.example/p"
        slides.append(slide)
    article = Article(
        title="Forty Stops on the Coast Road", author="Noor Haddad", date="2026-10-01",
        credit_label="Photo:", intro="Forty stops, *one* road -- and \"no\" hurry.", slides=slides,
        read_more=ReadMore(heading="More", items=[ReadMoreItem(title="Tides", url="https://x.example/t")]),
    )  # fmt: skip
    save_article(article, bundle)
    return bundle


@pytest.fixture(scope="module")
def saved_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """The saved sample and a 40-slide article, copied as they are into a Hugo site with the
    theme and a Jekyll site with the layouts, each built once. {site: {bundle: built page}}."""
    from slidewright.exporters.siteconfig import hugo_config, jekyll_config
    from slidewright.exporters.sites import install_theme
    from slidewright.exporters.target import ExportTarget
    from slidewright.packagedata import copy_sample

    root = tmp_path_factory.mktemp("saved")
    bundles = {"harbour-towns": copy_sample(root / "harbour-towns")}
    bundles["forty-stops"] = _long_article(root / "forty-stops")
    built: dict[str, dict[str, str]] = {"preview": {}}
    for name, bundle in bundles.items():
        built["preview"][name] = _preview(bundle)
    article = load_article(bundles["harbour-towns"])
    for site, tool in (("hugo", build_hugo), ("jekyll", build_jekyll)):
        if shutil.which(site) is None:
            continue
        folder = root / site
        install_theme(ExportTarget(folder, folder=True), site)  # type: ignore[arg-type]
        content = folder / "content" if site == "hugo" else folder
        for name, bundle in bundles.items():
            shutil.copytree(bundle, content / name)  # the saved bundle, untouched
        if site == "hugo":
            (folder / "hugo.toml").write_bytes(hugo_config(article, ExportOptions(base_url=BASE)))
        else:
            (folder / "_config.yml").write_bytes(jekyll_config(article, ExportOptions()))
        built[site] = {name: tool(folder, f"{name}/index.html") for name in bundles}
    return built


@pytest.mark.parametrize("site", ["hugo", "jekyll"])
@pytest.mark.parametrize("bundle", ["harbour-towns", "forty-stops"])
def test_a_saved_bundle_builds_slide_by_slide_as_the_preview(
    saved_sites: dict[str, dict[str, str]], site: str, bundle: str
) -> None:
    if site not in saved_sites:
        pytest.skip(f"{site} is not installed")
    preview, page = saved_sites["preview"][bundle], saved_sites[site][bundle]
    expected = slides_seen(preview)
    assert len(expected) in (9, 40)
    assert slides_seen(page) == expected
    assert read_more_seen(page) == read_more_seen(preview)
    assert bad_markup(page) == []
    assert "alert(" not in page  # the hostile slides' script is dropped with its content
    assert page.count("<main") == 1 and 'class="sw-article"' in page


def test_a_paged_export_shows_every_caption_as_the_preview_does(
    varied_bundle: Path, tmp_path: Path
) -> None:
    """One page a slide (the folder, and the Hugo and Jekyll sites built from theirs): the
    captions of all pages, in order, are the preview's, bold, italic and links alike."""
    expected = captions_markup(_preview(varied_bundle))
    assert any("<strong>" in c and "<em>" in c and "<a href=" in c for c in expected)
    total = len(load_article(varied_bundle).slides)
    pages = ["index.html"] + [f"slide-{n}/index.html" for n in range(2, total + 1)]
    options = ExportOptions(base_url=BASE, mode="paged")
    export(varied_bundle, "html-folder", tmp_path / "folder", options)
    built = {"html-folder": [(tmp_path / "folder" / p).read_text(encoding="utf-8") for p in pages]}
    for site, build, out in (("hugo", build_hugo, "public"), ("jekyll", build_jekyll, "_site")):
        if shutil.which(site):
            export(varied_bundle, site, tmp_path / site, options)
            first = build(tmp_path / site, f"walks/{pages[0]}")
            rest = [
                (tmp_path / site / out / "walks" / p).read_text(encoding="utf-8") for p in pages[1:]
            ]
            built[site] = [first, *rest]
    for name, html_pages in built.items():
        seen = [caption for page in html_pages for caption in captions_markup(page)]
        assert seen == expected, name
