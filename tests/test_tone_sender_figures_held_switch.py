"""Tone (issue 10), FL201 on hard sells in ordinary words, in five languages. Written before the code.

1. The sender's own figures are claims, not value: a sentence that pitches the sender (its size,
   years, headcount, customers, ranking: "one of the leading ... partners, 12 years of experience
   and 300 engineers") is no insight for the reader because a statistic-like cue ("one of the",
   "{num} of the") matched inside it. A finding with numbers about others ("one of the three
   councils we surveyed cut salt use by 12%") stays value.
2. A place or item held for the reader at a price or a discount ("I've held a corner stand for
   {{ company }} at £1,850 instead of £2,400", "einen Stand zum Sonderpreis reserviert", "una mesa
   a precio de socio") offers the sender's product: a pitch, never value. A free resource held
   for the reader and handed over is value.
3. A switch push in plain words: the reader is told to leave their provider and do as others did
   ("I'd suggest {{ business }} does the same when your policy renews"), the switch is made easy by
   the sender ("I handle the cancellation letter, you just sign"), or a go-ahead starts the
   sender's closing step ("Give me the nod and I'll start the paperwork"). These are asks, never
   advice given to the reader: advice is an instruction whose beneficiary is the reader and that
   serves nothing of the sender's sale ("before renewal, ask your insurer for the claims history").
   A sender advising the reader to stay is no switch push.

Every must-fire row has must-not twins that share its words."""

from __future__ import annotations

import pytest

from followup_lint.content.roles import assign_roles
from followup_lint.testing import run_rules

SELL = ("FL201",)
QUIET_WATCH = ("FL201", "FL208")


def mail(lang: str, body: str, signoff: str = "", *, sequence: str = "first-touch") -> str:
    greeting = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
                "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}[lang]
    closing = signoff or {"en": "Best,\nSam", "de": "Viele Grüße\nJonas", "fr": "Cordialement,\nClaire",
                          "es": "Un saludo,\nLucía", "nl": "Groet,\nDaan"}[lang]
    return f"---\nsequence: {sequence}\nlocale: {lang}\n---\n{greeting}\n\n{body}\n\n{closing}\n"


# ----------------------------------------------------------------------------------------------
# 1. the sender's size, years, headcount, customers and ranking, with a number cue inside

FIGURES_FIRE = [
    ("en-leading-partner", mail(
        "en",
        "Our company is one of the leading facilities partners in the North West: we have 12 years of "
        "experience and 300 engineers.\n\nThe winter checklist our site leads use is here: {{ checklist_url }}")),
    ("en-three-of-the-biggest", mail(
        "en",
        "We are one of the three biggest payroll bureaus in Yorkshire, and 40 of the region's accountancy "
        "firms already send us their monthly runs.\n\nHere is the year-end calendar we share with clients: "
        "{{ calendar_url }}")),
    ("en-customers-count", mail(
        "en",
        "Over 900 of the UK's independent bakeries already insure their ovens with us, and we have been "
        "doing it for 25 years.\n\nThe claims guide we wrote is here: {{ guide_url }}")),
    ("de-einer-der-fuehrenden", mail(
        "de",
        "Wir sind einer der führenden Partner für Gebäudetechnik im Rheinland, mit 15 Jahren Erfahrung und "
        "über 200 Technikern.\n\nHier ist die Checkliste für den Winterbetrieb: {{ checklist_url }}")),
    ("fr-l-un-des-principaux", mail(
        "fr",
        "Nous sommes l'un des principaux prestataires de maintenance en Occitanie, avec 20 ans d'expérience "
        "et 300 techniciens.\n\nVoici la fiche d'entretien hivernal : {{ fiche_url }}")),
    ("es-uno-de-los-mayores", mail(
        "es",
        "Somos una de las mayores empresas de mantenimiento de Aragón: tenemos 12 años de experiencia y 300 "
        "técnicos.\n\nAquí tiene la lista de revisión de invierno: {{ lista_url }}")),
    ("nl-een-van-de-grootste", mail(
        "nl",
        "Wij zijn een van de grootste installatiebedrijven in Brabant, met 12 jaar ervaring en 300 monteurs."
        "\n\nHier is de winterchecklist die onze monteurs gebruiken: {{ checklist_url }}")),
]
FIGURES_QUIET = [
    ("en-councils-surveyed", mail(
        "en",
        "One of the three councils we surveyed cut salt use by 12% by gritting at 4am instead of at "
        "midnight.\n\nHappy to send the survey notes if they'd help.")),
    ("en-bakeries-no-cover", mail(
        "en",
        "40 of the 120 bakeries in this year's trade survey had no cover at all for oven breakdowns.\n\n"
        "If it's useful, I can send the full table.")),
    ("en-one-of-the-fixes", mail(
        "en",
        "One of the cheapest fixes we saw at other depots was moving the gritting run to 4am; salt use "
        "fell by 12%.\n\nWould a short call to compare notes be useful?")),
    ("de-eine-der-gemeinden", mail(
        "de",
        "Eine der drei Gemeinden, die wir befragt haben, hat den Salzverbrauch um 12 % gesenkt, weil sie "
        "um 4 Uhr statt um Mitternacht streut.\n\nGern schicke ich Ihnen die Auswertung.")),
    ("fr-une-des-communes", mail(
        "fr",
        "Une des trois communes que nous avons interrogées a réduit sa consommation de sel de 12 % en salant "
        "à 4 h plutôt qu'à minuit.\n\nJe peux vous envoyer les notes de l'enquête si cela vous aide.")),
    ("nl-een-van-de-gemeenten", mail(
        "nl",
        "Een van de drie gemeenten die we hebben bevraagd, gebruikte 12% minder zout door om 4 uur te "
        "strooien in plaats van om middernacht.\n\nIk stuur je graag de notities van het onderzoek.")),
    ("es-uno-de-los-ayuntamientos", mail(
        "es",
        "Uno de los tres ayuntamientos que hemos estudiado redujo un 12 % la sal al esparcirla a las 4 en "
        "lugar de a medianoche.\n\nSi le sirve, le envío las notas del estudio.")),
]


