"""Saved HTML pages and Markdown files, with local and remote images."""

from __future__ import annotations

from pathlib import Path

from imagefactory import make_image
from slidewright import load_article
from slidewright.importers import import_file

PAGE = """<!doctype html>
<html><head><title>Ferries | Coast Weekly</title>
<meta name="description" content="Six crossings worth the fare.">
<script>var tracking = "ignore me";</script></head>
<body>
<header><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/travel">Travel</a></li>
<li>Slideshow</li><li>Six Ferry Crossings…</li></ol></nav></header>
<main><article>
<h1>Six Ferry Crossings Worth the Fare</h1>
<p>Some of the best views on the coast cost a ticket and an hour.</p>
<section><h2>The Dawn Boat</h2>
<figure><img src="pics/dawn%20boat.jpg" alt="A ferry leaving in pink light">
<figcaption>The 6:10 sailing in June. <span class="credit">Credit: Ana Ruiz/Shutterstock</span></figcaption></figure>
<p>The first sailing is the <em>quietest</em> and the <a href="https://ferries.example.org">cheapest</a>.</p>
<p>Bring a coat.</p></section>
<section><h2>Island Hopper</h2>
<img src="https://cdn.example.com/hopper.jpg" alt="A small ferry at a wooden pier">
<p class="image-credit">Photo: Tomas Reyes</p>
<p>Four islands in one afternoon.</p></section>
<section><h2>The Night Crossing</h2>
<p>No picture for this one, just stars.</p></section>
<aside><h2>Newsletter</h2><p>Sign up!</p></aside>
<section><h2>Read more from Coast Weekly</h2>
<a href="https://coast.example.com/bridges">Ten bridges to walk across</a>
<a href="https://coast.example.com/tides"><img src="pics/tides.png" alt="">Reading a tide table</a>
</section>
</article></main></body></html>
"""


def test_saved_page_imports_with_images_credits_and_read_more(tmp_path: Path) -> None:
    page = tmp_path / "saved" / "ferries.html"
    make_image(page.parent / "pics" / "dawn boat.jpg", seed=3)
    make_image(page.parent / "pics" / "tides.png", size=(400, 300), seed=4)
    page.write_text(PAGE, encoding="utf-8")
    summary = import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert article.title == "Six Ferry Crossings Worth the Fare"
    assert article.description == "Six crossings worth the fare."
    assert article.categories == ["Travel"]
    assert article.intro == "Some of the best views on the coast cost a ticket and an hour."
    assert [s.heading for s in article.slides] == [
        "The Dawn Boat",
        "Island Hopper",
        "The Night Crossing",
    ]
    dawn, hopper, night = article.slides
    assert dawn.image == "images/the-dawn-boat.jpg" and (tmp_path / "bundle" / dawn.image).is_file()
    assert dawn.alt == "A ferry leaving in pink light"
    assert dawn.credit == "Ana Ruiz/Shutterstock" and dawn.caption == "The 6:10 sailing in June."
    assert (
        dawn.body
        == "The first sailing is the *quietest* and the [cheapest](https://ferries.example.org).\n\nBring a coat.\n"
    )
    assert hopper.image == "https://cdn.example.com/hopper.jpg" and hopper.credit == "Tomas Reyes"
    assert hopper.body == "Four islands in one afternoon.\n"
    assert night.image == "" and night.credit == ""
    links = article.read_more.items
    assert [(i.title, i.url) for i in links] == [
        ("Ten bridges to walk across", "https://coast.example.com/bridges"),
        ("Reading a tide table", "https://coast.example.com/tides"),
    ]
    assert (tmp_path / "bundle" / links[1].image).is_file()
    assert (
        summary.copied_images == 2
        and "tracking" not in (tmp_path / "bundle" / "index.md").read_text()
    )


