"""FL309 and the sender's own service (issue 11, item 2): a sentence addressed to the reader
with a number, a new-office or a job-ad word is not a claim when it is the sender speaking of
what it offers, promises or estimates - who acts, and in what mood, decides it:

* the sender's service as what acts on the reader's things ("Your job postings reach 3 million
  candidates across our partner boards", "Ihre Stellenanzeigen erscheinen auf 300 Portalen");
* a promise of delivery in a span of time ("Your new warehouse is online within 72 hours");
* an offer to the reader's things ("Your fourth site gets 25% off", "Jullie tweede vestiging
  krijgt 20% korting");
* an estimate ("Your reps likely lose 9% of deals", "Vos équipes perdent probablement 7 %");
* a question ("Are you hiring 8 field technicians this quarter?").

Must fire, in the same five languages and in wording not used by the other FL309 tables: a
specific past or present fact about this reader typed into the template ("Your support desk
answered 42,000 tickets in 2025", "{{ firma }} betreibt inzwischen 14 Praxen im Rheinland").
Written before the code (30 + 30, six per language on each side), with two whole emails each
way at the end."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Haruto", "last_name": "Ōtsuka", "company": "Kansai Field Services", "firma": "Rheinblick Praxen",
     "societe": "Occitanie Soins", "empresa": "Clínicas Rías Baixas", "bedrijf": "Veluwe Zorg"},
    {"first_name": "Aoife", "last_name": "Ní Bhriain", "company": "Shannonside Dental", "firma": "Kölner Praxisverbund",
     "societe": "Cabinet Lefèvre-Nguyễn", "empresa": "Grupo Méndez de la Cruz", "bedrijf": "Van der Berg Installatie"},
    {"first_name": "Suharto", "last_name": "", "company": "Nusantara Logistics", "firma": "Müller & Söhne",
     "societe": "Agences Dupont", "empresa": "Talleres Íñiguez", "bedrijf": "De Vries Techniek"},
    {"first_name": "Seo-yeon", "last_name": "Park", "company": "Hangang Clinics", "firma": "Ostsee Pflege",
     "societe": "Boulangeries Ségur", "empresa": "Farmacias Ibáñez", "bedrijf": "IJsselzorg"},
]
_FRAME = {
    "en": ("Hi", "Would a short call next week be useful?", "Best regards"),
    "de": ("Hallo", "Passt Ihnen nächste Woche ein kurzes Gespräch?", "Viele Grüße"),
    "fr": ("Bonjour", "Un court échange la semaine prochaine vous conviendrait-il ?", "Cordialement"),
    "es": ("Hola", "¿Le vendría bien una llamada corta la semana que viene?", "Un saludo"),
    "nl": ("Hallo", "Zullen we volgende week kort bellen?", "Met vriendelijke groet"),
}


def _email(lang: str, sentence: str) -> str:
    hello, ask, bye = _FRAME[lang]
    return (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n{ask}\n\n"
            f"{bye},\nMarisol Ferreira-Kowalczyk\nDispatchly")


# (language, sentence, a fact the finding must quote): a fact about this reader
CLAIMS = [
    ("en", "Your support desk answered 42,000 tickets in 2025.", "42,000 tickets"),
    ("en", "Your crew finished 37 rooftop installs across Ohio this summer.", "37 rooftop installs"),
    ("en", "You moved your headquarters to Raleigh in June.", "Raleigh"),
    ("en", "Your recruiting team listed 9 nurse openings on Indeed this week.", "9 nurse openings"),
    ("en", "{{ company }} now runs 14 clinics in the Twin Cities.", "14 clinics"),
    ("en", "Your second distribution center in Reno went live last month.", "Your second distribution"),
    ("de", "Ihr Kundenservice hat 2025 über 40.000 Anfragen beantwortet.", "2025"),
    ("de", "Ihr Team hat im Herbst 22 neue Monteure eingestellt.", "22 neue Monteure"),
    ("de", "{{ firma }} betreibt inzwischen 14 Praxen im Rheinland.", "14 Praxen"),
    ("de", "Eure dritte Filiale hat letzte Woche in Bonn eröffnet.", "Eure dritte Filiale"),
    ("de", "Ihre neue Zentrale in Augsburg ist seit Oktober bezogen.", "Ihre neue Zentrale"),
    ("de", "Sie haben dieses Jahr 4 neue Verträge mit der Deutschen Bahn unterschrieben.", "4 neue Verträge"),
    ("fr", "Votre service client a traité 40 000 demandes en 2025.", "40 000 demandes"),
    ("fr", "Votre équipe a recruté 11 infirmières en septembre.", "11 infirmières"),
    ("fr", "{{ societe }} exploite désormais 16 agences en Occitanie.", "16 agences"),
    ("fr", "Vos annonces pour des techniciens à Rennes sont en ligne depuis lundi.", "Vos annonces"),
    ("fr", "Votre troisième restaurant a ouvert à Lyon le mois dernier.", "Votre troisième restaurant"),
    ("fr", "Vous avez signé 4 nouveaux contrats avec la SNCF cette année.", "4 nouveaux contrats"),
    ("es", "Su servicio de atención respondió 40.000 consultas en 2025.", "40.000 consultas"),
    ("es", "Su equipo contrató a 15 enfermeras en septiembre.", "15 enfermeras"),
    ("es", "{{ empresa }} gestiona ya 18 clínicas en Galicia.", "18 clínicas"),
    ("es", "Sus vacantes de técnicos en Bilbao siguen publicadas en InfoJobs.", "Sus vacantes"),
    ("es", "Su tercer restaurante abrió en Málaga el mes pasado.", "Su tercer restaurante"),
    ("es", "Ustedes firmaron 4 contratos nuevos con Renfe este año.", "4 contratos nuevos"),
    ("nl", "Uw klantenservice heeft in 2025 40.000 vragen beantwoord.", "2025"),
    ("nl", "Jullie team heeft in september 11 monteurs aangenomen.", "11 monteurs"),
    ("nl", "{{ bedrijf }} beheert inmiddels 16 praktijken in Gelderland.", "16 praktijken"),
    ("nl", "Uw vacatures voor technici in Eindhoven staan sinds maandag online.", "Uw vacatures"),
    ("nl", "Jullie derde vestiging is vorige maand in Breda geopend.", "Jullie derde vestiging"),
    ("nl", "U heeft dit jaar 4 nieuwe contracten met de NS getekend.", "4 nieuwe contracten"),
]

# (language, sentence): the sender's service, offer, promise or estimate, or a question
NOT_CLAIMS = [
    ("en", "Your job postings reach 3 million candidates across our partner boards."),
    ("en", "Your new warehouse is fully wired and online within 72 hours."),
    ("en", "Your fourth site gets 25% off the installation fee."),
    ("en", "Your reps likely lose 9% of deals to slow quotes."),
    ("en", "You probably write off around 4% of invoices every year."),
    ("en", "Are you hiring 8 field technicians this quarter?"),
    ("de", "Ihre Stellenanzeigen erscheinen auf über 300 Portalen in ganz Deutschland."),
    ("de", "Ihr neuer Standort ist innerhalb von 48 Stunden komplett eingerichtet."),
    ("de", "Ihre dritte Filiale erhält 20 % Rabatt auf die Einrichtung."),
    ("de", "Vermutlich verliert Ihr Vertrieb rund 8 % der Angebote an langsame Freigaben."),
    ("de", "Ihr Team spart damit garantiert 30 % der Planungszeit."),
    ("de", "Stellen Sie dieses Quartal 12 neue Techniker ein?"),
    ("fr", "Vos offres d'emploi sont diffusées auprès de 2 millions de candidats sur notre réseau."),
    ("fr", "Votre nouvel entrepôt est opérationnel en 3 jours, installation comprise."),
    ("fr", "Votre deuxième agence bénéficie de 20 % de remise sur l'abonnement."),
    ("fr", "Vos équipes perdent probablement 7 % de leurs devis faute de relance."),
    ("fr", "Votre équipe gagne en moyenne 6 % de marge avec notre outil."),
    ("fr", "Recrutez-vous 10 techniciens ce trimestre ?"),
    ("es", "Sus ofertas de empleo llegan a 2 millones de candidatos en nuestra red."),
    ("es", "Su nueva oficina queda lista en 48 horas, con la instalación incluida."),
    ("es", "Su segunda tienda tiene un 20 % de descuento en la cuota de alta."),
    ("es", "Su equipo pierde probablemente un 7 % de los presupuestos por falta de seguimiento."),
    ("es", "Con nuestro sistema, su equipo gana de media un 6 % de margen."),
    ("es", "¿Están contratando 10 técnicos este trimestre?"),
    ("nl", "Uw vacatures bereiken via ons netwerk 2 miljoen kandidaten."),
    ("nl", "Je nieuwe kantoor is binnen 48 uur volledig ingericht."),
    ("nl", "Jullie tweede vestiging krijgt 20% korting op de installatie."),
    ("nl", "Uw team verliest waarschijnlijk 7% van de offertes door trage opvolging."),
    ("nl", "Met onze planner wint uw team gemiddeld 6% marge."),
    ("nl", "Nemen jullie dit kwartaal 10 monteurs aan?"),
]

# whole emails: (language, template, a fact the finding must quote or None when it must be quiet)
WHOLE_EMAILS = [
    ("en", """---
