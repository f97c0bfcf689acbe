"""Tone (issue 10, round 14b): the lightest possible offer, and a small outfit's identity after a
personal observation. Written before the code, must-fire and must-not in equal measure, in English,
German, French, Spanish and Dutch.

1. **The lightest offer, left wholly to the reader.** After a short self-introduction the sender
   only says that the reader may get in touch if they ever need the service ("if you ever need X,
   let me know" and its equivalents), often with a line promising not to bother them again. That is
   no pitch before value (FL201). Its twins keep the introduction and add what sells: a call or
   demo at a time, a price, a claim of results, or "let me know when suits you for a call".
2. **A small outfit's identity after a personal observation about the reader**, then an optional
   offer of something made for the reader (sketches, a mock-up, a draft plan) that the reader may
   use or ignore: no sell. Its twins keep the observation and the identity and add results with a
   number, a demo or call request, or a quote or price.

Run ``PYTHONPATH=src python tests/test_tone_lightest_offers.py`` for the table scores.
"""

from __future__ import annotations

import pytest
from _core_testing import build_mail

from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ first_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola, {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nSiobhán Mac Giolla Phádraig",
    "de": "Freundliche Grüße\nJörg van der Linden",
    "fr": "Cordialement,\nAmélie Le Goff-Traoré",
    "es": "Saludos,\nMaría José de la Fuente",
    "nl": "Met vriendelijke groet,\nJeroen ter Horst",
}
#: on a must-not case any of the tone family is a false alarm (as in benchmarks/bench_tone_emails.py)
WATCHED = tuple(f"FL2{n:02d}" for n in range(1, 15))
#: a selling twin is caught when the opener rules or the pushy call to action report it
SELLS = ("FL201", "FL202", "FL208")


def mail(lang: str, body: str) -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body)


