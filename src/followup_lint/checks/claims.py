"""FL309 hard-coded-claim: "Saw that {{ company }} just closed a $40M Series B" to everyone.

The content counterpart of FL107 (a hard-coded name). Once per template, on the neutral text
and the subject, each sentence is split into clauses; a clause is a claim when it is about the
reader (the nearest "you" / "your" / recipient variable before the fact, or after it when none
comes before) and states a fact that is literal text: a number, an amount, a date, a proper
noun, or the reader's own work ("your talk"). Offers, suppositions, questions, comparisons
("teams like yours"), the sender's own event and branches chosen by recipient data are not
claims. The word lists are the rule's data (``rules/FL3-personalization.yml``).

Per recipient the check only counts records: a send to one recipient is not reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..context import MessageContext, TemplateContext
from ..model import Finding, Span, escape_braces
from ..rule import SKIP, MessageCheck
from .claim_certifications import CertificationReader
from .claim_facts import count_span, proper_nouns
from .claim_milestones import MilestoneReader
from .claim_mood import InstructionReader
from .claim_news import NewsReader
from .claim_owner import named_by_variable, owner
from .claim_places import PlaceReader
from .claim_service import ServiceReader
from .claim_subjects import DroppedSubjectReader
from .claim_template import masked_body, recipient_branches
from .claim_text import (
    _CONDITION, _DATE, _MASK, _MONEY, _NUMBER, _PERCENT, _WORD, _clauses, _masked_subject, _phrase,
    _sender_names, _sentences, _word_regex,
)

_EVENT_MARKER = re.compile(
    r"\b(?:\w{3,}ed|just|recently|congrats|congratulations|kudos|spoke|saw|won|grew|began|became|made|took|"
    r"wrote|went|built|ran|held|gave|sold|left|sent|shared|said|told|was|were|had)\b",
    re.I,
)
_PLACE_WORDS = frozenset("at in into from by to on using uses use".split())  # "at SaaStr", "on Salesforce"
_PERIODS = frozenset("month months year years quarter monat monate jahr jahre quartal mois an ans année années "
                     "trimestre mes meses año años maand maanden jaar jaren kwartaal".split())
# "until" / "bis" / "hasta" before a number that is not a year is "up to", a quantity, not a time point
_UP_TO = re.compile(r"\s+(?:zu\s+)?(?!(?:19|20)\d\d(?!\d))\d")


@dataclass(frozen=True, slots=True)
class Claim:
    start: int  # of the first fact, in the text searched
    end: int
    facts: tuple[str, ...]
    sentence: str


class ClaimFinder:
    """The rule's word lists for one language, compiled once."""

    def __init__(self, data: Mapping[str, Any], locale: str) -> None:
        def per_lang(key: str) -> list[str]:
            table = data.get(key) or {}
            return [str(w) for w in (table.get(locale) or table.get("en") or ())]

        def words(key: str) -> list[str]:
            return [str(w) for w in data.get(key) or ()]

        self.locale = locale
        self.reader = _word_regex(per_lang("reader_words"))
        # German lower-case "ihr" is "you" (plural) before a verb or a number ("dass ihr 18 Stellen
        # ... habt"), and "her" / "their" before a noun, which German capitalises ("ihr Team")
        lowercase_next = [re.escape(w) for w in ((data.get("reader_before_lowercase") or {}).get(locale) or ())]
        self.reader_before_lowercase = re.compile(
            rf"(?<!\w)(?:{'|'.join(lowercase_next)})(?=\s+[\da-zäöüß])"
        ) if lowercase_next else None
        self.sender = _word_regex(per_lang("sender_words"))
        self.observer = _word_regex(per_lang("observer_frames"))
        self.comparison = _word_regex(words("comparisons"))
        self.modal = _word_regex(words("modal_words"))
        self.benefit = frozenset(w.casefold() for w in words("benefit_words"))
        self.helping = self.benefit | frozenset(w.casefold() for w in words("helping_verbs"))
        self.hypothetical = _word_regex(words("hypothetical_starts"), anchored=True)
        self.own_event = _word_regex(words("own_event_words"))
        self.seen = frozenset(" ".join(w.casefold().split()) for w in words("seen_frames"))
        self.stage = _gapped_regex(per_lang("stage_words"))
        self.generic = frozenset(w.casefold() for w in words("generic_counts"))
        self.not_proper = frozenset(w.casefold() for w in words("not_proper"))
        self.offer = frozenset(w.casefold() for w in per_lang("offer_words"))
        possessives = per_lang("reader_possessives") or [
            w for w in per_lang("reader_words") if w.casefold() not in ("you", "you're", "you've", "you'd")]
        # "your switch to ...": after a possessive a benefit word is a noun, not what an offer gives
        self.possessive_words = frozenset(w.casefold() for w in possessives)
        self.instructions = InstructionReader(data, locale)
        self.service = ServiceReader(data)
        self.milestones = MilestoneReader(data)
        self.places = PlaceReader(locale, (words("new_words"), words("new_places")))
        self.news = _word_regex(words("news_words"))
        self.dropped = DroppedSubjectReader(data, locale)
        self.company_news = NewsReader(locale)  # hires with a role, switches to a product
        self.certifications = CertificationReader(locale)  # "its ISO 13485 certificate"
        self.congratulations = _word_regex(words("congratulations"), anchored=True)
        self._wished_to = _word_regex(words("congratulations_to"), anchored=True)
        works = "|".join(_phrase(w) for w in sorted(words("reader_works"), key=len, reverse=True))
        # "Ihre" is the reader's, "ihre" is theirs: capitalised possessives match as written
        owners = "|".join(f"(?-i:{re.escape(p)})" if p[:1].isupper() else re.escape(p) for p in possessives)
        self.works = re.compile(
            rf"(?<!\w)(?:{owners})\s+(?:\w+\s+)?(?:{works})(?!\w)", re.I
        ) if possessives and works else None
        # "your new office", "Ihr neues Büro", "votre nouveau bureau": news about the reader's places
        new = "|".join(re.escape(w) for w in words("new_words"))
        places = "|".join(_phrase(w) for w in sorted(words("new_places"), key=len, reverse=True))
        self.new_places = re.compile(
            rf"(?<!\w)(?:{owners})\s+(?:\w+\s+)?(?:{new})\s+(?:{places})(?!\w)", re.I
        ) if possessives and new and places else None
        ordinals = "|".join(re.escape(w) for w in sorted(words("ordinals"), key=len, reverse=True))
        self.ordinals = re.compile(
            rf"(?<!\w)(?:{owners})\s+(?:{ordinals})\s+[^\W\d_][\w'’-]*", re.I
        ) if possessives and ordinals else None  # "your third store", "eure dritte Filiale"

    # ------------------------------------------------------------------ finding

    def find(self, text: str, refs: Sequence[tuple[int, int, str]], sender_names: frozenset[str]) -> list[Claim]:
        """Claims in ``text``; ``refs`` are variable stand-ins (start, end, "reader" | "sender" |
        "other"), already blanked out of ``text``."""
        claims: list[Claim] = []
        for s_start, s_end in _sentences(text):
            body = text[s_start:s_end].rstrip()
            if not body.strip() or body.endswith("?"):
                continue
            facts: list[tuple[int, int]] = []
            wished = False  # "Glückwunsch zum Firmenjubiläum – 75 Jahre sind eine starke Leistung!"
            for c_start, c_end in _clauses(text, s_start, s_start + len(body)):
                carried = wished and text[max(s_start, c_start - 2) : c_start].strip() in _DASHES
                facts.extend(self._clause_facts(text, c_start, c_end, s_start, refs, sender_names, carried))
                wish = self._wish(text, c_start, c_end) if c_start == s_start else None
                wished = carried or wish is not None and not self._to_others(text, wish.end(), c_end)
            if facts:
                facts.sort()
                quoted = tuple(dict.fromkeys(text[a:b].strip() for a, b in facts))
                claims.append(Claim(facts[0][0], facts[0][1], quoted, " ".join(body.split())))
        return claims

    def _clause_facts(self, text: str, start: int, end: int, sentence_start: int, refs: Sequence[tuple[int, int, str]],
                      sender_names: frozenset[str], carried: bool = False) -> list[tuple[int, int]]:
        clause = text[start:end]
        lead = len(clause) - len(clause.lstrip(" \t-–—,\"'“(•*"))
        if self.hypothetical is not None and self.hypothetical.match(clause, lead):
            return []
        # after a leading clause and its comma the verb comes first in a statement too ("Zoals ik
        # zag, hebben jullie ...", "Wie ich sehe, haben Sie ..."); after a colon it is an imperative
        before = text[sentence_start:start].rstrip()
        if not before.endswith(",") and not clause[lead:].startswith(_MASK) and self.instructions.is_instruction(clause[lead:]):
            return []  # "Post your job ads on 40 boards": the reader is told what to do
        condition = _CONDITION.search(clause, lead + 1)
        while condition is not None and _UP_TO.match(clause, condition.end()):
            condition = _CONDITION.search(clause, condition.end())  # "hasta 200 personas": up to, a count
        if condition is not None:  # "... let you file quarterly if you owe under $1,000"
            end = start + condition.start()
            clause = text[start:end]
        first = _WORD.match(clause, lead)
        if first is not None and first.group().casefold() in self.benefit:
            return []  # "Cut your AP processing time by 70%", "Save 40% on your first year"
        if self.service.is_estimate_or_offer(clause):
            return []
        modal = self._modal(clause)
        if modal is not None:  # what the modal supposes is no fact, what its subject names still is:
            end = start + modal.start()  # "Your team in Cork must be busy", "... 100 Jahre alt wird"
            clause = text[start:end]
            if not self.places.find(text, start, end) and not self.milestones.find(text, start, end):
                return []
        actors = self._actors(text, start, end, refs)
        if carried:  # the congratulations the sentence opened with, after its dash
            actors.insert(0, (start - 1, "reader", False))  # before a fact that opens the clause
        if not any(kind == "reader" for _, kind, _ in actors):
            return []
        if self._offers(text, start, end, actors) or any(
                kind == "reader" and self.service.serves(text, at, end) for at, kind, _ in actors):
            return []  # "your team saves ...", "your job postings reach ...": the sender's service
        delivered = self.service.delivers(clause)  # "your new warehouse is online within 72 hours"
        own_event = self._own_event(clause)
        found: list[tuple[int, int]] = []
        for f_start, f_end, kind in self._facts(text, start, end, sentence_start, sender_names):
            if modal is not None and kind not in _PRESUPPOSED:
                continue
            if carried and kind not in _PRESUPPOSED and not self.milestones.counts_years(text[f_start:f_end]) \
                    and not any(start <= a < f_start for a, _, _ in actors):
                continue  # after "Congrats on ... –" only the milestone or the place is about the reader
            if kind == "work":
                if not delivered and not named_by_variable(text, f_end, end, refs):
                    found.append((f_start, f_end))
            elif kind == "milestone" and self.milestones.shared_with_sender(
                    text, f_end, end, lambda w: self._is_sender_word(w, sender_names)):
                continue  # "your 1-year anniversary with Shelfwise", "... mit uns"
            elif not own_event and owner(actors, f_start, after_any=kind == "milestone") == "reader":
                found.append((f_start, f_end))
        return found

    def _actors(self, text: str, start: int, end: int,
                refs: Sequence[tuple[int, int, str]]) -> list[tuple[int, str, bool]]:
        """(offset, "reader" | "sender") of who the clause mentions, without observer frames
        ("I saw that ...") and comparisons ("teams like yours")."""
        skip: list[tuple[int, int]] = []
        for regex in (self.observer, self.comparison):
            if regex is not None:
                skip.extend(m.span() for m in regex.finditer(text, start, end))
        wish = self._wish(text, start, end)
        if wish is not None:  # "Congrats on the Series A", "Toutes nos félicitations pour ..."
            skip.append(wish.span())
        actors: list[tuple[int, str, bool]] = []  # (offset, who, whether it is a variable)
        for regex, kind in ((self.reader, "reader"), (self.reader_before_lowercase, "reader"), (self.sender, "sender")):
            if regex is None:
                continue
            for match in regex.finditer(text, start, end):
                if any(a <= match.start() < b for a, b in skip):
                    continue
                if kind == "reader" and any(w.casefold() in self.offer for w in _WORD.findall(text[match.end():end])[:2]):
                    continue  # "your free trial includes 3 seats": the sender's offer, not a fact about the reader
                actors.append((match.start(), kind, False))
        for r_start, r_end, kind in refs:
            if start <= r_start < end and kind != "other":
                before = text[max(start, r_start - 14) : r_start]
                words = before.casefold().split()
                if words and words[-1] in ("like", "as", "wie", "comme", "como", "zoals"):
                    continue  # "companies like {{ company }}"
                if _GROUP_AFTER.match(text, r_end, end) or _GROUP_BEFORE.search(before):
                    continue  # "{{ segment }} teams"
                if words and words[-1] in _PLACE_BEFORE and any(k == "sender" and a < r_start for a, k, _ in actors):
                    continue  # "We're running a briefing in {{ city }} in January": the sender's event
                actors.append((r_start, kind, True))
        # "je vous propose deux créneaux", "I sent you two options": the reader as the object
        # of the sender's verb is not who the fact is about
        senders = [a[0] for a in actors if a[1] == "sender"]
        actors = [a for a in actors if a[1] != "reader" or a[2] or self._on_stage(text, a[0], end) or not any(
            0 < len(_WORD.findall(text[p:a[0]])) <= 2 for p in senders if p < a[0])]
        if wish is not None and not self._to_others(text, wish.end(), end):
            actors.append((wish.start(), "reader", False))
        # "Vi que inauguraron un almacén": the subject Spanish drops after "I saw that" is the reader
        actors.extend((at, "reader", False) for at in self.dropped.subjects(text, start, end))
        actors.extend((at, "reader", False) for at in self.company_news.addressed(text, start, end))  # "superasteis"
        if not any(kind == "reader" for _, kind, _ in actors) and self.news is not None and self.news.search(text, start, end):
            site = self.places.new_site(text, start, end)  # "Saw the news about the new Leeds office"
            if site is not None and not any(k == "sender" and len(_WORD.findall(text, a, site)) <= 2
                                            for a, k, _ in actors if a < site):
                actors.append((site, "reader", False))
        actors.sort()
        return actors

    def _own_event(self, clause: str) -> bool:
        """The clause is about the sender's own event ("you registered", "thanks for joining",
        "great to see you at our booth"); a "see you" frame with the reader on a stage ("see you
        on the panel at IMEX", "seeing you speak at NRF") is about the reader."""
        if self.own_event is None:
            return False
        frames = {" ".join(m.group().casefold().split()) for m in self.own_event.finditer(clause)}
        if not frames:
            return False
        if self.certifications.certified(clause):
            frames = {f for f in frames if not self.certifications.is_word(f)}  # "its ISO 13485 certificate"
            if not frames:
                return False
        return not (frames <= self.seen and self.stage is not None and self.stage.search(clause) is not None)

    def _on_stage(self, text: str, at: int, end: int) -> bool:
        """The reader at ``at`` with a stage right after them ("verte en el panel de Fitur", "saw
        you on the panel"): seen by the sender, the fact is still about them."""
        stage = self.stage.search(text, at, end) if self.stage is not None else None
        return stage is not None and len(_WORD.findall(text[at:stage.start()])) <= 2

    def _modal(self, clause: str) -> re.Match[str] | None:
        """The first modal of the clause; "May" the month is none ("in May", "since May", "May 12")."""
        if self.modal is None:
            return None
        for match in self.modal.finditer(clause):
            if match.group() == "May" and (_MONTH_BEFORE.search(clause, 0, match.start())
                                           or _MONTH_AFTER.match(clause, match.end())
                                           or clause[: match.start()].strip(" \t-–—\"'“(•*")):
                continue  # a capital "May" inside a clause is the month
            return match
        return None

    def _wish(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The congratulations a clause opens with ("Congrats on ...", "Van harte met ...")."""
        lead = _WORD.search(text, start, end)
        return self.congratulations.match(text, lead.start(), end) if lead and self.congratulations else None

    def _is_sender_word(self, word: str, sender_names: frozenset[str]) -> bool:
        return word.casefold() in sender_names or (self.sender is not None and self.sender.fullmatch(word) is not None)

    def _to_others(self, text: str, at: int, end: int) -> bool:
        """"Congratulations to the twelve winners", "Toutes nos félicitations aux lauréats": the
        wish names whom it is for, and a reader word there is an actor of its own."""
        following = _WORD.search(text, at, end)
        return following is not None and self._wished_to is not None and \
            self._wished_to.fullmatch(following.group()) is not None

    def _offers(self, text: str, start: int, end: int, actors: list[tuple[int, str, bool]]) -> bool:
        """"you save $400", "you get 20% off", "saves you two months": the reader next to what
        an offer gives."""
        for offset, kind, _ in actors:
            if kind != "reader":
                continue
            words = _WORD.findall(text[offset:end])
            # after a possessive the next word is its noun, and the verb follows it: "your team saves"
            following = words[2:4] if words and words[0].casefold() in self.possessive_words else words[1:3]
            preceding = _WORD.findall(text[start:offset])
            if any(w.casefold() in self.benefit for w in following + preceding[-1:]):
                return True
            # the sender as the agent that helps: "Nuestra agencia ayuda a empresas ... a triplicar sus leads"
            senders = [a for a, k, _ in actors if k == "sender" and a < offset]
            if senders and any(w.casefold() in self.helping for w in _WORD.findall(text[senders[0]:offset])):
                return True
        return False

    def _facts(self, text: str, start: int, end: int, sentence_start: int,
               sender_names: frozenset[str]) -> list[tuple[int, int, str]]:
        facts: list[tuple[int, int, str]] = []

        def add(a: int, b: int, kind: str) -> None:
            if not any(x < b and a < y for x, y, _ in facts):
                facts.append((a, b, kind))

        for a, b in self.milestones.find(text, start, end):
            add(a, b, "milestone")  # "the 25th anniversary", "50-jähriges Jubiläum"
        for a, b in self.places.find(text, start, end):
            if text[a:b].casefold() not in sender_names:
                add(a, b, "place")  # "in Chemnitz", "the Leipzig office": German too
        for regex in (self.works, self.new_places, self.ordinals):
            if regex is not None:
                for match in regex.finditer(text, start, end):
                    if regex is self.ordinals and self._periodic(match.group().split()[-1]):
                        continue  # "your second month is free": a billing period, not their news
                    add(match.start(), match.end(), "work")
        for regex in (_MONEY, _PERCENT, _DATE):
            for match in regex.finditer(text, start, end):
                add(match.start(), match.end(), "fact")
        for a, b in self.certifications.standards(text, start, end):
            add(a, b, "fact")  # "its ISO 13485 certificate", "certifiée ISO 9001"
        for a, b in self.company_news.hires(text, start, end):
            add(a, b, "fact")  # "sucht einen Leiter Qualitätssicherung"
        for a, b in self.company_news.switches(text, start, end, sentence_start, sender_names | self.not_proper):
            add(a, b, "fact")  # "est passée à SAP S/4HANA"
        for match in _NUMBER.finditer(text, start, end):
            span = count_span(text, match.start(), match.end(), end, self.locale, self.generic)
            if span is not None:
                add(span[0], span[1], "fact")
        if self.locale != "de":  # German capitalises every noun
            reported = self.locale != "en" or _EVENT_MARKER.search(text, start, end) is not None
            for a, b in proper_nouns(text, start, end, sentence_start, self.not_proper, sender_names):
                # English: a name is a fact when the clause reports something that happened
                # ("spoke at", "just opened", "congrats on") or it names a place or an event
                # ("at SaaStr", "in Rotterdam"); "your Shopify store" describes a whole segment
                before = _WORD.findall(text[max(start, a - 12) : a])
                if reported or (before and before[-1].casefold() in _PLACE_WORDS) or " " in text[a:b].strip():
                    add(a, b, "fact")
        return facts

    def _periodic(self, noun: str) -> bool:
        folded = noun.casefold()
        return folded in self.generic or folded in self.offer or folded in _PERIODS



def _gapped_regex(entries: Iterable[str]) -> re.Pattern[str] | None:
    """Whole-word phrases where "…" stands for up to two words ("on the … panel"); entries
    with capitals match as written."""
    parts = []
    for entry in sorted({" ".join(e.split()) for e in entries if e and e.strip()}, key=len, reverse=True):
        body = r"\s+(?:[\w'’-]+\s+){0,2}".join(
            re.escape(piece.strip()).replace(r"\ ", r"\s+") for piece in entry.split("…") if piece.strip())
        parts.append(f"(?-i:{body})" if any(c.isupper() for c in entry) else body)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I) if parts else None


# "{{ segment }} teams", "équipes {{ segment }}": a kind of company, not the reader
_GROUP_AFTER = re.compile(r"-?\s?(?:teams?|companies|firms|brands|businesses|leaders|founders|unternehmen|firmen)\b", re.I)
_GROUP_BEFORE = re.compile(r"(?:équipes|entreprises|equipos de|empresas de|teams|bedrijven)\s*$", re.I)
_PLACE_BEFORE = frozenset("in à en im op nach naar near".split())
_PRESUPPOSED = frozenset(("place", "milestone"))  # facts the subject of a modal clause still states
_DASHES = frozenset(("-", "–", "—"))
_MONTH_BEFORE = re.compile(r"(?i:in|since|by|until|till|from|early|mid|late|last|this|next|of)\s+$")
_MONTH_AFTER = re.compile(r"\s+\d")


@dataclass(slots=True)
class _State:
    findings: list[Finding]
    records: int = 0


class HardCodedClaim(MessageCheck):
    """FL309: a fact about the reader, written into a template sent to many."""

    needs_rendering = False  # counts records only
    parallel_safe = False  # the count must see every record

    def __init__(self, spec: Any) -> None:
        super().__init__(spec)
        self._finders: dict[str, ClaimFinder] = {}

    def prepare(self, context: TemplateContext) -> Any:
        info = context.info
        finder = self._finders.get(info.locale)  # compiled once per locale for the whole run
        if finder is None:
            finder = self._finders[info.locale] = ClaimFinder(self.data, info.locale)
        findings: list[Finding] = []
        text, refs = masked_body(info)
        branches = recipient_branches(info)
        names = _sender_names(text)
        for claim in finder.find(text, refs, names):
            source = info.source_offset(claim.start)
            if any(a <= source < b for a, b in branches):
                continue
            findings.append(_finding(claim, info.neutral_span(claim.start, claim.end)))
        if info.subject:
            subject, subject_refs = _masked_subject(info.subject)
            for claim in finder.find(subject, subject_refs, names):
                findings.append(_finding(claim, info.subject_span, in_subject=True))
        return _State(findings) if findings else SKIP

    def check_template(self, template: TemplateContext, state: _State) -> Iterable[Finding]:
        if not template.has_recipients:
            yield from state.findings  # no list: a template is written for many people

    def check(self, message: MessageContext, state: _State) -> Iterable[Finding]:
        state.records += 1
        return ()

    def finish(self, state: _State) -> Iterable[Finding]:
        if state.records > 1:
            yield from state.findings


def _finding(claim: Claim, span: Span, *, in_subject: bool = False) -> Finding:
    facts = ", ".join(f'"{f}"' for f in claim.facts)
    sentence = re.sub(f"{_MASK}+", "…", claim.sentence)
    sentence = sentence if len(sentence) <= 90 else sentence[:89] + "…"
    where = "the subject line" if in_subject else "this sentence"
    return Finding(
        escape_braces(f"{where} tells every recipient the same fact about them: {facts} (\"{sentence}\"); "
                      "move it into a column, or drop it"),
        span=span,
    )
