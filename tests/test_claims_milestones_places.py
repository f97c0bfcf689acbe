"""FL309 on three kinds of hard-coded claim held-out batches still missed (issue 11, item 2):

* **the reader's company milestone** typed into the template: an anniversary or jubilee with
  its number ("the 25th anniversary of {{ company }}", "50-jähriges Jubiläum", "vos 30 ans",
  "el 20 aniversario", "40-jarig jubileum", also written out: "zehnjährig", "twintigjarig").
  Must not: the sender's own anniversary, a milestone from a variable ("{{ years }} years"), a
  wish that names no milestone ("Happy anniversary to everyone at {{ company }}");
* **a place name as the fact** ("your branch in Leipzig", "la nouvelle agence de Nantes",
  "su nueva tienda en Valencia", "jullie vestiging in Zwolle"), German place names included,
  where every noun is capitalised. Must not: where the sender is ("we are based in Leipzig"),
  the sender's own event and its venue, a place from a variable;
* **Spanish dropped subjects**: after "I saw / read / heard that" a verb in the third person
  plural or the usted form with no subject is about the reader's company ("Vi que
  inauguraron ..."). Must not: the sender's news in the nosotros form, impersonal "se",
  a market fact with its own subject, a dropped subject outside a frame of seeing or reading.

Written before the code, must-fire and must-not in equal measure per category and language."""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

RECORDS = [
    {"first_name": "Hanna-Lena", "last_name": "Schütte", "company": "Elbufer Logistik", "firma": "Elbufer Logistik",
     "societe": "Transports Le Goff", "empresa": "Clínicas Ortega-Sáenz", "bedrijf": "Van der Velde Installatie",
     "years": "12", "jahre": "12", "anciennete": "12", "anos": "12", "jaren": "12",
     "city": "Hamburg", "stadt": "Hamburg", "ville": "Brest", "ciudad": "Bilbao", "stad": "Zwolle"},
    {"first_name": "Nguyễn Thị", "last_name": "Lan", "company": "Saigon Freight", "firma": "Mekong Handel GmbH",
     "societe": "Cabinet de La Roche-Aymon", "empresa": "Farmacias Ibáñez", "bedrijf": "De Groot Techniek",
     "years": "30", "jahre": "30", "anciennete": "30", "anos": "30", "jaren": "30",
     "city": "Denver", "stadt": "Erfurt", "ville": "Lyon", "ciudad": "Murcia", "stad": "Tilburg"},
    {"first_name": "Sukarno", "last_name": "", "company": "Nusantara Parts", "firma": "Sukarno & Partner",
     "societe": "Boulangeries Ségur", "empresa": "Talleres Íñiguez", "bedrijf": "IJsselzorg",
     "years": "5", "jahre": "5", "anciennete": "5", "anos": "5", "jaren": "5",
     "city": "Leeds", "stadt": "Graz", "ville": "Nantes", "ciudad": "Vigo", "stad": "Gent"},
    {"first_name": "Tomasz", "last_name": "Wiśniewski-O'Neill", "company": "Baltic Cold Chain", "firma": "Ostsee Kühlketten",
     "societe": "Froid Atlantique", "empresa": "Frío del Cantábrico", "bedrijf": "Noordzee Koeltransport",
     "years": "50", "jahre": "50", "anciennete": "50", "anos": "50", "jaren": "50",
     "city": "Gdansk", "stadt": "Rostock", "ville": "Lorient", "ciudad": "Santander", "stad": "Vlissingen"},
]
_FRAME = {
    "en": ("Hi", "Would a 20-minute call next week be useful?", "Best regards", "Priya Raghunathan\nShelfwise"),
    "de": ("Hallo", "Passt Ihnen nächste Woche ein kurzes Gespräch?", "Viele Grüße", "Jan-Hendrik von Ahlen\nLagerklar"),
    "fr": ("Bonjour", "Un court échange la semaine prochaine vous conviendrait-il ?", "Cordialement",
           "Anne-Sophie N'Diaye\nPlanifique"),
    "es": ("Hola", "¿Le vendría bien una llamada corta la semana que viene?", "Un saludo", "Iker Etxeberria Ruiz\nReponia"),
    "nl": ("Hallo", "Zullen we volgende week kort bellen?", "Met vriendelijke groet", "Sanne de Wit-Bakker\nVoorraadwijs"),
}


def _email(lang: str, sentence: str) -> str:
    hello, ask, bye, signer = _FRAME[lang]
    return (f"---\nkind: prospecting\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n{sentence}\n\n{ask}\n\n"
            f"{bye},\n{signer}")


