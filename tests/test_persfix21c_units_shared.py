"""Issue 11, two categories (tables written before the code).

1. FL306 (warning in one-to-one kinds): a sign-off that names a function, desk, office,
   department or unit instead of a person - read as a noun phrase headed by an organisational
   unit noun ("... Desk", "... Unit", "Office of ...", "Personalabteilung", "Referat ...",
   "Bureau des ...", "Direction de ...", "Oficina de ...", "Unidad de ...", "...bureau",
   "...dienst") - alone or above the organisation's name, also when that name holds a family
   name ("Bellamy Foods", "Harrow & Finch Trust"). Quiet: a named person with the unit under
   the name, a person with their company, a family name that is also a unit noun ("Marie
   Bureau"), and broadcast kinds (info, never a warning).
2. FL322 / FL304: a column the same for every row that the sentence or its neighbour presents
   as the same for everyone: "for all ..." before the value in its sentence even across another
   variable that the group includes, in the sentence before it in the same paragraph, or a
   sentence after it that says the value applies to everyone ("applies nationally", "gilt
   bundesweit", "s'applique à tous", "a nivel nacional", "geldt landelijk"). Still reported:
   the value presented as the reader's own, even with such a sentence next to it, and a
   neighbour sentence that gives something else to everyone.
"""

from __future__ import annotations

import pytest

from followup_lint.model import Severity
from followup_lint.testing import codes, run_rules

# ------------------------------------------------------------------ 1. FL306 unit sign-offs

_CLOSING = {"en": "Kind regards,", "de": "Mit freundlichen Grüßen", "fr": "Bien cordialement,",
            "es": "Un cordial saludo,", "nl": "Met vriendelijke groet,"}
_BODY = {
    "en": "I'm writing because {{ company }} came up in our search for regional stockists, and I'd like to "
          "send you our wholesale terms for the spring range.",
    "de": "ich melde mich, weil {{ company }} für unser neues Förderprogramm in Frage kommt. Die Unterlagen "
          "schicke ich Ihnen gern zu.",
    "fr": "je me permets de vous écrire car {{ company }} correspond au profil de notre programme de "
          "partenariat régional. Je peux vous envoyer le dossier.",
    "es": "le escribo porque {{ company }} encaja en el programa de colaboración que lanzamos esta primavera. "
          "Con gusto le envío las condiciones.",
    "nl": "ik neem contact op omdat {{ company }} goed past bij ons nieuwe partnerprogramma. Ik stuur u graag "
          "de voorwaarden.",
}
_HELLO = {"en": "Hi", "de": "Guten Tag", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}


def _signed(lang: str, lines: str, kind: str = "prospecting") -> str:
    return (f"---\nkind: {kind}\nlocale: {lang}\n---\n{_HELLO[lang]} {{{{ first_name }}}},\n\n{_BODY[lang]}\n\n"
            f"{_CLOSING[lang]}\n{lines}\n")


UNIT_SIGNED = [
    ("en", "The Licensing Desk\nBellamy Foods"),
    ("en", "Grants Unit\nHarrow & Finch Trust"),
    ("en", "Office of Admissions\nSt Brendan's College"),
    ("en", "The Alumni Relations Office"),
    ("de", "Die Personalabteilung\nBrandt Logistik"),
    ("de", "Referat Öffentlichkeitsarbeit\nStadtwerke Lindau"),
    ("fr", "Le Bureau des Partenariats\nMaison Girard"),
    ("fr", "Direction de la Communication\nBrasserie Lefèvre"),
    ("es", "Unidad de Eventos\nGrupo Herrera Viajes"),
    ("es", "Oficina de Prensa\nBodegas Martínez"),
    ("nl", "Het Partnerschapsbureau\nBakkerij Jansen"),
    ("nl", "De Persdienst\nGemeente Zwolle"),
    ("nl", "Afdeling Evenementen\nVan Leeuwen Reizen"),
    ("en", "Sponsorship Desk | Calder Ridge Outfitters"),
    ("de", "Das Vertriebsteam\nHofmann Maschinenbau"),
    ("nl", "Team Partnerships\nVan Dijk Bouw"),
]

