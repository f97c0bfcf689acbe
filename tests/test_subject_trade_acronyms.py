"""FL502 and trade acronyms no list names: a capitalised word that no dictionary of the
project knows (the shipped general vocabulary of five languages, the lemma tables, the cue
words) is an acronym or a name, in the subject as much as mid-sentence; a capitalised word of
the language is still shouting, alone or in a run."""

from __future__ import annotations

import pytest

from _core_testing import fired

BODY = "Hi {{ first_name }},\n\nThe notes are attached.\n\nBest,\nAoife\n"


def subject_mail(subject: str, locale: str | None = None) -> str:
    front = f'---\nsubject: "{subject}"\n' + (f"locale: {locale}\n" if locale else "")
    return front + "---\n" + BODY


# Acronyms of trades, safety, health and public bodies that are not in the rule's list.
ACRONYMS = [
    ("COSHH assessments for {{ company }}'s cleaning crews", None),
    ("RIDDOR reporting: what changed in April", None),
    ("NEBOSH course dates for {{ first_name }}", None),
    ("LOLER inspections on your lifting gear", None),
    ("PUWER checks before the winter shutdown", None),
    ("SIMAP-Ausschreibung für {{ company }}", "de"),
    ("AMDEC et plans de contrôle chez {{ company }}", "fr"),
    ("Plazos del SEPE para {{ company }}", "es"),
    ("NVWA-inspectie en uw HACCP-logboek", "nl"),
    ("CSCS and CITB cards for the new starters", None),
]

# The same subjects, shouted: words of the language in capitals still fire.
SHOUTED = [
    ("URGENT: COSHH assessments due", None),
    ("RIDDOR changes - DON'T MISS THIS", None),
    ("NEBOSH course: LIMITED places", None),
    ("EXCLUSIVE offer on LOLER inspections", None),
    ("KOSTENLOSE Prüfung Ihrer Leitern", "de"),
    ("AMDEC : OFFRE SPÉCIALE", "fr"),
    ("ÚLTIMA OPORTUNIDAD para el curso", "es"),
    ("GRATIS inspectie van uw hoogwerkers", "nl"),
    ("FINAL REMINDER about your renewal", None),
    ("UNMISSABLE webinar on site safety", None),
]


def test_tables_are_balanced() -> None:
    assert len(ACRONYMS) == len(SHOUTED)


@pytest.mark.parametrize(("subject", "locale"), ACRONYMS)
def test_an_acronym_no_dictionary_knows_is_not_shouting(subject: str, locale: str | None) -> None:
    assert not fired("FL502", subject_mail(subject, locale)), subject


@pytest.mark.parametrize(("subject", "locale"), SHOUTED)
def test_a_capitalised_word_of_the_language_is_shouting(subject: str, locale: str | None) -> None:
    assert fired("FL502", subject_mail(subject, locale)), subject