PAIRS: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ 1. the lightest offer
    ("en-lightest-courier",
     mail("en", "I'm Siobhán, and I run a two-van courier service out of Limerick.\n\nIf {{ company }} ever needs "
                "a parcel taken across town at short notice, just give me a shout. That's all - I won't clutter "
                "your inbox again."),
     mail("en", "I'm Siobhán, and I run a two-van courier service out of Limerick.\n\nWe've cut delivery times by "
                "40% for over 60 local firms, and same-day runs start at €15.\n\nLet me know when suits you for a "
                "quick call this week.")),
    ("en-lightest-translator",
     mail("en", "My name is Haruto Sato; I translate technical manuals from Japanese into English.\n\nShould your "
                "team ever be stuck with a Japanese datasheet, feel free to send it my way. I'll leave it at "
                "that."),
     mail("en", "My name is Haruto Sato; I translate technical manuals from Japanese into English.\n\nCould we "
                "book a 20-minute call on Tuesday at 3pm so I can walk you through my rates?")),
    ("de-lightest-tischler",
     mail("de", "Ich bin Jörg van der Linden und betreibe eine kleine Tischlerei in Kleve.\n\nSollten Sie für "
                "{{ company }} einmal Einbauschränke oder einen neuen Empfangstresen brauchen, rufen Sie mich "
                "gern an. Weiter möchte ich Sie nicht stören."),
     mail("de", "Ich bin Jörg van der Linden und betreibe eine kleine Tischlerei in Kleve.\n\nEinbauschränke "
                "fertigen wir ab 1.900 Euro, und über 200 Büros in der Region arbeiten bereits mit uns.\n\nHätten "
                "Sie am Donnerstag um 10 Uhr Zeit für ein kurzes Telefonat?")),
    ("fr-lightest-photographe",
     mail("fr", "Je m'appelle Amélie Le Goff-Traoré, photographe culinaire à Nantes.\n\nSi un jour {{ company }} "
                "a besoin de photos pour une nouvelle carte, vous savez où me trouver. Je ne vous embêterai pas "
                "davantage."),
     mail("fr", "Je m'appelle Amélie Le Goff-Traoré, photographe culinaire à Nantes.\n\nMes photos ont augmenté "
                "les commandes en ligne de 30 % chez une vingtaine de restaurants.\n\nJe vous propose un appel de "
                "15 minutes jeudi à 11 h pour en parler.")),
    ("es-lightest-rotulista",
     mail("es", "Soy María José de la Fuente y hago rótulos pintados a mano en Sevilla.\n\nSi en algún momento "
                "{{ company }} quiere renovar el escaparate, aquí me tiene. No le molesto más."),
     mail("es", "Soy María José de la Fuente y hago rótulos pintados a mano en Sevilla.\n\nUn rótulo completo "
                "cuesta desde 450 €, y este mes hago un 15 % de descuento.\n\n¿Le va bien una llamada el lunes a "
                "las 10?")),
    ("nl-lightest-hovenier",
     mail("nl", "Ik ben Jeroen ter Horst, zelfstandig hovenier in de regio Zwolle.\n\nAls jullie bij "
                "{{ company }} ooit hulp zoeken bij het onderhoud van het terrein, laat het me gerust weten. Ik "
                "zal je verder niet lastigvallen."),
     mail("nl", "Ik ben Jeroen ter Horst, zelfstandig hovenier in de regio Zwolle.\n\nMet mijn "
                "onderhoudsabonnement besparen bedrijven gemiddeld 25% op hun groenkosten.\n\nLaat maar weten "
                "wanneer het je uitkomt om even te bellen.")),
    # ------------------------------------------------------------------ 2. identity after an observation
    ("en-identity-after-observation",
     mail("en", "I walked past {{ company }}'s new shopfront on Castle Street last week - the hand-lettered "
                "window really stands out.\n\nWe're a two-person lettering studio that mostly paints signs for "
                "independent cafés. I sketched a couple of ideas for your side door; happy to send them, and "
                "you're free to use them or bin them."),
     mail("en", "I walked past {{ company }}'s new shopfront on Castle Street last week - the hand-lettered "
                "window really stands out.\n\nWe're a two-person lettering studio that has helped 45 cafés "
                "increase footfall by 25%.\n\nCan we set up a 15-minute call on Thursday to talk about your "
                "signage?")),
    ("de-identity-after-observation",
     mail("de", "Ihr Vortrag über Lehmputz beim Fachtag in Kassel ist mir im Kopf geblieben.\n\nWir sind ein "
                "kleines Planungsbüro, das sich auf ökologische Sanierung spezialisiert hat. Ich habe ein paar "
                "Detailskizzen für Innendämmung mit Lehm gezeichnet; wenn Sie möchten, schicke ich sie Ihnen - "
                "nutzen Sie sie oder legen Sie sie beiseite."),
     mail("de", "Ihr Vortrag über Lehmputz beim Fachtag in Kassel ist mir im Kopf geblieben.\n\nWir sind ein "
                "kleines Planungsbüro, das sich auf ökologische Sanierung spezialisiert hat. Gern erstelle ich "
                "Ihnen ein Angebot: Eine Sanierungsplanung kostet bei uns ab 2.400 Euro.")),
    ("fr-identity-after-observation",
     mail("fr", "J'ai vu la nouvelle exposition de {{ company }} sur les faïences de Quimper, et la scénographie "
                "m'a beaucoup plu.\n\nNous sommes un petit atelier de graphisme qui travaille surtout pour des "
                "musées. J'ai esquissé deux idées de cartels pour la prochaine salle ; je peux vous les envoyer, "
                "à vous d'en faire ce que vous voulez."),
     mail("fr", "J'ai vu la nouvelle exposition de {{ company }} sur les faïences de Quimper, et la scénographie "
                "m'a beaucoup plu.\n\nNous sommes un petit atelier de graphisme qui a aidé 40 musées à augmenter "
                "leur fréquentation de 20 %.\n\nPouvons-nous caler une démo de 30 minutes mardi à 14 h ?")),
    ("es-identity-after-observation",
     mail("es", "Vi en Instagram que {{ company }} ha abierto una segunda tienda en Malasaña; el mural de la "
                "entrada es precioso.\n\nSomos un estudio pequeño de diseño de envases. Preparé un boceto de "
                "bolsa para la nueva tienda; si quiere se lo mando, y si no le sirve, no pasa nada."),
     mail("es", "Vi en Instagram que {{ company }} ha abierto una segunda tienda en Malasaña; el mural de la "
                "entrada es precioso.\n\nSomos un estudio pequeño de diseño de envases. Le paso presupuesto: "
                "un diseño de bolsa completo cuesta 1.200 €.\n\n¿Hablamos el miércoles a las 12?")),
    ("nl-identity-after-observation",
     mail("nl", "Ik zag dat {{ company }} de oude stationsrestauratie in Deventer heeft verbouwd; de houten "
                "gevel is prachtig geworden.\n\nWij zijn een klein ontwerpbureau voor bewegwijzering. Ik heb een "
                "paar schetsen gemaakt voor borden bij de ingang; ik stuur ze graag, gebruik ze of leg ze "
                "gewoon weg."),
     mail("nl", "Ik zag dat {{ company }} de oude stationsrestauratie in Deventer heeft verbouwd; de houten "
                "gevel is prachtig geworden.\n\nWij zijn een klein ontwerpbureau dat 30 horecazaken heeft "
                "geholpen hun omzet met 15% te verhogen.\n\nZullen we vrijdag om 11:00 een demo inplannen?")),
]

QUIET = [(case_id, quiet) for case_id, quiet, _sells in PAIRS]
FIRES = [(case_id + "-sells", sells) for case_id, _quiet, sells in PAIRS]


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_light_first_touch_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


@pytest.mark.parametrize("case_id, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_selling_twin_is_reported(case_id: str, template: str) -> None:
    assert run_rules(SELLS, template), f"{case_id}: none of {SELLS} fired"


def test_tables_are_balanced_and_cover_five_languages() -> None:
    assert len(QUIET) == len(FIRES)
    languages = {case_id.split("-", 1)[0] for case_id, _q, _s in PAIRS}
    assert languages == {"en", "de", "fr", "es", "nl"}


if __name__ == "__main__":
    for case_id, t in QUIET:
        found = [f"{d.code}" for d in run_rules(WATCHED, t)]
        print("must-not", case_id, found)
    for case_id, t in FIRES:
        print("must-fire", case_id, [d.code for d in run_rules(SELLS, t)])
