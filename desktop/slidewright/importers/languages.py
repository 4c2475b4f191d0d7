"""The words a pasted page prints around an article, per language: the byline's "By", the date's
"Published", credit labels, the breadcrumb's "Home", the read-more heading, the site's furniture
and month names. One table per language, so adding Portuguese is adding a row, not a rule.

Pages in French, German, Spanish and Italian write ``Par Camille Durand`` / ``Von Lukas Brenner``
/ ``Por …`` / ``Di …``, ``Publié le 3 novembre 2026`` / ``Veröffentlicht am 14. Oktober 2026`` /
``Publicado el 8 de mayo de 2026`` / ``Pubblicato il 21 settembre 2026``, credit lines as
``Crédit photo : X`` / ``Foto: X`` / ``Bild: X`` / ``Foto di X`` and breadcrumbs from
``Accueil`` / ``Startseite`` / ``Inicio``. The importer's shape rules read these tables.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    by: tuple[str, ...]  # the byline's word(s) before the author's name
    dated: tuple[str, ...]  # "Published", "Updated", with their preposition
    credit_labels: tuple[str, ...]  # labels before a credit, without the colon
    credit_by: tuple[str, ...]  # "Photo by X" in this language
    home: tuple[str, ...]  # the breadcrumb's first item
    read_more: tuple[str, ...]  # headings of a read-more block
    furniture: tuple[str, ...]  # the site's own lines (lower case, whole line)
    months: tuple[tuple[str, ...], ...]  # January..December, each with its spellings
    ago: str  # a relative date ("2 hours ago"), as a pattern
    joiner: str  # "and" between two authors


ENGLISH = Language(
    "en",
    by=("by", "written by", "words by", "posted by", "story by", "author:", "words:"),
    dated=("published", "updated", "posted", "last updated", "modified", "first published"),
    credit_labels=("photo", "photos", "image", "credit", "photo credit", "image credit"),
    credit_by=("photo by", "image by", "photograph by", "picture by"),
    home=("home",),
    read_more=("read more", "related", "related stories", "related articles", "see also"),
    furniture=(
        "most popular",
        "most read",
        "trending",
        "trending now",
        "shop the story",
        "shop this story",
        "enter your email address",
        "enter your email",
        "sign up for our newsletter",
        "subscribe to our newsletter",
        "get our newsletter",
        "subscribe to continue reading",
        "subscribe to read more",
        "already a subscriber? sign in",
        "already a subscriber? log in",
        "already have an account? sign in",
        "this article is for subscribers",
        "continue reading with a subscription",
        "create a free account to continue reading",
        "you have reached your limit of free articles",
        "next slideshow",
        "previous slideshow",
        "leave a comment",
        "view comments",
        "show comments",
        "join the conversation",
        "sponsored stories",
        "more from our partners",
        "☰",
        "☰ menu",
        "menu ☰",
    ),
    months=(
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    ago=r"\d+\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago|just\s+now|"
    r"yesterday|today",
    joiner="and",
)
FRENCH = Language(
    "fr",
    by=("par",),
    dated=("publié le", "mis à jour le", "publié", "mis à jour", "modifié le"),
    credit_labels=(
        "crédit photo",
        "crédits photo",
        "crédit",
        "crédits",
        "photo",
        "photos",
        "image",
    ),
    credit_by=("photo de", "photographie de"),
    home=("accueil",),
    read_more=("lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "voir aussi"),
    furniture=(
        "les plus lus",
        "inscrivez-vous à notre newsletter",
        "abonnez-vous",
        "réservé aux abonnés",
        "diaporama suivant",
        "commentaires",
        "partager",
    ),
    months=(
        ("janvier", "janv"),
        ("février", "fevrier", "févr"),
        ("mars",),
        ("avril", "avr"),
        ("mai",),
        ("juin",),
        ("juillet", "juil"),
        ("août", "aout"),
        ("septembre", "sept"),
        ("octobre", "oct"),
        ("novembre", "nov"),
        ("décembre", "decembre", "déc"),
    ),
    ago=r"il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|min|heures?|h|jours?)|hier|aujourd'hui",
    joiner="et",
)
GERMAN = Language(
    "de",
    by=("von", "text:", "autor:", "autorin:"),
    dated=("veröffentlicht am", "aktualisiert am", "veröffentlicht", "aktualisiert", "stand:"),
    credit_labels=("foto", "fotos", "bild", "bilder", "bildquelle", "quelle", "fotograf"),
    credit_by=("foto von", "bild von"),
    home=("startseite",),
    read_more=(
        "mehr zum thema",
        "lesen sie auch",
        "auch interessant",
        "das könnte sie interessieren",
    ),
    furniture=(
        "meistgelesen",
        "newsletter abonnieren",
        "jetzt abonnieren",
        "weiterlesen mit abo",
        "nächste bildergalerie",
        "kommentare",
        "teilen",
    ),
    months=(
        ("januar", "jan", "jänner"),
        ("februar", "feb"),
        ("märz", "maerz", "mär"),
        ("april", "apr"),
        ("mai",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("dezember", "dez"),
    ),
    ago=r"vor\s+\d+\s+(?:sekunden?|minuten?|min|stunden?|std|tagen?)|gestern|heute",
    joiner="und",
)
SPANISH = Language(
    "es",
    by=("por",),
    dated=("publicado el", "actualizado el", "publicado", "actualizado"),
    credit_labels=("foto", "fotos", "fotografía", "imagen", "crédito", "créditos", "fuente"),
    credit_by=("foto de", "fotografía de", "imagen de"),
    home=("inicio", "portada"),
    read_more=("te puede interesar", "lee también", "leer más", "más noticias", "relacionado"),
    furniture=(
        "lo más leído",
        "suscríbete",
        "suscríbete a nuestro boletín",
        "siguiente galería",
        "comentarios",
        "compartir",
    ),
    months=(
        ("enero", "ene"),
        ("febrero", "feb"),
        ("marzo", "mar"),
        ("abril", "abr"),
        ("mayo", "may"),
        ("junio", "jun"),
        ("julio", "jul"),
        ("agosto", "ago"),
        ("septiembre", "setiembre", "sept", "sep"),
        ("octubre", "oct"),
        ("noviembre", "nov"),
        ("diciembre", "dic"),
    ),
    ago=r"hace\s+\d+\s+(?:segundos?|minutos?|min|horas?|h|días?)|ayer|hoy",
    joiner="y",
)
ITALIAN = Language(
    "it",
    by=("di", "a cura di"),
    dated=("pubblicato il", "aggiornato il", "pubblicato", "aggiornato"),
    credit_labels=("foto", "credito", "crediti", "immagine", "fonte"),
    credit_by=("foto di", "immagine di"),
    home=("home", "homepage"),
    read_more=("leggi anche", "potrebbe interessarti", "articoli correlati", "vedi anche"),
    furniture=(
        "i più letti",
        "iscriviti alla newsletter",
        "abbonati",
        "galleria successiva",
        "commenti",
        "condividi",
    ),
    months=(
        ("gennaio", "gen"),
        ("febbraio", "feb"),
        ("marzo", "mar"),
        ("aprile", "apr"),
        ("maggio", "mag"),
        ("giugno", "giu"),
        ("luglio", "lug"),
        ("agosto", "ago"),
        ("settembre", "set"),
        ("ottobre", "ott"),
        ("novembre", "nov"),
        ("dicembre", "dic"),
    ),
    ago=r"\d+\s+(?:secondi|minuti|min|ore|ora|giorni)\s+fa|ieri|oggi",
    joiner="e",
)
LANGUAGES = (ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN)


def _alternation(words: set[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


BY_WORDS = _alternation({w for lang in LANGUAGES for w in lang.by})
DATED_WORDS = _alternation({w for lang in LANGUAGES for w in lang.dated})
CREDIT_LABELS = _alternation({w for lang in LANGUAGES[1:] for w in lang.credit_labels})
CREDIT_BY = _alternation({w for lang in LANGUAGES[1:] for w in lang.credit_by})
HOME_WORDS = frozenset(w for lang in LANGUAGES for w in lang.home)
READ_MORE_HEADINGS = re.compile(
    rf"^(?:{_alternation({w for lang in LANGUAGES[1:] for w in lang.read_more})})\s*:?$", re.I
)
FURNITURE = frozenset(w for lang in LANGUAGES for w in lang.furniture)
# furniture that heads a list of other articles' titles (the titles go with it)
FURNITURE_HEADS = frozenset(
    {"most popular", "most read", "trending", "trending now", "shop the story", "shop this story"}
    | {"sponsored stories", "more from our partners", "les plus lus", "meistgelesen"}
    | {"lo más leído", "i più letti"}
)
RELATIVE_DATE = re.compile(
    rf"^(?:(?:{DATED_WORDS})\s*:?\s*)?(?:{'|'.join(lang.ago for lang in LANGUAGES)})\.?$", re.I
)
JOINERS = tuple(lang.joiner for lang in LANGUAGES)

# month spellings (lower case, no trailing dot) -> month number, for every language
MONTHS: dict[str, int] = {
    spelling: number
    for lang in LANGUAGES
    for number, spellings in enumerate(lang.months, start=1)
    for spelling in spellings
}
_MONTH_WORDS = _alternation(set(MONTHS))
# "3 novembre 2026", "14. Oktober 2026", "8 de mayo de 2026", "1er mars 2026", "21 settembre 2026"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<day>\d{{1,2}})(?:er|º|°)?\.?\s+(?:de\s+)?(?P<month>{_MONTH_WORDS})\.?\s+"
    r"(?:de\s+|del\s+)?(?P<year>\d{4})\b",
    re.I,
)


def foreign_date(text: str) -> str:
    """The ISO date in a French, German, Spanish or Italian date line, or ""."""
    found = _DAY_MONTH_YEAR.search(text)
    if found is None:
        return ""
    day, year = int(found.group("day")), int(found.group("year"))
    month = MONTHS[found.group("month").lower()]
    if not (1 <= day <= 31 and 1900 <= year <= 2100):
        return ""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return ""
