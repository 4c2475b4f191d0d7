"""Does a caption or credit say that its picture was made or changed with AI?

The EU AI Act asks a publisher to say so, and the `ai-undisclosed` rule asks it of every picture
whose Content Credentials or XMP say it is AI-made. Counting any mention of AI as a disclosure
let "This is not an AI-generated image." or "Shot at the KI conference centre." pass; so a
disclosure here is a phrase that says the picture was made with AI, in one of a few shapes:

- made + by + AI: "generated with AI", "Erstellt mit Midjourney", "hecha con una herramienta de IA",
  "edited in Photoshop with generative AI"
- by + AI + made: "mit KI erstellt", "met AI gemaakt"
- AI + made: "AI-generated", "KI-generiertes Bild", "Midjourney-generated" ("AI made this image",
  not "AI made headlines")
- AI + picture, or picture + AI: "AI image", "KI-Bild", "image IA", "imagen de IA"
- AI + used: "AI was used to extend the sky", "KI wurde eingesetzt"
- a credit, or a caption's part, made only of AI and generator names: "Midjourney/AI",
  "Illustration: DALL-E / OpenAI", "(Midjourney)", "Bild: KI"
- the writer's own wording (Preferences ▸ AI disclosure), which the fix writes.

A phrase does not count when a negation stands right before it in its clause ("not", "kein",
"pas", "sin", "non", "não", "geen"; only auxiliaries, articles and the picture may stand
between), when the AI is "-free", when the AI describes someone else ("an AI researcher"), or
after a topic word ("a guide to AI-generated images", "unlike AI-generated images"), when
the negation reaches it over a verb of using ("We did not use AI-generated images"), in a question ("Is this
AI-generated?"), or when it is answered no ("AI-generated: false",
"KI-generiert? Nein."), nor when the rest of its sentence takes it back
(:mod:`.disclosure_scope`): a negation further off in its clause, a contrast ("unlike"), a ban,
a denial or hearsay ("it is false that", "allegedly"), or a statement about such pictures in
general ("AI-generated images are everywhere"). The words of every
language are rows of :mod:`.disclosure_words`; every text is read in all of them, since a German
article may well say "AI-generated".

Bounded: the text (its first :data:`READ_AT_MOST` characters) is cut into words once, and each
word is tried against phrases of at most a few words, so a 100 KB caption costs a single pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from slidewright.credits import disclosure_words as table
from slidewright.credits.disclosure_scope import Scope
from slidewright.credits.disclosure_text import Phrases, Words, fold, split_words


@dataclass(frozen=True)
class Language:
    row: table.DisclosureWords
    ai: Phrases
    made: Phrases
    by: Phrases
    credited: Phrases
    articles: Phrases
    tools: Phrases
    of: Phrases
    pictures: Phrases
    used: Phrases
    joined: Phrases

    @classmethod
    def of_row(cls, row: table.DisclosureWords) -> Language:
        return cls(
            row, *(Phrases(p) for p in (row.ai, row.made, row.by, row.credited, row.articles)),
            *(Phrases(p) for p in (row.tools, row.of, row.pictures, row.used, row.joined)),
        )  # fmt: skip


LANGUAGES = tuple(Language.of_row(row) for row in table.LANGUAGES)
GENERATORS = Phrases(table.GENERATORS)
GENERATORS_IN_CONTEXT = Phrases(table.GENERATORS_IN_CONTEXT)
MAKERS = Phrases(table.MAKERS)
ALL_AI = Phrases(phrase for row in table.LANGUAGES for phrase in (*row.ai, *row.joined))
LABELS = Phrases(label for row in table.LANGUAGES for label in row.labels)
CAPITALS = frozenset(c for row in table.LANGUAGES for c in row.capitals)
NEGATIONS = frozenset(fold(w) for row in table.LANGUAGES for w in row.negations)
# A negation reaches over the picture too: "No es una imagen generada por IA".
BETWEEN = frozenset(fold(w) for row in table.LANGUAGES for w in (*row.between, *row.pictures))
# …and over a verb of using: "We did not use AI-generated images", "No usamos imágenes…".
NEGATION_CROSSES = BETWEEN | frozenset(fold(w) for row in table.LANGUAGES for w in row.uses)
NOT_THIS_PICTURE = frozenset(fold(w) for row in table.LANGUAGES for w in (*row.free, *row.others))
JOINERS = frozenset(fold(w) for w in table.JOINERS)
NEGATION_REACH = 3  # words of ``between`` a negation may stand from what it negates
MADE_REACH = 4  # words between a participle and its "with AI" ("edited in Photoshop with AI")
ANSWERS_NO = Phrases(word for row in table.LANGUAGES for word in row.answers_no)
ANSWERS_YES = Phrases(word for row in table.LANGUAGES for word in row.answers_yes)
TOPICS = Phrases(word for row in table.LANGUAGES for word in row.topics)
ARTICLES = frozenset(fold(w) for row in table.LANGUAGES for w in row.articles)
PICTURES = frozenset(fold(w) for row in table.LANGUAGES for w in row.pictures)
ASKS = frozenset(":?=-–—")  # before an answer: "AI-generated: no", "AI-generated? Yes."


def _agent(lang: Language, text: Words, i: int, names_in_context: bool = True) -> int:
    """Where a name of AI or of a generator starting at word ``i`` ends, or -1."""
    end = max(lang.ai.end(text, i), GENERATORS.end(text, i))
    if names_in_context:
        end = max(end, GENERATORS_IN_CONTEXT.end(text, i))
    if 0 <= i < len(text.raw) and text.raw[i] in lang.row.capitals:
        end = max(end, i + 1)
    return end


def _about_this_picture(text: Words, end: int) -> bool:
    """Not "AI-free", not "an AI researcher": the AI ending at ``end`` made the picture."""
    return end >= len(text.folded) or text.folded[end] not in NOT_THIS_PICTURE


def _after_articles(lang: Language, text: Words, i: int) -> list[int]:
    """``i``, and after one or two articles ("with the AI", "à l'aide de l'IA")."""
    found = [i]
    for _ in range(2):
        i = lang.articles.end(text, i)
        if i < 0:
            break
        found.append(i)
    return found


def _ai_after(lang: Language, text: Words, i: int, names_in_context: bool = True) -> int:
    """The AI after "with"/"con": "AI", "an AI tool", "una herramienta de IA"."""
    maker = MAKERS.end(text, i)  # "with Photoshop's Generative Fill", "by Google Gemini"
    if maker >= 0:
        i = maker + (maker < len(text.folded) and text.folded[maker] == "s")
    for k in _after_articles(lang, text, i):
        end = _agent(lang, text, k, names_in_context)
        tool = lang.tools.end(text, k) if end < 0 else -1
        if tool >= 0 and (of := lang.of.end(text, tool)) >= 0:
            end = max(_agent(lang, text, m) for m in _after_articles(lang, text, of))
        if end >= 0:
            return end if _about_this_picture(text, end) else -1
    return -1


def _made_by_ai(lang: Language, text: Words, i: int) -> int:
    """ "Generated with AI", "Edited in Photoshop with generative AI" (a few words may say
    where or by whom first), and as a credit "Illustration by DALL-E" (never "Photo by Sora")."""
    made = lang.made.end(text, i)
    end = -1
    for k in range(made, min(made + 1 + MADE_REACH, len(text.folded)) if made >= 0 else made):
        if k > made and (text.folded[k] in CREDIT_BREAKS or text.folded[k] in NEGATIONS):
            break  # "Edited by Jana, who works with AI", "Made with no AI"
        by = lang.by.end(text, k)
        if by >= 0 and (end := _ai_after(lang, text, by)) >= 0:
            break
        joined = lang.joined.end(text, k)  # "مولدة بالذكاء الاصطناعي": "with AI" in one word
        if joined >= 0 and _about_this_picture(text, joined):
            end = joined
            break
    credited = lang.credited.end(text, i)
    return max(end, _ai_after(lang, text, credited, False) if credited >= 0 else -1)


def _by_ai_made(lang: Language, text: Words, i: int) -> int:
    by = lang.by.end(text, i)
    for k in _after_articles(lang, text, by) if by >= 0 else []:
        ai = _agent(lang, text, k)
        if ai < 0:
            continue
        tool = lang.tools.end(text, ai)  # "mit einem KI-Tool erstellt"
        return max(lang.made.end(text, ai), lang.made.end(text, tool))
    return -1


def _ai_made_or_used(lang: Language, text: Words, i: int) -> int:
    """ "AI-generated", "AI generated image", "AI was used"; not "AI made headlines", where the
    participle is the verb of a sentence about AI: without a hyphen it must end the phrase or
    come before the picture ("AI made this image")."""
    agent = _agent(lang, text, i)
    made = lang.made.end(text, agent)
    if made >= 0 and not text.hyphened[agent] and not _ends_or_pictured(lang, text, made):
        made = -1
    return max(made, lang.used.end(text, _agent(lang, text, i, False)))


def _ends_or_pictured(lang: Language, text: Words, k: int) -> bool:
    """Does the phrase end at word ``k`` (end, punctuation, "and"), or a picture follow it, after
    at most two small words ("this image")?"""
    if k >= len(text.folded) or text.folded[k] in CREDIT_BREAKS or text.folded[k] in JOINERS:
        return True
    for m in range(k, min(k + 3, len(text.folded))):
        if lang.pictures.end(text, m) >= 0 or LABELS.end(text, m) >= 0:  # ("AI generated photo")
            return True
        if text.folded[m] not in BETWEEN:
            return False
    return False


def _ai_picture(lang: Language, text: Words, i: int) -> int:
    if lang.row.picture_first:  # "image IA", "imagen de IA"
        picture = lang.pictures.end(text, i)
        if picture < 0:
            return -1
        end = max(
            _agent(lang, text, picture, False), _agent(lang, text, lang.of.end(text, picture))
        )
    else:  # "AI image", "KI-Bild"
        end = lang.pictures.end(text, _agent(lang, text, i, False))
    return end if end >= 0 and _about_this_picture(text, end) else -1


Shape = Callable[[Language, Words, int], int]


def _starts(lang: Language) -> Iterator[tuple[Phrases | frozenset[str], Shape]]:
    """What starts each shape: a participle, a preposition, a name of AI, a picture."""
    names = (lang.ai, GENERATORS, GENERATORS_IN_CONTEXT, frozenset(lang.row.capitals))
    yield lang.made, _made_by_ai
    yield lang.credited, _made_by_ai
    yield lang.by, _by_ai_made
    for name in names:
        yield name, _ai_made_or_used
        if not lang.row.picture_first:
            yield name, _ai_picture
    if lang.row.picture_first:
        yield lang.pictures, _ai_picture


def _shapes_by_first_word() -> tuple[dict[str, list[tuple[Language, Shape]]], ...]:
    """The shapes each word may start, so that a word reads only those (capitals by their raw
    spelling, every other word folded)."""
    folded: dict[str, list[tuple[Language, Shape]]] = {}
    capitals: dict[str, list[tuple[Language, Shape]]] = {}
    for lang in LANGUAGES:
        for start, shape in _starts(lang):
            if isinstance(start, Phrases):
                for word in start.firsts():
                    folded.setdefault(word, []).append((lang, shape))
            else:
                for word in start:
                    capitals.setdefault(word, []).append((lang, shape))
    return folded, capitals


SHAPES_BY_WORD, SHAPES_BY_CAPITALS = _shapes_by_first_word()


def _a_topic(text: Words, i: int) -> bool:
    """Does a topic word stand right before word ``i`` (articles between), or start there ("on
    AI-generated", read as "with AI made"): "a guide to AI-generated images" is about such
    pictures, not one of them."""
    if TOPICS.end(text, i) >= 0:
        return True
    for k in range(i - 1, max(i - 4, -1), -1):
        for start in range(max(k - 2, 0), k + 1):  # ("guide to", "au lieu de": a few words)
            if TOPICS.end(text, start) == k + 1:
                return True
        if text.folded[k] not in ARTICLES and text.folded[k] not in PICTURES:
            return False  # ("sur les images générées par IA": the pictures stand between)
    return False


def _negated(text: Words, i: int) -> bool:
    """Is there a negation right before word ``i``, in the same clause?"""
    for k in range(i - 1, max(i - 2 - NEGATION_REACH, -1), -1):
        word = text.folded[k]
        if word in NEGATIONS or word.endswith("n't"):
            return True
        if word not in NEGATION_CROSSES:
            return False
    return False


SENTENCE_ENDS = frozenset(".!;…")


def _asked(text: Words) -> list[bool]:
    """For each word: is its sentence a question ("Is this AI-generated?"), which discloses
    nothing? One pass from the end."""
    asked, question = [False] * len(text.folded), False
    for k in range(len(text.folded) - 1, -1, -1):
        word = text.folded[k]
        question = word == "?" or (question and word not in SENTENCE_ENDS)
        asked[k] = question
    return asked


def _answer(text: Words, end: int) -> tuple[int, int]:
    """The answer after a phrase ending at word ``end``, as a form or a quiz gives it
    ("AI-generated: false", "AI-generated? No.", "KI-generiert: ja"): (1 for yes, -1 for no, 0
    for none; where the answer ends). An answer is a word of its own, before the end or
    punctuation ("AI image: no filter was used" answers nothing)."""
    n = len(text.folded)
    if end >= n or text.folded[end] not in ASKS:
        return 0, end
    for phrases, says in ((ANSWERS_NO, -1), (ANSWERS_YES, 1)):
        stop = phrases.end(text, end + 1)
        if stop >= 0 and (stop >= n or text.folded[stop] in CREDIT_BREAKS):
            return says, stop
    return 0, end


def _says_it(text: Words, wording: tuple[str, ...]) -> bool:
    """A phrase of any shape, not negated, asked, answered no or taken back by its sentence
    (:mod:`.disclosure_scope`), anywhere in the text (one pass, left to right)."""
    asked = _asked(text)
    scope: Scope | None = None  # read once, at the first phrase
    i = 0
    while i < len(text.folded):
        word = text.folded[i]
        shapes = (*SHAPES_BY_WORD.get(word, ()), *SHAPES_BY_CAPITALS.get(text.raw[i], ()))
        found = [(lang.row.code, shape(lang, text, i)) for lang, shape in shapes]
        if wording and word == wording[0] and text.folded[i : i + len(wording)] == wording:
            found.append(("", i + len(wording)))  # the writer's own: any language's negation
        found = [(language, end) for language, end in found if end >= 0]
        if not found:
            i += 1
            continue
        plain = not asked[i] and not _negated(text, i) and not _a_topic(text, i)
        scope = scope or Scope(text)
        stops = []
        for language, end in found:
            answer, stop = _answer(text, end)
            if (answer > 0 or (answer == 0 and plain)) and scope.allows(i, end, language):
                return True
            stops.append(stop)
        i = max(stops)  # "not made with AI-generated textures": nothing inside counts either
    return False


CAPTION_BREAKS = frozenset(".;:!?()[]{}|-–—…")
CREDIT_BREAKS = CAPTION_BREAKS | {"/", ",", "via"}


def _credited_to_ai(text: Words, breaks: frozenset[str]) -> bool:
    """Is a part of the text (between punctuation) only names of AI and generators, with at
    least one that cannot be something else ("Midjourney/AI"), or after a label ("Bild: KI")?"""
    labelled = False
    i, n = 0, len(text.folded)
    while i < n:
        start, sure, named, only_ai = i, False, False, True
        ends = CREDIT_BREAKS if labelled else breaks  # "Illustration: Midjourney, edited by…"
        while i < n and text.folded[i] not in ends:
            end = max(ALL_AI.end(text, i), GENERATORS.end(text, i))
            if end >= 0 or text.raw[i] in CAPITALS:
                weak = end < 0 and text.raw[i] in table.CAPITALS_IN_CONTEXT
                sure, named, i = sure or not weak, True, max(end, i + 1)
            elif (end := GENERATORS_IN_CONTEXT.end(text, i)) >= 0:
                named, i = True, end
            elif (end := MAKERS.end(text, i)) >= 0:
                i = end
            elif text.folded[i] in JOINERS or text.folded[i].lstrip("v")[:1].isdigit():
                i += 1
            else:
                only_ai, i = False, i + 1
        if only_ai and (sure or (labelled and named)) and _answer(text, i)[0] >= 0:
            return True  # ("AI: no" is a form's answer, not a credit)
        labelled = i < n and text.folded[i] in ":(" and LABELS.end(text, start) == i
        i += 1
    return False


# A disclosure is read in the first quarter megabyte of a caption or credit, cut after its last
# whole sentence there (what takes a phrase back is in its own sentence): a hostile 5 MB credit
# costs no more than that, and a disclosure no reader would reach past it is not one.
READ_AT_MOST = 1 << 18


def readable(text: str) -> str:
    """The part of ``text`` that is read (see :data:`READ_AT_MOST`)."""
    if len(text) <= READ_AT_MOST:
        return text
    return text[: max(text.rfind(end, 0, READ_AT_MOST) for end in ".!?…") + 1]


def discloses_ai(text: str, *, credit: bool = False, wording: str = "") -> bool:
    """Does this caption (or, with ``credit``, this credit line) say its picture is AI-made?
    ``wording`` is the writer's own disclosure, which counts unless its sentence takes it back."""
    said = split_words(readable(text))
    own = list(split_words(wording).folded)
    while own and own[-1] in CREDIT_BREAKS:  # "Generated with AI." before "Boats."
        own.pop()
    breaks = CREDIT_BREAKS if credit else CAPTION_BREAKS
    return _credited_to_ai(said, breaks) or _says_it(said, tuple(own))
