"""The words the ai-undisclosed fix adds to a caption when the writer has set none of their own
(Preferences ▸ Content Credentials ▸ AI disclosure): a sentence in the article's language, since
it is published in the caption beside the article's own words.

Each sentence here is one the rule itself reads as a disclosure (tests/credits check it), so the
fix clears its finding. An article in a language not listed, or that names none, gets English."""

from __future__ import annotations

ENGLISH = "Generated with AI."
WORDING = {
    "en": ENGLISH,
    "de": "Mit KI erzeugt.",
    "fr": "Image générée par IA.",
    "es": "Imagen generada con IA.",
    "it": "Immagine generata con IA.",
    "pt": "Imagem gerada por IA.",
    "nl": "Gemaakt met AI.",
    "ar": "صورة مولّدة بالذكاء الاصطناعي.",  # "an image generated with AI", as Arabic desks write it
    "he": "נוצר באמצעות בינה מלאכותית.",  # "created using artificial intelligence"
}


def default_disclosure(language: str) -> str:
    """The disclosure sentence for ``language`` (a BCP 47 tag, "de-CH", or "" for none)."""
    return WORDING.get(language.replace("_", "-").split("-")[0].strip().lower(), ENGLISH)
