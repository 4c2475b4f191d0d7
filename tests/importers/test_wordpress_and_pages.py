"""Pages writers save from their CMS: WordPress block-editor posts and galleries, and paged
slideshows saved as several files, imported as one article with their local images."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright import load_article
from slidewright.cli import main
from slidewright.importers import import_file
from slidewright.importers.htmlpages import MAX_PAGES

BLOCK_POST = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8">
<title>Four Quays at First Light – Harbour Weekly</title>
<meta name="author" content="Marta Lind">
<meta property="article:published_time" content="2026-11-02T06:30:00+00:00">
</head><body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><nav class="main-navigation"><ul><li>News</li><li>Travel</li></ul></nav></header>
<main id="main"><article id="post-41" class="post-41 post type-post">
<header class="entry-header"><h1 class="entry-title">Four Quays at First Light</h1>
<div class="entry-meta"><span class="byline">By <a href="/author/marta">Marta Lind</a></span>
<time class="entry-date published" datetime="2026-11-02T06:30:00+00:00">2 November 2026</time></div></header>
<div class="entry-content">
<p>Where the boats come in before the town wakes.</p>
<div class="ad-slot ad-container"><p>Advertisement</p></div>
<h2 class="wp-block-heading">1. The Fish Quay</h2>
<figure class="wp-block-image size-large"><img decoding="async" src="Four%20Quays_files/fish-quay-1024x683.jpg" alt="Crates stacked on a wet quay" srcset="Four%20Quays_files/fish-quay-1024x683.jpg 1024w"><figcaption class="wp-element-caption">Crates at six in the morning. Credit: Ana Ruiz/Shutterstock</figcaption></figure>
<p>Crates stacked by six and gone by eight.</p>
<h2 class="wp-block-heading">2. The Ferry Steps</h2>
<figure class="wp-block-image size-large"><img src="Four%20Quays_files/ferry-steps.jpg" alt="Stone steps down to the water"><figcaption class="wp-element-caption">Photo: Tomas Reyes</figcaption></figure>
<p>The first crossing leaves at ten to seven.</p>
<p>Buy the ticket on board.</p>
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-x" href="#">X</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><p>Seven Bridges at Dusk</p></div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Four Quays”</h2><p>Lovely!</p></div>
</main><footer class="site-footer"><p>© 2026 Harbour Weekly</p></footer></body></html>
"""

CLASSIC_GALLERY = """<html><head><title>Nine Beach Huts</title></head><body><article>
<h1 class="entry-title">Nine Beach Huts in Every Colour</h1>
<div class="entry-content"><p>A row of huts painted by their owners every spring.</p>
<div id="gallery-1" class="gallery galleryid-7 gallery-columns-3 gallery-size-thumbnail">
<figure class="gallery-item"><div class="gallery-icon landscape"><a href="huts_files/red-hut.jpg"><img src="huts_files/red-hut-150x150.jpg" alt="A red hut"></a></div>
<figcaption class="wp-caption-text gallery-caption">The red hut. It has a brass bell. Photo: Ines Moura</figcaption></figure>
<dl class="gallery-item"><dt class="gallery-icon"><a href="https://example.com/wp-content/uploads/blue-hut.jpg"><img src="huts_files/blue-hut-150x150.jpg" alt="A blue hut"></a></dt>
<dd class="wp-caption-text gallery-caption">Blue with white doors</dd></dl>
</div></div></article></body></html>
"""

BLOCK_GALLERY = """<html><body><h1>Three Kites</h1><p>Kites over the common.</p>
<figure class="wp-block-gallery has-nested-images columns-default">
<figure class="wp-block-image size-large"><img src="kites_files/box.png" alt="A box kite"><figcaption class="wp-element-caption">A box kite. Credit: Priya Nair</figcaption></figure>
<figure class="wp-block-image size-large"><img src="kites_files/delta.png" alt="A delta kite"></figure>
</figure></body></html>
"""


def _page(n: int, heading: str, next_href: str = "", image: str = "") -> str:
    link = f'<link rel="next" href="{next_href}">' if next_href else ""
    img = f'<img src="{image}" alt="{heading} from the pier">' if image else ""
    intro = "<p>Six crossings worth the fare.</p>" if n == 1 else ""
    return (
        f"<html><head><title>Six Ferries ({n})</title>{link}</head><body><h1>Six Ferries</h1>"
        f"{intro}<h2>{heading}</h2>{img}<p>Credit: Ana Ruiz</p><p>Slide {n} text.</p>"
        '<nav class="slideshow-nav"><a href="#">Previous</a><a href="#">Next</a></nav></body></html>'
    )


