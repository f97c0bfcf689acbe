"""Sentence-level readings behind tests/test_tone_pitch_by_name_and_switch.py: the price of the
offer, the sender's company by name, closing moves (switch pushes, a presumed next step, a
sign-now close, an offer that ends, a place held, a closing document handed over) and a sentence
that names nobody. Each reading has rows that must give the role and twins that must not."""

from __future__ import annotations

import pytest

from followup_lint.content.addressed import names_nobody
from followup_lint.content.closing_moves import closing_moves
from followup_lint.content.price_statement import price_span
from followup_lint.content.sender_brand import brand_subject, sender_brands
from followup_lint.content.tokens import tokenize

PRICES = [
    ("en", "It costs a flat £4 per filled shift."),
    ("en", "Pricing starts at $29 per location."),
    ("de", "Das kostet pauschal 4 € pro Schicht."),
    ("fr", "Cela coûte 29 € par mois et par site."),
    ("es", "Cuesta 3 € por turno cubierto."),
    ("nl", "Het kost € 4 per dienst."),
]
NOT_PRICES = [
    ("en", "It's costing you £4,000 a month in lost orders."),
    ("en", "Every empty shift costs a home around £300 in agency fees."),
    ("de", "Ein unbesetzter Dienst kostet eine Einrichtung rund 300 €."),
    ("fr", "Il faut compter 29 minutes par site pour le relevé."),
    ("es", "Perder un turno cuesta 120 € al mes en horas extra."),
    ("nl", "Het kost vaak meer tijd dan gedacht."),
]


@pytest.mark.parametrize("lang, text", PRICES)
def test_a_price_of_the_offer_is_read(lang: str, text: str) -> None:
    assert price_span(tokenize(text, lang), text, lang) is not None


@pytest.mark.parametrize("lang, text", NOT_PRICES)
def test_a_loss_or_a_duration_is_no_price(lang: str, text: str) -> None:
    assert price_span(tokenize(text, lang), text, lang) is None


SIGNATURES = [
    ("Aoife Ní Bhriain\nShiftwell", "shiftwell"),
    ("Jana Schäfer-Öztürk\nHead of Growth at Dienstwerk\n+49 30 1234 567", "dienstwerk"),
    ("Nguyễn Thị Mai | Planitou SAS", "planitou"),
    ("Prakash\nTallyo\nwww.tallyo.example", "tallyo"),
]
NO_BRAND = ["Daan van der Linde", "José Luis de la Fuente\nSales", "Min-jun Park\nHead of Partnerships"]


@pytest.mark.parametrize("signature, brand", SIGNATURES)
def test_the_signature_gives_the_company(signature: str, brand: str) -> None:
    assert brand in sender_brands(signature)


@pytest.mark.parametrize("signature", NO_BRAND)
def test_a_name_or_a_role_is_no_company(signature: str) -> None:
    assert not sender_brands(signature)


BRANDS = frozenset({"shiftwell", "dienstwerk", "planitou"})
BRAND_SUBJECTS = [
    ("en", "Shiftwell fills open shifts from a pool of vetted carers."),
    ("en", "With Shiftwell, managers fill a shift in minutes."),
    ("de", "Mit Dienstwerk planen Ihre Filialleiter die Dienste am Handy."),
    ("fr", "Grâce à Planitou, vos chefs d'équipe publient le planning en un clic."),
]
NOT_BRAND_SUBJECTS = [
    ("en", "Hollybank Care fills open shifts from its own bank of staff."),
    ("en", "Homes that tried Shiftwell told us about it."),
    ("de", "Ihr Team plant die Dienste noch in Excel."),
    ("fr", "Planitou"),
]


@pytest.mark.parametrize("lang, text", BRAND_SUBJECTS)
def test_the_company_by_name_as_the_subject(lang: str, text: str) -> None:
    assert brand_subject(text, lang, BRANDS) is not None


@pytest.mark.parametrize("lang, text", NOT_BRAND_SUBJECTS)
def test_another_company_or_the_name_elsewhere(lang: str, text: str) -> None:
    assert brand_subject(text, lang, BRANDS) is None


