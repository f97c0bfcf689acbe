"""The literal facts of an FL309 clause that need their neighbours to be read: a number and the
words it counts ("12 new engineering roles", not "3 ideas" or "section 3" or "at 11"), and runs
of capitalised words that name something ("SaaStr Annual", "Series B")."""

from __future__ import annotations

import re

from .claim_text import _MONTH_NAMES, _WEEKDAYS, _WORD, _clock_time

_LABEL_WORDS = frozenset(
    "section week version page step chapter part level tier number no top day module lesson slide episode "
    "season room gate booth row seat table stage hall abschnitt woche seite schritt kapitel teil stufe nummer "
    "nr modul lektion folie folge staffel raum saal halle stand reihe platz tisch bühne etage version "
    # a time code or a page of the sender's recording or document ("at minute 41", "ver página 4")
    "minute minuut minuto página pagina diapositiva".split()
)
_PRODUCT_AFTER = re.compile(r"\s+(?:plan|tier|edition|package|bundle|license|licence|paket|tarif|offre|formule|plan|pakket|abonnement)\b", re.I)
_VERSION_LINE = re.compile(r"\.[xX*](?!\w)")  # "3.x", "2.*": a product's release line
_CLOCK_WORDS = frozenset("at around by until um gegen bis à vers las a om rond tot".split())
_STOP = frozenset(
    "last this next in at on to for of from with and or a an the per by over than ago across into since "
    "im am an auf für von mit und der die das den dem en à au aux de du des et avec pour par sur y con por "
    "para el la los las op met voor van naar te bij this these that those diese dieses dieser ce cet cette ces "
    "este esta estos estas ese esa deze dit dat "
    # auxiliaries end the counted words too ("40 mensen is gegroeid")
    "is are was were has have had ist sind war waren hat haben habt hast wird werden est sont était ont avait "
    "es son era fue ha han había zijn waren heeft hebben hebt".split()
)


def count_span(text: str, start: int, end: int, limit: int, locale: str,
               generic: frozenset[str]) -> tuple[int, int] | None:
    """"12 new engineering roles": a number and the words it counts, unless they are
    generic ("3 ideas", "15 minutes") or the number is a label ("section 3")."""
    before = _WORD.findall(text[max(0, start - 20) : start])
    # "section 3", "Hygiene 101": a label; German capitalises every noun ("im letzten
    # Quartal 18 neue Stellen"), so there only the label words count; a label is written in
    # digits ("week 3"), a number word is a count ("diese Woche drei Bauleiterstellen")
    digits = text[start:end][:1].isdigit()
    if _VERSION_LINE.match(text, end):
        return None  # "the 5.x branch", "la 4.x": a release line of a product, not a count
    capital_label = locale != "de" and bool(before) and before[-1][:1].isupper()
    if before and digits and (before[-1].casefold() in _LABEL_WORDS or capital_label):
        return None
    if before and before[-1].casefold() in _CLOCK_WORDS and _clock_time(text, start, end, limit, generic):
        return None  # "at 11", "um 10 Uhr", "à 14h", "a las 10"; not "a 85 personas"
    stop = end
    taken = 0
    for match in _WORD.finditer(text, end, limit):
        gap = text[stop : match.start()]
        if taken == 3 or gap.strip() or match.group().casefold() in _STOP:
            break
        if match.group().casefold() in generic:
            return None
        stop = match.end()
        taken += 1
    return start, stop


def proper_nouns(text: str, start: int, end: int, sentence_start: int, not_proper: frozenset[str],
                 sender_names: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words that name something ("SaaStr Annual", "Series B"): not the
    sentence's first word, acronyms, the sender's product tiers, months, weekdays or the signature's names."""
    found: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if run and run[-1][1] - run[0][0] > 1:  # not a lone letter ("10-K")
            found.append((run[0][0], run[-1][1]))
        run.clear()

    previous_end = start
    for match in _WORD.finditer(text, start, end):
        word = match.group().rstrip("'’")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        folded = word.casefold()
        capital = word[:1].isupper() or any(c.isupper() for c in word[1:])
        first = not text[sentence_start : match.start()].strip(" \t-–—\"'“(•*¡¿")
        head = word.split("-")[0]
        acronym = len(head) > 1 and head.rstrip("s").isupper()  # "SDRs", "PDF", "EU": a term, not a name
        product = _PRODUCT_AFTER.match(text, match.end())  # "the Team plan": the sender's offer
        joined = run and not text[previous_end : match.start()].strip()
        if capital and not first and not acronym and not product and folded not in not_proper \
                and folded not in _MONTH_NAMES and folded not in _WEEKDAYS and folded not in sender_names:
            if run and not joined:
                close()
            run.append((match.start(), match.start() + len(word)))
        elif run and joined and len(word) == 1 and word.isupper():
            run.append((match.start(), match.end()))  # "Series B"
        else:
            close()
        previous_end = match.end()
    close()
    return found
