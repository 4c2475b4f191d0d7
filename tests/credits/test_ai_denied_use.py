"""A denial that goes through a verb ("We did not use AI-generated images", "No usamos imágenes
generadas por IA") and a contrast ("Unlike AI-generated images, this is a photograph") say the
picture is NOT AI-made, so on an AI-made picture they leave it undisclosed.

Found by an attacker: the negation stood one verb away from the phrase, where only auxiliaries
and articles were allowed, so each of these passed as a disclosure of an AI-made picture, in six
languages. Saying you used AI-made pictures still discloses."""

from __future__ import annotations

import pytest

from slidewright.credits.rules_provenance import ai_disclosed

DENIED_USE = [
    "We did not use AI-generated imagery.",
    "We didn't use AI-generated images.",
    "We never use AI-generated pictures.",
    "We do not publish AI-generated images.",
    "This slideshow does not contain AI-generated images.",
    "Nous n'avons pas utilisé d'images générées par IA.",
    "Nous n'utilisons pas d'images générées par IA.",
    "No usamos imágenes generadas por IA.",
    "No hemos utilizado imágenes generadas con IA.",
    "Non abbiamo usato immagini generate dall'IA.",
    "Não usamos imagens geradas por IA.",
    "Wir haben nicht mit KI erstellte Bilder verwendet.",
]
CONTRASTS = [
    "Unlike AI-generated images, this is real.",
    "Instead of an AI-generated image, we sent a photographer.",
    "Rather than AI-generated art, a real photograph.",
    "Anstatt KI-generierter Bilder zeigen wir Fotos.",
    "Au lieu d'images générées par IA, une vraie photo.",
    "En lugar de imágenes generadas por IA, una foto real.",
    "Invece di immagini generate dall'IA, una foto vera.",
    "Em vez de imagens geradas por IA, uma foto real.",
]
STILL_DISCLOSED = [
    "We used AI-generated imagery for this slide.",
    "We did use an AI-generated image here.",
    "With no photographer there, we used an AI-generated image.",
    "Nous avons utilisé une image générée par IA.",
    "Usamos una imagen generada por IA.",
    "Abbiamo usato un'immagine generata dall'IA.",
    "Usamos uma imagem gerada por IA.",
    "Wir haben ein KI-generiertes Bild verwendet.",
    "A real photo was unavailable: AI-generated image.",
]


@pytest.mark.parametrize("caption", DENIED_USE + CONTRASTS)
def test_a_denied_use_or_a_contrast_is_no_disclosure(caption: str) -> None:
    assert not ai_disclosed("", caption)


@pytest.mark.parametrize("caption", STILL_DISCLOSED)
def test_saying_the_picture_was_used_still_discloses(caption: str) -> None:
    assert ai_disclosed("", caption)


def test_a_long_run_of_denied_uses_is_read_in_one_pass() -> None:
    text = "we did not use " * 8_000 + "AI-generated images."
    assert len(text) > 100_000 and not ai_disclosed("", text)
