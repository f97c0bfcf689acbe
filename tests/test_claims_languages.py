"""FL309 evenly across the five languages (issue 11, item 2): a sentence addressed to the
reader - the second person in every form (you/your; du/Sie/Ihr/euer; vous/votre/tu;
usted/su/tu; u/uw/je/jouw/jullie) or the company variable as its subject - that states a
specific fact no variable supplies: a count, an amount, a date, a named event or place, or the
reader's own work ("your talk / post / article / interview / job ads / new office").

The table has the same eight kinds of claim and the same six kinds of sentence that is not one
in every language, written before the code in the wording of real prospecting emails:
must fire - second person + count, company variable + amount, the reader's work, the reader's
new office, a date with a count, a named event or place, the reader's job ads and new places
(also where the sender's "I" is dropped: "Noticed your job ads", "Vi sus ofertas"); must not -
the sender's own figures, a comparison ("teams like yours"), an offer ("you save 20%"), a
question, a condition, a registration for the sender's own event, and instructions ("Post your
job ads on 40 boards", "Richten Sie Ihr neues Büro ein", "Publique sus ofertas"): a clause
that opens with an imperative reports nothing about the reader."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Henrike", "last_name": "Albers-Doğan", "company": "Nordlicht Versicherungsmakler",
     "firma": "Nordlicht Versicherungsmakler", "societe": "Nordlicht", "empresa": "Nordlicht", "bedrijf": "Nordlicht"},
    {"first_name": "Florian", "last_name": "zu Eltz", "company": "Moselkraft Solar", "firma": "Moselkraft Solar",
     "societe": "Moselkraft", "empresa": "Moselkraft", "bedrijf": "Moselkraft"},
    {"first_name": "Svetlana", "last_name": "Petrović", "company": "Isartal Software", "firma": "Isartal Software",
     "societe": "Isartal", "empresa": "Isartal", "bedrijf": "Isartal"},
]
_FRAME = {"en": ("Hi", "Best"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Cordialement"),
          "es": ("Hola", "Saludos"), "nl": ("Hoi", "Groeten")}


def _email(lang: str, sentence: str) -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n"
            f"{bye},\nKonstantin Brenner-Yıldız\nStartklar Onboarding")


# (language, sentence, a fact the finding must quote)
CLAIMS = [
    ("en", "You posted 14 new sales roles on LinkedIn last month.", "14 new sales roles"),
    ("en", "{{ company }} just raised $12M from Index Ventures.", "$12M"),
    ("en", "I really enjoyed your interview on the Revenue Builders podcast.", "your interview"),
    ("en", "Your job ads for account executives in Denver caught my eye.", "Your job ads"),
    ("en", "Your new office in Leeds opened in September.", "Your new office"),
    ("en", "Since 2019, {{ company }} has opened 40 stores across Ohio.", "40 stores"),
    ("de", "Sie haben im letzten Quartal 18 neue Stellen im Vertrieb ausgeschrieben.", "18 neue Stellen"),
    ("de", "{{ firma }} hat gerade 12 Millionen Euro in einer Finanzierungsrunde eingesammelt.", "12 Millionen Euro"),
    ("de", "Ihre Stellenanzeigen für Vertriebsleiter in Hamburg sind mir aufgefallen.", "Ihre Stellenanzeigen"),
    ("de", "Dein Vortrag auf der OMR über Markenaufbau hat mir sehr gefallen.", "Dein Vortrag"),
    ("de", "Euer neues Büro in Leipzig sieht großartig aus.", "Euer neues Büro"),
    ("de", "Seit März 2025 beliefert {{ firma }} über 300 Apotheken in Bayern.", "300 Apotheken"),
    ("fr", "Vous avez publié 15 offres d'emploi commerciales le mois dernier.", "15 offres d'emploi commerciales"),
    ("fr", "{{ societe }} vient de lever 8 millions d'euros auprès de Partech.", "8 millions d'euros"),
    ("fr", "J'ai lu votre interview dans Les Echos sur la logistique du dernier kilomètre.", "votre interview"),
    ("fr", "Ta conférence au salon VivaTech m'a beaucoup plu.", "Ta conférence"),
    ("fr", "Votre nouveau bureau à Bordeaux a ouvert ses portes en septembre.", "Votre nouveau bureau"),
    ("fr", "Depuis 2019, {{ societe }} a ouvert 40 magasins en Bretagne.", "40 magasins"),
    ("es", "Su equipo publicó 12 ofertas de empleo para ventas el mes pasado.", "12 ofertas"),
    ("es", "{{ empresa }} acaba de cerrar una ronda de 5 millones de euros.", "5 millones de euros"),
    ("es", "Me gustó mucho tu entrevista en Expansión sobre logística.", "tu entrevista"),
    ("es", "Su nueva oficina en Valencia abrió en octubre.", "Su nueva oficina"),
    ("es", "Leí tu artículo sobre precios en el blog de Holded.", "tu artículo"),
    ("es", "Desde 2020, {{ empresa }} ha abierto 25 tiendas en Andalucía.", "25 tiendas"),
    ("nl", "Jullie hebben vorige maand 14 vacatures voor accountmanagers geplaatst.", "14 vacatures"),
    ("nl", "{{ bedrijf }} heeft net 6 miljoen euro opgehaald bij Peak Capital.", "6 miljoen euro"),
    ("nl", "Je interview in het FD over duurzame logistiek vond ik sterk.", "Je interview"),
    ("nl", "Uw nieuwe kantoor in Utrecht is sinds september open.", "Uw nieuwe kantoor"),
    ("nl", "Ik las jouw blog over prijsstrategie op Frankwatching.", "jouw blog"),
    ("nl", "Sinds 2021 heeft {{ bedrijf }} 30 winkels in Brabant geopend.", "30 winkels"),
    # the reader's job ads and new places, also where the sender's "I" is dropped
    ("en", "Noticed your job ads for three SDRs in Austin.", "your job ads"),
    ("en", "Love your new office in Shoreditch.", "your new office"),
    ("de", "Habe gerade Ihre Stellenanzeigen für drei Vertriebler in Köln gesehen.", "Ihre Stellenanzeigen"),
    ("de", "Gratulation zu Ihrem neuen Standort in Dresden!", "Ihrem neuen Standort"),
    ("fr", "J'ai remarqué vos offres d'emploi pour trois commerciaux à Nantes.", "vos offres d'emploi"),
    ("fr", "Félicitations pour votre nouvel entrepôt à Lille !", "votre nouvel entrepôt"),
    ("es", "Vi sus ofertas de empleo para tres comerciales en Sevilla.", "sus ofertas de empleo"),
    ("es", "Enhorabuena por su nueva sede en Bilbao.", "su nueva sede"),
    ("nl", "Ik zag jullie vacatures voor drie accountmanagers in Gent.", "jullie vacatures"),
    ("nl", "Gefeliciteerd met jullie nieuwe vestiging in Eindhoven!", "jullie nieuwe vestiging"),
]
# second-person forms that need their neighbours to be read: German lower-case "ihr" (you, plural)
# against "ihr Team" (her team); a count after a word that can also give a clock time ("a 85
# personas", not "a las 10")
CLAIMS_FORMS = [
    ("de", "Ich habe gesehen, dass ihr 18 neue Stellen im Vertrieb ausgeschrieben habt.", "18 neue Stellen"),
    ("de", "Toll, dass ihr jetzt 40 Filialen in Sachsen betreibt.", "40 Filialen"),
    ("es", "Vi que tu equipo creció a 85 personas este año.", "85 personas"),
    ("es", "Vi que vuestro equipo pasó a 120 comerciales en 2025.", "120 comerciales"),
    ("fr", "J'ai vu que ton équipe est passée à 85 personnes.", "85 personnes"),
    ("nl", "Ik zag dat jullie team dit jaar naar 40 mensen is gegroeid.", "40 mensen"),
    # "until" before a number is "up to", a count, not a time limit that ends the clause
    ("es", "Vi que {{ empresa }} ha duplicado su plantilla hasta 200 personas.", "200 personas"),
    ("de", "Ich habe gelesen, dass ihr inzwischen bis zu 300 Bestellungen am Tag verschickt.", "300 Bestellungen"),
    # a leading "as I see," is a clause of its own, not a supposition over the whole sentence
    ("de", "Wie ich sehe, haben Sie gerade 3 neue Filialen in Köln eröffnet.", "3 neue Filialen"),
    ("nl", "Zoals ik zag, hebben jullie dit jaar 25 nieuwe collega's aangenomen.", "25 nieuwe collega's"),
]
# an ordinal after the reader's possessive counts their things too ("your third store"); "first"
# does not ("your first week with us" is where every new customer is)
CLAIMS_ORDINALS = [
    ("en", "Congrats on opening your third store in the Midlands.", "your third store"),
    ("de", "Wie ich sehe, habt ihr gerade eure dritte Filiale eröffnet.", "eure dritte Filiale"),
    ("fr", "Bravo pour l'ouverture de votre troisième boutique.", "votre troisième boutique"),
    ("es", "Enhorabuena por abrir su segunda planta de producción.", "su segunda planta"),
    ("nl", "Gefeliciteerd met jullie vierde vestiging.", "jullie vierde vestiging"),
    ("fr", "J'ai vu que vous ouvrez votre cinquième agence à Lille.", "votre cinquième agence"),
]
NOT_CLAIMS_ORDINALS = [
    ("en", "Your first week with us comes with a free onboarding call."),
    ("de", "Unsere dritte Schulung zum Thema Dienstplanung startet im Januar."),
    ("fr", "Voici la deuxième étape de votre configuration."),
    ("es", "Es nuestro tercer seminario sobre logística este año."),
    ("nl", "In het tweede deel van de training gaan we dieper in op roosters."),
    ("en", "We guarantee a 20% lift in reply rates or your second month is free."),  # a billing period
]
NOT_CLAIMS_FORMS = [
    ("de", "Frau Albers hat mir erzählt, dass ihr Team 18 neue Stellen ausgeschrieben hat."),
    ("de", "Wir haben bei Kundinnen wie ihr 40 Filialen angebunden."),
    ("es", "Su llamada con nuestro equipo quedó fijada para el jueves a las 10."),
    ("fr", "Votre appel avec notre équipe est prévu jeudi à 10 h."),
    ("nl", "Uw gesprek met ons team staat op donderdag om 10 uur."),
    ("fr", "Avec l'offre Premium, vos plannings ne seraient plus limités à 15 salariés."),  # a supposition
    # what the sender's plan gives the formal reader
    ("es", "Usted obtiene 3 usuarios incluidos en el plan Equipo."),
    ("fr", "Vous recevez 3 licences incluses dans l'offre Équipe."),
    # a condition, whatever its word
    ("nl", "Een papieren urenregistratie is geldig, mits u die vijf jaar bewaart."),
    ("en", "The discount holds as long as your team stays under 50 seats."),
]

# (language, sentence): not a claim about the reader
NOT_CLAIMS = [
    ("en", "We helped 120 sales teams ramp faster last year."),
    ("en", "Teams like yours cut ramp time by 30% with it."),
    ("en", "On the annual plan you save 20% every month."),
    ("en", "Do you have 15 minutes on Thursday?"),
    ("en", "If your team has more than 50 reps, the Enterprise plan fits better."),
    ("en", "You registered for our webinar on March 4."),
    ("de", "Wir haben im letzten Jahr 40 Teams beim Onboarding begleitet."),
    ("de", "Unternehmen wie Ihres senken damit die Einarbeitungszeit um 30 %."),
    ("de", "Mit dem Jahresabo sparen Sie 20 % gegenüber dem Monatspreis."),
    ("de", "Hätten Sie nächste Woche 20 Minuten für ein kurzes Gespräch?"),
    ("de", "Falls Ihr Team mehr als 50 Vertriebler hat, lohnt sich das Enterprise-Paket."),
    ("de", "Sie haben sich für unser Webinar am 4. März angemeldet."),
    ("fr", "Nous avons accompagné 120 équipes commerciales l'an dernier."),
    ("fr", "Des équipes comme la vôtre réduisent ainsi leurs délais de 30 %."),
    ("fr", "Avec l'offre annuelle, vous économisez 20 % sur votre abonnement."),
    ("fr", "Auriez-vous 20 minutes jeudi pour en parler ?"),
    ("fr", "Si votre équipe compte plus de 50 commerciaux, la formule Entreprise est plus adaptée."),
    ("fr", "Vous vous êtes inscrit à notre webinaire du 4 mars."),
    ("es", "Hemos ayudado a 80 equipos de ventas en 2025."),
    ("es", "Empresas como la suya reducen así la rotación un 30 %."),
    ("es", "Con el plan anual, usted ahorra un 20 % cada mes."),
    ("es", "¿Tiene 15 minutos el jueves para hablarlo?"),
    ("es", "Si su equipo tiene más de 50 comerciales, el plan Empresa le conviene más."),
    ("es", "Usted se inscribió en nuestro seminario web del 4 de marzo."),
    ("nl", "We hebben vorig jaar 60 salesteams geholpen."),
    ("nl", "Bedrijven zoals het uwe verlagen zo hun doorlooptijd met 30%."),
    ("nl", "Met het jaarabonnement bespaart u 20% per maand."),
    ("nl", "Heeft u donderdag 15 minuten voor een kort gesprek?"),
    ("nl", "Als uw team meer dan 50 verkopers heeft, past het Enterprise-pakket beter."),
    ("nl", "U heeft zich aangemeld voor ons webinar van 4 maart."),
    # instructions: the reader is told what to do, nothing is reported about them
    ("en", "Post your job ads on 40 boards at once with Startklar."),
    ("en", "Set up your new office network in a day with our checklist."),
    ("de", "Veröffentlichen Sie Ihre Stellenanzeigen mit einem Klick auf 40 Portalen."),
    ("de", "Richten Sie Ihr neues Büro mit unseren Vorlagen ein."),
    ("fr", "Publiez vos offres d'emploi sur 40 sites en un clic."),
    ("fr", "Équipez votre nouveau bureau en une journée avec notre kit."),
    ("es", "Publique sus ofertas de empleo en 40 portales a la vez."),
    ("es", "Equipe su nueva oficina en un día con nuestro kit."),
    ("nl", "Plaats je vacatures in één keer op 40 vacaturesites."),
    ("nl", "Richt je nieuwe kantoor in één dag in met onze checklist."),
]


def test_the_tables_are_balanced_and_even_across_languages() -> None:
    assert len(CLAIMS) == len(NOT_CLAIMS)
    for lang in _FRAME:
        assert sum(c[0] == lang for c in CLAIMS) == sum(c[0] == lang for c in NOT_CLAIMS) == 8, lang


def test_the_form_tables_are_balanced() -> None:
    assert len(CLAIMS_FORMS) == len(NOT_CLAIMS_FORMS)


def test_the_ordinal_tables_are_balanced() -> None:
    assert len(CLAIMS_ORDINALS) == len(NOT_CLAIMS_ORDINALS)
    assert {c[0] for c in CLAIMS_ORDINALS} == {c[0] for c in NOT_CLAIMS_ORDINALS} == set(_FRAME)


@pytest.mark.parametrize(("lang", "sentence", "fact"), CLAIMS + CLAIMS_FORMS + CLAIMS_ORDINALS)
def test_a_claim_about_the_reader_is_reported_in_every_language(lang: str, sentence: str, fact: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == ["FL309"], sentence
    quoted = found[0].message.split(' ("')[0]  # the facts, not the sentence quoted after them
    assert f'"{fact}' in quoted, quoted  # the quote starts at the fact (a verb-final participle may follow)


@pytest.mark.parametrize(("lang", "sentence"), NOT_CLAIMS + NOT_CLAIMS_FORMS + NOT_CLAIMS_ORDINALS)
def test_what_is_not_a_claim_is_quiet_in_every_language(lang: str, sentence: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == [], [d.message for d in found]