MOVES = [
    ("fr", "Je vous propose de passer chez Voltéo dès la prochaine échéance.", "ask"),
    ("de", "Wechseln Sie zu Lohnfix und übernehmen Sie alle Stammdaten.", "ask"),
    ("nl", "Tijd om te upgraden naar Plus, met onbeperkt gebruikers.", "ask"),
    ("es", "¿Le tramito hoy mismo la portabilidad?", "pushy"),
    ("nl", "Zal ik de overeenkomst meteen naar u sturen?", "pushy"),
    ("de", "Soll ich die Kündigung gleich für Sie vorbereiten?", "pushy"),
    ("nl", "Als je vandaag tekent, staat alles volgende week klaar.", "pushy"),
    ("es", "El 15 % de descuento de lanzamiento en nuestros sensores de humedad termina este viernes.", "pressure"),
    ("en", "I've held one of the pilot places for {{ company }} until Friday.", "pressure"),
    ("en", "I've attached an order form for 40 seats.", "ask"),
    ("fr", "J'ai gardé une place pour vous jusqu'à vendredi.", "pressure"),
    ("nl", "Ik heb een plek voor jullie vrijgehouden tot vrijdag.", "pressure"),
    ("en", "Reply \"yes\" and I'll send the onboarding pack.", "ask"),
]
NOT_MOVES = [
    ("fr", "Voici le guide pour changer de fournisseur sans coupure.", "ask"),
    ("de", "Falls Sie irgendwann über einen Wechsel nachdenken, hier eine Checkliste.", "ask"),
    ("nl", "Overstappen naar een ander pakket kost vaak meer tijd dan gedacht.", "ask"),
    ("es", "¿Cómo gestionan hoy la portabilidad de los números?", "pushy"),
    ("nl", "Zal ik de checklist voor de overstap meteen sturen?", "pushy"),
    ("de", "Wenn Sie Fragen haben, melden Sie sich gern.", "pushy"),
    ("nl", "Dank je voor het getekende contract.", "pushy"),
    ("es", "El plazo para pedir la ayuda al riego eficiente acaba el viernes.", "pressure"),
    ("en", "All eight pilot places went to bakeries in the first week.", "pressure"),
    ("en", "I've attached the migration checklist we use.", "ask"),
    ("fr", "Merci d'avoir réservé un créneau pour la démonstration de jeudi.", "pitch"),
    ("nl", "Bedankt dat je een plek hebt gereserveerd.", "pitch"),
    ("en", "I loved what you said about onboarding in the panel.", "ask"),
]


@pytest.mark.parametrize("lang, text, role", MOVES)
def test_a_closing_move_gives_its_role(lang: str, text: str, role: str) -> None:
    assert role in {m.role for m in closing_moves(tokenize(text, lang), text, lang)}


@pytest.mark.parametrize("lang, text, role", NOT_MOVES)
def test_its_twin_does_not(lang: str, text: str, role: str) -> None:
    assert role not in {m.role for m in closing_moves(tokenize(text, lang), text, lang)}


NOBODY = [
    ("nl", "Overstappen naar een ander boekhoudpakket kost vaak meer tijd dan gedacht."),
    ("de", "Die Preise vieler Abrechnungsdienste steigen im Januar."),
    ("en", "Applications close on 28 February."),
]
SOMEBODY = [
    ("nl", "Overstappen kost jullie vaak meer tijd dan gedacht."),
    ("de", "Unsere Preise steigen im Januar."),
    ("en", "Applications to Brightfund close on 28 February."),
]


@pytest.mark.parametrize("lang, text", NOBODY)
def test_news_names_nobody(lang: str, text: str) -> None:
    assert names_nobody(tokenize(text, lang), lang)


@pytest.mark.parametrize("lang, text", SOMEBODY)
def test_the_reader_the_sender_or_a_name(lang: str, text: str) -> None:
    assert not names_nobody(tokenize(text, lang), lang)


ACTIVITIES = [
    ("nl", "Overstappen naar een ander boekhoudpakket kost vaak meer tijd dan gedacht."),
    ("en", "Switching payroll providers takes longer than most teams expect."),
    ("fr", "Changer de fournisseur d'énergie prend souvent plus de temps que prévu."),
]
NOT_ACTIVITIES = [
    ("en", "Companies that miss the e-invoicing deadline risk fines."),
    ("nl", "Bedrijven die overstappen verliezen vaak klanten."),
    ("fr", "Les entreprises qui changent de fournisseur perdent du temps."),
]


@pytest.mark.parametrize("lang, text", ACTIVITIES)
def test_an_activity_as_the_subject(lang: str, text: str) -> None:
    from followup_lint.content.addressed import activity_subject

    assert activity_subject(tokenize(text, lang), lang)


@pytest.mark.parametrize("lang, text", NOT_ACTIVITIES)
def test_a_group_of_people_as_the_subject(lang: str, text: str) -> None:
    from followup_lint.content.addressed import activity_subject

    assert not activity_subject(tokenize(text, lang), lang)