PERSON_SIGNED = [
    ("en", "Priya Raman-Okafor\nLicensing Desk\nBellamy Foods"),
    ("en", "Nnamdi\nGrants Unit, Harrow & Finch Trust"),
    ("en", "Dr Helen Baptiste\nOffice of Admissions"),
    ("en", "Joon-ho Park\nAlumni Relations Office"),
    ("de", "Karl-Heinz Brandt\nPersonalabteilung\nBrandt Logistik"),
    ("de", "Anke ter Horst\nReferat Öffentlichkeitsarbeit"),
    ("fr", "Élodie Marchand\nBureau des Partenariats, Maison Girard"),
    ("fr", "Marie Bureau\nMaison Girard"),
    ("es", "María José de la Fuente\nUnidad de Eventos"),
    ("es", "Xóchitl\nOficina de Prensa\nBodegas Martínez"),
    ("nl", "Sanne van den Berg\nPartnerschapsbureau"),
    ("nl", "Ruud de Wit\nPersdienst, Gemeente Zwolle"),
    ("en", "Sarah Baker\nBellamy Foods"),
    ("en", "Sponsorship Desk\nTomás Ruiz-Albéniz"),
    ("en", "Mei Lin\nEvents Unit"),
    ("nl", "Jan-Willem van Dijk\nTeam Partnerships\nVan Dijk Bouw"),
]


def test_the_unit_tables_are_balanced() -> None:
    assert len(UNIT_SIGNED) == len(PERSON_SIGNED)
    assert {lang for lang, _ in UNIT_SIGNED} == {lang for lang, _ in PERSON_SIGNED} == set(_CLOSING)


@pytest.mark.parametrize(("lang", "lines"), UNIT_SIGNED)
def test_a_sign_off_by_a_desk_office_or_unit_is_a_warning(lang: str, lines: str) -> None:
    found = run_rules("FL306", _signed(lang, lines))
    assert any(d.code == "FL306" and d.severity is Severity.WARNING for d in found), [d.message for d in found]


@pytest.mark.parametrize(("lang", "lines"), PERSON_SIGNED)
def test_a_named_person_with_a_unit_or_company_signs(lang: str, lines: str) -> None:
    found = run_rules("FL306", _signed(lang, lines))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "lines"), UNIT_SIGNED[::3])
def test_a_unit_signing_a_newsletter_stays_info(lang: str, lines: str) -> None:
    found = run_rules("FL306", _signed(lang, lines, kind="newsletter"))
    assert all(d.severity is Severity.INFO for d in found), [d.message for d in found]


# ------------------------------------------------------------------ 2. FL322 shared by design

