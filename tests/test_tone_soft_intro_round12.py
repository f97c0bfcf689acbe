"""Tone (issue 10, round 12): soft first touches that FL201 must leave alone, and their selling twins.

1. A first-touch self-introduction whose second clause says what the sender's small business does
   ("I run a small practice that ..."), then something useful, then an optional offer with an
   explicit out ("if not, no worries").
2. A research question to the reader with an explicit out: the reader decides whether to reply,
   a reader-led reply request sells nothing.
3. Value that opens with a prepositional phrase in German and French: a resource the sender made
   for the reader's people ("Für die Empfangsteams von ... haben wir ... zusammengestellt") or an
   insight drawn from data ("Pour les gîtes de ..., un chiffre tiré de 200 avis : ...").

Every must-not row has a must-fire twin with the same shape that sells: a demo, a price, a
time-boxed call, "we've summarised our product's features". Written before the code."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

PITCH = ("FL201",)
WATCHED = ("FL201", "FL203", "FL208", "FL213")


def mail(lang: str, body: str, signoff: str, *, sequence: str = "first-touch") -> str:
    greeting = {"en": "Hi {{ first_name }},", "de": "Hallo {{ first_name }},", "fr": "Bonjour {{ first_name }},",
                "es": "Hola, {{ first_name }}:", "nl": "Beste {{ first_name }},"}[lang]
    return f"---\nsequence: {sequence}\nlocale: {lang}\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


QUIET = [
    # 1. introduction + what the small business does + something useful + optional offer with an out
    ("en-intro-small-firm", mail(
        "en",
        "I'm Ngozi Adeyemi-Clarke; I run a small practice that audits fire doors in student housing. "
        "Most of the failed doors we see last term had a gap under the leaf wider than 4 mm, which is "
        "a five-minute check with a coin.\n\nWould it help if I sent you the one-page checklist we use? "
        "No problem at all if not.",
        "Best,\nNgozi")),
    ("fr-intro-small-firm", mail(
        "fr",
        "Je suis Théo Lefèvre-Marchand, je dirige un petit bureau d'études qui mesure l'acoustique des "
        "cantines scolaires. Dans la plupart des cantines que nous avons mesurées, trois panneaux au "
        "plafond suffisent à faire baisser le bruit de moitié.\n\nSi cela vous est utile, je peux vous "
        "envoyer nos relevés types ; sinon, aucun souci.",
        "Bien cordialement,\nThéo")),
    ("de-intro-small-firm", mail(
        "de",
        "Ich bin Jonas von Hagen und leite ein kleines Büro, das Aufzüge in Wohnanlagen prüft. Bei den "
        "meisten Anlagen, die wir zuletzt geprüft haben, war die Notrufleitung seit Jahren nicht getestet; "
        "das lässt sich in zehn Minuten selbst prüfen.\n\nSoll ich Ihnen unsere Prüfliste schicken? "
        "Wenn nicht, ist das völlig in Ordnung.",
        "Viele Grüße\nJonas von Hagen")),
    # 2. a research question with an explicit out
    ("en-research-question", mail(
        "en",
        "I'm curious how {{ company }} handles lost property across your three sites, whether it goes "
        "back to one office or stays where it was found.\n\nIf you have a minute for a short reply, "
        "I'd love to hear; if not, that's completely fine.",
        "Thanks,\nMin-jun Park")),
    ("es-research-question", mail(
        "es",
        "Tengo curiosidad por saber si en {{ company }} lavan la ropa de cama en el propio hotel o la "
        "llevan a una lavandería externa.\n\nSi le apetece contestarme en dos líneas, me encantaría "
        "saberlo; si no, no pasa nada.",
        "Un saludo,\nInés de la Torre")),
    ("nl-research-question", mail(
        "nl",
        "Ik ben benieuwd of jullie bij {{ company }} de maaltijden zelf koken of laten bezorgen.\n\n"
        "Als je zin hebt in een kort antwoord, hoor ik het graag; zo niet, helemaal prima.",
        "Groet,\nSanne van der Berg")),
    # 3. value opening with a prepositional phrase (de, fr)
    ("de-prep-resource", mail(
        "de",
        "Für die Empfangsteams von {{ company }} haben wir die wichtigsten Schritte bei einem Stromausfall "
        "auf einer Seite zusammengestellt: {{ guide_url }}\n\nVielleicht hilft es beim nächsten Mal.",
        "Beste Grüße\nKatharina Weiß")),
    ("fr-prep-insight", mail(
        "fr",
        "Pour les gîtes de {{ region }}, un chiffre tiré de 250 avis clients de l'an dernier : les "
        "séjours notés sous 4 mentionnent le wifi deux fois plus souvent que le ménage.\n\n"
        "Je me suis dit que cela pourrait vous intéresser.",
        "Cordialement,\nAmélie Nguyen")),
    ("en-intro-team-offer-out", mail(
        "en",
        "I'm Kenji Watanabe; I run a small team that does damp surveys for letting agents. In the "
        "flats we surveyed last winter, most of the mould was behind wardrobes on outside walls.\n\n"
        "Would it be useful if I sent you the short write-up? No worries at all if not.",
        "Best,\nKenji")),
    # added with the second fix: an insight from places the sender observes ("que nous suivons")
    ("fr-intro-observed-insight", mail(
        "fr",
        "Je m'appelle Sébastien Duval-Roux, je dirige un petit cabinet qui conseille les communes sur "
        "l'éclairage public. Dans les villages que nous suivons, couper l'éclairage entre 1 h et 5 h "
        "réduit la facture d'un tiers.\n\nVoulez-vous que je vous envoie le détail ? Pas de souci si "
        "ce n'est pas le cas.",
        "Bien à vous,\nSébastien")),
]

FIRES = [
    ("en-intro-small-firm-demo", PITCH, mail(
        "en",
        "I'm Ngozi Adeyemi-Clarke; I run a small practice that audits fire doors in student housing. "
        "Our software flags every failing door in a building in under an hour.\n\nCan I book you in "
        "for a 20-minute demo on Thursday?",
        "Best,\nNgozi")),
    ("fr-intro-small-firm-price", PITCH, mail(
        "fr",
        "Je suis Théo Lefèvre-Marchand, je dirige un petit bureau d'études qui mesure l'acoustique des "
        "cantines scolaires. Notre forfait de mesure coûte 490 € par cantine.\n\nPouvons-nous caler un "
        "appel de 15 minutes cette semaine ?",
        "Bien cordialement,\nThéo")),
    ("de-intro-small-firm-call", PITCH, mail(
        "de",
        "Ich bin Jonas von Hagen und leite ein kleines Büro, das Aufzüge in Wohnanlagen prüft. Unsere "
        "Software macht die Prüfung doppelt so schnell.\n\nHaben Sie am Dienstag 15 Minuten für eine "
        "kurze Demo?",
        "Viele Grüße\nJonas von Hagen")),
    ("en-research-then-demo", PITCH, mail(
        "en",
        "I'm curious how {{ company }} handles lost property across your three sites.\n\n"
        "Our app logs every item in seconds - can I show you a quick demo this week?",
        "Thanks,\nMin-jun Park")),
    ("es-research-then-price", PITCH, mail(
        "es",
        "Tengo curiosidad por saber si en {{ company }} lavan la ropa de cama en el propio hotel.\n\n"
        "Nuestra lavandería lo hace por 2 € la pieza; ¿le preparo una oferta esta semana?",
        "Un saludo,\nInés de la Torre")),
    ("nl-research-then-call", PITCH, mail(
        "nl",
        "Ik ben benieuwd of jullie bij {{ company }} de maaltijden zelf koken.\n\n"
        "Onze keukenplanner bespaart 30% op inkoop. Zullen we dinsdag een half uur bellen?",
        "Groet,\nSanne van der Berg")),
    ("de-prep-product-features", PITCH, mail(
        "de",
        "Für die Empfangsteams von {{ company }} haben wir die Funktionen unserer Software auf einer Seite "
        "zusammengefasst.\n\nBuchen Sie jetzt eine Demo: {{ demo_url }}",
        "Beste Grüße\nKatharina Weiß")),
    ("fr-prep-offer", PITCH, mail(
        "fr",
        "Pour les gîtes de {{ region }}, notre outil de réservation est à 19 € par mois.\n\n"
        "Je vous propose une démonstration de 20 minutes jeudi.",
        "Cordialement,\nAmélie Nguyen")),
    ("en-intro-team-then-price", PITCH, mail(
        "en",
        "I'm Kenji Watanabe; I run a small team that does damp surveys for letting agents. Our surveys "
        "cost £95 per flat and we can start next week.\n\nShall I book your first five flats in for Monday?",
        "Best,\nKenji")),
    ("fr-intro-observed-then-demo", PITCH, mail(
        "fr",
        "Je m'appelle Sébastien Duval-Roux, je dirige un petit cabinet qui conseille les communes sur "
        "l'éclairage public. Dans les villages que nous suivons, notre logiciel réduit la facture d'un "
        "tiers.\n\nJe vous propose une démonstration de 20 minutes mardi.",
        "Bien à vous,\nSébastien")),
]


@pytest.mark.parametrize("case_id, codes, template", FIRES, ids=[c[0] for c in FIRES])
def test_the_selling_twin_is_reported(case_id: str, codes: tuple[str, ...], template: str) -> None:
    found = [d.code for d in run_rules(codes, template)]
    assert found, f"{case_id}: none of {codes} fired"


@pytest.mark.parametrize("case_id, template", QUIET, ids=[c[0] for c in QUIET])
def test_the_soft_first_touch_is_quiet(case_id: str, template: str) -> None:
    found = [f"{d.code}: {d.message}" for d in run_rules(WATCHED, template)]
    assert not found, f"{case_id}: {found}"


def test_tables_are_balanced() -> None:
    assert len(FIRES) == len(QUIET)
