"""FL301's frame and hyphens typed as dashes: a pair of " - " (a space on each side) in one
sentence encloses an aside and breaks the clause as "–" and "—" do, so an occasion word in an
aside about something else ("the two points you raised - the WMS interface and the training of
the dispatchers - are in the new version") does not complete a frame with the reader and the
past outside it; a lone " - " is read as a comma, and a frame beside it still fires. Five languages, written before the code (batch 13's German false
alarm is the category)."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [{"first_name": "Katharina", "last_name": "Obermaier-Nwosu", "Attended": "No"},
           {"first_name": "Tobias", "last_name": "Kühn", "Attended": "Yes"}]
_GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}

# the occasion word is one of the things listed in the aside, not an event the reader attended
ASIDES = [
    ("en", "The two points you raised - the WMS interface and the training for dispatchers - are now in the revised quote."),
    ("de", "Die zwei Punkte, die Sie angemerkt haben - Schnittstelle zum Lagerverwaltungssystem und Schulung der "
           "Disponenten - habe ich in der überarbeiteten Fassung ergänzt."),
    ("fr", "Les deux points que vous avez soulevés - l'interface avec l'entrepôt et la formation des chauffeurs - "
           "figurent dans la nouvelle offre."),
    ("es", "Los dos puntos que comentaste - la integración con el almacén y la formación de los conductores - ya "
           "están en la nueva oferta."),
    ("nl", "De twee punten die je noemde - de koppeling met het magazijn en de training van de planners - staan in "
           "de nieuwe offerte."),
]
# a dash in the sentence, and the reader at the event on one side of it
FRAMES_BESIDE_A_DASH = [
    ("en", "You were in the front row for the roadmap demo - so none of this will surprise you."),
    ("de", "Sie waren beim Kundentag in Köln live dabei - deshalb hier gleich die Folien."),
    ("fr", "Vous étiez nombreux au salon hier - merci encore pour votre visite."),
    ("es", "Ayer te vimos en primera fila durante la charla - aquí tienes las diapositivas."),
    ("nl", "Gisteren zat je nog bij ons aan tafel tijdens het diner - hierbij de foto's."),
]


def _email(lang: str, sentence: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{_GREETING[lang]} {{{{ first_name }}}},\n\n"
            f"{sentence}\n\nMaya Okafor")


def test_the_tables_are_balanced() -> None:
    assert len(ASIDES) == len(FRAMES_BESIDE_A_DASH)


@pytest.mark.parametrize(("lang", "sentence"), ASIDES)
def test_an_occasion_word_in_an_aside_is_not_the_event(lang: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), RECORDS)) == [], sentence


@pytest.mark.parametrize(("lang", "sentence"), FRAMES_BESIDE_A_DASH)
def test_a_frame_beside_a_dash_still_fires(lang: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), RECORDS)) == ["FL301"], sentence
