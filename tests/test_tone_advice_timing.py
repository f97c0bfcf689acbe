"""Advice with a time in a value-first email is advice, and such an email is the same for all on purpose.

1. "Pick your software before March so you can practise on a quarter" tells the reader when to do
   their own step: no presumptive ask (FL208). "Book your demo before Friday", "I'll call you
   on Monday at 10 to go through pricing" still are.
2. A value-first email that hands the reader steps and sells or asks for nothing is the same for
   everyone on purpose: FL304 (only the name is personal) leaves it alone. The same email with a
   pitch or an ask is still judged.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

GREETING = {"en": "Hi {{ first_name }},", "de": "Guten Tag {{ first_name }},", "fr": "Bonjour {{ first_name }},",
            "es": "Hola {{ first_name }}:", "nl": "Beste {{ first_name }},"}


def first_touch(lang: str, subject: str, body: str, signoff: str) -> str:
    return (f"---\nkind: prospecting\nsequence: first-touch\nlocale: {lang}\nsubject: \"{subject}\"\n---\n"
            f"{GREETING[lang]}\n\n{body}\n\n{signoff}\n")


STEPS_QUIET = [
    first_touch("en", "Year-end stock count: what to do in December",
                "If you hold stock over £20,000, the year-end count decides your closing figures. The steps I'd take:\n\n"
                "1. Write off damaged stock before the count so it isn't valued.\n"
                "2. Line up your counting team before the first of December so you can count on a quiet Sunday.\n"
                "3. Print the count sheets a week ahead so you can check the locations.",
                "Regards,\nSiobhan O'Neill"),
    first_touch("en", "Switching to digital records",
                "From April your VAT records have to be digital. The steps I'd take now:\n\n"
                "1. Export last year's invoices into one folder.\n"
                "2. Choose your bookkeeping app before March so you can practise on a quarter.\n"
                "3. Ask your bank for a feed into whichever app you choose.",
                "Best,\nMei-Ling Zhou"),
    first_touch("en", "Payroll year end",
                "Payroll year end falls on 5 April this year. What I'd do now:\n\n"
                "- Check every employee's tax code before February so you can fix errors in time.\n"
                "- Send the P60s by 31 May; staff need them for mortgage applications.\n"
                "- Archive the year's payslips once the final submission is in.",
                "Best,\nKenji Watanabe"),
    first_touch("de", "Grundsteuer: was jetzt zu tun ist",
                "Die neuen Grundsteuerbescheide kommen im Frühjahr. So gehen Sie vor:\n\n"
                "1. Prüfen Sie den Bescheid innerhalb eines Monats, damit Sie Einspruch einlegen können.\n"
                "2. Legen Sie die Unterlagen zum Grundstück bis Ende Februar bereit.",
                "Viele Grüße\nJörg Weiß"),
    first_touch("fr", "Déclaration de loyers",
                "La déclaration des revenus fonciers ouvre en avril. Les étapes que je suivrais :\n\n"
                "1. Rassemblez les quittances de loyer avant mars pour vérifier les montants.\n"
                "2. Choisissez votre régime fiscal avant la fin du mois pour pouvoir comparer les deux.",
                "Cordialement,\nAmélie Lefèvre"),
]

STEPS_LOUD_FL208 = [
    first_touch("en", "Year-end stock count",
                "The steps I'd take:\n\n1. Write off damaged stock before the count.\n"
                "2. Book your demo of our counting app before Friday so you can start on Monday.",
                "Regards,\nSiobhan O'Neill"),
    first_touch("en", "Payroll year end",
                "Payroll year end falls on 5 April. Check every tax code before February.\n\n"
                "I'll call you on Monday at 10am to go through our pricing.", "Best,\nKenji Watanabe"),
    first_touch("en", "Tax code checks",
                "Check every employee's tax code before February so you can fix errors in time.\n\n"
                "Send me a 45-minute slot this week for a walkthrough of our payroll service.", "Best,\nKenji Watanabe"),
]

NAME_ONLY_QUIET = STEPS_QUIET[:2] + [
    first_touch("es", "Cierre del trimestre",
                "El modelo 303 del trimestre vence el 20 de abril. Lo que yo haría ahora:\n\n"
                "1. Revise las facturas recibidas antes del día 10 para poder reclamar las que falten.\n"
                "2. Anote los cobros pendientes de cada cliente antes de presentar el modelo.",
                "Saludos,\nJosé Ángel Peña"),
    first_touch("nl", "Btw-aangifte over het kwartaal",
                "De btw-aangifte over het eerste kwartaal moet eind april binnen zijn. Zo pak ik het aan:\n\n"
                "1. Controleer alle inkoopfacturen vóór 15 april, zodat u ontbrekende nog kunt opvragen.\n"
                "2. Leg de bankmutaties naast de administratie voordat u aangifte doet.",
                "Groet,\nSanne van der Berg"),
]

NAME_ONLY_LOUD = [
    first_touch("en", "Payroll year end",
                "We help small firms with payroll year end. Our service handles P60s, tax codes and the final "
                "submission.\n\nCan we book a call this week?", "Best,\nKenji Watanabe"),
    first_touch("en", "Payroll year end",
                "Payroll year end falls on 5 April this year. What I'd do now:\n\n"
                "- Check every employee's tax code before February.\n- Send the P60s by 31 May.\n\n"
                "Our payroll service does all of this for you. Can we book a 20-minute call on Thursday?",
                "Best,\nKenji Watanabe"),
    first_touch("de", "Grundsteuer",
                "Wir sind Ihr Partner für die Grundsteuer und übernehmen den Einspruch komplett für Sie.\n\n"
                "Haben Sie Donnerstag Zeit für ein kurzes Gespräch?", "Viele Grüße\nJörg Weiß"),
    first_touch("nl", "Btw-aangifte",
                "Controleer alle inkoopfacturen vóór 15 april.\n\nOnze boekhouddienst doet uw aangifte voor een vast "
                "bedrag per kwartaal. Zullen we volgende week een kennismaking plannen?", "Groet,\nSanne van der Berg"),
]


@pytest.mark.parametrize("template", STEPS_QUIET)
def test_timed_advice_is_no_presumptive_ask(template: str) -> None:
    found = run_rules(("FL201", "FL203", "FL208"), template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", STEPS_LOUD_FL208)
def test_timed_sales_ask_after_advice_is_pushy(template: str) -> None:
    assert any(d.code == "FL208" for d in run_rules("FL208", template)), template


@pytest.mark.parametrize("template", NAME_ONLY_QUIET)
def test_steps_handed_over_are_the_same_for_all_on_purpose(template: str) -> None:
    found = run_rules("FL304", template)
    assert not found, [d.message for d in found]


@pytest.mark.parametrize("template", NAME_ONLY_LOUD)
def test_pitch_with_only_the_name_is_name_only(template: str) -> None:
    assert any(d.code == "FL304" for d in run_rules("FL304", template)), template
