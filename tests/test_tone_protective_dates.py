"""FL203 reads a date as pressure only when it pushes the reader. A date that protects the reader
(a price guarantee, a fixed term: "our rates stay the same until ...") and a date inside a finding
("the practices that switched before ... saw ...": it qualifies who did what) ask nothing of the
reader. The sender's offer with a deadline, and a finding turned into an order with a threat or
the sender's rate, stay pressure."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def mail(lang: str, sequence: str, body: str, signoff: str) -> str:
    return (f"---\nsequence: {sequence}\nlocale: {lang}\n---\n{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


# 1. a date that protects the reader: a price guarantee or a fixed term
PROTECTIVE_QUIET = [
    mail("en", "reply", "Thanks for asking about the contract terms. Our route planner now also covers winter gritting. The subscription rate you signed for stays "
                        "the same until the end of 2029, and the notice period is three months.",
         "Best,\nKwame Mensah-Boateng"),
    mail("en", "reply", "Our team can migrate the remaining depots in March. To your question on renewals: there will be no increase to your licence fee before "
                        "April 2028.", "Kind regards,\nMei-Ling Zhou"),
    mail("de", "reply", "Danke für Ihre Frage zu den Konditionen. Unser Wartungsvertrag deckt alle zwölf Öfen ab. Ihr Wartungspreis bleibt bis Ende 2029 "
                        "unverändert, danach gilt die Preisliste des Vorjahres.", "Viele Grüße\nKatrin von Amsberg"),
    mail("fr", "reply", "Notre logiciel gère désormais aussi les astreintes. Pour répondre à votre question sur le contrat : votre abonnement reste au même tarif "
                        "jusqu'au 31 décembre 2029.", "Bien cordialement,\nAmélie Lefèvre-Dubois"),
    mail("es", "reply", "Nuestro servicio incluye ahora la revisión de las neveras. Sobre su pregunta por las condiciones: la cuota mensual de su contrato no cambia hasta "
                        "marzo de 2029.", "Un saludo,\nJosé Ángel de la Fuente"),
    mail("nl", "reply", "Bedankt voor je vraag over de voorwaarden. Onze planningssoftware draait nu ook op tablets. Het abonnementsbedrag blijft tot 1 juli 2029 "
                        "hetzelfde.", "Met vriendelijke groet,\nFenna van der Wal"),
    mail("en", "reply", "Our scheduling app now syncs with Outlook. Your per-seat pricing is locked until the end of "
                        "2029, whatever happens to the list price.", "Best,\nSiobhan O'Neill"),
    mail("de", "reply", "Unsere Software rechnet jetzt auch Zuschläge ab. Eine Preiserhöhung für Ihren Tarif gibt es "
                        "vor 2029 nicht.", "Viele Grüße\nHeike Schäfer-Yılmaz"),
    mail("fr", "reply", "Notre équipe installe aussi les bornes. Les prix de votre contrat sont garantis jusqu'à fin "
                        "2029.", "Cordialement,\nJean-Baptiste N'Diaye"),
    mail("nl", "reply", "Ons platform doet nu ook de facturatie. Je maandprijs staat vast tot eind 2029.",
         "Groet,\nYuki Tanaka"),
]
PROTECTIVE_LOUD = [
    mail("en", "follow-up", "Thanks for looking at the proposal. Our introductory subscription rate is only valid "
                            "until 30 November, so sign this week to keep it.", "Best,\nKwame Mensah-Boateng"),
    mail("en", "follow-up", "A quick note on pricing: the 15% launch discount on the licence ends Friday.",
         "Kind regards,\nMei-Ling Zhou"),
    mail("de", "follow-up", "Danke für Ihr Interesse. Unser Einführungspreis gilt nur noch bis Ende November, "
                            "danach steigen die Preise.", "Viele Grüße\nKatrin von Amsberg"),
    mail("fr", "follow-up", "Merci pour votre retour. Notre remise de lancement se termine vendredi : signez "
                            "avant pour en profiter.", "Bien cordialement,\nAmélie Lefèvre-Dubois"),
    mail("es", "follow-up", "Gracias por su interés. Nuestra oferta de lanzamiento termina este viernes, así que "
                            "firme antes para mantener el precio.", "Un saludo,\nJosé Ángel de la Fuente"),
    mail("nl", "follow-up", "Bedankt voor je reactie. Onze introductiekorting loopt vrijdag af, dus teken deze "
                            "week om de prijs vast te houden.", "Met vriendelijke groet,\nFenna van der Wal"),
    mail("en", "follow-up", "Our scheduling app now syncs with Outlook. The per-seat price is locked only until "
                            "Friday, after that it goes up.", "Best,\nSiobhan O'Neill"),
    mail("de", "follow-up", "Unsere Software rechnet jetzt auch Zuschläge ab. Unterschreiben Sie vor Monatsende, "
                            "um den alten Preis zu behalten.", "Viele Grüße\nHeike Schäfer-Yılmaz"),
    mail("fr", "follow-up", "Notre équipe installe aussi les bornes. Ce prix n'est valable que jusqu'au 31 janvier.",
         "Cordialement,\nJean-Baptiste N'Diaye"),
    mail("nl", "follow-up", "Ons platform doet nu ook de facturatie. Deze prijs geldt alleen tot vrijdag.",
         "Groet,\nYuki Tanaka"),
]

# 2. a date inside a finding: it qualifies who did what, it asks nothing of the reader
FINDING_QUIET = [
    mail("en", "first-touch", "Our texting service sends recall reminders for 300 dental practices. The practices that switched their "
                              "recall letters to text messages before the summer filled 9% more autumn slots.",
         "Best,\nPriya Raghunathan"),
    mail("en", "first-touch", "We maintain the vans of 40 regional fleets. A pattern from our audits: fleets that serviced their brakes "
                              "before October had a third fewer winter breakdowns.", "Cheers,\nTomás Ó Briain"),
    mail("de", "first-touch", "Wir warten die Öfen von 90 Bäckereien in Franken. Aus unseren Daten: Betriebe, die ihre Öfen vor dem Herbst "
                              "entkalkt haben, hatten im Winter halb so viele Ausfälle.",
         "Viele Grüße\nJörg Müller-Lüdenscheidt"),
    mail("fr", "first-touch", "Nous gérons l'éclairage public de 60 communes. Dans nos données, les communes qui ont renouvelé leurs contrats "
                              "d'éclairage avant avril ont payé 8 % de moins.", "Cordialement,\nNoémie Béranger"),
    mail("es", "first-touch", "Nuestro equipo revisa las neveras de 75 farmacias. En nuestros datos, las que revisaron sus neveras antes de julio "
                              "perdieron la mitad de vacunas por temperatura.", "Saludos,\nInés Peña Ibáñez"),
    mail("nl", "first-touch", "Wij meten de ventilatie van 50 scholen. Uit onze metingen: scholen die vóór de zomervakantie hun "
                              "ventilatie lieten meten, hadden in het najaar minder ziekteverzuim.",
         "Groet,\nDaan de Jong"),
    mail("en", "first-touch", "We plan gritting routes for 30 councils. Councils that tuned their spreaders before "
                              "the first frost used 11% less salt.", "Best,\nAroha Ngata"),
    mail("de", "first-touch", "Wir planen Streurouten für 30 Gemeinden. Gemeinden, die ihre Streuer vor Dezember "
                              "kalibriert haben, brauchten 11 % weniger Salz.", "Viele Grüße\nLukas Graf von Berg"),
    mail("fr", "first-touch", "Nous planifions le salage de 30 communes. Celles qui ont réglé leurs saleuses avant "
                              "décembre ont utilisé 11 % de sel en moins.", "Cordialement,\nChloé Bernard"),
    mail("nl", "first-touch", "Wij plannen strooiroutes voor 30 gemeenten. Gemeenten die vóór december hun "
                              "strooiers afstelden, gebruikten 11% minder zout.", "Groet,\nSem Bakker"),
]
FINDING_LOUD = [
    mail("en", "first-touch", "We looked at 140 dental practices last year. Switch your recall letters to our "
                              "texting service before the summer, or you'll pay the higher rate.",
         "Best,\nPriya Raghunathan"),
    mail("en", "first-touch", "Book your brake service with us before October to get the winter rate.",
         "Cheers,\nTomás Ó Briain"),
    mail("de", "first-touch", "Buchen Sie unsere Entkalkung noch vor dem Herbst, sonst zahlen Sie den neuen Preis.",
         "Viele Grüße\nJörg Müller-Lüdenscheidt"),
    mail("fr", "first-touch", "Commandez notre audit d'éclairage avant avril pour bénéficier du tarif réduit : "
                              "après, l'offre expire.", "Cordialement,\nNoémie Béranger"),
    mail("es", "first-touch", "Reserve nuestra revisión de neveras antes de julio para conseguir el precio "
                              "especial; la oferta termina ese día.", "Saludos,\nInés Peña Ibáñez"),
    mail("nl", "first-touch", "Boek onze ventilatiemeting vóór de zomervakantie, anders betaal je het nieuwe "
                              "tarief: de actie loopt dan af.", "Groet,\nDaan de Jong"),
    mail("en", "first-touch", "We plan gritting routes for 30 councils. Tune your spreaders with us before the "
                              "first frost or you'll pay the winter rate.", "Best,\nAroha Ngata"),
    mail("de", "first-touch", "Wir planen Streurouten für 30 Gemeinden. Buchen Sie die Kalibrierung vor Dezember, "
                              "um den Herbstpreis zu bekommen.", "Viele Grüße\nLukas Graf von Berg"),
    mail("fr", "first-touch", "Nous planifions le salage de 30 communes. Réservez le réglage avant décembre pour "
                              "obtenir le tarif d'automne.", "Cordialement,\nChloé Bernard"),
    mail("nl", "first-touch", "Wij plannen strooiroutes voor 30 gemeenten. Boek de afstelling vóór december om "
                              "het najaarstarief te krijgen.", "Groet,\nSem Bakker"),
]


@pytest.mark.parametrize("template", PROTECTIVE_QUIET + FINDING_QUIET)
def test_date_that_asks_nothing_is_no_pressure(template: str) -> None:
    found = run_rules("FL203", template)
    assert found == [], [d.message for d in found]


@pytest.mark.parametrize("template", PROTECTIVE_LOUD + FINDING_LOUD)
def test_deadline_on_the_senders_offer_is_pressure(template: str) -> None:
    assert any(d.code == "FL203" for d in run_rules("FL203", template)), template