_PEOPLE = [
    ("Sanne", "de Vries", "Gemeente Zwolle"),
    ("Ahmed", "El Amrani", "Stadt Gießen"),
    ("Jean-Luc", "N'Guessan", "Commune de Rezé"),
    ("Itziar", "Goikoetxea", "Ayuntamiento de Getxo"),
]
_FRAME = {"en": ("Hi", "Best"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien à vous"),
          "es": ("Hola", "Un saludo"), "nl": ("Beste", "Groet")}


def _list(**same: str) -> list[dict[str, str]]:
    return [{"first_name": f, "last_name": last, "company": c, **same} for f, last, c in _PEOPLE]


def _mail(lang: str, body: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{body}\n\n"
            f"{bye},\nMarguerite Oyelaran-Smit\nFondsbureau Noord")


SHARED = [
    ("en", "A quick note for all the councils we support, {{ company }} included: bids for the town-centre fund "
           "must reach the department by {{ bid_deadline }}.", {"bid_deadline": "14 March"}),
    ("en", "Bids for the town-centre fund must reach the department by {{ bid_deadline }}. That cut-off applies "
           "nationally, so it covers {{ company }} as well.", {"bid_deadline": "14 March"}),
    ("de", "Eine kurze Erinnerung an alle Kommunen, die wir begleiten. Anträge für das Förderprogramm müssen bis "
           "{{ antragsfrist }} eingereicht sein.", {"antragsfrist": "31. März"}),
    ("de", "Anträge für das Förderprogramm müssen bis {{ antragsfrist }} eingereicht sein. Die Frist gilt "
           "bundesweit, also auch für {{ company }}.", {"antragsfrist": "31. März"}),
    ("fr", "Les dossiers de l'appel à projets doivent être déposés avant le {{ date_limite }}. Cette date "
           "s'applique à toutes les collectivités, y compris {{ company }}.", {"date_limite": "15 avril"}),
    ("es", "Un recordatorio para todos los ayuntamientos que acompañamos, también {{ company }}: las solicitudes "
           "deben presentarse antes del {{ fecha_limite }}.", {"fecha_limite": "30 de abril"}),
    ("es", "Las solicitudes deben presentarse antes del {{ fecha_limite }}. El plazo es el mismo a nivel "
           "nacional.", {"fecha_limite": "30 de abril"}),
    ("nl", "Even een herinnering voor alle gemeenten die we begeleiden. De aanvragen voor de sportregeling "
           "moeten uiterlijk {{ indiendatum }} binnen zijn.", {"indiendatum": "1 april"}),
    ("nl", "De aanvragen voor de sportregeling moeten uiterlijk {{ indiendatum }} binnen zijn; die termijn geldt "
           "landelijk, dus ook voor {{ company }}.", {"indiendatum": "1 april"}),
]

PERSONAL = [
    ("en", "Your deadline for the renewal is {{ bid_deadline }}. The same rules apply nationally, so nothing "
           "changes there.", {"bid_deadline": "14 March"}),
    ("en", "The challenge you mentioned, {{ pain_point }}, is exactly what our toolkit is for. The toolkit "
           "is free for all councils.", {"pain_point": "slow grant reporting"}),
    ("de", "Ihre Frist {{ antragsfrist }} rückt näher. Die Regeln gelten bundesweit.",
     {"antragsfrist": "31. März"}),
    ("de", "{{ aufhaenger }} hat mich auf {{ company }} aufmerksam gemacht. Unser Leitfaden ist für alle "
           "Kommunen kostenlos.", {"aufhaenger": "Ihr Vortrag zur Haushaltsplanung"}),
    ("fr", "Votre échéance du {{ date_limite }} approche. Le règlement s'applique à tous.",
     {"date_limite": "15 avril"}),
    ("es", "Para todos los detalles, escríbame; el reto que me comentó, {{ reto }}, es justo lo que resolvemos "
           "en {{ company }}.", {"reto": "la justificación de subvenciones"}),
    ("es", "Su plazo, {{ fecha_limite }}, se acerca. La norma es la misma a nivel nacional.",
     {"fecha_limite": "30 de abril"}),
    ("nl", "Jouw deadline {{ indiendatum }} komt eraan. De regels gelden landelijk.",
     {"indiendatum": "1 april"}),
    ("en", "The bottleneck you flagged on our call, {{ pain_point }}, is something we fix for every council.",
     {"pain_point": "slow grant reporting"}),
]


def test_the_shared_tables_are_balanced() -> None:
    assert len(SHARED) == len(PERSONAL)
    assert {lang for lang, *_ in SHARED} == {lang for lang, *_ in PERSONAL} == set(_FRAME)


@pytest.mark.parametrize(("lang", "body", "same"), SHARED)
def test_a_value_presented_as_the_same_for_everyone_is_shared(lang: str, body: str, same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _list(**same))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "body", "same"), PERSONAL)
def test_a_filled_down_value_presented_as_the_readers_is_reported(lang: str, body: str, same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _mail(lang, body), _list(**same))
    assert codes(found) in (["FL322"], ["FL304"]), [d.message for d in found]
