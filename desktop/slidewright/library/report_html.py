"""The audit as one HTML page: findings by article, each with its picture's thumbnail and a link
to the article's file. Self-contained (thumbnails are inlined as small JPEGs), so the page can be
mailed to a picture desk; every text from an article or a file is escaped."""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path
from typing import TextIO

from slidewright.library.indexer import IndexResult
from slidewright.library.rules import LibraryFinding

THUMB = 96
MAX_THUMBNAILS = (
    400  # beyond these the report lists findings without pictures (its size stays sane)
)

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1d1d1f;max-width:70rem}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%} td{vertical-align:top;padding:.35rem .5rem}
tr+tr td{border-top:1px solid #eee} img{display:block;border-radius:3px}
.error{color:#b00020;font-weight:600}.warning{color:#8a5a00;font-weight:600}.info{color:#345}
code{font-size:.9em}
"""


def thumbnail_uri(file: Path) -> str:
    """A data: URI of a small JPEG of ``file``, or '' when it cannot be made (never raises)."""
    from PIL import Image

    from slidewright.fileformat.images import read_image_bytes

    try:
        raw = read_image_bytes(file)
        with Image.open(io.BytesIO(raw)) as image:
            image.draft("RGB", (THUMB * 2, THUMB * 2))
            image.thumbnail((THUMB, THUMB))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=70)
    except Exception:  # noqa: BLE001 - a hostile or missing file has no thumbnail, nothing more
        return ""
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def write_report(
    out: TextIO, root: Path, result: IndexResult, findings: list[LibraryFinding]
) -> None:
    e = html.escape
    thumbs: dict[str, str] = {}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>Library audit</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>Library audit: {e(str(root))}</h1>",
        f"<p>{result.articles} articles, {result.pictures} pictures, {len(findings)} findings.</p>",
    ]
    by_article: dict[str, list[LibraryFinding]] = {}
    for finding in findings:
        by_article.setdefault(finding.article, []).append(finding)
    for article, items in by_article.items():
        target = (root / article / "index.md") if article != "." else root / "index.md"
        parts.append(f'<h2><a href="{e(target.as_uri())}">{e(article)}</a></h2><table>')
        for f in items:
            cell = ""
            if f.image:
                if f.image not in thumbs and len(thumbs) < MAX_THUMBNAILS:
                    thumbs[f.image] = thumbnail_uri(root / f.image)
                uri = thumbs.get(f.image, "")
                if uri:
                    cell = f'<img src="{uri}" alt="{e(f.image)}" width="{THUMB}">'
            slide = f"slide {f.slide}" if f.slide else ""
            parts.append(
                f"<tr><td>{cell}</td><td>{e(slide)}</td>"
                f'<td class="{e(str(f.severity))}">{e(str(f.severity))}</td>'
                f"<td>{e(f.message)}<br><code>{e(str(f.rule))}</code>"
                f"{' · <code>' + e(f.image) + '</code>' if f.image else ''}</td></tr>"
            )
        parts.append("</table>")
    if not findings:
        parts.append("<p>No findings.</p>")
    parts.append("</body></html>")
    out.write("\n".join(parts) + "\n")