# ----------------------------------------------------------------------------------------------
# 2. a place or item held for the reader at a price or a discount

HELD_FIRE = [
    ("en-corner-stand", mail(
        "en",
        "I've held a corner stand for {{ company }} in Hall 2 at £1,850 instead of the usual £2,400.\n\n"
        "Last year's visitor survey is attached: 62% of buyers came looking for packaging suppliers.")),
    ("en-table-member-rate", mail(
        "en",
        "We've kept a table for {{ company }} at the awards dinner at the member rate of £900.\n\n"
        "Here are the judges' notes from last year: {{ notes_url }}")),
    ("de-stand-sonderpreis", mail(
        "de",
        "Ich habe für Sie einen Stand zum Sonderpreis reserviert, direkt am Eingang von Halle 3.\n\n"
        "Anbei die Besucherauswertung der letzten Messe.")),
    ("fr-table-au-lieu-de", mail(
        "fr",
        "Je vous ai réservé une table au salon à 890 € au lieu de 1 200 €.\n\n"
        "Voici le bilan de fréquentation de l'an dernier : {{ bilan_url }}")),
    ("es-mesa-precio-socio", mail(
        "es",
        "Le he reservado una mesa a precio de socio en la cena anual de la asociación.\n\n"
        "Aquí tiene el resumen de la edición pasada: {{ resumen_url }}")),
    ("nl-kraam-korting", mail(
        "nl",
        "Ik heb voor {{ company }} een kraam op de najaarsmarkt vastgehouden met 20% korting.\n\n"
        "Hier is het bezoekersoverzicht van vorig jaar: {{ overzicht_url }}")),
]
HELD_QUIET = [
    ("en-free-copy-held", mail(
        "en",
        "I've set aside a free copy of the 2025 visitor report for {{ company }}: {{ report_url }}\n\n"
        "Would a stand in Hall 2 be of interest this year?")),
    ("en-free-seat-council", mail(
        "en",
        "I've kept a free seat for you at the council's open workshop on winter gritting; the agenda is "
        "here: {{ agenda_url }}\n\nWould you like me to add a colleague too?")),
    ("de-exemplar-kostenlos", mail(
        "de",
        "Ich habe Ihnen ein kostenloses Exemplar des Branchenberichts zurückgelegt: {{ bericht_url }}\n\n"
        "Passt Ihnen ein kurzes Gespräch nächste Woche?")),
    ("fr-exemplaire-gratuit", mail(
        "fr",
        "Je vous ai mis de côté un exemplaire gratuit du guide des aides régionales : {{ guide_url }}\n\n"
        "Un échange de 15 minutes vous serait-il utile ?")),
    ("es-ejemplar-gratuito", mail(
        "es",
        "Le he guardado un ejemplar gratuito de la guía de ayudas regionales: {{ guia_url }}\n\n"
        "¿Le vendría bien una llamada corta la semana que viene?")),
    ("nl-gratis-exemplaar", mail(
        "nl",
        "Ik heb een gratis exemplaar van het marktrapport voor je gereserveerd: {{ rapport_url }}\n\n"
        "Zullen we volgende week kort bellen?")),
]


