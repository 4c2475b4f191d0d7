"""The ai-undisclosed fix's words when the writer has set none: a sentence in the article's own
language (a German caption gets "Mit KI erzeugt.", not English), one the rule itself reads as a
disclosure, so applying the fix clears the finding; the writer's own wording still wins."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from imagefactory import xmp_packet
from slidewright import load_article
from slidewright.credits import check_article
from slidewright.credits.ai_wording import WORDING
from slidewright.credits.context import CheckOptions

AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _article(root: Path, lang: str) -> Path:
    """One slide whose picture's XMP says it is AI-made, and a caption that does not say so."""
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), "grey").save(
        buffer, "JPEG", xmp=xmp_packet(digital_source_type=AI)
    )
    (root / "images").mkdir(parents=True)
    (root / "images" / "made.jpg").write_bytes(buffer.getvalue())
    (root / "index.md").write_text(
        f"---\ntitle: Huts\nlang: {lang}\nslides:\n- heading: One\n  image: images/made.jpg\n"
        "  alt: A hut\n  credit: Reuters\n  caption: Above the valley.\n---\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("", "Generated with AI."),  # no language named: English
        ("en-GB", "Generated with AI."),
        ("de-CH", "Mit KI erzeugt."),
        ("fr", "Image générée par IA."),
        ("es-MX", "Imagen generada con IA."),
        ("it", "Immagine generata con IA."),
        ("pt-BR", "Imagem gerada por IA."),
        ("nl", "Gemaakt met AI."),
        ("ar", "صورة مولّدة بالذكاء الاصطناعي."),
        ("he-IL", "נוצר באמצעות בינה מלאכותית."),
        ("fi", "Generated with AI."),  # a language without a sentence of its own: English
    ],
)
def test_the_fix_speaks_the_articles_language_and_clears_the_finding(
    tmp_path: Path, lang: str, sentence: str
) -> None:
    bundle = _article(tmp_path / "a", lang)
    article = load_article(bundle)
    (finding,) = [f for f in check_article(article, bundle) if f.rule == "ai-undisclosed"]
    assert finding.fix is not None and finding.fix.label == f'Add "{sentence}" to the caption'
    assert dict(finding.fix.changes) == {"caption": f"Above the valley. {sentence}"}
    article.slides[0].caption = dict(finding.fix.changes)["caption"]
    assert not [f for f in check_article(article, bundle) if f.rule == "ai-undisclosed"]


def test_every_sentence_is_read_as_a_disclosure_and_the_writers_own_wording_wins(
    tmp_path: Path,
) -> None:
    bundle = _article(tmp_path / "a", "de")
    article = load_article(bundle)
    for sentence in WORDING.values():  # whatever the article's language, each one discloses
        article.slides[0].caption = f"Above the valley. {sentence}"
        assert not [f for f in check_article(article, bundle) if f.rule == "ai-undisclosed"]
    article.slides[0].caption = "Above the valley."
    own = CheckOptions(ai_disclosure="Bild: KI-generiert.")
    (finding,) = [
        f for f in check_article(article, bundle, options=own) if f.rule == "ai-undisclosed"
    ]
    assert finding.fix is not None
    assert dict(finding.fix.changes) == {"caption": "Above the valley. Bild: KI-generiert."}
