"""FL306: a sign-off with no person after it, a team signature, or a no-reply sender.

Runs once per template. The sender is read from the ``from`` front matter key (the one the
project knows); the sign-off and signature come from the segmentation of the neutral text.
Each line after the sign-off word is classed as a person, a team ("The Marketing Team", "Everyone
at Veldspar"), a role alone ("Your Account Manager", signoff_lines.py), a company ("Northwind
Analytics Ltd", or a name the body gives the sender's company, or the sender address's domain)
or contact details (address, phone, link: any line with a digit); one person line is enough. A
line with no known name above a bare team line, under a team line, or alone under a body that
speaks only as "we" is the company (signoff_company.py). A
variable such as ``{{ sender_name }}`` counts as a person unless it can render empty: an empty
fallback in the template, or empty cells in the list (signoff_sender.py, judged in ``finish()``).
With no sign-off the segmenter knows ("With heartfelt thanks,", none at all), the last short
block of lines is read as the closing and reported only when a team signs it (signoff_block.py).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from ..context import TemplateContext
from ..model import Finding, Severity, escape_braces
from ..names.junk import JunkCategory, junk_reason
from ..names.normal import FULL
from ..names.tables import given_weight
from ..rule import RuleSpec, TemplateCheck
from ..template_kinds import kind_in
from ..text import DEFAULT_SIGNOFFS
from .signoff_block import closing_block
from .signoff_company import company_like, known_name
from .signoff_lines import SignatureWords, address_domains, fold_brand
from .signoff_sender import SignerState, empty_signer_findings, fallback_of, static_findings
from .signoff_furniture import furniture_below_organisation, is_web_address
from .signoff_units import is_unit_line, organisation_line

_COMPANY_VARIABLE = re.compile(r"(?:^|_)(?:company|organi[sz]ation|org|brand|team|business|firm)(?:_?name)?$", re.I)
_CONTACT = re.compile(
    r"https?://|www\.|\S@\S|\d|^\s*(?:tel|phone|mobile|fax|telefon|téléphone|teléfono|telefoon)\s*[:.]|^\s*[tme]\s*:",
    re.IGNORECASE,
)
_SIGNOFF_LEAD = re.compile(
    r"^\W*(?:"
    + "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(DEFAULT_SIGNOFFS, key=len, reverse=True))
    + r")(?![\w])[\s,.!:;—–-]*",
    re.IGNORECASE,
)
# determiners in front of a team: "The", "Your", "Ihr", "L'", "El", "Het" ...
_TEAM_DET = (r"(?:the|your|our|from\s+the|ihr|ihre|euer|eure|dein|deine|unser|unsere|das|die|der|votre|vos|ton|le|la|les|l'"
             r"|el|los|las|tu|tus|su|sus|het|je|jouw|uw|onze|ons|de)")
# the closing's "from": "Herzliche Grüße aus der Buchhaltung", "Saludos desde el área comercial"
_SENT_FROM = frozenset({"from", "aus", "vom", "desde", "vanuit", "namens"})
_TEAM_LINK = r"(?:at|from|of|@|bei|von|vom|im|der|des|chez|de|d'|du|del|de\s+la|van|bij)"
# a German or Dutch compound ending in "team": "Vertriebsteam", "Marketingteam", "verkoopteam"
_SPACED_DASH = re.compile(r"\s+[-–—|]\s+")
_COMPOUND_TEAM = re.compile(r"\b([^\W\d_]{3,}?)(teams?)\b", re.I)
# a person and their colleagues: "Maya and the team at ...", "Jonas und das ...-Team", "Xiomara y la crew"
_AND = re.compile(r"\s+(?:and|&|\+|und|et|y|en|with|mit|avec|con|met)\s+", re.I)


class NamelessSignOff(TemplateCheck):
    """FL306: signed by "The Marketing Team", by nobody, or sent from a no-reply address."""

    def __init__(self, spec: RuleSpec) -> None:
        super().__init__(spec)
        data = self.data
        noreply = [str(p) for p in data.get("noreply_patterns", ("no-?reply", "do-?not-?reply"))]
        self._noreply = re.compile("|".join(f"(?:{p})" for p in noreply), re.IGNORECASE)
        self._team = {str(w).casefold() for w in data.get("team_words", ("team",))}
        self._departments = {str(w).casefold() for w in data.get("department_words", ())}
        self._units = frozenset(self._departments | self._team)  # department and team words proper
        self._collective = {str(w).casefold() for w in data.get("collective_words", ())}
        self._departments |= self._collective  # "Everyone at ..."
        self._suffixes = {str(w).casefold().rstrip(".") for w in data.get("company_suffixes", ())}
        self._unit_links = frozenset(str(w).casefold() for w in data.get("unit_links", ()))
        self._i_words = frozenset(str(w).casefold() for w in data.get("i_words", ()))
        team_alt = "|".join(re.escape(w) for w in sorted(self._team, key=len, reverse=True)) or "team"
        word = r"[^\W\d_][\w&'.-]*"
        # "The Acme Team", "Sales Team", "Ihr Acme Team" (hyphens already spaces)
        self._team_last = re.compile(rf"^(?:{_TEAM_DET}\s*)?(?:(?P<words>{word})(?:\s+{word}){{0,3}}\s+)?(?:{team_alt})$", re.I)
        units = "|".join(re.escape(w) for w in sorted(self._departments | self._team, key=len, reverse=True)) or "team"
        # small words inside a department's name: "El equipo de Customer Success de Nimbus Guard"
        links = "|".join(re.escape(w) for w in sorted(self._unit_links, key=len, reverse=True)) or "of"
        # a department, then whose: "Le service client d'Atelier Saveurs", "Afdeling verkoop van Bakkerij de Vries"
        self._department_of = re.compile(
            rf"^(?:{_TEAM_DET}\s*)?(?:(?:{units})\s+(?:(?:{links})\s+)?){{0,3}}(?:{units})\s+{_TEAM_LINK}\s*{word}(?:\s+{word}){{0,3}}$",
            re.I
        )
        # "Team Acme", "L'équipe Acme", "El equipo de Acme", "The team at Acme"
        self._team_first = re.compile(
            rf"^(?:{_TEAM_DET}\s*)?(?:{word}\s+){{0,2}}(?:{team_alt})\s+(?:{_TEAM_LINK}\s*)?{word}(?:\s+{word}){{0,2}}$", re.I
        )

    def prepare(self, context: TemplateContext) -> SignerState:
        if not hasattr(self, "_words"):
            determiners = re.findall(r"[^\W\d]+'?", _TEAM_DET.replace("from\\s+the", ""))
            self._words = SignatureWords(self.data, determiners, self._departments | self._team)
        return SignerState(context if context.has_recipients else None)

    def finish(self, state: SignerState) -> Iterable[Finding]:
        return empty_signer_findings(state)  # the list's counts decide for a signature variable

    def check(self, target: TemplateContext, state: SignerState | None) -> Iterable[Finding]:
        if state is None:
            state = self.prepare(target)
        info = target.info
        broadcast = kind_in(info.kind, self.data.get("broadcast_kinds", ()))  # info there: a team may sign a newsletter
        sender = info.source.front_matter.get("from")
        if sender is not None and self._noreply.search(str(sender)):
            yield Finding(
                f"the sender {escape_braces(str(sender))!r} is a no-reply address: a follow-up should come from "
                "someone the recipient can answer",
                span=info.source.key_spans.get("from"),
                severity=Severity.INFO if broadcast else Severity.WARNING,
            )
        if not info.neutral_text.strip():
            return
        segments = target.segments
        signoff = segments.signoff
        lines: list[tuple[str, int, int]] = []  # (text, neutral start, neutral end)
        unmarked = False  # the lines come from a closing block the segmenter did not mark
        last_line = None  # the email's last line when it holds the sign-off words and no sign-off was found
        if signoff is not None:
            start, end = signoff.source_span()
            lead = _SIGNOFF_LEAD.match(signoff.text)
            if lead is not None and lead.end() < len(signoff.text):
                rest_start = start + lead.end()
                lines.append((signoff.text[lead.end() :], rest_start, end))
            anchor = (signoff.text, start, end)
        else:
            anchor = None
        if segments.signature is not None:
            lines.extend(_lines(segments.signature))
        elif signoff is None:
            last = _last_line(segments)
            if last is None:
                return
            text, start, end = last
            lead = _SIGNOFF_LEAD.match(text)
            if (lead is None or lead.end() >= len(text)) and "@" in text and self._noreply.search(text):
                lines.append((text, start, end))  # the email ends with a no-reply address instead of a name
            elif lead is None or lead.end() >= len(text):
                block = closing_block(segments)
                if block is None:
                    return  # no sign-off at all is not this rule's business
                lines.extend(block)  # "With heartfelt thanks," / "The Academy Team": unmarked closing
                unmarked = True
            else:
                lines.append((text[lead.end() :], start + lead.end(), end))
                last_line = last
        brands = address_domains([*(text for text, _, _ in lines), str(info.source.front_matter.get("from") or "")])
        body = segments.text[: signoff.plain_start] if signoff is not None else ""
        kinds = [(self._classify(target, text, start, end, brands, body), text, start, end) for text, start, end in lines]
        kinds = furniture_below_organisation(self._name_the_company(_whose_group(kinds), body))
        if any(kind == "person" for kind, *_ in kinds):
            return
        if unmarked and not any(kind == "team" for kind, *_ in kinds):
            return  # an unmarked block says something only when a team signs it
        signers = [self._signer(target, start, end) for kind, _, start, end in kinds if kind == "signer"]
        if signers:
            state.signers = [s for s in signers if s is not None]
            if state.context is None:
                yield from static_findings(state.signers)  # no list: what the template says
            return
        for wanted, message in (
            ("no-reply", "the email is signed with a no-reply address ({text}), not by a person"),
            ("notice", "the email is signed with a do-not-reply notice ({text}), not by a person"),
            ("team", "the email is signed by a team ({text}), not by a person"),
            ("role", "the email is signed by a role ({text}), not by a person"),
            ("company", "the email is signed by the company ({text}), not by a person"),
        ):
            for kind, text, start, end in kinds:
                if kind == wanted:
                    shown = '"' + escape_braces(" ".join(text.split()).strip(" ,")) + '"'
                    yield Finding(
                        message.replace("{text}", shown) + self._hint(info, text),
                        span=info.neutral_span(start, end),
                    )
                    return
        if anchor is None and last_line is not None and kinds[-1][0] == "place":
            anchor = last_line  # "Herzliche Grüße aus Hamburg" and nothing after it
        if anchor is not None:
            text, start, end = anchor
            yield Finding(
                f"no name follows the sign-off \"{escape_braces(text.strip())}\"" + self._hint(info),
                span=info.neutral_span(start, end),
            )

    def _hint(self, info: Any, signed: str = "") -> str:
        sender = info.source.front_matter.get("from")
        name = str(sender).split("<")[0].strip().strip('"') if sender is not None else ""
        if name and fold_brand(name) == fold_brand(signed):
            name = ""  # the sender's display name is the company that signed
        if name and "@" not in name and not self._noreply.search(name):
            return f"; sign with the sender's name, e.g. \"{escape_braces(name)}\""
        return "; sign with the name of someone the recipient can answer"

    def _uses(self, target: TemplateContext, start: int, end: int) -> list[Any]:
        """The variable uses on one signature line (neutral offsets)."""
        info = target.info
        src_start = info.source_offset(start)
        src_end = info.source_offset(max(end - 1, start)) + 1
        return [use for use in info.variables
                if info.tags[use.tag_index].start < src_end and info.tags[use.tag_index].end > src_start]

    def _signer(self, target: TemplateContext, start: int, end: int) -> Any:
        """(use, fallback) of the one person variable on a signature line, or None."""
        info = target.info
        uses = [u for u in self._uses(target, start, end) if not _COMPANY_VARIABLE.search(u.path[-1])]
        if len(uses) != 1:
            return None
        tag = info.tags[uses[0].tag_index]
        return uses[0], fallback_of(uses[0], info.source.text[tag.start : tag.end],
                                    nameless=lambda text: self._kind_of_text(text) != "person")

    def _classify(self, target: TemplateContext, text: str, start: int, end: int,
                  brands: frozenset[str] = frozenset(), body: str = "") -> str:
        """"person", "signer" (a person's variable), "team", "role", "company", "contact" or
        "empty" for one signature line."""
        info = target.info
        src_start = info.source_offset(start)
        src_end = info.source_offset(max(end - 1, start)) + 1
        roots = [use.path for use in self._uses(target, start, end)]
        if any(not _COMPANY_VARIABLE.search(path[-1]) for path in roots):
            variables = [p for p in roots if not _COMPANY_VARIABLE.search(p[-1])]
            # {{ sender_name }}, {{ rep.first_name }}, {{ owner }}: a person if it has a value
            return "signer" if len(variables) == 1 else "person"
        if any(info.tags[i].kind == "expr" and info.tags[i].start < src_end and info.tags[i].end > src_start
               for i in range(len(info.tags))) and not roots:
            return "person"  # an expression we cannot read ({{ loop_var }}): give it the benefit
        return self._kind_of_text(text, brands, body, company_variable=bool(roots))

    def _kind_of_text(self, text: str, brands: frozenset[str] = frozenset(), body: str = "",
                      company_variable: bool = False) -> str:
        """"person", "team", "role", "company", "no-reply", "contact" or "empty" for literal text."""
        stripped = text.strip(" \t,;:.-—–|")
        if not stripped:
            return "empty"
        if "@" in stripped and self._noreply.search(stripped):
            return "no-reply"
        if self._words.is_notice(stripped):
            return "notice"  # "Please do not reply to this email.", "Bitte antworten Sie nicht ..."
        if self._words.is_sentence(text.strip()):
            return "sentence"  # "Just hit reply if anything is unclear.": words, not a name
        if _CONTACT.search(stripped) or is_web_address(stripped):
            return "contact"  # an address, a phone, a link: a person's name has no digits
        if self._is_team(stripped) or self._words.brand_and_department(
                stripped, self._units, lambda word: company_like(word, body, shaped=True)) \
                or is_unit_line(stripped, self._units):
            return "team"  # "The Sales Team", "Quillmate Support", "Klantenservice Zeewind", "Office of Admissions"
        if _from_a_place(stripped):
            return "place"  # "Herzliche Grüße aus Hamburg": where from, not who
        if self._person_and_group(stripped):
            return "person"  # "Maya Lindqvist and the folks at Bluefinch Labs": a person signs
        if company_variable:
            return "company"  # {{ company_name }} alone
        if self._words.is_role(stripped):
            return "role"  # "Your Account Manager", "Head of Partnerships"
        if self._is_company(stripped) or fold_brand(stripped) in brands:
            return "company"  # a legal form, or the name of the sender's mail domain ("Brightwell")
        if self._words.named_as_our_company(stripped, body):
            return "company"  # "At Quillmate we help ..." ... "Quillmate"
        return "person"

    def _person_and_group(self, line: str) -> bool:
        """A name, then "and", "und", "et", "y", "en" and a group ("the team at ...", "the folks
        at ...", "la crew de ..."): the person signs with their colleagues."""
        joint = _AND.search(line)
        if joint is None:
            return False
        head, rest = line[:joint.start()], line[joint.end():]
        group = {w.casefold() for w in re.split(r"[\s'-]+", _COMPOUND_TEAM.sub(r"\1 \2", rest)) if w}
        head_words = head.split()
        groups = self._team | {w for w in self._collective if len(w) >= 5}  # not "of", "from", "us"
        return bool(group & groups) and 1 <= len(head_words) <= 4 \
            and all(w[:1].isupper() for w in head_words) and not self._is_team(head, whole=False) \
            and not self._is_company(head) and not self._words.is_role(head)

    def _is_company(self, line: str) -> bool:
        """A line that names a company by its legal form: "Cerámicas Levante S.L.", "Müller &
        Söhne GmbH", "Van Dijk B.V.". A short form written like a name ("Min-ji Sa", "João Co")
        is a family name."""
        token = line.replace(",", " ").split()[-1]
        last = token.casefold().rstrip(".")
        if last in self._suffixes:
            bare = last.replace(".", "")
            written_as_name = token[:1].isupper() and token[1:].islower() and "." not in token
            words = line.replace(",", " ").split()
            # "Amelia Group": a common given name, then a family name that is also a legal form
            named = written_as_name and len(words) == 2 and given_weight(words[0]) >= 100
            if not ((len(bare) <= 2 and written_as_name) or named):
                return True
        return junk_reason(line, FULL) is JunkCategory.COMPANY

    def _name_the_company(self, kinds: list[tuple[str, str, int, int]], body: str) -> list[tuple[str, str, int, int]]:
        """A line with no known name in it is the company (signoff_company.py) under a team or
        role line, above a team line that does not say whose team it is ("Waldkontor" / "Das
        Kundencenter"), or alone when the body speaks only as "we" ("Cordialement, Houlémo")."""
        out = list(kinds)
        lines = [at for at, (kind, *_) in enumerate(out) if kind not in ("contact", "empty")]
        for at, (kind, text, start, end) in enumerate(out):
            if kind != "person":
                continue
            line = text.strip(" \t,;:.-—–|")
            below_team = at > 0 and out[at - 1][0] in ("team", "role")
            above_unit = at + 1 < len(out) and out[at + 1][0] == "team" and self._unit_only(out[at + 1][1])
            above_team = above_unit and self._bare_team(out[at + 1][1])
            several = len(line.split()) > 1  # "Nsimba Kalala" under a team line may be a person: words needed
            if ((below_team or above_team) and company_like(line, body, shaped=several)) or (
                    below_team and self._team_signature(out[at - 1][1]) and _led_by_no_name(line)) or (
                    below_team and organisation_line(line)) or (
                    above_unit and company_like(line, body, shaped=True)) or (
                    lines == [at] and company_like(line, body, self._words.we, self._i_words, strict=True)):
                out[at] = ("company", text, start, end)
        return out

    def _team_signature(self, line: str) -> bool:
        """A team line that signs as a team: an article or a team word ("The Academy Team",
        "El equipo de Customer Success"), not a person's department label ("Client Services")."""
        words = self._words_of(line.strip(" \t,;:.-—–|"))
        return bool(words) and (re.fullmatch(_TEAM_DET, words[0], re.I) is not None
                                or any(w.casefold() in self._team for w in words))

    def _words_of(self, line: str) -> list[str]:
        """A team line's words: "L'équipe" -> "L'" "équipe", "Buchungsteam" -> "Buchungs" "team"."""
        text = re.sub(r"\b([lLdD])'", r"\1' ", line.replace("’", "'")).replace("-", " ")
        return _COMPOUND_TEAM.sub(r"\1 \2", text).split()

    def _unit_only(self, line: str) -> bool:
        """A team or department line that does not say whose it is ("Customer Care", "Das
        Kundencenter"; not "De crew van Tulpa")."""
        words = self._words_of(line.strip(" \t,;:.-—–|"))
        return self._unit_phrase([w for w in words if not re.fullmatch(_TEAM_DET, w, re.I)])

    def _bare_team(self, line: str) -> bool:
        """A team signature that does not say whose team it is: "The Partnerships Office", "Das
        Kundencenter", "L'équipe comptabilité", "Team Reserveringen". A department with no
        article or team word ("Customer Success") under a name is that person's department."""
        words = self._words_of(line.strip(" \t,;:.-—–|"))
        return bool(words) and (re.fullmatch(_TEAM_DET, words[0], re.I) is not None
                                or any(w.casefold() in self._team for w in words)) and self._unit_only(line)

    def _unit_phrase(self, words: list[str]) -> bool:
        """Department and team words only, with small words between them ("Servicio al
        cliente", "Service à la clientèle") and compounds of two ("Kundencenter")."""
        if not words:
            return False
        last = len(words) - 1
        for at, word in enumerate(words):
            folded = word.casefold()
            if folded in self._departments or folded in self._team or self._compound_unit(folded):
                continue
            if 0 < at < last and folded in self._unit_links:
                continue
            return False
        return True

    def _compound_unit(self, word: str) -> bool:
        """Two department or team words run together, the first maybe with a linking "s":
        "Kundencenter", "Servicecenter", "Verkoopbinnendienst", "Reserveringsafdeling"."""
        units = self._units
        for at in range(3, len(word) - 2):
            head, tail = word[:at], word[at:]
            if tail in units and (head in units or (head.endswith("s") and head[:-1] in units)):
                return True
        return False

    def _is_team(self, line: str, whole: bool = True) -> bool:
        line = _SPACED_DASH.sub(", ", line)  # "Dana Okafor - Onboarding Team": two parts, as after a comma
        text = " ".join(re.sub(r"\b([lLdD])'", r"\1' ", line.replace("’", "'")).replace("-", " ").split())
        text = _COMPOUND_TEAM.sub(r"\1 \2", text)  # "Ihr Vertriebsteam", "Het verkoopteam"
        # a person with the team ("Maya and the Northwind team", "Dana Okafor, Sales Team")
        parts = re.split(r"\s*(?:,|\band\b|&|\+|\bund\b|\bet\b|\by\b|\ben\b|\bwith\b)\s*", text, flags=re.I)
        parts = [p for p in parts if p]
        if len(parts) > 1 and whole and "," in line and self._is_team(line.split(",")[0], whole=False):
            return True  # the team first, then whose: "The Onboarding Team, Veldspar", "L'équipe Onboarding, Lumivert"
        if len(parts) > 1:
            head = parts[0].casefold().split()
            if head and re.fullmatch(_TEAM_DET, head[0], re.I):
                head = head[1:]  # "The Marketing and Sales Team", "El equipo de Ventas y Marketing"
            if whole and self._words.is_role(parts[0]) and self._is_team(" ".join(parts[1:]), whole=False):
                return True  # a role and the team: "Your Account Manager and the team at Lumora"
            if not head or not all(w in self._departments or w in self._team or re.fullmatch(_TEAM_LINK, w, re.I)
                                   for w in head):
                return False
            text = parts[-1]
        words = text.split()
        bare = words
        while len(bare) > 1 and (re.fullmatch(_TEAM_DET, bare[0], re.I) or bare[0].casefold() in _SENT_FROM):
            bare = bare[1:]  # "aus der Buchhaltung", "desde el departamento de reservas"
        if self._unit_phrase(bare):
            return True  # "Support", "Customer Success", "Ihr Kundencenter", "Servicio al cliente"
        if self._department_of.match(text):
            return True  # "Le service client d'Atelier Saveurs", "Abteilung Vertrieb der Kessler AG"
        if len(words) >= 3 and words[0][:1].isupper() and all(w.casefold() in self._departments for w in words[1:]):
            return True  # a brand and a department: "Acme Customer Care", "Northwind Customer Success"
        match = self._team_last.match(text) or self._team_first.match(text)
        if match is None:
            return False
        words = [w for w in text.split() if w.casefold() not in self._team]
        # brand words must look like a brand: capitalised, or a department word
        return all(
            w.casefold() in self._departments or w[:1].isupper() or re.fullmatch(_TEAM_DET + r"|" + _TEAM_LINK, w, re.I)
            for w in words
        )


def _from_a_place(line: str) -> bool:
    """"aus Hamburg", "desde Sevilla", "from Leeds" after the closing words: a place, no given
    name ("from Priya Raman" signs)."""
    words = line.split()
    return 2 <= len(words) <= 3 and words[0].casefold() in _SENT_FROM \
        and all(w[:1].isupper() and given_weight(w) < 50 for w in words[1:])


def _led_by_no_name(line: str) -> bool:
    """One to three capitalised words whose first is no known name ("Tesorería Clara",
    "Nimbus Guard"): under a team signature, the company, since a person's name leads with a
    given or family name ("Rocío Bermúdez", "Park Min-jun")."""
    words = [w for w in line.split() if w not in ("&", "+")]
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(known_name(part) for part in re.split(r"[-'’]", words[0]) if part)


def _whose_group(kinds: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A single word under a team or role line names whose team it is ("The Customer Success
    Team" / "Boardbook"), not who signs, unless the name tables know it as a given name: a person signs above
    their team, not below it."""
    out = list(kinds)
    for at in range(1, len(out)):
        kind, text, start, end = out[at]
        words = text.strip(" \t,;:.-—–|").split()
        if kind == "person" and out[at - 1][0] in ("team", "role") and len(words) == 1 and given_weight(words[0]) == 0:
            out[at] = ("company", text, start, end)
    return out


def _lines(span: Any) -> list[tuple[str, int, int]]:
    """The non-blank lines of a segment, with neutral offsets."""
    found: list[tuple[str, int, int]] = []
    pos = 0
    text = span.text
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            start, end = span.source_span(pos + lead, pos + len(line.rstrip()))
            found.append((line.strip(), start, end))
        pos += len(line) + 1
    return found


def _last_line(segments: Any) -> tuple[str, int, int] | None:
    """The last non-blank line of the email before any P.S., with neutral offsets."""
    text = segments.text
    stop = segments.ps.plain_start if segments.ps is not None else len(text)
    body = text[:stop].rstrip()
    if not body:
        return None
    start = body.rfind("\n") + 1
    line = body[start:]
    lead = len(line) - len(line.lstrip())
    s, e = segments.source_span(start + lead, len(body))
    return line.strip(), s, e