MARKDOWN = """# Four Lighthouses You Can Climb

A short tour of towers that still let visitors up the stairs.

## North Head

![The white tower at North Head](img/north.jpg)
*Photo credit: Ines Moura/Depositphotos*

Two hundred and twelve steps, and a view to three countries.

## Saint Brennan's Light
![A red tower](https://example.com/red.jpg)

Credit: Kai Rasmussen

Open weekends only.

Closed in high wind.

## Old Harbour Light

No image yet; the tower is being repainted.
"""


def test_markdown_sections_become_slides(tmp_path: Path) -> None:
    source = tmp_path / "draft" / "lighthouses.md"
    make_image(source.parent / "img" / "north.jpg", seed=6)
    source.write_text(MARKDOWN, encoding="utf-8")
    summary = import_file(source, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert summary.slides == 3 and summary.credits == 2
    assert article.title == "Four Lighthouses You Can Climb"
    assert article.intro == "A short tour of towers that still let visitors up the stairs."
    north, brennan, old = article.slides
    assert (north.image, north.alt, north.credit) == (
        "images/north-head.jpg",
        "The white tower at North Head",
        "Ines Moura/Depositphotos",
    )
    assert north.body == "Two hundred and twelve steps, and a view to three countries.\n"
    assert brennan.image == "https://example.com/red.jpg" and brennan.credit == "Kai Rasmussen"
    assert brennan.body == "Open weekends only.\n\nClosed in high wind.\n"
    assert old.image == "" and old.body.startswith("No image yet")


SECTIONED = """<html><body><header class="site"><h2>Site menu</h2></header>
<article><h1>Night Markets</h1>
<section><header><h2>The Fish Hall</h2></header>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.example.com/hall.jpg" alt="Stalls under lamps">
<p><small class="photo-credit">Ines Moura/Alamy</small></p><p>Open until midnight.</p></section>
<section><header><h2>Noodle Row</h2></header>
<img srcset="https://cdn.example.com/noodles-800.jpg 800w, https://cdn.example.com/noodles-1600.jpg 1600w" alt="Steam">
<p>Bring cash.</p></section>
</article><footer><h2>About us</h2></footer></body></html>"""


def test_section_headers_and_lazy_images(tmp_path: Path) -> None:
    page = tmp_path / "markets.html"
    page.write_text(SECTIONED, encoding="utf-8")
    import_file(page, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert [s.heading for s in article.slides] == ["The Fish Hall", "Noodle Row"]
    assert article.slides[0].image == "https://cdn.example.com/hall.jpg"
    assert article.slides[0].credit == "Ines Moura/Alamy"
    assert article.slides[0].body == "Open until midnight.\n"
    assert (
        article.slides[1].image == "https://cdn.example.com/noodles-1600.jpg"
    )  # the largest of its srcset


def test_markdown_drafts_with_third_level_slides(tmp_path: Path) -> None:
    source = tmp_path / "draft.md"
    source.write_text(
        "# Two Walks\n\nShort ones.\n\n### Cliff Path\n\nSteep.\n\n### Beach Path\n\nFlat.\n",
        encoding="utf-8",
    )
    import_file(source, tmp_path / "bundle")
    article = load_article(tmp_path / "bundle")
    assert [s.heading for s in article.slides] == ["Cliff Path", "Beach Path"]
    assert article.intro == "Short ones."


def test_markdown_credits_in_other_label_styles(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Two Piers\n\nIntro.\n\n## The Iron Pier\n\n![Rust](https://example.com/a.jpg)\n\n"
        "*Rust at low tide. Photo: Ana Ruiz*\n\nBody one.\n\n## The Wooden Pier\n\n"
        "Photo by Tomas Reyes\n\nBody two.\n",
        encoding="utf-8",
    )
    import_file(draft, tmp_path / "bundle")
    iron, wooden = load_article(tmp_path / "bundle").slides
    assert (iron.credit, iron.caption) == ("Ana Ruiz", "Rust at low tide.")
    assert (wooden.credit, wooden.body) == ("Tomas Reyes", "Body two.\n")