# ----------------------------------------------------------------------------------------------
# 3. a switch push in plain words; advice whose beneficiary is the reader

SWITCH_FIRE = [
    ("en-do-the-same", mail(
        "en",
        "Most of the bakeries I look after left {{ current_insurer }} last year, and I'd suggest "
        "{{ business }} does the same when your policy renews.\n\n"
        "A tip before renewal: ask your insurer for the claims history, it takes them a day.")),
    ("en-just-sign", mail(
        "en",
        "Moving over is simple: I handle the cancellation letter, you just sign.\n\n"
        "Here is the renewal checklist bakeries use: {{ checklist_url }}")),
    ("en-give-me-the-nod", mail(
        "en",
        "Hope the Christmas rush went well.\n\nGive me the nod and I'll start the paperwork.")),
    ("en-say-the-word", mail(
        "en",
        "Say the word and we'll take care of the switchover from {{ current_supplier }}.\n\n"
        "Here's the meter-reading guide our customers like: {{ guide_url }}")),
    ("de-genauso-machen", mail(
        "de",
        "Die meisten Bäckereien, die ich betreue, haben {{ current_insurer }} verlassen; ich empfehle Ihnen, "
        "es bei der nächsten Verlängerung genauso zu machen.\n\nAnbei die Checkliste für die Verlängerung.")),
    ("de-nur-unterschreiben", mail(
        "de",
        "Der Wechsel ist einfach: ich kümmere mich um die Kündigung, Sie unterschreiben nur.\n\n"
        "Anbei die Checkliste für die Verlängerung.")),
    ("de-gruenes-licht", mail(
        "de",
        "Ich hoffe, das Weihnachtsgeschäft lief gut.\n\nGeben Sie mir grünes Licht, und ich erledige die "
        "Formalitäten.")),
    ("fr-faire-de-meme", mail(
        "fr",
        "La plupart des boulangeries que je suis ont quitté {{ current_insurer }} ; je vous conseille de "
        "faire de même à l'échéance de votre contrat.\n\nVoici la liste de contrôle avant l'échéance : "
        "{{ liste_url }}")),
    ("fr-feu-vert", mail(
        "fr",
        "J'espère que les fêtes se sont bien passées.\n\nDonnez-moi votre feu vert et je lance les "
        "démarches.")),
    ("es-hacer-lo-mismo", mail(
        "es",
        "Casi todas las panaderías que llevo dejaron {{ current_insurer }}; le recomiendo hacer lo mismo "
        "cuando venza su póliza.\n\nAquí tiene la lista de revisión antes de renovar: {{ lista_url }}")),
    ("es-solo-firma", mail(
        "es",
        "Cambiarse es sencillo: yo me encargo de la carta de baja y usted solo firma.\n\n"
        "Aquí tiene la lista de revisión antes de renovar: {{ lista_url }}")),
    ("nl-seintje-papierwerk", mail(
        "nl",
        "Hopelijk is de kerstdrukte goed verlopen.\n\nGeef me een seintje en ik regel het papierwerk.")),
    ("nl-hetzelfde-doen", mail(
        "nl",
        "De meeste bakkerijen die ik begeleid zijn bij {{ current_insurer }} weggegaan; ik raad je aan "
        "hetzelfde te doen als je polis afloopt.\n\nHier is de checklist voor de verlenging: "
        "{{ checklist_url }}")),
]
SWITCH_QUIET = [
    ("en-ask-claims-history", mail(
        "en",
        "Before renewal, ask your insurer for the claims history; it takes them a day and every broker will "
        "want it.\n\nHappy to look over the quotes you get, if that's useful.")),
    ("en-stay-same", mail(
        "en",
        "Most of the bakeries I look after stayed with {{ current_insurer }} this year, and I'd suggest "
        "{{ business }} does the same unless the premium rises by more than 10%.\n\n"
        "The renewal checklist is here: {{ checklist_url }}")),
    ("en-reply-dont-switch", mail(
        "en",
        "Honestly, I wouldn't leave {{ current_insurer }} over this: their claims team paid out in a week "
        "for two of my bakeries. Give them a ring and ask for the oven cover as an add-on.",
        sequence="reply")),
    ("en-give-insurer-a-call", mail(
        "en",
        "Give your insurer a call before renewal and ask them to add the claims history to the quote.\n\n"
        "If you'd like a second opinion on the quotes, I'm around.")),
    ("de-schadenhistorie", mail(
        "de",
        "Fragen Sie vor der Verlängerung Ihren Versicherer nach der Schadenhistorie; das dauert einen Tag.\n\n"
        "Wenn Sie möchten, schaue ich mir die Angebote gern an.")),
    ("de-bleiben", mail(
        "de",
        "Die meisten Bäckereien, die ich betreue, sind bei {{ current_insurer }} geblieben; ich empfehle "
        "Ihnen, es genauso zu machen, solange die Prämie stabil bleibt.\n\nAnbei die Checkliste.")),
    ("fr-historique-sinistres", mail(
        "fr",
        "Avant l'échéance, demandez à votre assureur l'historique des sinistres : cela prend un jour.\n\n"
        "Bon courage pour le renouvellement.")),
    ("fr-rester", mail(
        "fr",
        "La plupart des boulangeries que je suis sont restées chez {{ current_insurer }} ; je vous conseille "
        "de faire de même tant que la prime ne bouge pas.\n\nVoici la liste de contrôle : {{ liste_url }}")),
    ("es-historial", mail(
        "es",
        "Antes de renovar, pida a su aseguradora el historial de siniestros; tardan un día.\n\n"
        "Si quiere, reviso los presupuestos con usted.")),
    ("nl-schadehistorie", mail(
        "nl",
        "Vraag voor de verlenging je verzekeraar om de schadehistorie; dat duurt een dag.\n\n"
        "Als je wilt, kijk ik de offertes met je door.")),
    ("nl-blijven", mail(
        "nl",
        "De meeste bakkerijen die ik begeleid zijn bij {{ current_insurer }} gebleven; ik raad je aan "
        "hetzelfde te doen zolang de premie gelijk blijft.\n\nHier is de checklist: {{ checklist_url }}")),
    ("es-quedarse", mail(
        "es",
        "Casi todas las panaderías que llevo se quedaron con {{ current_insurer }}; le recomiendo hacer lo "
        "mismo mientras la prima no suba.\n\nAquí tiene la lista de revisión: {{ lista_url }}")),
    ("en-free-guide-held-nod", mail(
        "en",
        "Give the renewal checklist a read before you call your insurer: {{ checklist_url }}\n\n"
        "It covers the three questions brokers always ask.")),
]

