"""Three categories from tone batch 15's scoring (issue 10), written as tables before the code,
must-fire and must-not in equal measure, in English, German, French, Spanish and Dutch. No
sentence here is a batch sentence.

* **Capitals judged in the template's language** (FL206). In a template written in German,
  French, Spanish or Dutch, a capitalised word is shouting when it is a word of that language
  ("KOSTENLOS", "GRATUIT", "URGENTE", "GRATIS"); an official identifier or acronym of that
  language (a registry or tax number's name, an agency, a legal form) is not shouting, even when
  it happens to be spelt like an English word.
* **A discount on a tax or a public scheme is a topic** (FL503). A promotional word in the
  subject whose object is a tax, a levy, a duty, a subsidy, a grant or a public scheme names
  something the reader is entitled to, which the email explains; a discount on the sender's
  product, plan or order still reads as a promotion.
* **"What would it take to sign" closing questions** (FL213): what it would take, or what has to
  happen, for the reader to sign, confirm, book, go ahead or commit - in five languages. A
  question about what the reader needs to evaluate or test something, or about what it would
  take to fix the reader's own problem, closes no one.

Run ``PYTHONPATH=src python tests/test_tone_language_caps_schemes_closing.py`` for the table scores.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Hallo {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Hoi {{ first_name }},",
}
SIGNOFF = {
    "en": "Best,\nSiobhan O'Callaghan-Reyes",
    "de": "Viele Grüße\nKarl-Heinz von der Lühe",
    "fr": "Cordialement,\nAnne-Sophie de Saint-Exupéry",
    "es": "Saludos,\nMaría José del Río",
    "nl": "Met vriendelijke groet,\nJoost de Vries-Bakker",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch", subject: str | None = None) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence, subject=subject)


def findings(codes: tuple[str, ...], template: str) -> list[str]:
    return [f"{d.code} {d.message}" for d in run_rules(codes, template)]


# ----------------------------------------------------------------------------- 1. FL206

#: ordinary words of the template's language written in capitals: shouting
SHOUTED_LANGUAGE_WORDS = [
    mail("en", "The early-bird rate ends on Friday, so REGISTER today if the workshop fits your plans."),
    mail("en", "Your second seat is COMPLETELY on us this month."),
    mail("de", "Die Teilnahme am Praxisworkshop in Leipzig ist KOSTENLOS, die Plätze sind aber begrenzt."),
    mail("de", "Melden Sie sich JETZT an, bevor die letzten Plätze vergeben sind."),
    mail("fr", "L'audit de vos contrats fournisseurs est GRATUIT jusqu'à la fin du mois."),
    mail("fr", "Inscrivez-vous MAINTENANT : il ne reste que quelques places pour l'atelier de Lyon."),
    mail("es", "Es URGENTE que reserve su plaza para el taller de Valencia antes del viernes."),
    mail("es", "La consultoría inicial es GRATIS para los asistentes al seminario."),
    mail("nl", "De eerste maand is helemaal GRATIS voor nieuwe klanten uit Utrecht."),
    mail("nl", "Schrijf u METEEN in, want de workshop in Gent zit bijna vol."),
]

#: official identifiers and acronyms of the template's language: not shouting
OFFICIAL_IDENTIFIERS = [
    mail("en", "Since April every invoice to a public body needs the supplier's VAT number and the "
               "PEPPOL ID; our template has both fields."),
    mail("en", "The checklist covers the HMRC and OFSTED requirements for childcare providers."),
    mail("de", "Auf jeder Rechnung müssen stehen:\n- die USt-IdNr. oder Steuernummer der GmbH\n- "
               "HRB-Nummer und Registergericht\n\nDie Vorlage im Anhang enthält alle Felder, auch die nach "
               "DSGVO nötigen Hinweise."),
    mail("de", "Für die Voranmeldung brauchen Sie:\n- ELSTER-Zugang und Zertifikat\n- USTIDNR, HRB, IBAN\n\n"
               "Die Liste der DEHOGA zu den Kassenpflichten liegt bei."),
    mail("fr", "Pour rappel, vos factures doivent mentionner :\n- le numéro SIREN ou SIRET\n- le numéro de "
               "TVA intracommunautaire\n- le code NAF\n\nLe modèle joint reprend ces mentions, ainsi que "
               "l'adresse de votre caisse URSSAF."),
    mail("fr", "La déclaration à la CNIL et le registre RGPD sont décrits dans la fiche jointe."),
    mail("es", "Cada factura debe incluir:\n- el NIF o CIF del emisor\n- el tipo de IVA aplicado\n- el "
               "domicilio fiscal\n\nLa plantilla adjunta ya recoge los campos que pide la AEAT."),
    mail("es", "Para certificar la cocina central hace falta la auditoría de AENOR y el informe del INCIBE "
               "sobre el sistema de reservas."),
    mail("nl", "Op elke factuur moeten staan:\n- uw KVK-nummer\n- het BTW-identificatienummer\n- het "
               "RSIN bij een stichting\n\nDe bijgevoegde sjabloon bevat al die velden."),
    mail("nl", "Onderaan de sjabloon staan al:\n- KVK / BTW / IBAN\n- de inschrijving volgens de WAADI\n\n"
               "U hoeft alleen uw eigen nummers in te vullen."),
]

# ----------------------------------------------------------------------------- 2. FL503

BODY_SCHEME = {
    "en": "The council published the new rules last week; I summarised who qualifies and how to apply.",
    "de": "Die Regeln wurden letzte Woche veröffentlicht; ich habe zusammengefasst, wer Anspruch hat.",
    "fr": "Les règles ont été publiées la semaine dernière ; j'ai résumé qui y a droit et comment la demander.",
    "es": "Las reglas se publicaron la semana pasada; he resumido quién tiene derecho y cómo solicitarla.",
    "nl": "De regels zijn vorige week gepubliceerd; ik heb samengevat wie er recht op heeft.",
}
BODY_OFFER = {
    "en": "If you sign up before the end of the month, the price is locked for two years.",
    "de": "Wenn Sie bis Monatsende bestellen, gilt der Preis zwei Jahre lang.",
    "fr": "Si vous commandez avant la fin du mois, le prix est garanti deux ans.",
    "es": "Si contrata antes de fin de mes, el precio queda fijo durante dos años.",
    "nl": "Als u voor het einde van de maand bestelt, staat de prijs twee jaar vast.",
}

#: a discount on the sender's product, plan or order: a promotion
SUBJECT_OFFERS = [
    mail("en", BODY_OFFER["en"], subject="A discount on our annual plan for {{ company }}"),
    mail("en", BODY_OFFER["en"], subject="Discount on your first three months of Rotaplan"),
    mail("de", BODY_OFFER["de"], subject="Rabatt auf alle Lizenzen bis Freitag"),
    mail("de", BODY_OFFER["de"], subject="Ihr Rabatt auf das Starterpaket"),
    mail("fr", BODY_OFFER["fr"], subject="Une réduction sur votre premier abonnement"),
    mail("fr", BODY_OFFER["fr"], subject="Réduction sur nos licences pour {{ company }}"),
    mail("es", BODY_OFFER["es"], subject="Descuento en su primera suscripción anual"),
    mail("es", BODY_OFFER["es"], subject="Un descuento en nuestras licencias"),
    mail("nl", BODY_OFFER["nl"], subject="Korting op uw eerste bestelling bij Bakkerij Smit"),
    mail("nl", BODY_OFFER["nl"], subject="Korting op alle licenties van PlanBord"),
]

#: a discount, reduction or relief on a tax, levy, duty, subsidy or public scheme: a topic
SUBJECT_SCHEMES = [
    mail("en", BODY_SCHEME["en"], subject="The council tax discount for single occupiers"),
    mail("en", BODY_SCHEME["en"], subject="Discount on business rates for small shops"),
    mail("de", BODY_SCHEME["de"], subject="Rabatt auf die Stromsteuer für Handwerksbetriebe"),
    mail("de", BODY_SCHEME["de"], subject="Rabatt bei der Kfz-Steuer für E-Transporter"),
    mail("fr", BODY_SCHEME["fr"], subject="La réduction d'impôt pour les dons des entreprises"),
    mail("fr", BODY_SCHEME["fr"], subject="Réduction de la taxe foncière pour les artisans"),
    mail("es", BODY_SCHEME["es"], subject="Descuento en el impuesto de circulación para furgonetas eléctricas"),
    mail("es", BODY_SCHEME["es"], subject="El descuento sobre la tasa de basuras para comercios"),
    mail("nl", BODY_SCHEME["nl"], subject="Korting op de energiebelasting voor kleine bedrijven"),
    mail("nl", BODY_SCHEME["nl"], subject="Korting op de toeristenbelasting en de subsidie voor zonnepanelen"),
]

# ----------------------------------------------------------------------------- 3. FL213

#: what would it take / what has to happen for the reader to sign, confirm, book, go ahead
WHAT_IT_TAKES_TO_SIGN = [
    mail("en", "I've held the two venue dates we discussed in the proposal.\n\nWhat would it take for you to "
               "confirm the booking today, so the rate holds?", sequence="follow-up"),
    mail("en", "The revised quote is attached.\n\nWhat would it take for {{ company }} to approve the order "
               "this week?"),
    mail("de", "Das überarbeitete Angebot liegt im Anhang.\n\nWas müsste passieren, damit Sie heute noch "
               "zusagen?", sequence="follow-up"),
    mail("de", "Die Termine für die Schulung sind noch reserviert.\n\nWas bräuchten Sie von uns, damit Sie "
               "die Buchung bis Freitag bestätigen?"),
    mail("fr", "Les deux dates de la salle sont toujours bloquées.\n\nQue faudrait-il pour que vous "
               "validiez la réservation avant ce soir ?", sequence="follow-up"),
    mail("fr", "Vous trouverez le devis révisé en pièce jointe.\n\nQu'est-ce qu'il faudrait pour que "
               "{{ company }} confirme la commande cette semaine ?"),
    mail("es", "Le adjunto el presupuesto revisado.\n\n¿Qué haría falta para que confirme el pedido hoy "
               "mismo?", sequence="follow-up"),
    mail("es", "Seguimos reservando las dos fechas del salón.\n\n¿Qué tendría que pasar para que firmen "
               "el contrato esta semana?"),
    mail("nl", "De aangepaste offerte zit in de bijlage.\n\nWat is er nodig om vandaag nog de opdracht te "
               "bevestigen?", sequence="follow-up"),
    mail("nl", "De twee data voor de zaal houden we nog even vast.\n\nWat zou er moeten gebeuren zodat u "
               "deze week kunt tekenen?"),
]

#: what the reader needs to evaluate or test, or what it would take to fix their own problem
NOT_CLOSING = [
    mail("en", "Thanks for the questions after the trial.\n\nWhat would you need from us to evaluate the "
               "import on your own data?", sequence="reply"),
    mail("en", "I read the thread about the slow month-end close in the forum.\n\nWhat would it take to fix "
               "the reconciliation step on your side: more people, or cleaner bank feeds?"),
    mail("de", "Danke für die Rückfragen nach der Testphase.\n\nWas bräuchten Sie von uns, um die Schnittstelle "
               "mit Ihren eigenen Daten zu testen?", sequence="reply"),
    mail("de", "In Ihrem Beitrag schreiben Sie, dass die Schichtplanung jede Woche zwei Tage dauert.\n\nWas "
               "müsste sich ändern, damit das schneller geht?"),
    mail("fr", "Merci pour vos questions après l'essai.\n\nDe quoi auriez-vous besoin de notre part pour "
               "tester l'import sur vos propres données ?", sequence="reply"),
    mail("fr", "Dans votre article, vous parlez des retards de paiement de vos clients.\n\nQue faudrait-il "
               "pour réduire ces délais de votre côté ?"),
    mail("es", "Gracias por sus preguntas después de la prueba.\n\n¿Qué necesitaría de nosotros para evaluar "
               "la importación con sus propios datos?", sequence="reply"),
    mail("es", "En su entrevista comentaba que el cierre mensual les lleva una semana.\n\n¿Qué haría falta "
               "para acortar ese cierre?"),
    mail("nl", "Bedankt voor uw vragen na de proefperiode.\n\nWat heeft u van ons nodig om de koppeling met uw "
               "eigen gegevens te testen?", sequence="reply"),
    mail("nl", "In uw blog schrijft u dat de maandafsluiting een week duurt.\n\nWat is er nodig om die "
               "afsluiting korter te maken?"),
]


@pytest.mark.parametrize("template", SHOUTED_LANGUAGE_WORDS)
def test_shouted_words_of_the_language_fire(template: str) -> None:
    assert findings(("FL206",), template), template


@pytest.mark.parametrize("template", OFFICIAL_IDENTIFIERS)
def test_official_identifiers_are_not_shouting(template: str) -> None:
    assert findings(("FL206",), template) == [], template


@pytest.mark.parametrize("template", SUBJECT_OFFERS)
def test_discount_on_an_offer_fires(template: str) -> None:
    assert findings(("FL503",), template), template


@pytest.mark.parametrize("template", SUBJECT_SCHEMES)
def test_discount_on_a_tax_or_scheme_is_a_topic(template: str) -> None:
    assert findings(("FL503",), template) == [], template


@pytest.mark.parametrize("template", WHAT_IT_TAKES_TO_SIGN)
def test_what_it_takes_to_sign_fires(template: str) -> None:
    assert findings(("FL213",), template), template


@pytest.mark.parametrize("template", NOT_CLOSING)
def test_evaluation_and_their_own_problem_do_not_close(template: str) -> None:
    assert findings(("FL213",), template) == [], template


TABLES = {
    "FL206 language": (SHOUTED_LANGUAGE_WORDS, OFFICIAL_IDENTIFIERS, ("FL206",)),
    "FL503 schemes": (SUBJECT_OFFERS, SUBJECT_SCHEMES, ("FL503",)),
    "FL213 what it takes": (WHAT_IT_TAKES_TO_SIGN, NOT_CLOSING, ("FL213",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
