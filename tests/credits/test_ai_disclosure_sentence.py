"""A disclosure states that THIS picture was made or changed with AI; a sentence that only
mentions such pictures, denies it from afar or says it of pictures in general does not
disclose, whatever disclosure words it holds.

Found by an attack trial: each sentence below passed as the disclosure of an AI-made picture,
so the `ai-undisclosed` finding vanished while the page told readers nothing (or the opposite).
The true disclosures the checker knew before still count."""

from __future__ import annotations

from pathlib import Path

import pytest

from imagefactory import make_image
from slidewright.credits import check_article
from slidewright.credits.rules_provenance import ai_disclosed
from slidewright.model import Article, Slide

AI = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"

# The trial's five sentences, and each in German, French and Spanish.
TRIAL = {
    "en": [
        "AI-generated images are banned here.",
        "It is false that this was AI-generated.",
        "This is not an AI image.",
        "No AI was used.",
        "Unlike AI-generated fakes, this photo is real.",
    ],
    "de": [
        "KI-generierte Bilder sind hier verboten.",
        "Es ist falsch, dass dieses Bild KI-generiert ist.",
        "Das ist kein KI-Bild.",
        "Es wurde keine KI verwendet.",
        "Anders als KI-generierte Fälschungen ist dieses Foto echt.",
    ],
    "fr": [
        "Les images générées par IA sont interdites ici.",
        "Il est faux que cette image soit générée par IA.",
        "Ce n'est pas une image IA.",
        "Aucune IA n'a été utilisée.",
        "Contrairement aux faux générés par IA, cette photo est réelle.",
    ],
    "es": [
        "Las imágenes generadas por IA están prohibidas aquí.",
        "Es falso que esta imagen fue generada por IA.",
        "Esta no es una imagen de IA.",
        "No se usó IA.",
        "A diferencia de las falsificaciones generadas por IA, esta foto es real.",
    ],
}

# The same ways of saying something else, in the other languages and shapes the table covers.
NOT_THIS_PICTURE = [
    # A negation further off in its clause, or left hanging before an aside.
    "This picture was not digitally generated with AI.",
    "This was never, not even partly, made with AI.",
    "This is not, as some think, AI-generated.",
    "This is not (as claimed) AI-generated.",
    "We do not, under any circumstances, publish AI-generated images.",
    "Nobody generated this with AI.",
    "Niemand hat dieses Bild mit KI erstellt.",
    # A denial or hearsay from anywhere in the sentence.
    "It is not true that this image was generated with AI.",
    "Claims that this image is AI-generated are false.",
    "Some say it is AI-generated, but it is a photograph.",
    "This image is allegedly AI-generated.",
    "No es cierto que esta imagen fue generada por IA.",
    "Non è vero che questa immagine è stata generata con l'IA.",
    "Não é verdade que esta imagem foi gerada por IA.",
    "Het is niet waar dat deze afbeelding met AI is gemaakt.",
    # Such pictures in general, banned, or set against this one.
    "AI images are everywhere now.",
    "AI-generated pictures are a problem for news sites.",
    "An AI image can fool anyone.",
    "We ban AI-generated images.",
    "Beware of AI-generated images.",
    "Las imágenes generadas por IA son cada vez más comunes.",
    "Immagini generate con l'IA sono vietate.",
    "Met AI gemaakte beelden zijn verboden.",
    "Im Gegensatz zu KI-generierten Fälschungen ist dieses Foto echt.",
    "صور الذكاء الاصطناعي ممنوعة هنا.",
]

# Each says this picture was made or changed with AI; the words around do not take it back.
STILL_DISCLOSED = [
    "Image generated with Midjourney",
    "AI-generated illustration",
    "Illustration: DALL-E / Jane Doe",
    "Bild mit KI erstellt",
    "Image générée par IA",
    "This is not a photo but an AI-generated image.",
    "AI-generated image, not a photograph.",
    "No photographer was there, so the image was generated with AI.",
    "Unlike our other pictures, this one was generated with AI.",
    "A fake portrait of the Pope, generated with AI.",
    "The image is fake, made with AI.",
    "Un faux portrait du pape généré par IA.",
    "Un falso retrato del papa generado por IA.",
    "Illustration generated with AI, as cameras are banned in court.",
    "Image générée par IA, car les photos sont interdites au tribunal.",
    "Photo prise en mai, retouchée par IA.",  # "mai" is Italian for "never", not French
    "The AI-generated image shows the harbour in 2050.",
    "Imagen creada con IA: no es una fotografía.",
    # A negation that said what the picture is not ("not a photo") ends at the comma, and one
    # answering "No," ends at the colon: neither takes back the next clause's disclosure.
    "This is not a photo, it was generated with AI.",
    "No, this is not a photo: it was generated with AI.",
    "Das ist kein Foto, es wurde mit KI erzeugt.",
    "Ce n'est pas une photo, elle a été générée par IA.",
    "No es una foto, fue generada con IA.",
    # "Generative" before the name of AI written out
    "Created with generative artificial intelligence.",
    "Erstellt mit generativer künstlicher Intelligenz.",
    "Gemaakt met generatieve kunstmatige intelligentie.",
]


