"""The words of an AI disclosure, one row per language: what :mod:`.disclosure` reads a caption
or credit with. Adding a language is adding a ``DisclosureWords`` row to ``LANGUAGES``; the
matcher's few shapes of sentence ("generated with AI", "mit KI erstellt", "AI-generated",
"AI image", "AI was used", "Illustration: Midjourney") are the same for every language.

Words are written as a reader types them; the matcher compares them without case and accents
("generee" is "générée"), except the capital abbreviations, which count only in capitals ("ai"
is Italian for "to the", "ki" and "ia" are words in other languages).
"""

from __future__ import annotations

from dataclasses import dataclass


def inflect(stems: str, endings: str) -> tuple[str, ...]:
    """Every stem with every ending: ``inflect("generad cread", "o a os as")``. An ending of
    ``-`` is the bare stem."""
    return tuple(
        stem + ("" if ending == "-" else ending)
        for stem in stems.split()
        for ending in endings.split()
    )


@dataclass(frozen=True)
class DisclosureWords:
    code: str
    ai: tuple[str, ...]  # names of AI, any case ("artificial intelligence")
    capitals: tuple[str, ...]  # abbreviations that count only in capitals ("AI", "KI")
    made: tuple[str, ...]  # participles, every inflected form ("generated", "generiertes")
    by: tuple[str, ...]  # what comes between them and the AI ("with", "by", "with the help of")
    credited: tuple[str, ...]  # right before the AI, as a credit: "Illustration by DALL-E"
    articles: tuple[str, ...]  # may follow ``by`` ("an", "l'")
    tools: tuple[str, ...]  # "an AI tool", "una herramienta de IA"
    of: tuple[str, ...]  # between a tool and the AI ("de", "di")
    pictures: tuple[str, ...]  # "AI image", "image IA"
    picture_first: bool  # "image IA" (True) or "AI image" (False)
    used: tuple[str, ...]  # after the AI: "AI was used", "KI wurde eingesetzt"
    labels: tuple[str, ...]  # before a colon: "Illustration: Midjourney", "Bild: KI"
    negations: tuple[str, ...]  # "not", "nicht", "pas", "sin"
    between: tuple[str, ...]  # may stand between a negation and what it negates ("is", "été")
    free: tuple[str, ...]  # after the AI, denies it: "AI-free", "KI-frei"
    others: tuple[str, ...]  # after the AI, make it describe someone else: "AI researcher"
    # An answer after a colon or question mark: "AI-generated: no", "KI-generiert? Ja."
    answers_no: tuple[str, ...] = ()
    answers_yes: tuple[str, ...] = ()
    # Right before the phrase (articles between), make it a topic: "a conference on AI-generated
    # images", "ein Leitfaden über KI-generierte Bilder" (contrasts, "unlike", reach further: they
    # are in :mod:`.disclosure_denials`).
    topics: tuple[str, ...] = ()
    # The AI with its "with" written onto it, as Arabic and Hebrew attach a preposition to the
    # noun ("بالذكاء الاصطناعي", "בבינה מלאכותית"): after a participle, it is ``by`` and AI at once.
    joined: tuple[str, ...] = ()
    # Verbs of using, publishing or holding pictures (and their auxiliaries) a negation reaches
    # over, as it does over ``between``: "We did not use AI-generated images" denies them.
    uses: tuple[str, ...] = ()


