"""``--mode paged``: one complete page per slide, the first at the folder's index.html, each with
its own title, links to its neighbours that work without JavaScript, and a canonical link to the
first page; outputs that cannot hold pages refuse the mode before writing anything."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

import pytest

from nuchecker import NO_JAVA, nu_check
from slidewright import load_article
from slidewright.cli import main


class Page(HTMLParser):
    """A paged export's page: title, canonical, the top bar's Previous/Next, image files."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.title = ""
        self.links: dict[str, str] = {}
        self.canonical = ""
        self.images: list[str] = []
        self.headings = 0
        self.body_class = ""
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self._in_title = tag == "title"
        if tag == "body":
            self.body_class = a.get("class", "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a["href"]
        if tag == "a" and a.get("rel") in ("prev", "next"):
            self.links.setdefault(a["rel"], a["href"])
        if tag == "img":
            self.images.append(a["src"])
        if tag == "source":
            self.images += [part.rsplit(" ", 1)[0] for part in a["srcset"].split(", ")]
        if tag == "section" and "sw-slide" in a.get("class", ""):
            self.headings += 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False


def read(folder: Path, relative: str) -> Page:
    return Page((folder / relative).read_text(encoding="utf-8"))


def export_paged(bundle: Path, out: Path) -> Path:
    code = main(["export", str(bundle), "--to", "html-folder", "-o", str(out), "--mode", "paged"])
    assert code == 0
    return out


def test_every_slide_gets_a_complete_page_linked_to_its_neighbours(
    sample_bundle: Path, tmp_path: Path
) -> None:
    out = export_paged(sample_bundle, tmp_path / "paged")
    article = load_article(sample_bundle)
    seen, titles, relative = [], set(), "index.html"
    while relative:
        page = read(out, relative)
        seen.append(relative)
        titles.add(page.title)
        assert page.headings == 1  # this slide only
        assert urljoin("https://x.test/a/" + relative, page.canonical) == "https://x.test/a/"
        for image in page.images:  # renditions one folder up from slide-N/
            assert (out / urljoin(relative, image)).is_file(), (relative, image)
        following = page.links.get("next", "")
        if following:
            back = read(out, urljoin(relative, following)).links["prev"]
            assert urljoin(urljoin(relative, following), back) == relative
        relative = urljoin(relative, following) if following else ""
    assert seen == ["index.html"] + [f"slide-{n}/index.html" for n in range(2, 10)]
    assert len(titles) == len(article.slides)  # each page its own title …
    assert article.slides[3].heading in read(out, "slide-4/index.html").title
    assert "prev" not in read(out, "index.html").links  # … and the ends have nowhere to go
    last = (out / "slide-9" / "index.html").read_text(encoding="utf-8")
    assert 'id="slides-end"' in last and "sw-read-more" in last  # the read-more links close it


@pytest.mark.parametrize("to", ["html", "rss"])
def test_outputs_without_pages_refuse_the_paged_mode(
    sample_bundle: Path, tmp_path: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["export", str(sample_bundle), "--to", to, "-o", str(out), "--mode", "paged"]) == 2
    error = capsys.readouterr().err
    assert "--mode paged" in error and "html-folder" in error  # what to do instead
    assert not out.exists()


@pytest.mark.skipif(NO_JAVA, reason="the Nu HTML checker needs Java")
def test_paged_pages_pass_the_nu_html_checker(sample_bundle: Path, tmp_path: Path) -> None:
    out = export_paged(sample_bundle, tmp_path / "paged")
    result = nu_check(
        out / "index.html", out / "slide-2" / "index.html", out / "slide-9" / "index.html"
    )
    assert result.returncode == 0, result.stdout + result.stderr


def walk_site(built: Path) -> list[Page]:
    """Follow the Next links of a built site's paged slideshow from its first page (a server
    gives a folder's index.html, so ``slide-2/`` is ``slide-2/index.html``). Each page names
    itself as canonical (Google's advice for a paginated series)."""
    pages, relative = [], "harbour-towns/"
    while relative:
        page = read(built, relative + "index.html")
        pages.append(page)
        assert urljoin("https://x.test/" + relative, page.canonical) == "https://x.test/" + relative
        for image in page.images:
            assert (built / urljoin(relative, image)).is_file(), (relative, image)
        following = page.links.get("next", "")
        if following:
            back = read(built, urljoin(relative, following) + "index.html").links["prev"]
            assert urljoin(urljoin(relative, following), back) == relative
        relative = urljoin(relative, following) if following else ""
    return pages


@pytest.mark.parametrize("site", ["hugo", "jekyll"])
def test_paged_sites_publish_a_page_per_slide(
    sample_bundle: Path, tmp_path: Path, site: str
) -> None:
    from sitebuild import build_hugo, build_jekyll

    if shutil.which(site) is None:
        pytest.skip(f"{site} is not installed")
    out = tmp_path / "site"
    assert (
        main(["export", str(sample_bundle), "--to", site, "-o", str(out), "--mode", "paged"]) == 0
    )
    (build_hugo if site == "hugo" else build_jekyll)(out)
    pages = walk_site(out / ("public" if site == "hugo" else "_site"))
    assert len(pages) == 9 and all(page.headings == 1 for page in pages)
    assert len({page.title for page in pages}) == 9
    # on a phone, a slide page after the first shows the title only above its slide
    assert "sw-later" not in pages[0].body_class
    assert all("sw-later" in page.body_class.split() for page in pages[1:])
    assert load_article(sample_bundle).slides[8].heading in pages[-1].title
