"""FL301: an absence word keeps a sentence out of the attendance reading only when the absence
is the reader's ("votre absence", "vous étiez absent", "Ihre Abwesenheit", "tu ausencia", "je
was afwezig"), not a third party's ("lorsqu'un chauffeur est absent": how the product handles an
absent driver). Five languages, written before the code (batch 13's French miss is the
category)."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [{"first_name": "Jan-Willem", "last_name": "de Boer", "Attended": "No"},
           {"first_name": "Hélène", "last_name": "Lefèvre-Dubois", "Attended": "Yes"}]
_GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}

# the reader at the event, and someone else's absence in the same sentence
THIRD_PARTY_ABSENCE = [
    ("fr", "Suite à votre question pendant la session de mercredi, voici comment le planificateur répartit les arrêts "
           "lorsqu'un chauffeur est absent."),
    ("fr", "Vous étiez au salon hier : voici la fiche sur la gestion des absences des chauffeurs, et comment un "
           "chauffeur absent est remplacé."),
    ("de", "Sie waren beim Kundentag in Köln live dabei, deshalb hier die Folien zur Abwesenheit der Fahrer."),
    ("es", "Ayer te vimos en primera fila durante la charla; aquí tienes cómo se reparte la ruta cuando un conductor "
           "está ausente."),
    ("nl", "Gisteren zat je nog bij ons aan tafel tijdens het diner; hierbij hoe de planner werkt als een chauffeur "
           "afwezig is."),
]
# the reader's own absence: written for a no-show
READER_ABSENCE = [
    ("fr", "Vous étiez absent mercredi, voici donc le résumé de la session."),
    ("fr", "En votre absence à la session de mercredi, voici les supports."),
    ("de", "Trotz Ihrer Abwesenheit beim Kundentag hier die Folien. Wir haben Ihre Abwesenheit bemerkt."),
    ("es", "Lamentamos tu ausencia en la charla de ayer; aquí tienes las diapositivas."),
    ("nl", "Je was afwezig bij het diner van gisteren, dus hierbij de samenvatting."),
]


def _email(lang: str, sentence: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{_GREETING[lang]} {{{{ first_name }}}},\n\n"
            f"{sentence}\n\nAgathe Rousseau-Mbeki")


def test_the_tables_are_balanced() -> None:
    assert len(THIRD_PARTY_ABSENCE) == len(READER_ABSENCE)


@pytest.mark.parametrize(("lang", "sentence"), THIRD_PARTY_ABSENCE)
def test_someone_elses_absence_does_not_hide_the_presumption(lang: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), RECORDS)) == ["FL301"], sentence


@pytest.mark.parametrize(("lang", "sentence"), READER_ABSENCE)
def test_the_readers_absence_is_a_no_show_message(lang: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), RECORDS)) == [], sentence