def test_a_block_editor_post_keeps_its_figures_and_drops_the_site(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    fish = make_image(saved / "Four Quays_files" / "fish-quay-1024x683.jpg", seed=1)
    make_image(saved / "Four Quays_files" / "ferry-steps.jpg", seed=2)
    page = saved / "Four Quays.html"
    page.write_text(BLOCK_POST, encoding="utf-8")
    summary = import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert article.title == "Four Quays at First Light"
    assert (article.author, article.date) == ("Marta Lind", "2026-11-02")
    assert article.intro == "Where the boats come in before the town wakes."
    assert [s.heading for s in article.slides] == ["The Fish Quay", "The Ferry Steps"]
    quay, steps = article.slides
    assert (quay.credit, quay.caption) == ("Ana Ruiz/Shutterstock", "Crates at six in the morning.")
    assert (steps.credit, steps.caption) == ("Tomas Reyes", "")
    assert quay.alt == "Crates stacked on a wet quay"
    assert (tmp_path / "bundle" / quay.image).read_bytes() == fish.read_bytes()
    assert quay.image == "images/the-fish-quay.jpg"
    assert [s.body.count("\n\n") + 1 for s in article.slides] == [1, 2]
    assert summary.copied_images == 2
    dropped = "; ".join(summary.dropped)
    for kind in ("share buttons", "ads", "related links", "comments", "navigation"):
        assert kind in dropped
    assert "Lovely" not in (tmp_path / "bundle" / "index.md").read_text(encoding="utf-8")


def test_a_classic_gallery_becomes_slides_with_the_full_size_pictures(tmp_path: Path) -> None:
    saved = tmp_path / "saved"
    full = make_image(saved / "huts_files" / "red-hut.jpg", seed=3)
    make_image(saved / "huts_files" / "red-hut-150x150.jpg", size=(150, 150), seed=4)
    page = saved / "huts.html"
    page.write_text(CLASSIC_GALLERY, encoding="utf-8")
    summary = import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert article.intro == "A row of huts painted by their owners every spring."
    assert [s.heading for s in article.slides] == ["The red hut", "Blue with white doors"]
    red, blue = article.slides
    assert (red.credit, red.caption) == ("Ines Moura", "The red hut. It has a brass bell.")
    assert (tmp_path / "bundle" / red.image).read_bytes() == full.read_bytes()
    assert blue.image == "https://example.com/wp-content/uploads/blue-hut.jpg"
    assert any("gallery" in g for g in summary.guessed)


def test_a_block_gallery_becomes_slides(tmp_path: Path) -> None:
    make_image(tmp_path / "kites_files" / "box.png", seed=5)
    make_image(tmp_path / "kites_files" / "delta.png", seed=6)
    page = tmp_path / "kites.html"
    page.write_text(BLOCK_GALLERY, encoding="utf-8")
    import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert [(s.heading, s.credit) for s in article.slides] == [
        ("A box kite", "Priya Nair"),
        ("A delta kite", ""),
    ]
    assert all((tmp_path / "bundle" / s.image).is_file() for s in article.slides)


def test_numbered_pages_import_as_one_article_in_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved"
    headings = ["The Dawn Boat", "Island Hopper", "The Night Crossing"]
    for n, heading in enumerate(headings, start=1):
        make_image(saved / "page_files" / f"p{n}.jpg", seed=10 + n)
        html = _page(n, heading, image=f"page_files/p{n}.jpg")
        (saved / f"page-{n}.html").write_text(html, encoding="utf-8")
    (saved / "page-10.html").write_text(_page(10, "The Last Boat"), encoding="utf-8")
    assert main(["import", str(saved / "page-2.html"), "-o", str(tmp_path / "bundle")]) == 0
    out = capsys.readouterr().out
    article = load_article(tmp_path / "bundle")
    assert [s.heading for s in article.slides] == [*headings, "The Last Boat"]  # 10 after 3
    assert article.intro == "Six crossings worth the fare."
    assert [s.body for s in article.slides][:2] == ["Slide 1 text.\n", "Slide 2 text.\n"]
    assert [s.image for s in article.slides][:3] == [
        "images/the-dawn-boat.jpg",
        "images/island-hopper.jpg",
        "images/the-night-crossing.jpg",
    ]
    assert "4 saved pages read as one slideshow (numbered file names" in out


def test_pages_linked_by_rel_next_import_in_link_order_and_stay_in_their_folder(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    (tmp_path / "outside.html").write_text(_page(9, "Not Ours"), encoding="utf-8")
    chain = [
        ("start.html", "zebra.html"),
        ("zebra.html", "alpha.html"),
        ("alpha.html", "../outside.html"),
    ]
    for n, (name, following) in enumerate(chain, start=1):
        (saved / name).write_text(_page(n, f"Crossing {n}", following), encoding="utf-8")
    summary = import_file(saved / "start.html", tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert [s.heading for s in article.slides] == ["Crossing 1", "Crossing 2", "Crossing 3"]
    assert any('rel="next"' in g for g in summary.guessed)


def test_a_loop_of_next_links_or_an_endless_chain_stops(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(_page(1, "First", "b.html"), encoding="utf-8")
    (tmp_path / "b.html").write_text(_page(2, "Second", "a.html"), encoding="utf-8")
    import_file(tmp_path / "a.html", tmp_path / "loop")
    assert [s.heading for s in load_article(tmp_path / "loop").slides] == ["First", "Second"]
    chain = tmp_path / "chain"
    chain.mkdir()
    for n in range(MAX_PAGES + 20):
        (chain / f"s{n:03d}.html").write_text(
            _page(n + 1, f"Stop {n}", f"s{n + 1:03d}.html"), encoding="utf-8"
        )
    import_file(chain / "s000.html", tmp_path / "long")
    assert len(load_article(tmp_path / "long").slides) == MAX_PAGES


def test_a_page_whose_slide_headings_are_bold_paragraphs_is_read_by_shape(tmp_path: Path) -> None:
    page = tmp_path / "bold.html"
    page.write_text(
        "<html><body><div class='share-bar'><a>Share</a></div><h1>Three Harbour Cafés</h1>"
        "<p>Coffee with a view of the boats.</p>"
        "<p><strong>1. The Net Loft</strong></p><p><em>Photo: Ana Ruiz</em></p>"
        "<p>Upstairs, above the chandlery.</p>"
        "<p><strong>2. The Tide Table</strong></p><p>Photo: Tomas Reyes</p>"
        "<p>Open from six for the fishermen.</p></body></html>",
        encoding="utf-8",
    )
    summary = import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert article.title == "Three Harbour Cafés"
    assert [(s.heading, s.credit) for s in article.slides] == [
        ("The Net Loft", "Ana Ruiz"),
        ("The Tide Table", "Tomas Reyes"),
    ]
    assert "share buttons" in "; ".join(summary.dropped)
    assert summary.guessed[0].startswith("no <h2> or <h3> slide headings")


def test_next_links_to_pipes_links_and_system_files_are_never_followed(tmp_path: Path) -> None:
    import os

    saved = tmp_path / "saved"
    saved.mkdir()
    (tmp_path / "secret.html").write_text(_page(5, "Secret Page"), encoding="utf-8")
    os.mkfifo(saved / "pipe.html")  # reading it would wait for a writer for ever
    (saved / "link.html").symlink_to(tmp_path / "secret.html")
    for name, target in zip(
        "abcd", ["pipe.html", "link.html", "/etc/passwd", "file:///etc/hosts"], strict=True
    ):
        (saved / f"start-{name}.html").write_text(_page(1, "Only Page", target), encoding="utf-8")
        import_file(saved / f"start-{name}.html", tmp_path / name)
        assert [s.heading for s in load_article(tmp_path / name).slides] == ["Only Page"]


def test_a_caption_with_asterisks_and_brackets_reads_as_the_page_showed_it(tmp_path: Path) -> None:
    """Captions are inline Markdown in the article; an imported caption is the page's plain
    words, so its ``*`` and ``[…](…)`` must not turn into emphasis or a link in the preview."""
    from slidewright.render.inline import inline_html, inline_text

    saved = tmp_path / "saved"
    make_image(saved / "Four Quays_files" / "fish-quay-1024x683.jpg", seed=1)
    make_image(saved / "Four Quays_files" / "ferry-steps.jpg", seed=2)
    page = saved / "Four Quays.html"
    written = "Crates *marked* at six [see map](x). Credit: Ana Ruiz/Shutterstock"
    page.write_text(
        BLOCK_POST.replace("Crates at six in the morning. Credit: Ana Ruiz/Shutterstock", written),
        encoding="utf-8",
    )
    import_file(page, tmp_path / "bundle")
    caption = load_article(tmp_path / "bundle").slides[0].caption
    assert inline_text(caption) == "Crates *marked* at six [see map](x)."
    assert "<em>" not in inline_html(caption) and "<a" not in inline_html(caption)
