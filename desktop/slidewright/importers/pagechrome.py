"""The parts of a copied page that are the site, not the article: ads, share buttons, slideshow
navigation, sign-in links and footers. Each line is named by kind so the import summary can say
what it left out ("2 ads, 4 share buttons")."""

from __future__ import annotations

import re
from typing import Literal

from slidewright.importers.languages import FURNITURE, FURNITURE_HEADS

ChromeKind = Literal[
    "ad",
    "share button",
    "navigation",
    "site link",
    "footer",
    "link to another article",
    "page furniture",
    "cookie notice",
]

_NETWORK = (
    r"(?:facebook|twitter|x|e-?mail|pinterest|linkedin|whatsapp|reddit|flipboard|threads|"
    r"bluesky|mastodon|telegram|messenger|print|copy\s+link|sms)"
)
# what a slideshow's counter counts, in the importer's languages
_COUNTED = (
    r"(?:slide|image|photo|picture|bild|foto|diapositive|diapo|imagen|immagine|afbeelding|"
    r"zdjęcie|slajd|görsel|fotoğraf|صورة|תמונה|写真|画像)"
)
_KINDS: tuple[tuple[ChromeKind, re.Pattern[str]], ...] = (
    (
        "ad",
        re.compile(
            r"^(?:advertisement|advertisements|ad|ads|sponsored(?:\s+content)?|promoted|"
            r"continue\s+reading\s+below|story\s+continues\s+below(?:\s+advertisement)?|"
            r"scroll\s+to\s+continue(?:\s+with\s+content)?)$",
            re.I,
        ),
    ),
    (
        "share button",
        re.compile(
            r"^(?:share(?:\s+this(?:\s+(?:article|story|slideshow|page))?)?|share\s+on\s+\w+|"
            r"tweet|pin\s+it|pin|email|e-mail|print|copy\s+link|link\s+copied|facebook|twitter|"
            r"x|pinterest|linkedin|whatsapp|reddit|flipboard|threads|bluesky|save|"
            r"\d+\s+(?:shares?|comments?)|"
            # "Share this article: Facebook Twitter Email", "Facebook | X | Email": one line
            rf"(?:share(?:\s+(?:this|on|via))?(?:\s+(?:article|story|slideshow|page))?\s*[:：]?\s*)?"
            rf"{_NETWORK}(?:[\s,|·/•]+{_NETWORK})+|share(?:\s+this(?:\s+\w+)?)?\s*[:：]\s*{_NETWORK})$",
            re.I,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^(?:next(?:\s+slide)?|previous(?:\s+slide)?|prev|back|start\s+(?:the\s+)?slideshow|"
            r"view\s+(?:as\s+)?(?:list|gallery|slideshow)|skip\s+(?:to\s+)?(?:main\s+)?content|"
            r"skip\s+ad|(?:slide|image|photo)\s+\d+(?:\s*(?:/|of)\s*\d+)?|\d+\s*(?:/|of)\s*\d+|"
            # "Bild 2 von 6", "Photo 2 sur 6", "Foto 2 de 6", "Zdjęcie 2 z 6": another language's
            rf"(?:{_COUNTED}\s+)?\d+\s+(?:von|sur|de|di|van|av|z|iz)\s+\d+|{_COUNTED}\s+\d+\s*/\s*\d+|"
            r"[«‹<]\s*(?:prev(?:ious)?|back)|next\s*[»›>]|(?:prev(?:ious)?)\s*[«‹<]?|"
            r"\d+\s+min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?article|"
            r"(?:\d+:\d{2}\s*)?(?:listen)|menu|search|close|back\s+to\s+top|"
            r"(?:next|previous)\s+(?:article|story|post)|(?:see|view)\s+all|"
            r"(?:load|show)\s+more)$",
            re.I,
        ),
    ),
    (
        "site link",
        re.compile(
            r"^(?:sign\s+in|log\s+in|login|sign\s+up|subscribe(?:\s+now)?|register|"
            r"newsletter|get\s+the\s+newsletter|follow\s+us(?:\s+on\s+\w+)?)$",
            re.I,
        ),
    ),
    (
        "link to another article",
        re.compile(
            r"^(?:related|read\s+more|also\s+read|read\s+also|see\s+also|more|recommended|"
            r"don'?t\s+miss|must\s+read)\s*[:：]\s*\S.*$",
            re.I,
        ),
    ),
    (
        "footer",
        re.compile(
            r"^(?:(?:©|\(c\)|copyright)\s*\d{4}\b.*|.*all\s+rights\s+reserved\.?|"
            r"privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|"
            r"cookie\s+(?:settings|policy|preferences)|about\s+us|contact\s+us|"
            r"(?:tags?|filed\s+under|topics?)\s*:.*)$",
            re.I,
        ),
    ),
)
MAX_CHROME_LINE = 160  # the site's buttons and links are short; longer lines are never chrome
MAX_COOKIE_LINE = 400  # a consent banner's sentence or two

# The consent banner a page copied with Ctrl+A starts with: its sentence (in the first person,
# so an article about cookie law is not one) and its buttons. Above the title it was the title.
_COOKIE_SENTENCE = re.compile(
    r".*(?:\b(?:we|this\s+(?:site|website)|our\s+(?:site|website|partners))(?:\s+and\s+our\s+"
    r"partners)?\s+(?:use|uses|store|set)\b[^.]{0,40}\bcookies\b|\bour\s+use\s+of\s+cookies\b|"
    r"\bwir\s+verwenden\s+cookies|\bnous\s+utilisons\s+des\s+cookies|\b(?:utilizamos|usamos)\s+"
    r"cookies|\butilizziamo\s+(?:i\s+)?cookie|\bwij\s+gebruiken\s+cookies|\bużywamy\s+(?:plików\s+)?"
    r"cookies|\bvi\s+använder\s+cookies|\bçerez(?:ler)?\s+kullan).*",
    re.I,
)
_COOKIE_BUTTON = re.compile(
    r"^(?:(?:accept|reject|allow|decline|refuse)(?:\s+all)?(?:\s+cookies)?|"
    r"manage\s+(?:preferences|cookies|options|settings|consent)|cookie\s+(?:settings|preferences)|"
    r"(?:ok,?\s+)?i\s+agree|i\s+accept|got\s+it|customi[sz]e(?:\s+settings)?|more\s+options|"
    r"alle\s+akzeptieren|tout\s+accepter|aceptar\s+todo|accetta\s+tutto|alles\s+accepteren|"
    r"akceptuję|acceptera\s+alla|kabul\s+et)$",
    re.I,
)
# "Get weekly walking ideas straight to your inbox.": the sign-up box's pitch
_INBOX_PITCH = re.compile(
    r"^(?:get|sign\s+up|subscribe|receive|have|join)\b.{0,120}\b(?:to|in|into)\s+your\s+inbox"
    r"(?:\s+every\s+\w+)?[.!]?$",
    re.I,
)


# "Comments (14)", "14 Comments", "Next slideshow ›", "☰ Menu", "Subscribe to continue reading"
_FURNITURE_LINE = re.compile(
    r"^(?:(?:comments?|commentaires|kommentare|comentarios|commenti)\s*\(\d+\)|"
    r"(?:next|previous)\s+(?:slideshow|gallery)\s*[›»>→]?|☰.*|.*\s☰|"
    r"(?:subscribe|sign\s+up|log\s+in|sign\s+in)\s+to\s+(?:continue|keep)\s+reading.*)$",
    re.I,
)


def chrome_kind(line: str) -> ChromeKind | None:
    """What kind of site chrome ``line`` is, or None when it may be the article's."""
    text = line.strip().strip("|·•").strip()
    if len(text) <= MAX_COOKIE_LINE and _COOKIE_SENTENCE.match(text):
        return "cookie notice"
    if not text or len(text) > MAX_CHROME_LINE:
        return None
    if _COOKIE_BUTTON.match(text):
        return "cookie notice"
    if _INBOX_PITCH.match(text):
        return "page furniture"
    lower = text.lower().rstrip(" ›»>→:")
    if (lower in FURNITURE and lower not in FURNITURE_HEADS) or _FURNITURE_LINE.match(text):
        return "page furniture"
    for kind, pattern in _KINDS:
        if pattern.match(text):
            return kind
    return None