# (language, sentence, a fact the finding must quote)
MILESTONES = [
    ("en", "Congratulations on {{ company }}'s 25th anniversary this spring!", "25th anniversary"),
    ("en", "Saw that you're marking 40 years in business this month - quite a milestone.", "40 years"),
    ("en", "Happy 10-year anniversary to the whole team at {{ company }}!", "10-year anniversary"),
    ("de", "Herzlichen Glückwunsch zum 50-jährigen Jubiläum von {{ firma }}!", "50-jährigen Jubiläum"),
    ("de", "Ich habe gelesen, dass Ihr Familienunternehmen dieses Jahr 100 Jahre alt wird.", "100 Jahre"),
    ("de", "Alles Gute zum zehnjährigen Firmenjubiläum, das Sie im Mai gefeiert haben!", "zehnjährigen Firmenjubiläum"),
    ("fr", "Félicitations pour les 30 ans de {{ societe }} !", "30 ans"),
    ("fr", "J'ai vu que vous fêtez vos 20 ans cette année, bravo.", "20 ans"),
    ("fr", "Bravo pour le 15e anniversaire de votre cabinet.", "15e anniversaire"),
    ("es", "Enhorabuena por el 20 aniversario de {{ empresa }}.", "20 aniversario"),
    ("es", "Vi que este año celebran sus 50 años en el sector.", "50 años"),
    ("es", "Felicidades por el décimo aniversario de su clínica.", "décimo aniversario"),
    ("nl", "Gefeliciteerd met jullie 25-jarig bestaan!", "25-jarig bestaan"),
    ("nl", "Ik las dat {{ bedrijf }} dit jaar 75 jaar bestaat.", "75 jaar"),
    ("nl", "Proficiat met het twintigjarig jubileum van uw kantoor.", "twintigjarig jubileum"),
]
NOT_MILESTONES = [
    ("en", "We're celebrating our 25th anniversary, so the first month is on us."),
    ("en", "Congratulations on {{ years }} years with {{ company }}!"),
    ("en", "Happy anniversary to everyone at {{ company }}!"),
    ("de", "Wir feiern dieses Jahr unser 20-jähriges Bestehen und laden Sie zu unserem Sommerfest ein."),
    ("de", "Zum {{ jahre }}-jährigen Jubiläum von {{ firma }} gratulieren wir herzlich."),
    ("de", "Alles Gute zum Firmenjubiläum!"),
    ("fr", "Nous fêtons nos 30 ans cette année et vous invitons à notre soirée clients."),
    ("fr", "Félicitations pour les {{ anciennete }} ans de {{ societe }} !"),
    ("fr", "Joyeux anniversaire à toute l'équipe de {{ societe }} !"),
    ("es", "Este año cumplimos 20 años ayudando a clínicas como la suya."),
    ("es", "Enhorabuena por los {{ anos }} años de {{ empresa }}."),
    ("es", "¡Feliz aniversario a todo el equipo de {{ empresa }}!"),
    ("nl", "Wij bestaan dit jaar 40 jaar en trakteren onze klanten op een gratis onderhoudsbeurt."),
    ("nl", "Gefeliciteerd met {{ jaren }} jaar {{ bedrijf }}!"),
    ("nl", "Van harte gefeliciteerd met het jubileum van {{ bedrijf }}!"),
]