FIRES = FIGURES_FIRE + HELD_FIRE + SWITCH_FIRE
QUIET = FIGURES_QUIET + HELD_QUIET + SWITCH_QUIET


@pytest.mark.parametrize("case_id, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_hard_sell_is_reported(case_id: str, template: str) -> None:
    found = [d.code for d in run_rules(SELL, template)]
    assert found, f"{case_id}: FL201 did not fire"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_twin_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(QUIET_WATCH, template)]
    assert not found, f"{case_id}: {found}"


# sentence level: the readings behind the findings
SENTENCE_ROLES = [
    # (lang, sentence, role it must have, role it must not have)
    ("en", "Our company is one of the leading facilities partners in the region, with 300 engineers.", "pitch", "value"),
    ("en", "One of the three councils we surveyed cut salt use by 12%.", None, "pitch"),
    ("en", "I've held a corner stand for {{ company }} in Hall 2 at £1,850 instead of the usual £2,400.", "pitch", "value"),
    ("de", "Ich habe für Sie einen Stand zum Sonderpreis reserviert.", "pitch", "value"),
    ("es", "Le he reservado una mesa a precio de socio.", "pitch", "value"),
    ("en", "Give me the nod and I'll start the paperwork.", "ask", "value"),
    ("fr", "Donnez-moi votre feu vert et je lance les démarches.", "ask", "value"),
    ("en", "Moving over is simple: I handle the cancellation letter, you just sign.", "ask", "value"),
    ("nl", "Overstappen is eenvoudig: ik regel de opzegbrief, jij tekent alleen.", "ask", "value"),
    ("en", "Before renewal, ask your insurer for the claims history.", None, "ask"),
    ("en", "Most of the bakeries I look after stayed with {{ current_insurer }}, and I'd suggest you do the same.", None, "ask"),
]


@pytest.mark.parametrize("lang, text, has, lacks", SENTENCE_ROLES)
def test_sentence_roles(lang: str, text: str, has: str | None, lacks: str) -> None:
    roles = assign_roles(text, lang)
    if has is not None:
        assert has in roles.roles, [e.describe() for e in roles.evidence]
    assert lacks not in roles.roles, [e.describe() for e in roles.evidence]


def test_tables_are_balanced_and_cover_five_languages() -> None:
    assert abs(len(FIRES) - len(QUIET)) <= 2
    for table in (FIGURES_FIRE, HELD_FIRE, SWITCH_FIRE, FIGURES_QUIET, HELD_QUIET, SWITCH_QUIET):
        assert {case[0][:2] for case in table} == {"en", "de", "fr", "es", "nl"}
