"""Articles written for the page-language tests (issue 31), one per language: the writer's own
text in that language (so any English left on the page is the page's own), the sample's pictures
and Latin credits (a Latin name inside an Arabic or Hebrew page), no read-more heading (the page
gives its own), and a date the language writes in words."""

from __future__ import annotations

import shutil
from pathlib import Path

from slidewright import save_article
from slidewright.model import Article, ReadMore, ReadMoreItem, Slide
from slidewright.packagedata import as_file, resource

IMAGES = ("fog.jpg", "market.jpg", "lighthouse.jpg")
CREDITS = ("Marta Lind/Shutterstock", "Ines Moura/Depositphotos", "Getty Images")
# (title, author, category, intro, (heading, caption, body) x3, read-more titles)
TEXTS: dict[str, tuple[str, str, str, str, list[tuple[str, str, str]], list[str]]] = {
    "ar": (
        "خمس مدن ساحلية تستحق الزيارة",
        "نور حداد",
        "سفر",
        "تعيش المدن الساحلية على إيقاع المد والجزر.",
        [
            ("حيث يتأخر انقشاع الضباب", "الضباب فوق الميناء صباحًا", "يصل القارب الأول قبل الشروق."),
            ("السوق عند الفجر", "أكشاك السمك على الرصيف", "يُباع السمك المدخن قبل الظهر."),
            ("منارة فوق الصخور", "حديقة المنارة عند الغروب", "الطريق إلى القمة يستغرق عشرين دقيقة."),
        ],
        ["موانئ الشمال", "مطابخ الصيادين"],
    ),
    "he": (
        "חמש עיירות נמל ששווה לעצור בהן",
        "נועה לוי",
        "טיולים",
        "עיירות הנמל חיות לפי הגאות והשפל.",
        [
            ("איפה שהערפל מתפזר מאוחר", "ערפל מעל הנמל בבוקר", "הסירה הראשונה מגיעה לפני הזריחה."),
            ("השוק עם שחר", "דוכני דגים על הרציף", "הדג המעושן נגמר לפני הצהריים."),
            ("מגדלור על הסלעים", "גן המגדלור בשקיעה", "העלייה לפסגה לוקחת עשרים דקות."),
        ],
        ["נמלי הצפון", "המטבח של הדייגים"],
    ),
    "fr": (
        "Cinq ports où prendre son temps",
        "Claire Morel",
        "Voyage",
        "Les villes portuaires vivent au rythme des marées.",
        [
            ("Là où la brume se lève tard", "La brume sur le port au matin", "Le premier bateau arrive avant l’aube."),
            ("Le marché à l’aube", "Les étals de poisson sur le quai", "Le maquereau fumé part avant midi."),
            ("Un phare sur les rochers", "Le jardin du phare au crépuscule", "La montée prend vingt minutes."),
        ],
        ["Les ports du nord", "La cuisine des pêcheurs"],
    ),
    "de": (
        "Fünf Hafenstädte für langsame Reisen",
        "Jonas Keller",
        "Reisen",
        "Hafenstädte leben im Takt der Gezeiten.",
        [
            ("Wo sich der Nebel spät hebt", "Nebel über dem Hafen am Morgen", "Das erste Boot kommt vor Sonnenaufgang."),
            ("Der Markt im Morgengrauen", "Fischstände am Kai", "Die geräucherte Makrele ist vor Mittag verkauft."),
            ("Ein Leuchtturm auf den Felsen", "Der Garten des Leuchtturms in der Dämmerung", "Der Aufstieg dauert zwanzig Minuten."),
        ],
        ["Die Häfen im Norden", "Die Küche der Fischer"],
    ),
}  # fmt: skip


def language_article(lang: str, folder: Path) -> Path:
    """A bundle at ``folder`` (made here): the article in ``lang``, three slides with pictures."""
    title, author, category, intro, slides, more = TEXTS[lang]
    folder.mkdir(parents=True)
    with as_file(resource("sample", "harbour-towns", "images")) as images:
        shutil.copytree(images, folder / "images")
    article = Article(
        title=title,
        author=author,
        categories=[category],
        date="2026-03-05",
        extra={"updated": "2026-03-06"},  # "Updated …" in the byline too
        lang=lang,
        intro=intro,
        slides=[
            Slide(heading=h, image=f"images/{i}", alt=c, caption=c, credit=credit, body=b)
            for (h, c, b), i, credit in zip(slides, IMAGES, CREDITS, strict=True)
        ],
        read_more=ReadMore(
            heading="",
            items=[
                ReadMoreItem(
                    title=t, url=f"https://news.example/{n}/", image="images/more-coast.jpg"
                )
                for n, t in enumerate(more)
            ],
        ),
    )
    save_article(article, folder)
    return folder
