"""What the rest of its clause and sentence says of a disclosure phrase.

:mod:`.disclosure` finds phrases such as "generated with AI" and refuses a negation right before
one. That left sentences that say the picture is NOT AI-made, or say nothing of it: a negation
further off ("This picture was not digitally generated with AI", "This is not, as some think,
AI-generated"), a denial from afar ("It is false that this was AI-generated"), a contrast ("Unlike
AI-generated fakes, this photo is real"), a ban ("AI-generated images are banned here") or a
statement about such pictures in general ("AI images are everywhere now"). :class:`Scope` reads
the text once, left to right, and keeps what a phrase at a word needs to know:

- the languages whose negation reaches the word: any negation earlier in its clause (clauses end
  at commas, colons, brackets and dashes), and one left hanging at the end of a clause ("not,
  as some think, ...") until the sentence ends, a colon starts anew or a "but" turns it ("not a
  photo but an AI image"); one that names what the picture is not has ended ("not a photo, it
  was generated with AI"); a phrase is refused only by a negation of its own language ("mai"
  is Italian for "never" and French for "May");
- whether a contrast stands before it in its clause, a ban anywhere in its clause, a denial or
  hearsay anywhere in its sentence (rows of :mod:`.disclosure_denials`);
- and, asked for a phrase, whether a verb of a general statement follows it ("are", "können").

Bounded: one pass over the words, each tried against phrases of a few words; each question about
a phrase is answered from what the pass kept, so a 5 MB caption costs the same single pass.
"""

from __future__ import annotations

from slidewright.credits import disclosure_denials as denials
from slidewright.credits import disclosure_words as table
from slidewright.credits.disclosure_text import Phrases, Words, fold

SENTENCE_ENDS = frozenset(".!?;…")
CLAUSE_BREAKS = frozenset(",:()[]{}|/-–—")
# A negation left hanging before these reaches past them ("not (as claimed) AI-generated"); a
# colon starts something new ("Not a photograph: an AI-generated image").
CARRIES = frozenset(",()[]-–—")

NEGATIONS: dict[str, frozenset[str]] = {}
for _row in table.LANGUAGES:
    for _word in _row.negations:
        NEGATIONS[fold(_word)] = NEGATIONS.get(fold(_word), frozenset()) | {_row.code}
# Words a negation stays hanging over: auxiliaries, articles, pictures, verbs of using.
CROSSES = frozenset(
    fold(w) for row in table.LANGUAGES for w in (*row.between, *row.pictures, *row.uses)
)
PICTURES = frozenset(fold(w) for row in table.LANGUAGES for w in row.pictures)
BUTS = Phrases(w for row in denials.LANGUAGES for w in row.buts)
CONTRASTS = Phrases(w for row in denials.LANGUAGES for w in row.contrasts)
BANS = Phrases(w for row in denials.LANGUAGES for w in row.bans)
UNTRUE = Phrases(w for row in denials.LANGUAGES for w in row.untrue)
FALSE = Phrases(w for row in denials.LANGUAGES for w in row.false)
TRUE = Phrases(w for row in denials.LANGUAGES for w in row.true)
COPULAS = frozenset(fold(w) for row in denials.LANGUAGES for w in row.copulas)
GENERAL = frozenset(fold(w) for row in denials.LANGUAGES for w in row.general)
NONE: frozenset[str] = frozenset()
ENGLISH = frozenset({"en"})


class Scope:
    """What reaches each word of a text from its clause and sentence (see the module)."""

    def __init__(self, text: Words) -> None:
        self._text = text
        n = len(text.folded)
        self._clause = [0] * n
        self._sentence = [0] * n
        self._negated: list[frozenset[str]] = [NONE] * n  # languages negating the word
        self._contrast_at: dict[int, int] = {}  # clause -> where its first contrast starts
        self._banned: set[int] = set()  # clauses
        self._untrue: set[int] = set()  # sentences
        self._read()

    def _negation(self, k: int) -> frozenset[str]:
        """The languages word ``k`` is a negation in; none for a prefix ("non-profit")."""
        word = self._text.folded[k]
        codes = ENGLISH if word.endswith("n't") else NEGATIONS.get(word, NONE)
        joined = k + 1 < len(self._text.folded) and self._text.hyphened[k + 1]
        return NONE if joined else codes

    def _read(self) -> None:
        text, folded = self._text, self._text.folded
        clause = sentence = 0
        carried = here = hanging = reach = NONE
        for k, word in enumerate(folded):
            self._clause[k], self._sentence[k], self._negated[k] = clause, sentence, reach
            if word in SENTENCE_ENDS or BUTS.end(text, k) >= 0:
                carried = here = hanging = NONE
                clause, sentence = clause + 1, sentence + (word in SENTENCE_ENDS)
            elif word in CLAUSE_BREAKS:
                # ("No, this is not a photo: it was generated with AI": the colon starts anew)
                carried = carried | hanging if word in CARRIES else NONE if word == ":" else carried
                here = hanging = NONE
                clause += 1
            else:
                codes = self._negation(k)
                if codes:
                    here, hanging = here | codes, hanging | codes
                elif word not in CROSSES or word in PICTURES:
                    hanging = NONE  # ("not a photo, it was generated with AI": it said what not)
                if CONTRASTS.end(text, k) >= 0:
                    self._contrast_at.setdefault(clause, k)
                if BANS.end(text, k) >= 0:
                    self._banned.add(clause)
                if self._denies(k):
                    self._untrue.add(sentence)
            if reach != here | carried:
                reach = here | carried

    def _denies(self, k: int) -> bool:
        """Does word ``k`` make its sentence a denial or hearsay: "untrue", "allegedly", "is
        false", "not true", "no es cierto"?"""
        text, folded = self._text, self._text.folded
        if UNTRUE.end(text, k) >= 0:
            return True
        if FALSE.end(text, k) >= 0 and k > 0 and folded[k - 1] in COPULAS:
            return True
        if TRUE.end(text, k) < 0:
            return False
        for m in range(k - 1, max(k - 4, -1), -1):
            if self._negation(m):
                return True
            if folded[m] not in COPULAS and folded[m] not in CROSSES:
                return False
        return False

    def allows(self, start: int, end: int, language: str) -> bool:
        """May the phrase from word ``start`` to ``end`` (in ``language``, "" for any) count as
        saying that this picture was made with AI?"""
        negated = self._negated[start]
        if (language in negated) if language else bool(negated):
            return False
        clause = self._clause[start]
        if self._contrast_at.get(clause, start) < start or clause in self._banned:
            return False
        return self._sentence[start] not in self._untrue and not self._general(end)

    def _general(self, end: int) -> bool:
        """Does a verb of a general statement follow the phrase, past its picture: "AI-generated
        images are banned", "Las imágenes generadas por IA están prohibidas"?"""
        folded = self._text.folded
        k = end + (end < len(folded) and folded[end] in PICTURES)
        return k < len(folded) and folded[k] in GENERAL
