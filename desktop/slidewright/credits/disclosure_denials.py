"""The words around a disclosure that take it back, one row per language: what
:mod:`.disclosure_scope` reads the rest of a phrase's clause and sentence with.

A phrase such as "AI-generated" discloses only when the sentence says that THIS picture was made
so. An attack trial found sentences that mention such pictures and say something else of them:
"AI-generated images are banned here." (a rule about pictures in general), "It is false that
this was AI-generated." (a denial from afar), "Unlike AI-generated fakes, this photo is real."
(a contrast). The rows hold the words that make a sentence say that, in every language of
:mod:`.disclosure_words`; words are written as a reader types them and compared without case and
accents.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DenialWords:
    code: str
    # End a negation's reach within a sentence: "not a photo but an AI image".
    buts: tuple[str, ...]
    # Anywhere before the phrase in its clause: "Unlike AI-generated fakes", "Contrairement aux
    # faux générés par IA", "A diferencia de las falsificaciones generadas por IA".
    contrasts: tuple[str, ...]
    # Anywhere in the phrase's clause: "AI-generated images are banned", "We ban AI images".
    bans: tuple[str, ...]
    # Anywhere in the sentence, they make it a denial or hearsay: "untrue", "allegedly".
    untrue: tuple[str, ...]
    # Deny only as a predicate, after a copula: "it is false that", "c'est faux" (never "un
    # faux portrait généré par IA", a fake portrait that is disclosed).
    false: tuple[str, ...]
    copulas: tuple[str, ...]
    # Deny after a negation: "not true", "pas vrai", "no es cierto".
    true: tuple[str, ...]
    # Right after the phrase (and its picture): a statement about such pictures in general,
    # "AI-generated images are everywhere", "KI-Bilder können täuschen".
    general: tuple[str, ...]


ENGLISH = DenialWords(
    "en",
    buts=("but", "however", "whereas"),  # not "yet", "so": "not yet", "not so"
    contrasts=(
        *("unlike", "instead of", "rather than", "as opposed to", "in contrast to", "contrary to"),
        *("against", "beware of", "compared to", "compared with", "in place of"),
    ),
    bans=(
        *("ban", "bans", "banned", "banning", "prohibit", "prohibits", "prohibited", "forbid"),
        *("forbids", "forbidden", "outlawed", "not allowed", "not permitted", "reject"),
        *("rejects", "refuse", "refuses", "avoid", "avoids", "oppose", "opposes"),
    ),
    untrue=(
        *("untrue", "falsely", "wrongly", "mistakenly", "mistaken for", "myth", "hoax"),
        *("debunked", "rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "claim"),
        *("claims", "claimed", "alleged", "allegedly", "supposedly", "reportedly", "some say"),
        *("accused of", "denied", "denies", "deny", "fake news", "a lie"),
    ),
    false=("false", "wrong", "incorrect"),  # not "fake": "The image is fake, made with AI"
    copulas=("is", "was", "are", "were", "s", "be"),
    true=("true", "correct", "right", "the case"),
    general=(
        *("are", "can", "cannot", "could", "may", "might", "must", "should", "will", "would"),
        *("have", "remain", "become", "flood", "spread", "threaten", "pose"),
    ),
)

GERMAN = DenialWords(
    "de",
    buts=("aber", "sondern", "jedoch"),
    contrasts=(
        *("anders als", "im gegensatz zu", "im gegensatz zum", "statt", "anstatt", "anstelle"),
        *("gegen", "vorsicht vor", "verglichen mit"),
    ),
    bans=(
        *("verboten", "verbieten", "verbietet", "verbot", "untersagt", "nicht erlaubt"),
        *("nicht zulässig", "ablehnen", "lehnen", "vermeiden", "vermeidet"),
    ),
    untrue=(
        *("unwahr", "fälschlich", "fälschlicherweise", "angeblich", "gerücht", "gerüchte"),
        *("behauptung", "behauptet", "behaupten", "mythos", "falschmeldung", "lüge", "falsch"),
        *("dementiert", "bestreitet", "vermeintlich", "vermeintliche", "vermeintliches"),
    ),
    false=(),  # "falsch" is never a fake picture: it is in ``untrue``
    copulas=("ist", "sind", "war", "waren"),
    true=("wahr", "richtig", "zutreffend", "der fall"),
    general=(
        *("sind", "können", "kann", "dürfen", "darf", "müssen", "muss", "sollten", "sollte"),
        *("sollen", "soll", "werden", "haben", "bleiben", "überschwemmen"),
    ),
)

FRENCH = DenialWords(
    "fr",
    buts=("mais", "cependant", "pourtant", "tandis que"),
    contrasts=(
        *("contrairement à", "contrairement aux", "contrairement au", "au lieu de", "au lieu d"),
        *("plutôt que", "à la place de", "à la place d", "contre", "méfiez-vous des"),
        *("par opposition à", "par opposition aux"),
    ),
    bans=(
        *("interdit", "interdite", "interdits", "interdites", "interdisons", "interdiction"),
        *("proscrit", "proscrite", "proscrits", "proscrites", "banni", "bannie", "bannis"),
        *("bannies", "refusons", "rejetons", "évitons"),
    ),
    untrue=(
        *("prétendument", "soi-disant", "prétendue", "prétendu", "rumeur", "rumeurs", "mythe"),
        *("mensonge", "infox", "faussement", "à tort", "certains disent", "démenti", "dément"),
    ),
    false=("faux", "fausse", "erroné", "erronée", "inexact", "inexacte"),
    copulas=("est", "sont", "était"),
    true=("vrai", "vraie", "exact", "exacte", "le cas"),
    general=(
        *("sont", "peuvent", "peut", "doivent", "doit", "devraient", "ont", "restent"),
        *("deviennent", "envahissent", "inondent", "menacent"),
    ),
)

SPANISH = DenialWords(
    "es",
    buts=("pero", "sino", "sin embargo", "mientras que"),
    contrasts=(
        *("a diferencia de", "en lugar de", "en vez de", "al contrario de", "frente a"),
        *("contra", "cuidado con"),
    ),
    bans=(
        *("prohibido", "prohibida", "prohibidos", "prohibidas", "prohibimos", "prohíbe"),
        *("prohíben", "prohibición", "vetado", "vetada", "vetados", "vetadas", "rechazamos"),
        *("evitamos", "no se permiten", "no se permite"),
    ),
    untrue=(
        *("supuestamente", "supuesta", "supuesto", "presunta", "presunto", "rumor", "rumores"),
        *("bulo", "mentira", "mito", "falsamente", "erróneamente", "algunos dicen", "desmiente"),
        *("desmintió",),
    ),
    false=("falso", "falsa", "erróneo", "errónea", "incorrecto", "incorrecta"),
    copulas=("es", "son", "era", "fue"),
    true=("cierto", "verdad", "verdadero", "el caso"),
    general=(
        *("son", "están", "pueden", "puede", "deben", "debe", "deberían", "tienen", "han"),
        *("siguen", "inundan", "amenazan"),
    ),
)

ITALIAN = DenialWords(
    "it",
    buts=("ma", "bensì", "però", "tuttavia", "mentre"),
    contrasts=(
        *("a differenza di", "a differenza delle", "a differenza dei", "invece di", "invece delle"),
        *("invece dei", "anziché", "al posto di", "contro", "attenzione alle"),
    ),
    bans=(
        *("vietato", "vietata", "vietati", "vietate", "vietiamo", "vieta", "divieto"),
        *("proibito", "proibita", "proibiti", "proibite", "rifiutiamo", "evitiamo"),
    ),
    untrue=(
        *("presunta", "presunto", "presuntamente", "presumibilmente", "bufala", "menzogna"),
        *("mito", "falsamente", "erroneamente", "si dice", "smentisce", "smentito"),
    ),
    false=("falso", "falsa", "errato", "errata", "inesatto", "inesatta"),
    copulas=("è", "sono", "era"),
    true=("vero", "vera", "esatto", "il caso"),
    general=("sono", "possono", "può", "devono", "deve", "dovrebbero", "hanno", "restano"),
)

PORTUGUESE = DenialWords(
    "pt",
    buts=("mas", "porém", "contudo", "enquanto"),
    contrasts=(
        *("ao contrário de", "ao contrário das", "ao contrário dos", "em vez de", "ao invés de"),
        *("no lugar de", "contra", "cuidado com"),
    ),
    bans=(
        *("proibido", "proibida", "proibidos", "proibidas", "proibimos", "proíbe", "proibição"),
        *("vetado", "vetada", "rejeitamos", "evitamos"),
    ),
    untrue=(
        *("supostamente", "suposta", "suposto", "alegadamente", "boato", "boatos", "mentira"),
        *("mito", "falsamente", "erroneamente", "alguns dizem", "desmente", "desmentiu"),
    ),
    false=("falso", "falsa", "errado", "errada", "incorreto", "incorreta"),
    copulas=("é", "são", "era", "foi"),
    true=("verdade", "verdadeiro", "certo", "correto", "o caso"),
    general=("são", "estão", "podem", "pode", "devem", "deve", "deveriam", "continuam"),
)

DUTCH = DenialWords(
    "nl",
    buts=("maar", "echter", "terwijl"),
    contrasts=("in tegenstelling tot", "in plaats van", "anders dan", "tegen", "vergeleken met"),
    bans=(
        *("verboden", "verbieden", "verbiedt", "verbod", "weigeren", "vermijden"),
        "niet toegestaan",
    ),
    untrue=(
        *("onwaar", "zogenaamd", "zogenaamde", "vermeend", "vermeende", "naar verluidt"),
        *("gerucht", "geruchten", "mythe", "leugen", "ten onrechte", "sommigen zeggen"),
    ),
    false=("vals", "onjuist", "fout"),
    copulas=("is", "zijn", "was", "waren"),
    true=("waar", "juist", "correct", "het geval"),
    general=("zijn", "kunnen", "kan", "mogen", "mag", "moeten", "moet", "zullen", "hebben"),
)

ARABIC = DenialWords(
    "ar",
    buts=("بل", "لكن", "لكنها", "لكنه", "بينما"),
    contrasts=("على عكس", "بخلاف", "خلافا ل", "بدلا من", "بدلاً من", "عوضا عن", "ضد"),
    bans=("ممنوع", "ممنوعة", "محظور", "محظورة", "يحظر", "تحظر", "حظر", "نرفض", "يمنع", "تمنع"),
    untrue=(
        *("مزعوم", "مزعومة", "يزعم", "زعم", "زعمت", "شائعة", "شائعات", "كذب", "كاذب", "كاذبة"),
        *("خرافة", "يقال", "تنفي", "ينفي", "نفت", "نفى", "غير صحيح"),
    ),
    false=(),
    copulas=(),
    true=("صحيح", "صحيحا"),
    general=("يمكن", "قد"),
)

HEBREW = DenialWords(
    "he",
    buts=("אבל", "אלא", "אולם", "ואילו"),
    contrasts=("בניגוד ל", "בניגוד", "במקום", "נגד"),
    bans=("אסור", "אסורה", "אסורות", "אסורים", "נאסר", "נאסרה", "איסור", "מסרבים"),
    untrue=(
        *("לכאורה", "כביכול", "שמועה", "שמועות", "שקר", "שקרי", "כוזב", "כוזבת", "מיתוס"),
        *("נטען", "טוענים", "מכחיש", "מכחישה", "הכחיש", "הכחישה"),
    ),
    false=(),
    copulas=(),
    true=("נכון", "נכונה", "המצב"),
    general=("יכולות", "יכולים", "עלולות", "עלולים"),
)

LANGUAGES = (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, ARABIC, HEBREW)
