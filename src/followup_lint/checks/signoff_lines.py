"""What one signature line under a sign-off is, beyond a person or a team (FL306's helpers).

* a role alone: "Your Account Manager", "Head of Partnerships", "Ihr persönlicher
  Ansprechpartner", "Votre conseillère commerciale", "Su asesor comercial", "Je accountmanager";
* the sender's company named alone, with no legal form: the body names it as the company "we"
  work at ("At Quillmate we help ...", "Chez Lumivert, nous ..."), or it is the name of the
  sender address's domain (``from: info@kesselwerk.example`` above "Kesselwerk");
* a brand and a department on one line, in either order: "Quillmate Support", "Klantenservice
  Zeewind", "Lumivert – Service client" (the brand is no common given name: "Tomás - Support"
  is a person with their department);
* a do-not-reply notice ("Please do not reply to this email.", "Merci de ne pas répondre à ce
  message.": ``notice_phrases``) or another sentence ("Just hit reply if anything is unclear.")
  in place of a name;
* an address or phone line: a person's name has no digits ("Calle Mayor 12 · 46001 Valencia").

The words are data: ``role_words``, ``role_modifiers``, ``we_words`` and ``affiliation_words``
of FL306 in ``rules/FL3-personalization.yml``.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Mapping

from ..names.tables import family_weight, given_weight

__all__ = ["SignatureWords", "address_domains", "fold_brand"]

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_PART_BREAK = re.compile(r"\s+[-–—|·]\s+|,\s*")
_ADDRESS_DOMAIN = re.compile(r"@([\w.-]+)")
# compounds ending in a role: "Kundenberater", "Vertriebsbetreuer", "salesmanager", "verkoopadviseur"
_COMPOUND_ROLES = ("manager", "berater", "beraterin", "betreuer", "betreuerin", "adviseur", "consulent")


def fold_brand(text: str) -> str:
    """"Olivar Digital" and "olivar-digital" -> "olivardigital"."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def address_domains(lines: Iterable[str]) -> frozenset[str]:
    """The names in the mail domains of ``lines`` ("info@mail.zeewind.example" -> "mail",
    "zeewind"): a signature line that is one of them names the company, not a person."""
    names: set[str] = set()
    for line in lines:
        for domain in _ADDRESS_DOMAIN.findall(line):
            labels = domain.strip(".").split(".")
            names.update(fold_brand(label) for label in labels[:-1] if len(label) > 2)
    return frozenset(names)


class SignatureWords:
    """The role and company knowledge of FL306, read once from the rule's data."""

    def __init__(self, data: Mapping[str, Any], determiners: Iterable[str], departments: Iterable[str]) -> None:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).casefold() for w in data.get(key) or ())

        self.roles = words("role_words")
        self.modifiers = words("role_modifiers")
        self.links = words("affiliation_words")
        self.we = words("we_words")
        self.notices = tuple(sorted(words("notice_phrases")))
        self.particles = words("name_particles")
        self.determiners = frozenset(w.casefold() for w in determiners)
        self.departments = frozenset(w.casefold() for w in departments)

    def is_role(self, line: str) -> bool:
        """A job title or role with no person: "Your Account Manager", "Head of Partnerships",
        "Ihr persönlicher Ansprechpartner", "Account Executive at Quillmate"."""
        words = [w.casefold().strip("'’.") for w in _WORD.findall(line.replace("’", "'"))]
        if not words or len(words) > 8 or re.search(r"\d|@", line):
            return False
        if words[0] in self.determiners or words[0] in self.modifiers:
            words = words[1:]
        seen_role = False
        for i, word in enumerate(words):
            if word in self.roles or any(word.endswith(r) and len(word) > len(r) + 3 for r in _COMPOUND_ROLES):
                seen_role = True
            elif word in self.links and seen_role:
                return i + 1 < len(words) and all(w[:1].isalpha() for w in words[i + 1 :])  # "... at Quillmate"
            elif not (word in self.departments or word in self.modifiers or word in self.links
                      or word in self.determiners):
                return False
        return seen_role

    def named_as_our_company(self, line: str, body: str) -> bool:
        """The line (one to three words) is named in the body as the company the sender works at,
        in a sentence that speaks as "we": "At Quillmate we help ...", "Chez Lumivert, nous ..."."""
        name = " ".join(line.split()).strip(" ,.")
        if not name or len(name.split()) > 3 or not name[:1].isupper() or not body:
            return False
        pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, self.links))})\s+{re.escape(name)}(?!\w)", re.IGNORECASE)
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", body):
            if pattern.search(sentence) and self.we.intersection(w.casefold() for w in _WORD.findall(sentence)):
                return True
        return False

    def brand_and_department(self, line: str, units: frozenset[str],
                             brand_like: Callable[[str], bool] = lambda word: True) -> bool:
        """A brand and a department (``units``: department and team words), in either order.
        Set apart by a dash or a bar, a single word is a brand only when ``brand_like`` says so
        ("Copperleaf – Support"): a name the tables do not know is a person there ("Nsimba –
        Support")."""
        parts = [p for p in _PART_BREAK.split(line) if p.strip()]
        if len(parts) == 2:
            splits = [(parts[0].split(), parts[1].split()), (parts[1].split(), parts[0].split())]
        elif len(parts) == 1:
            words = line.split()
            splits = [(words[:i], words[i:]) for i in range(1, len(words))] + \
                     [(words[i:], words[:i]) for i in range(1, len(words))]
        else:
            return False
        for brand, unit in splits:
            if not (1 <= len(brand) <= 3 and unit) or len(unit) > 3:
                continue
            if not all(w.casefold().strip(".") in units for w in unit):
                continue
            if len(parts) == 2 and len(brand) == 1 and (family_weight(brand[0]) > 0 or not brand_like(brand[0])):
                continue  # a family name and the department: "Oyelaran – Accounts", "Okafor | Sales"
            if all(w[:1].isupper() and w.casefold() not in units and given_weight(w) < 50 for w in brand):
                return True
        return False

    def is_notice(self, line: str) -> bool:
        """A do-not-reply notice: "Please do not reply to this email.", "Bitte antworten Sie nicht
        auf diese E-Mail.", "reageren is niet mogelijk"."""
        folded = " ".join(line.replace("’", "'").casefold().split())
        return any(phrase in folded for phrase in self.notices)

    def is_sentence(self, line: str) -> bool:
        """A sentence, not a name: four words or more, ending in ".", "!" or "?", with a
        lower-case word that is no name particle ("van", "de la", "bin")."""
        words = _WORD.findall(line)
        if len(words) < 4 or line.rstrip()[-1:] not in ".!?":
            return False
        return any(w[:1].islower() and w.casefold() not in self.particles for w in words)