ENGLISH = DisclosureWords(
    "en",
    ai=(
        *("artificial intelligence", "generative artificial intelligence", "generative AI"),
        *("machine learning", "text to image"),
    ),
    capitals=("AI", "GenAI"),
    made=(
        *inflect("generat creat produc manipulat illustrat synthesi synthesiz", "ed"),
        *inflect("edit alter enhanc modifi retouch render assist aid imagin design upscal", "ed"),
        *inflect("colouris coloriz expand extend paint restor", "ed"),
        "made",
        "drawn",
    ),
    by=("with", "by", "using", "via", "through", "in", "on", "with the help of", "by means of"),
    credited=("illustration by", "image by", "picture by", "artwork by", "art by", "photo by"),
    articles=("a", "an", "the"),
    tools=("tool", "tools", "model", "generator", "software", "program", "app", "system"),
    of=(),
    pictures=(
        *("image", "images", "picture", "pictures", "illustration", "illustrations"),
        *("artwork", "rendering", "graphic", "visual"),
    ),
    picture_first=False,
    used=("was used", "were used", "has been used", "have been used", "is used", "was employed"),
    labels=("image", "picture", "photo", "photo illustration", "illustration", "credit", "source"),
    negations=(
        *("not", "no", "never", "without", "neither", "nor", "non", "none", "nothing", "nobody"),
    ),
    between=(
        *("is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "it", "this"),
        *("that", "a", "an", "the", "entirely", "fully", "completely", "partly", "really"),
        *("actually", "even", "ever", "in", "any", "way", "at", "all"),
    ),
    free=("free",),
    others=(
        *("researcher", "researchers", "scientist", "scientists", "expert", "experts"),
        *("company", "companies", "startup", "lab", "laboratory", "conference", "summit"),
        *("act", "law", "regulation", "ethics", "policy", "pioneer", "developer", "developers"),
        *("engineer", "engineers", "chip", "chips", "exhibition", "festival", "debate", "centre"),
        *("center", "hall", "detector", "detection", "safety", "industry", "boom", "bubble"),
    ),
    answers_no=("no", "false", "none", "n/a"),
    answers_yes=("yes", "true"),
    topics=("about", "on", "regarding", "concerning", "over", "guide to"),
    uses=(
        *("use", "uses", "used", "using", "employ", "employs", "employed", "publish"),
        *("publishes", "published", "contain", "contains", "include", "includes", "show"),
        *("shows", "run", "runs"),
    ),
)

GERMAN = DisclosureWords(
    "de",
    ai=(
        *("künstliche Intelligenz", "künstlicher Intelligenz", "künstlichen Intelligenz"),
        *("generative KI", "generativer KI", "generativen KI"),
        *("generative künstliche Intelligenz", "generativer künstlicher Intelligenz"),
        "generativen künstlichen Intelligenz",
    ),
    capitals=("KI", "AI"),
    made=inflect(
        "generiert erzeugt erstellt gemacht geschaffen hergestellt bearbeitet verändert verbessert "
        "retuschiert gerendert entworfen gestaltet gezeichnet gemalt produziert manipuliert "
        "unterstützt gestützt ergänzt erweitert",
        "- e es en er em",
    ),
    by=("mit", "von", "durch", "mithilfe", "mithilfe von", "mit hilfe von", "per", "in"),
    credited=("Bild von", "Illustration von", "Grafik von", "Foto von"),
    articles=("ein", "eine", "einer", "einem", "einen", "eines", "der", "die", "dem", "den", "das"),
    tools=("tool", "tools", "werkzeug", "programm", "software", "modell", "generator", "system"),
    of=(),
    pictures=("Bild", "Bilder", "Symbolbild", "Illustration", "Grafik", "Foto", "Symbolfoto"),
    picture_first=False,
    used=(
        "wurde eingesetzt",
        "wurde verwendet",
        "wurde genutzt",
        "wurde benutzt",
        "kam zum einsatz",
    ),
    labels=(
        *("bild", "foto", "illustration", "grafik", "quelle", "bildquelle", "abbildung"),
        *("symbolbild", "symbolfoto"),
    ),
    negations=(
        *("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals"),
        *("ohne", "niemand"),
    ),
    between=(
        *("ist", "war", "wurde", "wurden", "worden", "sind", "es", "das", "dies", "dieses"),
        *("ein", "eine", "vollständig", "ganz", "komplett", "teilweise", "auch"),
    ),
    free=("frei",),
    others=(
        *("forscher", "forscherin", "forschung", "experte", "expertin", "konferenz", "gesetz"),
        *("verordnung", "firma", "unternehmen", "entwickler", "pionier", "ethik", "gipfel"),
        *("zentrum", "messe", "ausstellung", "debatte", "branche", "erkennung"),
    ),
    answers_no=("nein", "falsch", "keine"),
    answers_yes=("ja", "wahr"),
    topics=("über", "zum thema"),
    uses=(
        *("verwendet", "verwenden", "verwendeten", "genutzt", "nutzen", "benutzt", "eingesetzt"),
        *("veröffentlicht", "veröffentlichen", "zeigt", "zeigen", "enthält", "haben"),
    ),
)

FRENCH = DisclosureWords(
    "fr",
    ai=("intelligence artificielle", "IA générative"),
    capitals=("IA", "IAG"),
    made=inflect(
        "généré créé fait réalisé produit conçu retouché modifié amélioré dessiné imaginé "
        "fabriqué assisté illustré altéré",
        "- e s es",
    ),
    by=(
        *("par", "avec", "grâce à", "à l'aide de", "à l'aide d'", "au moyen de", "via", "en"),
        "au moyen d'",
    ),
    credited=("image par", "illustration par"),
    articles=("l", "la", "le", "les", "une", "un", "d", "de", "des"),
    tools=("outil", "outils", "logiciel", "modèle", "générateur", "programme", "système"),
    of=("de", "d"),
    pictures=("image", "images", "illustration", "photo", "visuel"),
    picture_first=True,
    used=("a été utilisée", "a été utilisé", "a servi"),
    labels=("image", "photo", "illustration", "crédit", "crédits", "source", "visuel"),
    negations=("pas", "sans", "non", "jamais", "ni", "aucun", "aucune"),
    between=("a", "est", "été", "ce", "cette", "il", "elle", "un", "une", "entièrement", "ne", "n"),
    free=(),
    others=("chercheur", "chercheurs", "expert", "experts", "entreprise", "conférence", "loi"),
    answers_no=("non", "faux", "aucune"),
    answers_yes=("oui", "vrai"),
    topics=("sur", "concernant"),
    uses=(
        *("utilise", "utilisé", "utilisée", "utilisés", "utilisées", "utilisons", "utilisent"),
        *("employé", "employons", "publie", "publié", "publions", "contient", "montre"),
        *("avons", "d", "de", "des"),
    ),
)

SPANISH = DisclosureWords(
    "es",
    ai=("inteligencia artificial", "IA generativa"),
    capitals=("IA",),
    made=inflect(
        "generad cread hech producid realizad editad retocad modificad mejorad diseñad "
        "dibujad elaborad asistid alterad",
        "o a os as",
    ),
    by=("con", "por", "mediante", "con ayuda de", "con la ayuda de", "a través de", "usando"),
    credited=("imagen por", "ilustración por"),
    articles=("la", "el", "una", "un", "los", "las"),
    tools=("herramienta", "herramientas", "programa", "modelo", "generador", "software", "sistema"),
    of=("de",),
    pictures=("imagen", "imágenes", "ilustración", "foto", "fotografía"),
    picture_first=True,
    used=("fue usada", "fue utilizada", "fue usado", "fue utilizado"),
    labels=("imagen", "foto", "ilustración", "crédito", "créditos", "fuente"),
    negations=("no", "sin", "nunca", "jamás", "ni", "ningún", "ninguna", "nadie"),
    between=("es", "fue", "fueron", "ha", "han", "sido", "está", "un", "una", "totalmente", "se"),
    free=(),
    others=("investigador", "investigadora", "experto", "experta", "empresa", "ley"),
    answers_no=("no", "falso", "ninguna"),
    answers_yes=("sí", "verdadero"),
    topics=("sobre", "acerca de"),
    uses=(
        *("usamos", "usado", "usada", "usa", "usan", "utilizamos", "utilizado", "utiliza"),
        *("utilizan", "publicamos", "publicado", "publica", "contiene", "muestra", "hemos"),
    ),
)

ITALIAN = DisclosureWords(
    "it",
    ai=("intelligenza artificiale", "IA generativa", "AI generativa"),
    capitals=("IA", "AI"),
    made=inflect(
        "generat creat fatt prodott realizzat modificat ritoccat migliorat disegnat "
        "elaborat assistit alterat",
        "o a i e",
    ),
    by=(
        *("con", "da", "dalla", "dall", "dal", "tramite", "mediante", "grazie a", "grazie all"),
        *("con l'aiuto di", "con l'aiuto dell", "usando", "utilizzando"),
    ),
    credited=("immagine di", "illustrazione di"),
    articles=("l", "la", "il", "lo", "una", "un", "gli", "le", "i"),
    tools=("strumento", "strumenti", "programma", "modello", "generatore", "software", "sistema"),
    of=("di", "dell", "della"),
    pictures=("immagine", "immagini", "illustrazione", "foto", "fotografia"),
    picture_first=True,
    used=("è stata usata", "è stata utilizzata", "è stato usato", "è stato utilizzato"),
    labels=("immagine", "foto", "illustrazione", "credito", "crediti", "fonte"),
    negations=("non", "senza", "mai", "né", "nessuno"),
    between=("è", "e", "stata", "stato", "stati", "state", "ha", "una", "un", "interamente"),
    free=(),
    others=("ricercatore", "ricercatrice", "esperto", "esperta", "azienda", "legge"),
    answers_no=("no", "falso", "nessuna"),
    answers_yes=("sì", "vero"),
    topics=("sulle", "sulla", "sugli", "sul", "riguardo"),
    uses=(
        *("usato", "usata", "usati", "usiamo", "usa", "usano", "utilizzato", "utilizziamo"),
        *("utilizza", "pubblicato", "pubblichiamo", "pubblica", "contiene", "mostra"),
        *("abbiamo", "ho", "hanno"),
    ),
)

PORTUGUESE = DisclosureWords(
    "pt",
    ai=("inteligência artificial", "IA generativa"),
    capitals=("IA", "AI"),
    made=inflect(
        "gerad criad feit produzid realizad editad retocad modificad melhorad desenhad "
        "elaborad assistid alterad",
        "o a os as",
    ),
    by=("por", "pela", "pelo", "com", "com a ajuda de", "através de", "usando", "no", "na"),
    credited=("imagem por", "ilustração por"),
    articles=("a", "o", "uma", "um", "os", "as"),
    tools=("ferramenta", "ferramentas", "programa", "modelo", "gerador", "software", "sistema"),
    of=("de", "da", "do"),
    pictures=("imagem", "imagens", "ilustração", "foto", "fotografia"),
    picture_first=True,
    used=("foi usada", "foi utilizada", "foi usado", "foi utilizado"),
    labels=("imagem", "foto", "ilustração", "crédito", "créditos", "fonte"),
    negations=("não", "sem", "nunca", "jamais", "nem", "nenhum", "nenhuma", "ninguém"),
    between=("é", "foi", "foram", "sido", "uma", "um", "totalmente", "se"),
    free=(),
    others=("pesquisador", "pesquisadora", "investigador", "especialista", "empresa", "lei"),
    answers_no=("não", "falso", "nenhuma"),
    answers_yes=("sim", "verdadeiro"),
    topics=("sobre", "acerca de"),
    uses=(
        *("usamos", "usado", "usada", "usa", "usam", "utilizamos", "utilizado", "utiliza"),
        *("publicamos", "publicado", "publica", "contém", "mostra", "temos"),
    ),
)

DUTCH = DisclosureWords(
    "nl",
    ai=("kunstmatige intelligentie", "generatieve kunstmatige intelligentie", "generatieve AI"),
    capitals=("AI",),
    made=inflect(
        "gegenereerd gemaakt gecreëerd geproduceerd bewerkt aangepast verbeterd ontworpen "
        "getekend geschilderd ondersteund",
        "- e",
    ),
    by=("met", "door", "met behulp van", "via", "in"),
    credited=("beeld door", "illustratie door", "afbeelding door"),
    articles=("de", "het", "een"),
    tools=("tool", "programma", "model", "generator", "software", "systeem"),
    of=(),
    pictures=("beeld", "afbeelding", "afbeeldingen", "illustratie", "foto", "beelden"),
    picture_first=False,
    used=("werd gebruikt", "is gebruikt", "werd ingezet", "is ingezet"),
    labels=("beeld", "foto", "afbeelding", "illustratie", "bron"),
    negations=("niet", "geen", "zonder", "nooit", "noch", "niemand"),
    between=("is", "werd", "zijn", "was", "het", "een", "dit", "deze", "volledig", "geheel"),
    free=("vrij",),
    others=("onderzoeker", "onderzoekers", "expert", "bedrijf", "conferentie", "wet"),
    answers_no=("nee", "onwaar", "geen"),
    answers_yes=("ja", "waar"),
    topics=("over",),
    uses=("gebruikt", "gebruiken", "gebruikten", "gepubliceerd", "publiceren", "bevat", "toont"),
)

ARABIC = DisclosureWords(
    "ar",
    ai=("الذكاء الاصطناعي", "ذكاء اصطناعي", "الذكاء الاصطناعي التوليدي"),
    capitals=("AI",),
    made=(
        *("مولدة", "مولد", "مولدات", "منشأة", "منشأ", "مصنوعة", "مصنوع", "معدلة", "معدل"),
        *("مصممة", "مصمم", "مرسومة", "مرسوم", "منتجة بالكامل", "محسنة", "محسن"),
        *("تم توليدها", "تم توليده", "تم إنشاؤها", "تم إنشاؤه", "تم تعديلها", "تم تعديله"),
        *("أنشئت", "أنشئ", "المولدة", "المصنوعة", "المعدلة"),
    ),
    by=("بواسطة", "باستخدام", "بمساعدة", "عبر", "من خلال", "عن طريق"),
    credited=(),
    articles=(),
    tools=("أداة", "أدوات", "برنامج", "نموذج"),
    of=(),
    pictures=("صورة", "الصورة", "صور", "الصور", "رسم", "رسمة"),
    picture_first=True,
    used=(),
    labels=("صورة", "الصورة", "تصوير", "رسم توضيحي", "المصدر", "مصدر"),
    negations=("ليست", "ليس", "لم", "لا", "غير", "بدون", "دون", "بلا"),
    between=("هذه", "هذا", "هي", "هو", "تكن", "يكن", "يتم", "تم", "كليا", "بالكامل"),
    free=(),
    others=(
        *("باحث", "باحثة", "باحثون", "خبير", "خبيرة", "خبراء", "شركة", "شركات", "مؤتمر"),
        *("قانون", "قمة", "معرض"),
    ),
    answers_no=("لا", "خطأ"),
    answers_yes=("نعم", "صحيح"),
    topics=("عن", "حول", "بشأن"),
    joined=("بالذكاء الاصطناعي", "بذكاء اصطناعي"),
)

HEBREW = DisclosureWords(
    "he",
    ai=("בינה מלאכותית", "בינה מלאכותית יוצרת", "בינה מלאכותית גנרטיבית"),
    capitals=("AI",),
    made=(
        *("נוצר", "נוצרה", "נוצרו", "שנוצר", "שנוצרה", "שנוצרו", "הופק", "הופקה", "הופקו"),
        *("שופר", "שופרה", "עוצב", "עוצבה", "צויר", "צוירה"),  # not עובד: also "works"
        *("ערוך", "ערוכה", "מחולל", "מחוללת", "נערך", "נערכה"),
    ),
    by=("באמצעות", "בעזרת", "על ידי", "ע״י", "עם"),
    credited=(),
    articles=(),
    tools=("כלי", "תוכנת", "מודל"),
    of=("של",),
    pictures=("תמונה", "התמונה", "תמונת", "איור", "הדמיה"),
    picture_first=True,
    used=(),
    labels=("תמונה", "צילום", "איור", "קרדיט", "מקור", "הדמיה"),
    negations=("לא", "אין", "ללא", "בלי", "אינה", "אינו"),
    between=("היא", "הוא", "זו", "זה", "הזו", "הזאת", "הזה", "כולה", "כולו", "כלל"),
    free=(),
    others=(
        *("חוקר", "חוקרת", "חוקרים", "מומחה", "מומחים", "חברת", "חברה", "כנס", "חוק"),
        *("תערוכה", "פסגה"),
    ),
    answers_no=("לא",),
    answers_yes=("כן",),
    topics=("בנושא", "אודות"),
    joined=("בבינה מלאכותית",),
)

LANGUAGES = (ENGLISH, GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, ARABIC, HEBREW)

# Generators whose name alone credits a picture to AI ("Midjourney/AI", "Illustration: DALL-E").
GENERATORS = (
    *("Midjourney", "DALL-E", "DALLE", "Stable Diffusion", "Adobe Firefly", "Google Imagen"),
    *("Ideogram", "ChatGPT", "GPT-4o", "GPT Image", "Leonardo AI", "Bing Image Creator"),
    *("DreamStudio", "NightCafe", "Craiyon", "Recraft", "Nano Banana", "Seedream"),
    *("Generative Fill", "Generative Expand"),  # Photoshop's
)
# Names that are also a word, a person or another product: they count after "made with" or a
# label ("Image: Firefly"), never alone ("Firefly, Photinus pyralis").
GENERATORS_IN_CONTEXT = ("Firefly", "Flux", "Sora", "Gemini", "Copilot", "Grok", "Runway", "Krea")
# Their makers and the apps they come in, which a credit may name beside the generator
# ("DALL-E / OpenAI") and a caption before it ("with Photoshop's Generative Fill").
MAKERS = (
    *("OpenAI", "Adobe", "Google", "Microsoft", "Stability AI", "Black Forest Labs", "xAI"),
    *("Photoshop", "Lightroom", "Canva"),
)
# Capitals that are also initials or a place ("Shot in IA"): alone they need a label ("Bild: KI").
CAPITALS_IN_CONTEXT = ("KI", "IA", "IAG")
# Between the names of a credit ("Midjourney/AI", "DALL-E & Firefly").
JOINERS = ("and", "und", "et", "y", "e", "en", "&", "+", "/", ",", "x")
