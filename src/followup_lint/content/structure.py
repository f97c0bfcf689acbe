"""What a sentence does, beside which words it uses: person, mood, softeners, deadlines.

An option of the role classifier (``FEATURE_CONFIG["structure"]``, measured in
benchmarks/README.md and off in the shipped model). Its lemma features know words; these know
the sentence's shape, the
same in every language, so what the model learns from 3,000 English sentences also applies to a
Dutch one: who acts (the sender "I"/"we", the reader "you", or a third party), whether it asks
a question, gives an order or states something, whether it softens ("if", "would", "no problem
if not"), sets a deadline ("by Friday", "bis Freitag"), negates, or names a number in words, and
(as a measured option) a few of these crossed ("we" with money: an offer; an order with a
deadline: a pushy ask). The word lists per language are short and readable: grammar words, not
phrasings of a role.

:func:`structure` gives the features of one sentence from its words (as
:func:`.features.sentence_words` reads them) and their lemmas; :data:`DESCRIPTIONS` says each one
in words for a finding's evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DESCRIPTIONS", "describe_structure", "mood", "structure", "subject_person"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Subject pronouns (nominative), by person: who does what the sentence says.
SUBJECTS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"i": _words("i"), "we": _words("we"), "you": _words("you")},
    "de": {"i": _words("ich"), "we": _words("wir"), "you": _words("sie du ihr")},
    "fr": {"i": _words("je j"), "we": _words("nous on"), "you": _words("vous tu")},
    "es": {"i": _words("yo"), "we": _words("nosotros nosotras"), "you": _words("usted ustedes tú vosotros")},
    "nl": {"i": _words("ik"), "we": _words("we wij"), "you": _words("u je jij jullie")},
}

#: Possessives: whose thing the sentence is about ("our team", "your team").
OWNERS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"our": _words("our ours my mine"), "your": _words("your yours")},
    "de": {"our": _words("unser unsere unserem unseren unserer unseres mein meine meinem meinen meiner"),
           "your": _words("ihr ihre ihrem ihren ihrer ihres dein deine deinem deinen euer eure")},
    "fr": {"our": _words("notre nos mon ma mes"), "your": _words("votre vos ton ta tes")},
    "es": {"our": _words("nuestro nuestra nuestros nuestras mi mis"), "your": _words("su sus tu tus vuestro vuestra")},
    "nl": {"our": _words("ons onze mijn"), "your": _words("uw jouw je jullie")},
}

#: Words that open a question, by what they ask about.
QUESTION_WORDS: dict[str, dict[str, frozenset[str]]] = {
    "en": {"who": _words("who whom whose"), "what": _words("what which"), "when": _words("when"),
           "how": _words("how"), "why": _words("why"),
           "yesno": _words("do does did are is was were can could would will should have has shall may")},
    "de": {"who": _words("wer wem wen wessen"), "what": _words("was welche welcher welches welchen"),
           "when": _words("wann"), "how": _words("wie"), "why": _words("warum wieso weshalb"),
           "yesno": _words("haben hat hätten sind ist wären können könnten würden wollen möchten dürfen passt gibt")},
    "fr": {"who": _words("qui"), "what": _words("que qu quoi quel quelle quels quelles"), "when": _words("quand"),
           "how": _words("comment combien"), "why": _words("pourquoi"),
           "yesno": _words("est pourriez auriez seriez avez êtes voulez souhaitez peut")},
    "es": {"who": _words("quién quiénes"), "what": _words("qué cuál cuáles"), "when": _words("cuándo"),
           "how": _words("cómo cuánto cuánta cuántos cuántas"), "why": _words("por qué"),
           "yesno": _words("tiene tienen podría podríamos puede le te es está hay")},
    "nl": {"who": _words("wie"), "what": _words("wat welke welk"), "when": _words("wanneer"),
           "how": _words("hoe hoeveel"), "why": _words("waarom"),
           "yesno": _words("heeft hebt bent is zijn kunt kan kunnen zou zouden wilt wil mag past")},
}

#: Conditionals and softeners: the sentence leaves the reader a way out.
SOFTENERS: dict[str, frozenset[str]] = {
    "en": _words("if would could might maybe perhaps whenever unless otherwise either happy feel worry worries"),
    "de": _words("wenn falls würde würden könnte könnten vielleicht gerne gern sonst eventuell ob"),
    "fr": _words("si s pourrait pourriez pourrions serait seriez peut-être volontiers sinon éventuellement hésitez"),
    "es": _words("si podría podríamos podrías quizá quizás tal encantado encantada sino cuando"),
    "nl": _words("als indien zou zouden misschien graag gerust anders eventueel wellicht"),
}

#: Negation.
NEGATIONS: dict[str, frozenset[str]] = {
    "en": _words("not no never without nothing none nobody n't don't won't can't"),
    "de": _words("nicht kein keine keinen keiner keinem nie niemals ohne nichts"),
    "fr": _words("ne n pas jamais sans rien aucun aucune personne"),
    "es": _words("no nunca sin nada ningún ninguna ninguno nadie"),
    "nl": _words("niet geen nooit zonder niets niemand"),
}

#: Words that set a limit in time when a time word or a number follows them ("by Friday").
DEADLINE_WORDS: dict[str, frozenset[str]] = {
    "en": _words("by before until till within latest"),
    "de": _words("bis vor spätestens innerhalb binnen"),
    "fr": _words("avant d ici jusqu jusqu'à jusqu'au plus tard sous"),
    "es": _words("antes hasta tardar dentro"),
    "nl": _words("voor vóór uiterlijk tot binnen"),
}

#: Words that end a time limit by themselves ("deadline", "last day", "expires").
LIMIT_WORDS: dict[str, frozenset[str]] = {
    "en": _words("deadline expire expires last ends end only left"),
    "de": _words("frist läuft letzte letzten letzter nur ende endet"),
    "fr": _words("délai expire dernier dernière derniers seulement fin termine"),
    "es": _words("plazo vence último última últimos solo sólo termina fin"),
    "nl": _words("deadline verloopt laatste alleen slechts eindigt"),
}

#: Time words (days, months, parts of the day) that a deadline word can point at.
TIME_WORDS = _words(
    "today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday week weekend month "
    "quarter midnight noon eod end close morning afternoon evening hour hours minutes day days "
    "january february march april may june july august september october november december "
    "heute morgen montag dienstag mittwoch donnerstag freitag samstag sonntag woche wochenende monat "
    "quartal uhr stunden tag tage tagen ende "
    "aujourd'hui demain lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois trimestre "
    "heures jour jours soir midi fin "
    "hoy mañana lunes martes miércoles jueves viernes sábado domingo semana mes trimestre horas día "
    "días noche mediodía final "
    "vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week maand kwartaal uur "
    "dag dagen avond middag einde eind"
)

#: Numbers written as words ("three seats left"); not "one", which is also an article.
NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred thousand "
    "dozen half double twice "
    "zwei drei vier fünf sechs sieben acht neun zehn zwölf zwanzig dreißig fünfzig hundert tausend dutzend "
    "halb halbe doppelt "
    "deux trois quatre cinq six sept huit neuf dix douze quinze vingt trente cinquante cent mille moitié "
    "double "
    "dos tres cuatro cinco seis siete ocho nueve diez doce quince veinte treinta cincuenta cien mil mitad "
    "doble "
    "twee drie vier vijf zes zeven acht negen tien twaalf vijftien twintig dertig vijftig honderd duizend "
    "helft dubbel"
)

#: Words that cannot open an order (pronouns, articles, prepositions, question words...), so
#: "Book a call" reads as an order and "The call is booked" does not.
_NOT_VERBS: dict[str, frozenset[str]] = {
    "en": _words("i we you it they he she this that these those there here the a an my our your their its his her "
                 "in on at for with to from of about after before as if when what who how why which just so and but "
                 "or hi hey hello dear thanks thank ps p s quick great good new one two most many all some any every"),
    "nl": _words("ik we wij u je jij het dit dat deze die er hier de een mijn ons onze uw jouw hun in op bij voor met "
                 "naar van over na als wat wie hoe waarom welke wanneer en maar of hoi hallo beste dank bedankt ps "
                 "korte nieuwe veel alle"),
}
_OBJECT_STARTS: dict[str, frozenset[str]] = {
    "en": _words("a an the me us your this that it my our them some any up back out in on to with for "
                 "whatever one yourself <num> <var> <name> <url> us"),
    "nl": _words("me mij ons een de het uw je jouw gerust even dan maar ons <num> <var> <name> <url>"),
}
_FORMAL_YOU_AFTER_VERB = {"de": "sie", "nl": "u"}
_ES_CLITICS = ("me", "nos", "melo", "mela", "selo", "sela", "le", "les", "lo", "la", "los", "las")
_ACCENTED = frozenset("áéíóú")
_FR_NOT_IMPERATIVE = _words("chez assez nez")
_LEAD_WORDS = _words("please just so and ps p s bitte s'il plait plaît por favor alsjeblieft alstublieft graag")
_PLEASE = _words("please bitte plaît plait favor alsjeblieft alstublieft")
_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": _words("can will would could should may might must also already just really be have do shall 'd 'll 're 've 'm"),
    "de": _words("können werden würden könnten sollten möchten müssen auch bereits schon gerne gern haben sind"),
    "fr": _words("pouvoir vouloir devoir aller être avoir aussi déjà ne n"),
    "es": _words("poder querer deber ir haber estar ser también ya"),
    "nl": _words("kunnen zullen willen moeten mogen ook al graag even hebben zijn zou zouden"),
}

DESCRIPTIONS = {
    "subj:i": "the sender as subject (I)",
    "subj:we": "the sender's side as subject (we)",
    "subj:you": "the reader as subject (you)",
    "subj:none": "a third party as subject",
    "own:our": "the sender's things (our)",
    "own:your": "the reader's things (your)",
    "mood:question": "a question",
    "mood:imperative": "an order or request",
    "mood:statement": "a statement",
    "please": "please",
    "soft": "a softener or condition",
    "neg": "a negation",
    "deadline": "a deadline",
    "limit": "a time limit",
    "qword:who": "a question about who",
    "qword:what": "a question about what",
    "qword:when": "a question about when",
    "qword:how": "a question about how",
    "qword:why": "a question about why",
    "qword:yesno": "a yes/no question",
    "num": "a number in words",
    "var": "a variable",
    "short": "a short line",
}


def _strip_elision(word: str) -> str:
    """``n'hésitez`` -> ``hésitez``; ``j'ai`` -> ``ai``."""
    for mark in ("'", "’"):
        if mark in word:
            head, _, tail = word.partition(mark)
            if len(head) <= 2:
                return tail
    return word


def _content(words: Sequence[str]) -> list[str]:
    """The words after leading "please", "so", a name or a comma-less greeting."""
    start = 0
    while start < len(words) and (words[start] in _LEAD_WORDS or words[start] in ("<name>", "<var>")):
        start += 1
    return list(words[start:])


def subject_person(words: Sequence[str], lang: str) -> str:
    """``i``, ``we``, ``you`` (the first subject pronoun, or a Spanish/French first-person-plural
    verb ending), else ``none``."""
    table = SUBJECTS.get(lang, SUBJECTS["en"])
    for word in words:
        plain = _strip_elision(word) if lang == "fr" and word.startswith(("j'", "j’")) else word
        if word.startswith(("j'", "j’")) and lang == "fr":
            return "i"
        for person, pronouns in table.items():
            if plain in pronouns:
                return person
        if lang == "es" and len(word) > 5 and word.endswith(("amos", "emos", "imos")):
            return "we"
    return "none"


def mood(words: Sequence[str], lang: str, question: bool) -> str:
    """``question``, ``imperative`` or ``statement`` from word order and a few grammar words."""
    if question:
        return "question"
    rest = _content(words)
    if not rest:
        return "statement"
    first = _strip_elision(rest[0]) if lang == "fr" else rest[0]
    second = rest[1] if len(rest) > 1 else ""
    if lang in ("en", "nl"):
        if lang == "en" and first in ("don't", "do") and second in ("not", "miss", "forget", "hesitate", "wait", "let"):
            return "imperative"
        if first not in _NOT_VERBS[lang] and not first.startswith("<") and second in _OBJECT_STARTS[lang]:
            if lang == "en" and first.endswith(("ed", "ing", "ly")):
                return "statement"
            return "imperative"
        if lang == "nl" and first.endswith("t") and second == "u":
            return "imperative"
    elif lang == "de":
        if first.endswith("en") and second == _FORMAL_YOU_AFTER_VERB["de"]:
            return "imperative"
    elif lang == "fr":
        if len(first) > 3 and first.endswith("ez") and first not in _FR_NOT_IMPERATIVE:
            return "imperative"
        if first == "merci" and second in ("de", "d"):
            return "imperative"
    elif lang == "es":
        if len(first) > 4 and first.endswith(_ES_CLITICS) and _ACCENTED & set(first):
            return "imperative"
    if any(word in _PLEASE for word in words):
        return "imperative"
    return "statement"


def _question_kind(words: Sequence[str], lang: str) -> str:
    table = QUESTION_WORDS.get(lang, QUESTION_WORDS["en"])
    for word in _content(words)[:3]:
        plain = _strip_elision(word) if lang == "fr" else word
        for kind, members in table.items():
            if plain in members and (kind != "yesno" or word == _content(words)[0]):
                return kind
    return ""


def _has_deadline(words: Sequence[str], lang: str) -> bool:
    markers = DEADLINE_WORDS.get(lang, DEADLINE_WORDS["en"])
    for index, word in enumerate(words):
        if word in markers or (lang == "fr" and _strip_elision(word) in markers):
            following = words[index + 1 : index + 4]
            if any(w in TIME_WORDS or w == "<num>" for w in following):
                return True
    return False


def _verbs_after(words: Sequence[str], lemmas: Sequence[str], lang: str, person: str) -> list[str]:
    """The lemmas that follow the subject pronoun (an auxiliary and the word after it)."""
    table = SUBJECTS.get(lang, SUBJECTS["en"]).get(person, frozenset())
    auxiliaries = _AUXILIARIES.get(lang, frozenset())
    for index, word in enumerate(words):
        if lang == "es" and person == "we" and len(word) > 5 and word.endswith(("amos", "emos", "imos")):
            return [lemmas[index]]
        if word in table:
            found = []
            for lemma in lemmas[index + 1 : index + 3]:
                if lemma.startswith("<"):
                    break
                found.append(lemma)
                if lemma not in auxiliaries:
                    break
            return found
    return []


def structure(
    words: Sequence[str], lemmas: Sequence[str], shapes: frozenset[str], lang: str, *, pairs: bool = False, verbs: bool = False
) -> set[str]:
    """The structural features of one sentence: its facts (``g:subj:we``, ``g:deadline``...);
    with ``pairs``, every pair of them (``g:deadline&mood:imperative``); with ``verbs``, the
    subject or an order crossed with its verb's lemma (``x:we>help``, ``x:order>book``). The
    facts alone measured best on new wording; pairs and verbs lost (benchmarks/README.md).
    The classifier reads them when ``FEATURE_CONFIG["structure"]`` is set (off as shipped)."""
    person = subject_person(words, lang)
    kind = mood(words, lang, "question" in shapes)
    facts = {f"subj:{person}", f"mood:{kind}"}
    for owner, members in OWNERS.get(lang, OWNERS["en"]).items():
        if any(word in members for word in words):
            facts.add(f"own:{owner}")
    if any(word in _PLEASE for word in words):
        facts.add("please")
    if any(word in SOFTENERS.get(lang, frozenset()) for word in words):
        facts.add("soft")
    negations = NEGATIONS.get(lang, frozenset())
    if any(word in negations or word.endswith("n't") for word in words):
        facts.add("neg")
    if _has_deadline(words, lang):
        facts.add("deadline")
    if any(word in LIMIT_WORDS.get(lang, frozenset()) for word in words):
        facts.add("limit")
    if kind == "question":
        question = _question_kind(words, lang)
        if question:
            facts.add(f"qword:{question}")
    # digits, amounts, percentages and clock times are the shapes of features.py already (``s:``);
    # a fact here would count them twice
    if any(word in NUMBER_WORDS for word in words):
        facts.add("num")
    if any(word in ("<var>", "<name>") for word in words):
        facts.add("var")
    if len(words) <= 6:
        facts.add("short")
    features = {f"g:{fact}" for fact in facts}
    if pairs:
        ordered = sorted(facts)
        features.update(f"g:{a}&{b}" for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    if not verbs:
        return features
    if person != "none":
        features.update(f"x:{person}>{lemma}" for lemma in _verbs_after(words, lemmas, lang, person))
    if kind == "imperative":
        rest = [lemma for word, lemma in zip(words, lemmas) if word not in _LEAD_WORDS and not word.startswith("<")]
        if rest:
            features.add(f"x:order>{rest[0]}")
    return features


def describe_structure(value: str) -> str:
    """A structural feature (without its prefix) in words: ``subj:we&money`` -> "the sender's
    side as subject (we) + an amount of money"."""
    if ">" in value:
        who, _, lemma = value.partition(">")
        subject = {"i": "I", "we": "we", "you": "you", "order": "an order:"}.get(who, who)
        return f"{subject} {lemma}"
    return " + ".join(DESCRIPTIONS.get(part, part) for part in value.split("&"))