PLACES = [
    ("en", "Congrats on opening the Leipzig office last month.", "Leipzig"),
    ("en", "Saw {{ company }} is expanding into Rotterdam and Antwerp this year.", "Rotterdam"),
    ("en", "Your team in Cork must be flat out with the new hospital contract.", "Cork"),
    ("de", "Glückwunsch zur Eröffnung Ihrer Niederlassung in Chemnitz!", "Chemnitz"),
    ("de", "Ich habe gesehen, dass {{ firma }} jetzt auch in Münster und Osnabrück vertreten ist.", "Münster"),
    ("de", "Wie ich gelesen habe, ziehen Sie mit Ihrer Zentrale nach Wolfsburg um.", "Wolfsburg"),
    ("fr", "Félicitations pour l'ouverture de votre site de Clermont-Ferrand.", "Clermont-Ferrand"),
    ("fr", "Bravo pour la nouvelle agence de Nantes !", "Nantes"),
    ("fr", "J'ai vu que vous venez d'ouvrir un entrepôt près de Valenciennes.", "Valenciennes"),
    ("es", "Enhorabuena por la nueva tienda de {{ empresa }} en Valencia.", "Valencia"),
    ("es", "Vi que su equipo se traslada a Málaga en primavera.", "Málaga"),
    ("es", "Felicidades por la apertura de la sede en San Sebastián.", "San Sebastián"),
    ("nl", "Mooi om te zien dat jullie vestiging in Zwolle zo hard groeit.", "Zwolle"),
    ("nl", "Gefeliciteerd met de opening van het distributiecentrum in Den Bosch!", "Den Bosch"),
    ("nl", "Ik las dat {{ bedrijf }} een tweede kantoor opent in Groningen.", "Groningen"),
]
NOT_PLACES = [
    ("en", "We're based in Leipzig, so an on-site visit is easy to arrange."),
    ("en", "Our roadshow stops in Manchester and Leeds next month, and you are very welcome to join."),
    ("en", "Your office in {{ city }} is close to one of our partner depots."),
    ("de", "Wir sitzen in Leipzig und sind in einer Stunde bei Ihnen vor Ort."),
    ("de", "Auf unserem Kundentag in Hannover zeigen wir Ihnen die neue Version."),
    ("de", "Ihre Niederlassung in {{ stadt }} liegt nur zwei Stunden von unserem Lager entfernt."),
    ("fr", "Nous sommes installés à Nantes et travaillons avec des agences de toute la région."),
    ("fr", "Notre matinale à Bordeaux aura lieu en juin ; vous y êtes le bienvenu."),
    ("fr", "Votre agence de {{ ville }} est à deux heures de notre entrepôt."),
    ("es", "Nuestro equipo está en Valencia y visita clientes en toda la comunidad."),
    ("es", "Organizamos un desayuno en Sevilla y nos encantaría verle allí."),
    ("es", "Su tienda de {{ ciudad }} está dentro de nuestra zona de reparto."),
    ("nl", "We zitten in Zwolle, dus langskomen is zo geregeld."),
    ("nl", "Op onze klantendag in Utrecht bent u van harte welkom."),
    ("nl", "Jullie vestiging in {{ stad }} valt binnen ons bezorggebied."),
]

# Spanish: the subject dropped after a frame of seeing, reading or hearing is the reader's company
DROPPED_SUBJECTS = [
    ("es", "Vi que inauguraron un almacén en Zaragoza el mes pasado.", "Zaragoza"),
    ("es", "He leído que acaban de cerrar una ronda de 3 millones de euros.", "3 millones de euros"),
    ("es", "Me enteré de que han contratado a 12 comerciales nuevos.", "12 comerciales nuevos"),
    ("es", "Leí que duplicaron la facturación en 2025.", "2025"),
    ("es", "Vi que ya tienen 40 tiendas en Andalucía.", "40 tiendas"),
    ("es", "Vi en LinkedIn que abrió una segunda clínica en Zaragoza.", "Zaragoza"),
]
NOT_DROPPED_SUBJECTS = [
    ("es", "Quizá vio que abrimos una oficina nueva en Valencia."),
    ("es", "Quizá leyó que hemos cerrado una ronda de 3 millones de euros."),
    ("es", "Leí que se abrieron 300 tiendas de conveniencia en España en 2025."),
    ("es", "Vi que el sector creció un 12 % el año pasado."),
    ("es", "He leído que muchas clínicas dentales han cerrado en 2025."),
    ("es", "Según el INE, abrieron 4.000 comercios nuevos en 2025."),
]

# a second round, in wording not used above: decimal and Spanish ordinal marks, a "year mark", a
# country the German reader expands to, a frame closed by a comma, a relationship with the sender,
# a market fact whose subject follows its verb ("subieron los precios")
SECOND_ROUND = [
    ("en", "Congrats on hitting the 50-year mark this spring.", "50-year mark"),
    ("es", "Felicidades por vuestro 25.º aniversario.", "25.º aniversario"),
    ("nl", "Ik zag dat {{ bedrijf }} dit jaar het 12,5-jarig jubileum viert.", "12,5-jarig jubileum"),
    ("de", "Schön, dass {{ firma }} jetzt auch in Polen vertreten ist.", "Polen"),
    ("de", "Gratulation zur Expansion nach Österreich!", "Österreich"),
    ("es", "Por lo que he visto, han abierto 3 clínicas nuevas este año.", "3 clínicas nuevas"),
    ("es", "Según leí, inauguraron delegación en Monterrey en marzo.", "Monterrey"),
    ("fr", "Bravo pour les 10 ans de présence de votre enseigne à Lille !", "10 ans"),
    # found while fixing the round above (not written before the code): the sender's "wir" after
    # the reader's milestone is who congratulates, not whose anniversary it is
    ("de", "Zum 25-jährigen Jubiläum von {{ firma }} gratulieren wir Ihnen herzlich.", "25-jährigen Jubiläum"),
]
NOT_SECOND_ROUND = [
    ("en", "Your 1-year anniversary with Shelfwise is coming up next month."),
    ("de", "Zum 10-jährigen Jubiläum unserer Partnerschaft mit Ihnen schenken wir Ihnen einen Workshop."),
    ("nl", "Uw 5-jarig jubileum als klant van Voorraadwijs vieren we met een gratis training."),
    ("de", "Wir liefern inzwischen auch nach Polen und Österreich."),
    ("es", "Leí que subieron los precios de la energía un 15 % en 2025."),
    ("es", "Vi que han bajado los tipos de interés al 2 % este mes."),
    ("es", "Vi que hay 3 nuevas ayudas para pymes en 2026."),
    ("fr", "Nous fêtons les 10 ans de notre agence de Lille avec nos clients."),
    ("en", "Your 10-year anniversary with us is a good moment to review the contract."),
]