@pytest.mark.parametrize(
    "sentence", [s for sentences in TRIAL.values() for s in sentences] + NOT_THIS_PICTURE
)
def test_a_sentence_that_does_not_say_this_picture_is_ai_made_is_no_disclosure(
    sentence: str,
) -> None:
    assert not ai_disclosed("", sentence)  # as the caption
    assert not ai_disclosed(sentence, "")  # as the credit


@pytest.mark.parametrize("sentence", STILL_DISCLOSED)
def test_a_disclosure_still_counts_beside_words_that_deny_elsewhere(sentence: str) -> None:
    assert ai_disclosed("", sentence)


def test_the_trials_captions_leave_an_ai_made_picture_undisclosed(tmp_path: Path) -> None:
    """As the Problems panel shows it: every slide captioned with a trial sentence is flagged,
    the slide that discloses is not, and the fix's sentence clears the finding."""
    make_image(tmp_path / "images" / "ai.jpg", xmp={"creator": "Jana", "digital_source_type": AI})
    captions = [s for sentences in TRIAL.values() for s in sentences] + ["AI-generated image."]
    slides = [
        Slide(heading=f"S{i}", image="images/ai.jpg", alt="Boats", credit="Jana", caption=c)
        for i, c in enumerate(captions)
    ]
    article = Article(title="Harbour", slides=slides)
    findings = [f for f in check_article(article, tmp_path) if f.rule == "ai-undisclosed"]
    assert [f.slide for f in findings] == list(range(len(captions) - 1))
    for finding in findings:
        assert finding.fix is not None and finding.slide is not None
        for name, value in finding.fix.changes:
            setattr(article.slides[finding.slide], name, value)
    assert not [f for f in check_article(article, tmp_path) if f.rule == "ai-undisclosed"]


def test_hostile_text_is_read_in_one_bounded_pass() -> None:
    """No timing assertion: 100,000 "not", long runs of the new words and a 5 MB credit
    complete and decide as their words say; a disclosure after a quarter megabyte of text is
    not read (no reader reaches it), one at its start is."""
    assert not ai_disclosed("", "not " * 100_000 + "AI-generated image.")
    for run in ("unlike ", "it is false that ", "banned ", "not, ", "but not "):
        text = run * (120_000 // len(run)) + "AI-generated image."
        assert not ai_disclosed(text, text), run
    general = "AI-generated images are banned here. " * 3_000
    assert not ai_disclosed("", general)
    assert ai_disclosed("", general + "This one was generated with AI.")
    huge = "Jana Novak/Reuters " * 270_000
    assert len(huge) > 5_000_000
    assert not ai_disclosed(huge, "")
    assert ai_disclosed("Midjourney/AI. " + huge, "")
    assert not ai_disclosed(huge + " Midjourney/AI", "")


def test_the_fix_makes_its_disclosure_a_sentence_of_its_own(tmp_path: Path) -> None:
    """A caption that ends without a full stop and holds a negation would take back the words
    the fix appends ("Not the harbour we know Generated with AI."): the fix ends the caption's
    sentence first, so the finding clears."""
    make_image(tmp_path / "images" / "ai.jpg", xmp={"creator": "Jana", "digital_source_type": AI})
    slide = Slide(
        heading="S", image="images/ai.jpg", alt="Boats", credit="Jana", caption="Not our harbour"
    )
    article = Article(title="Harbour", slides=[slide])
    (finding,) = [f for f in check_article(article, tmp_path) if f.rule == "ai-undisclosed"]
    assert finding.fix is not None
    assert dict(finding.fix.changes) == {"caption": "Not our harbour. Generated with AI."}
    slide.caption = dict(finding.fix.changes)["caption"]
    assert not [f for f in check_article(article, tmp_path) if f.rule == "ai-undisclosed"]