kind: prospecting
---
Hi {{ first_name }},

Congrats on the move - your team relocated 60 dispatchers to the new Leeds hub in August.

Dispatchly plans routes for field teams in a few seconds a day. Would a short call next week be useful?

Best regards,
Marisol Ferreira-Kowalczyk
Dispatchly""", "60 dispatchers"),
    ("de", """---
kind: prospecting
locale: de
---
Hallo {{ first_name }},

{{ firma }} hat im Mai den vierten Standort in Düsseldorf eröffnet - herzlichen Glückwunsch!

Passt Ihnen nächste Woche ein kurzes Gespräch?

Viele Grüße
Marisol Ferreira-Kowalczyk
Dispatchly""", "im Mai"),  # German place names are not read (see test_claims_languages)
    ("en", """---
kind: prospecting
---
Hi {{ first_name }},

Opening sites is hard on dispatch. Your new office is live on Dispatchly within 48 hours, and your job ads reach 2 million technicians on our network.

Your third location gets 20% off the first year. Teams your size usually save 6 hours a week on scheduling.

Would a short call next week be useful?

Best regards,
Marisol Ferreira-Kowalczyk
Dispatchly""", None),
    ("fr", """---
kind: prospecting
locale: fr
---
Bonjour {{ first_name }},

Votre nouveau bureau est équipé en 2 jours, câblage compris, et vos offres d'emploi sont visibles sur 40 sites partenaires.