# a third round: a milestone counted by an ordinal in digits ("your 100th store"), and a German
# town's adjective before a site ("die neue Leipziger Niederlassung")
THIRD_ROUND = [
    ("en", "Congrats on opening your 100th store last week!", "100th store"),
    ("en", "Saw {{ company }} just signed its 1,000th customer.", "1,000th customer"),
    ("fr", "Bravo pour l'ouverture de votre 100e boutique !", "100e boutique"),
    ("nl", "Gefeliciteerd met de opening van jullie 100ste winkel!", "100ste winkel"),
    ("de", "Glückwunsch zur neuen Leipziger Niederlassung!", "Leipziger"),
    ("de", "Ihr Münchner Team hat gerade kräftig eingestellt.", "Münchner"),
]
NOT_THIRD_ROUND = [
    ("en", "We just welcomed our 500th customer and are celebrating with a webinar for all of you."),
    ("en", "The filing deadline is the 15th of March for every business in the state."),
    ("fr", "Notre 20e édition du salon a réuni 3 000 visiteurs, et vous y êtes attendu cette année."),
    ("nl", "Op 15 maart opent onze 100ste winkel, in Utrecht."),
    ("de", "Unser Hamburger Büro betreut Kunden in ganz Norddeutschland."),
    ("de", "Die Münchner Messe bauma findet im April statt."),
]

# a fourth round: Spanish drops "tú" and "vosotros" too ("abriste", "abrís", "habéis contratado")
FOURTH_ROUND = [
    ("es", "He visto que abrís una oficina en Bilbao.", "Bilbao"),
    ("es", "Vi que abriste una segunda tienda en Cádiz.", "Cádiz"),
    ("es", "Me enteré de que habéis contratado a 15 técnicos.", "15 técnicos"),
]
NOT_FOURTH_ROUND = [
    ("es", "Leí que el país creció un 2 % en 2025."),
    ("es", "Vi que hemos superado los 500 clientes en Bilbao."),
    ("es", "Como sabéis, abrimos oficina en Bilbao en 2025."),
]

# a fifth round: the reader left implicit - the sender saw or read of "the new office" in a town,
# and nobody else is named
FIFTH_ROUND = [
    ("en", "Saw the news about the new Leeds office this morning.", "Leeds"),
    ("fr", "J'ai vu passer l'annonce de la nouvelle agence de Nantes.", "Nantes"),
    ("de", "Ich habe von der neuen Niederlassung in Chemnitz gelesen.", "Chemnitz"),
    ("es", "Vi la noticia de la nueva tienda en Valencia.", "Valencia"),
    ("nl", "Ik las over de nieuwe vestiging in Zwolle.", "Zwolle"),
    # found while writing the code (not before it): guards for what the implicit reading must leave alone
    ("en", "Saw the news about the new office in Leeds.", "Leeds"),
    ("de", "Ich habe gelesen, dass {{ firma }} eine neue Niederlassung in Jena eröffnet.", "Jena"),
]
NOT_FIFTH_ROUND = [
    ("en", "I read that the new Amazon warehouse in Leeds will hire 500 people."),
    ("fr", "J'ai lu que la ville de Nantes ouvre une nouvelle ligne de tram."),
    ("de", "Ich habe gelesen, dass in Chemnitz ein neues Gewerbegebiet entsteht."),
    ("es", "Vi que nuestra nueva tienda en Valencia ya está abierta."),
    ("nl", "Ik las over de nieuwe tramlijn in Utrecht."),
    ("en", "I read about the new office rules in Leeds."),
    ("de", "Wir haben gehört, dass viele Firmen ihre neue Niederlassung in Leipzig planen."),
]

