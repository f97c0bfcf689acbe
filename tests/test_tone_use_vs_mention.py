"""A hard-sell word the email talks ABOUT is no sell: use versus mention.

"Subject lines with 'Buy now' in them get filtered", "the word « urgent »", "un « essai gratuit »
qui ..." quote or name the word: the sender reports on it, the reader is not pushed. The same
words used in earnest ("This is urgent: sign today", "Buy now and save 20%") still fire.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}
WATCHED = ("FL201", "FL203", "FL208", "FL503")


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


MENTION_QUIET = [
    first_touch("en", "Your spam-filter results",
                "In our deliverability test, subject lines with 'Buy now' in them landed in the spam folder twice as "
                "often as plain ones. The full results for {{ company }}'s last six campaigns are here: {{ report_url }}",
                "Best,\nAoife Ní Bhriain"),
    first_touch("en", "Ticket wording at the helpdesk",
                "I went through 400 tickets from {{ company }}'s portal, and customers who typed the word \"urgent\" "
                "waited no less than anyone else. The breakdown by category is in the sheet: {{ sheet_url }}",
                "Regards,\nHaruto Sato"),
    first_touch("fr", "Votre page d'abonnement",
                "Votre page d'abonnement annonce un « essai gratuit » qui se transforme en abonnement payant sans "
                "rappel. La DGCCRF a publié une fiche sur ce point : {{ guide_url }}",
                "Bien cordialement,\nÉloïse de La Fontaine"),
    first_touch("de", "Ihre Betreffzeilen",
                "In Ihren letzten Newslettern stand das Wort „dringend“ in vier von sechs Betreffzeilen, und genau "
                "diese hatten die niedrigste Öffnungsrate. Die Auswertung liegt hier: {{ report_url }}",
                "Viele Grüße\nJürgen Weiß"),
    first_touch("es", "El texto de su tienda",
                "En la ficha de producto de {{ company }} aparece «compre ahora» junto a un precio que ya no está "
                "vigente, y varios clientes lo han señalado en las reseñas. Aquí tiene las capturas: {{ shots_url }}",
                "Un saludo,\nMaría José Peña"),
    first_touch("nl", "Uw onderwerpregels",
                "In uw nieuwsbrieven van dit kwartaal kwam het woord 'nu kopen' in drie onderwerpregels voor, en die "
                "werden het minst geopend. Het overzicht staat hier: {{ report_url }}",
                "Met vriendelijke groet,\nDaan van der Berg"),
]

USE_LOUD = [
    first_touch("en", "Buy now!",
                "Our spring bundle is 30% off for {{ company }} until Friday. Buy now and save before the price goes up.",
                "Best,\nAoife Ní Bhriain"),
    first_touch("en", "Your contract",
                "This is urgent: sign today so {{ company }} keeps the launch price. Only three places are left.",
                "Regards,\nHaruto Sato"),
    first_touch("fr", "Votre essai",
                "Réservez dès maintenant un essai gratuit de notre plateforme : l'offre se termine vendredi.",
                "Bien cordialement,\nÉloïse de La Fontaine"),
    first_touch("de", "Nur noch heute",
                "Das ist dringend: Nur noch heute erhält {{ company }} 20 % Rabatt auf unser Jahrespaket. Jetzt kaufen!",
                "Viele Grüße\nJürgen Weiß"),
    first_touch("es", "Última oportunidad",
                "Compre ahora nuestro plan anual con un 25 % de descuento: la oferta termina el viernes.",
                "Un saludo,\nMaría José Peña"),
    first_touch("nl", "Laatste kans",
                "Koop nu ons jaarpakket met 20% korting: de actie loopt vrijdag af en er zijn nog maar drie plekken.",
                "Met vriendelijke groet,\nDaan van der Berg"),
]


@pytest.mark.parametrize("template", MENTION_QUIET)
def test_a_sell_word_mentioned_is_no_sell(template: str) -> None:
    found = run_rules(WATCHED, template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", USE_LOUD)
def test_a_sell_word_used_still_fires(template: str) -> None:
    assert run_rules(WATCHED, template), template


def with_subject(lang: str, subject: str) -> str:
    body = {"en": "The deliverability report for {{ company }} is here: {{ report_url }}",
            "de": "Die Auswertung für {{ company }} liegt hier: {{ report_url }}",
            "fr": "Le rapport pour {{ company }} est ici : {{ report_url }}",
            "es": "El informe para {{ company }} está aquí: {{ report_url }}",
            "nl": "Het rapport voor {{ company }} staat hier: {{ report_url }}"}[lang]
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: '{subject}'\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\nBest,\nKim Min-jun\n")


SUBJECT_MENTION_QUIET = [
    with_subject("en", 'Why "Buy now" subject lines land in spam'),
    with_subject("en", 'The word "urgent" in your tickets'),
    with_subject("fr", "Votre « essai gratuit » et la DGCCRF"),
    with_subject("es", "«Oferta limitada» en sus fichas de producto"),
    with_subject("nl", 'Het woord "laatste kans" in uw nieuwsbrief'),
]

SUBJECT_USE_LOUD = [
    with_subject("en", "Buy now!"),
    with_subject("en", "Urgent: your renewal"),
    with_subject("fr", "Essai gratuit pour {{ company }} !"),
    with_subject("es", "Oferta limitada: compre ahora"),
    with_subject("nl", "Laatste kans: 20% korting"),
]


@pytest.mark.parametrize("template", SUBJECT_MENTION_QUIET)
def test_a_trigger_word_quoted_in_the_subject_is_no_trigger(template: str) -> None:
    found = run_rules(("FL503",), template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", SUBJECT_USE_LOUD)
def test_a_trigger_word_used_in_the_subject_still_fires(template: str) -> None:
    assert run_rules(("FL503",), template), template