Vos équipes perdent sans doute 5 % de leurs interventions en replanifications. Un court échange la semaine prochaine vous conviendrait-il ?

Cordialement,
Marisol Ferreira-Kowalczyk
Dispatchly""", None),
]


def test_the_tables_are_balanced_and_even_across_languages() -> None:
    assert len(CLAIMS) == len(NOT_CLAIMS)
    for lang in _FRAME:
        assert sum(c[0] == lang for c in CLAIMS) == sum(c[0] == lang for c in NOT_CLAIMS) == 6, lang
    assert sum(fact is None for *_, fact in WHOLE_EMAILS) == sum(fact is not None for *_, fact in WHOLE_EMAILS)


@pytest.mark.parametrize(("lang", "sentence", "fact"), CLAIMS)
def test_a_fact_about_the_reader_is_reported(lang: str, sentence: str, fact: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == ["FL309"], sentence
    quoted = found[0].message.split(' ("')[0]
    assert f'"{fact}' in quoted, quoted


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS)
def test_the_senders_service_offer_or_estimate_is_quiet(lang: str, sentence: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "template", "fact"), WHOLE_EMAILS)
def test_whole_emails(lang: str, template: str, fact: str | None) -> None:
    found = run_rules("FL309", template, RECORDS)
    if fact is None:
        assert codes(found) == [], [d.message for d in found]
    else:
        assert "FL309" in codes(found)
        assert any(f'"{fact}' in d.message.split(' ("')[0] for d in found), [d.message for d in found]


def test_one_recipient_is_not_reported() -> None:
    assert codes(run_rules("FL309", _email("en", CLAIMS[0][1]), RECORDS[:1])) == []