# a sixth round: milestones named by their word ("cinquantenaire", "zilveren jubileum", "in dritter
# Generation"), a wish before a dash ("Glückwunsch zum Firmenjubiläum - 75 Jahre ..."), the sender's
# hope about "the new Bristol depot", French lower-case town adjectives ("le showroom lyonnais"),
# Spanish verbs only used with "se" ("se mudaron"), Dutch "Van harte met ..."
SIXTH_ROUND = [
    ("de", "Glückwunsch zum Firmenjubiläum – 75 Jahre sind eine starke Leistung!", "75 Jahre"),
    ("en", "Hope the move into the new Bristol depot went smoothly.", "Bristol"),
    ("de", "Toll, dass Ihr Familienbetrieb jetzt in dritter Generation geführt wird.", "dritter Generation"),
    ("fr", "Félicitations pour le cinquantenaire de {{ societe }} !", "cinquantenaire"),
    ("fr", "Bravo pour l'ouverture du showroom lyonnais !", "lyonnais"),
    ("es", "Me enteré de que se mudaron a una nave más grande en Getafe.", "Getafe"),
    ("nl", "Van harte met het 25-jarig jubileum!", "25-jarig jubileum"),
    ("nl", "Proficiat met jullie zilveren jubileum!", "zilveren jubileum"),
]
NOT_SIXTH_ROUND = [
    ("en", "Hope the new year started well for the whole team."),
    ("en", "Hope you enjoy the tour of our new Leeds office in the video."),
    ("de", "Glückwunsch zum Jubiläum! Wir feiern 2026 auch: 30 Jahre Lagerklar."),
    ("de", "Unsere Software ist in der dritten Generation noch schneller."),
    ("fr", "Le cinquantenaire de notre maison approche : vous êtes invité."),
    ("fr", "Nous ouvrons un showroom lyonnais en mars."),
    ("es", "Me enteré de que se aprobó la nueva ordenanza en Getafe."),
    ("nl", "Van harte welkom op onze klantendag in Utrecht."),
]


def test_the_tables_are_balanced() -> None:
    assert len(MILESTONES) == len(NOT_MILESTONES)
    assert len(PLACES) == len(NOT_PLACES)
    assert len(DROPPED_SUBJECTS) == len(NOT_DROPPED_SUBJECTS)
    assert len(SECOND_ROUND) == len(NOT_SECOND_ROUND)
    assert len(THIRD_ROUND) == len(NOT_THIRD_ROUND)
    assert len(FOURTH_ROUND) == len(NOT_FOURTH_ROUND)
    assert len(FIFTH_ROUND) == len(NOT_FIFTH_ROUND)
    assert len(SIXTH_ROUND) == len(NOT_SIXTH_ROUND)
    for lang in _FRAME:
        assert sum(c[0] == lang for c in MILESTONES) == sum(c[0] == lang for c in NOT_MILESTONES) == 3
        assert sum(c[0] == lang for c in PLACES) == sum(c[0] == lang for c in NOT_PLACES) == 3


@pytest.mark.parametrize(("lang", "sentence", "fact"), MILESTONES + PLACES + DROPPED_SUBJECTS + SECOND_ROUND + THIRD_ROUND + FOURTH_ROUND + FIFTH_ROUND + SIXTH_ROUND)
def test_the_claim_is_reported_with_its_fact(lang: str, sentence: str, fact: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == ["FL309"], sentence
    quoted = found[0].message.split(' ("')[0]  # the facts, not the sentence quoted after them
    assert fact in quoted, quoted


@pytest.mark.parametrize(("lang", "sentence"), NOT_MILESTONES + NOT_PLACES + NOT_DROPPED_SUBJECTS + NOT_SECOND_ROUND + NOT_THIRD_ROUND + NOT_FOURTH_ROUND + NOT_FIFTH_ROUND + NOT_SIXTH_ROUND)
def test_what_is_not_a_claim_about_the_reader_is_quiet(lang: str, sentence: str) -> None:
    found = run_rules("FL309", _email(lang, sentence), RECORDS)
    assert codes(found) == [], [d.message for d in found]


def test_one_recipient_is_not_reported() -> None:
    template = _email("de", "Herzlichen Glückwunsch zum 50-jährigen Jubiläum von {{ firma }}!")
    assert codes(run_rules("FL309", template, RECORDS[:1])) == []
