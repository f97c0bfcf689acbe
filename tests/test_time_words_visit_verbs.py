"""FL308: a visit or a tour named by its verb dates the time word beside it.

"Thanks for visiting our forge yesterday", "Danke, dass Sie unser Werk gestern besichtigt haben",
"Merci d'avoir visité notre usine hier", "Gracias por visitarnos ayer", "Fijn dat je gisteren
langskwam": the verb of visiting or touring (not only the noun "visit" / "Besuch" / "visite")
ties the time word to the visit, so a row whose visit date it does not fit is reported. Where
the visitors came on two days, "yesterday" fits some rows and not others: only those are
reported, and a list whose every row fits stays quiet.

Sent on Wednesday 27 January 2027; the visits were on Tuesday 26 (yesterday) and Monday 25.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

SEND = "2027-01-27"  # a Wednesday
YESTERDAY, TWO_DAYS = "2027-01-26", "2027-01-25"
GREETINGS = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi"}
SIGNERS = {"en": "Wilfred Adu-Thornton", "de": "Jörg Müller-Ndiaye", "fr": "Anaïs Le Bihan",
           "es": "Begoña Iturriaga", "nl": "Femke van der Berg"}
PEOPLE = [("Augustus", "Ferreira-Boateng"), ("Sakura", "Ishida"), ("Dervla", "Mac Suibhne"), ("Bilal", "Chaudhry")]

# (lang, sentence): the time word dates the visit, named by its verb
VISIT_SENTENCES = [
    ("en", "Thanks for visiting our Sheffield forge yesterday."),
    ("en", "Thanks for touring the press shop with us yesterday."),
    ("en", "Great to have you visiting the mill yesterday; the test certificates are attached."),
    ("de", "Vielen Dank, dass Sie gestern unser Werk in Bochum besichtigt haben."),
    ("de", "Schön, dass Sie uns gestern in Hagen besucht haben."),
    ("fr", "Merci d'avoir visité notre usine de Valenciennes hier."),
    ("fr", "Merci encore pour votre venue hier à Lyon."),
    ("es", "Gracias por visitarnos ayer en la planta de Zaragoza."),
    ("es", "Gracias por visitar nuestra fábrica ayer."),
    ("nl", "Bedankt dat je gisteren onze fabriek in Veghel hebt bezocht."),
    ("nl", "Fijn dat je gisteren langskwam in Veghel."),
]


def _template(lang: str, sentence: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{GREETINGS[lang]} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{SIGNERS[lang]}\n")


def _found(lang: str, sentence: str, dates: list[str]) -> list[str]:
    records = [{"first_name": first, "last_name": last, "company": "Boateng Rail Components", "visit_date": day}
               for (first, last), day in zip(PEOPLE, dates)]
    return codes(run_rules("FL308", _template(lang, sentence), records, send_date=SEND))


@pytest.mark.parametrize(("lang", "sentence"), VISIT_SENTENCES)
def test_yesterday_on_a_two_day_visit_list_fires(lang: str, sentence: str) -> None:
    assert "FL308" in _found(lang, sentence, [YESTERDAY, TWO_DAYS, YESTERDAY, TWO_DAYS])


@pytest.mark.parametrize(("lang", "sentence"), VISIT_SENTENCES)
def test_yesterday_that_fits_every_row_is_quiet(lang: str, sentence: str) -> None:
    assert _found(lang, sentence, [YESTERDAY] * 4) == []
