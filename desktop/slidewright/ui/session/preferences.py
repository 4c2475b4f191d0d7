"""The writer's preferences (Edit ▸ Preferences…), kept in the window's Settings between runs.

The defaults a new article starts with (byline, credit label), the agencies the writer credits most
(their names are never flagged as misspellings) and the spelling language used for articles that do
not name their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slidewright.model import Article, Slide
from slidewright.spelling import system_language
from slidewright.ui.session.settings import Settings

if TYPE_CHECKING:
    from slidewright.provenance.signing import SigningIdentity

KEYS = {
    "default_author": "preferences/defaultAuthor",
    "credit_label": "preferences/creditLabel",
    "agencies": "preferences/agencies",
    "spelling_language": "preferences/spellingLanguage",
    "author_url": "preferences/authorUrl",
    "publisher": "preferences/publisher",
    "publisher_logo": "preferences/publisherLogo",
    "ai_disclosure": "preferences/aiDisclosure",
    "trust_files": "preferences/c2paTrust",
    "c2pa_cert": "preferences/c2paCertificate",
    "c2pa_key": "preferences/c2paKey",
    "window_language": "preferences/windowLanguage",  # saved by ui/translation.py
}
# What the ai-undisclosed fix adds to a caption when the writer has set no wording: the sentence
# of the article's language (credits/ai_wording.py). Versions before that saved this English
# default as if typed (every OK in Preferences did), so that text reads as "none set" too.
OLD_DEFAULT_DISCLOSURE = "Generated with AI."
LONGEST = 200  # characters in one preference line; a pasted page is cut, not stored whole
MOST_AGENCIES = 200


@dataclass
class Preferences:
    default_author: str = ""
    credit_label: str = "Credit"
    agencies: list[str] = field(default_factory=list)
    spelling_language: str = ""  # "" : the system's language
    author_url: str = ""  # the default author's page, for the published JSON-LD
    publisher: str = ""  # the publication's name and logo address, for the published JSON-LD
    publisher_logo: str = ""
    # Content Credentials (docs/content-credentials.md): the wording the AI disclosure fix adds,
    # the PEM files whose signers count as trusted, and the certificate and key that sign
    # published pictures (the key's passphrase stays in the keyring)
    ai_disclosure: str = ""  # "": the article's language's own sentence
    trust_files: list[str] = field(default_factory=list)
    c2pa_cert: str = ""
    c2pa_key: str = ""
    window_language: str = ""  # the window's language the writer chose ("": the system's)

    @classmethod
    def load(cls, settings: Settings) -> Preferences:
        agencies = settings.text(KEYS["agencies"])
        return cls(
            default_author=settings.text(KEYS["default_author"])[:LONGEST],
            credit_label=settings.text(KEYS["credit_label"], "Credit")[:LONGEST] or "Credit",
            agencies=_lines(agencies),
            spelling_language=settings.text(KEYS["spelling_language"])[:LONGEST],
            author_url=settings.text(KEYS["author_url"])[:LONGEST],
            publisher=settings.text(KEYS["publisher"])[:LONGEST],
            publisher_logo=settings.text(KEYS["publisher_logo"])[:LONGEST],
            ai_disclosure=_own_wording(settings.text(KEYS["ai_disclosure"])[:LONGEST]),
            trust_files=_lines(settings.text(KEYS["trust_files"])),
            c2pa_cert=settings.text(KEYS["c2pa_cert"])[: LONGEST * 4],
            c2pa_key=settings.text(KEYS["c2pa_key"])[: LONGEST * 4],
            window_language=settings.text(KEYS["window_language"])[:LONGEST],
        )

    def save(self, settings: Settings) -> None:
        settings.set_value(KEYS["default_author"], self.default_author.strip()[:LONGEST])
        settings.set_value(KEYS["credit_label"], self.credit_label.strip()[:LONGEST] or "Credit")
        settings.set_value(KEYS["agencies"], "\n".join(self.agencies[:MOST_AGENCIES]))
        settings.set_value(KEYS["spelling_language"], self.spelling_language.strip()[:LONGEST])
        for name in ("author_url", "publisher", "publisher_logo"):
            settings.set_value(KEYS[name], str(getattr(self, name)).strip()[:LONGEST])
        settings.set_value(KEYS["ai_disclosure"], self.ai_disclosure.strip()[:LONGEST])
        settings.set_value(KEYS["trust_files"], "\n".join(self.trust_files[:MOST_AGENCIES]))
        settings.set_value(KEYS["c2pa_cert"], self.c2pa_cert.strip())
        settings.set_value(KEYS["c2pa_key"], self.c2pa_key.strip())

    def trust_anchors(self) -> tuple[str, list[str]]:
        """The trusted certificates (PEM text) and a sentence for each file that holds none."""
        from pathlib import Path

        from slidewright.provenance.trust import load_usable_anchors

        return load_usable_anchors(Path(name).expanduser() for name in self.trust_files)

    def signing_identity(self) -> SigningIdentity | None:
        """The certificate that signs published pictures, or None when none is set; raises
        SlidewrightError naming the file when it is set and cannot sign."""
        if not (self.c2pa_cert.strip() or self.c2pa_key.strip()):
            return None
        from argparse import Namespace
        from pathlib import Path

        from slidewright.provenance.arguments import signing_from_args

        def path(text: str) -> Path | None:
            return Path(text.strip()).expanduser() if text.strip() else None

        return signing_from_args(
            Namespace(c2pa_cert=path(self.c2pa_cert), c2pa_key=path(self.c2pa_key))
        )

    def export_identity(self) -> dict[str, str]:
        """The ExportOptions fields these preferences give every export."""
        return {
            "publisher": self.publisher, "publisher_logo": self.publisher_logo,
            "author_name": self.default_author, "author_url": self.author_url,
        }  # fmt: skip

    def new_article(self, title: str) -> Article:
        """A blank article (one empty slide) with the writer's byline, credit label and language."""
        return Article(
            title=title,
            author=self.default_author,
            credit_label=self.credit_label or "Credit",
            lang=self.article_language(),
            slides=[Slide()],
        )

    def article_language(self) -> str:
        """The language a new or imported article is written in, and words are checked in,
        when nothing else says: the spelling preference; else the window's language when the
        writer chose one other than the system's (a German window on an English desktop: the
        writer writes German, and a new article said en-US); else the desktop's language."""
        if self.spelling_language:
            return self.spelling_language
        system = system_language()
        chosen = self.window_language.strip()
        if not chosen or system.split("-")[0].lower() == chosen.lower():
            return system
        return writing_tag(chosen)

    def agency_words(self) -> list[str]:
        """The words of the agency names, for the spell checker to accept."""
        return [word for name in self.agencies for word in name.replace("/", " ").split()]


def writing_tag(language: str) -> str:
    """The BCP 47 tag an article in a window's language gets ("de" -> "de-DE", as the
    dictionaries are named); a language spoken in many countries alike keeps no country
    ("ar": Modern Standard Arabic)."""
    from PySide6.QtCore import QLocale

    if language in ("ar",):
        return language
    name = QLocale(language).name()  # Qt's likely country: de_DE, fr_FR, es_ES
    return name.replace("_", "-") if name.split("_")[0] == language else language


def _lines(text: str) -> list[str]:
    return [line.strip()[:LONGEST] for line in text.splitlines() if line.strip()][:MOST_AGENCIES]


def _own_wording(text: str) -> str:
    """The writer's AI disclosure wording, or "" for the default (the old saved default too)."""
    text = text.strip()
    return "" if text == OLD_DEFAULT_DISCLOSURE else text
