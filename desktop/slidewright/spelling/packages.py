"""Which package to install for a language's dictionary, named when there is none.

"No dictionary for pt (install one, e.g. hunspell-en-us for English)" sent a Portuguese writer
to the wrong package: the message names the one for the language asked. The names are Debian's
and Ubuntu's (the systems the project packages for; other systems name theirs alike), a region's
own package first, else every package of the language; a language not here gets no name (the
message then says to install a Hunspell dictionary for it)."""

from __future__ import annotations

# A region's own dictionary ("pt_BR"), where the language has several.
REGIONAL = {
    "en_US": "hunspell-en-us",
    "en_GB": "hunspell-en-gb",
    "en_AU": "hunspell-en-au",
    "en_CA": "hunspell-en-ca",
    "en_ZA": "hunspell-en-za",
    "de_DE": "hunspell-de-de",
    "de_AT": "hunspell-de-at",
    "de_CH": "hunspell-de-ch",
    "pt_PT": "hunspell-pt-pt",
    "pt_BR": "hunspell-pt-br",
}
# A language's packages, its main one first: a bare "pt" or a region without its own ("fr_CA").
LANGUAGE = {
    "en": ("hunspell-en-us", "hunspell-en-gb"),
    "de": ("hunspell-de-de", "hunspell-de-at", "hunspell-de-ch"),
    "pt": ("hunspell-pt-pt", "hunspell-pt-br"),
    "nb": ("hunspell-no",),
    "nn": ("hunspell-no",),
    **{
        code: (f"hunspell-{code}",)
        for code in (
            "af ar be bg bn br bs ca cs da el es eu fr gd gl gu he hi hr hu id is it kk ko lo "
            "lt lv ml mn ne nl no oc pl ro ru si sk sl sr sv sw te th tr uk uz vi"
        ).split()
    },
}


def dictionary_packages(tag: str) -> str:
    """The package(s) holding a dictionary for ``tag`` (Enchant's "pt_BR", or "pt-BR"), as the
    writer types them into a package manager ("hunspell-pt-pt / hunspell-pt-br"); "" when not
    known."""
    tag = tag.replace("-", "_")
    language, _, region = tag.partition("_")
    own = REGIONAL.get(f"{language.lower()}_{region.upper()}")
    return own or " / ".join(LANGUAGE.get(language.lower(), ()))
