"""Issue 11, two categories about numeric columns (cases written before the code).

1. FL301: several numeric viewing columns of one export (live and on-demand / archive / replay
   minutes or durations, in English, German, French, Spanish and Dutch) say together whether a
   recipient watched: zero (or empty) in all of them is a no-show; zero live but some on-demand
   minutes watched, so "thanks for watching" is right and "thanks for joining us live" is not.
2. FL320: a bare "0" in a column the email shows as a count or metric (a period suffix such as
   ``_30d``, a count adjective and a plural, a number before the counted noun, "X failed") is a
   real value; it stays junk where text is expected (a company, a job title, a city, a topic).
"""

from __future__ import annotations

from typing import Any

import pytest

from followup_lint.testing import run_rules

_SIGN = "\n\nBest,\nIngrid Solberg-Achebe\nStreamyard Ops\n"


def _rows(header: list[str], *rows: list[Any]) -> list[dict[str, Any]]:
    return [dict(zip(header, row)) for row in rows]


def _fired(code: str, template: str, recipients: list[dict[str, Any]]) -> bool:
    return any(d.code == code for d in run_rules((code,), template, recipients))


# ------------------------------------------------------------------ FL301: viewing columns

_EN_WATCH = "Hi {{ first_name }},\n\nThanks for watching our webinar on freight audit. The audit checklist is attached." + _SIGN
_EN_LIVE = "Hi {{ first_name }},\n\nThanks for joining us live for the freight-audit webinar. The audit checklist is attached." + _SIGN
_DE = ("Hallo {{ first_name }},\n\nvielen Dank, dass Sie sich unser Webinar zur Frachtprüfung angesehen haben. "
       "Die Checkliste finden Sie im Anhang.\n\nViele Grüße\nJörg Weißmüller\nFrachtwerk")
_FR = ("Bonjour {{ first_name }},\n\nmerci d'avoir suivi notre webinaire sur l'audit transport. "
       "Vous trouverez la checklist en pièce jointe.\n\nCordialement,\nAmélie de La Tour\nFretline")
_ES = ("Hola {{ first_name }}:\n\ngracias por asistir a nuestro seminario web sobre auditoría de fletes. "
       "Adjunto la lista de control.\n\nUn saludo,\nMaría José Fernández de Córdoba\nFletia")
_NL = ("Hoi {{ first_name }},\n\nbedankt voor het bijwonen van ons webinar over vrachtcontrole. "
       "De checklist zit in de bijlage.\n\nGroet,\nPieter van der Berg\nVrachtwijs")

VIEWING_FIRE = [
    ("en-live-od-duration", _EN_WATCH, ["first_name", "Email", "Live Duration (mins)", "On Demand Duration (mins)"],
     [["Aoife", "aoife@example.ie", "44", "0"], ["Tomasz", "tomasz@example.pl", "0", "0"]]),
    ("en-minutes-viewed", _EN_WATCH, ["First Name", "Email", "Minutes Viewed (Live)", "Minutes Viewed (On Demand)"],
     [["Nguyễn Thị Lan", "lan@example.vn", "38", "0"], ["Rahul", "rahul@example.in", "0", "0"]]),
    ("en-live-engaged-empty", _EN_WATCH, ["first_name", "Email", "Live Engaged Minutes", "Archive Engaged Minutes"],
     [["Seo-yeon", "seoyeon@example.kr", "52", ""], ["Oluwaseun", "seun@example.ng", "0", ""]]),
    ("en-live-zero-archive-some-live-wording", _EN_LIVE, ["first_name", "Email", "Live Minutes", "Archive Minutes"],
     [["Madonna", "m@example.com", "47", "0"], ["Jean-Luc", "jl@example.fr", "0", "41"]]),
    ("de-live-aufzeichnung", _DE, ["first_name", "E-Mail", "Live-Dauer (Min.)", "Dauer Aufzeichnung (Min.)"],
     [["Karl-Heinz", "kh@example.de", "51", "0"], ["Ümit", "uemit@example.de", "0", "0"]]),
    ("fr-direct-replay", _FR, ["first_name", "Email", "Durée en direct (min)", "Durée en replay (min)"],
     [["Anne-Sophie", "as@example.fr", "33", "0"], ["Éloïse", "eloise@example.fr", "0", "0"]]),
    ("es-directo-diferido", _ES, ["first_name", "Correo", "Duración en directo (min)", "Duración en diferido (min)"],
     [["Íñigo", "inigo@example.es", "29", "0"], ["Ximena", "ximena@example.mx", "0", "0"]]),
    ("nl-kijkminuten-terugkijkduur", _NL, ["first_name", "E-mail", "Kijkminuten live", "Terugkijkduur (min)"],
     [["Sanne", "sanne@example.nl", "40", "0"], ["Jan-Willem", "jw@example.nl", "0", "0"]]),
]

VIEWING_QUIET = [
    ("en-live-od-duration-replay", _EN_WATCH, ["first_name", "Email", "Live Duration (mins)", "On Demand Duration (mins)"],
     [["Aoife", "aoife@example.ie", "44", "0"], ["Tomasz", "tomasz@example.pl", "0", "37"]]),
    ("en-minutes-viewed-replay", _EN_WATCH, ["First Name", "Email", "Minutes Viewed (Live)", "Minutes Viewed (On Demand)"],
     [["Nguyễn Thị Lan", "lan@example.vn", "38", "0"], ["Rahul", "rahul@example.in", "0", "12"]]),
    ("en-live-wording-all-live", _EN_LIVE, ["first_name", "Email", "Live Minutes", "Archive Minutes"],
     [["Madonna", "m@example.com", "47", "0"], ["Jean-Luc", "jl@example.fr", "21", "35"]]),
    ("en-live-deals-not-viewing", "Hi {{ first_name }},\n\nThanks for attending our pipeline webinar. The slides are attached." + _SIGN,
     ["first_name", "Email", "Live Deals Count", "Archived Tickets"],
     [["Björn", "bjorn@example.se", "3", "1"], ["Priya", "priya@example.in", "0", "0"]]),
    ("de-live-aufzeichnung-replay", _DE, ["first_name", "E-Mail", "Live-Dauer (Min.)", "Dauer Aufzeichnung (Min.)"],
     [["Karl-Heinz", "kh@example.de", "51", "0"], ["Ümit", "uemit@example.de", "0", "22"]]),
    ("fr-direct-replay-replay", _FR, ["first_name", "Email", "Durée en direct (min)", "Durée en replay (min)"],
     [["Anne-Sophie", "as@example.fr", "33", "0"], ["Éloïse", "eloise@example.fr", "0", "18"]]),
    ("es-directo-diferido-diferido", _ES, ["first_name", "Correo", "Duración en directo (min)", "Duración en diferido (min)"],
     [["Íñigo", "inigo@example.es", "29", "0"], ["Ximena", "ximena@example.mx", "0", "26"]]),
    ("nl-kijkminuten-terugkijkduur-terug", _NL, ["first_name", "E-mail", "Kijkminuten live", "Terugkijkduur (min)"],
     [["Sanne", "sanne@example.nl", "40", "0"], ["Jan-Willem", "jw@example.nl", "0", "31"]]),
]


@pytest.mark.parametrize(("case", "template", "header", "rows"), VIEWING_FIRE, ids=[c[0] for c in VIEWING_FIRE])
def test_viewing_columns_no_show_fires(case: str, template: str, header: list[str], rows: list[list[Any]]) -> None:
    assert _fired("FL301", template, _rows(header, *rows)), case


@pytest.mark.parametrize(("case", "template", "header", "rows"), VIEWING_QUIET, ids=[c[0] for c in VIEWING_QUIET])
def test_viewing_columns_watched_is_quiet(case: str, template: str, header: list[str], rows: list[list[Any]]) -> None:
    assert not _fired("FL301", template, _rows(header, *rows)), case


# ------------------------------------------------------------------ FL320: zero as a value

ZERO_QUIET = [
    ("en-payouts-30d", "Hi {{ first_name }},\n\n{{ payments_sent_30d }} payments went out in the last 30 days and "
     "{{ failed_payments_30d }} failed, so your reconciliation is clean." + _SIGN,
     {"payments_sent_30d": "0", "failed_payments_30d": "0"}),
    ("en-x-failed", "Hi {{ first_name }},\n\nOf your invoices this quarter, {{ invoices_rejected }} were rejected "
     "and {{ rejected_retry }} failed again." + _SIGN, {"invoices_rejected": "0", "rejected_retry": "0"}),
    ("en-open-tickets", "Hi {{ first_name }},\n\nYour workspace shows {{ backlog_open }} open tickets and a "
     "response time of {{ first_response_hrs }} hours." + _SIGN, {"backlog_open": "0", "first_response_hrs": "0"}),
    ("de-retouren", "Hallo {{ first_name }},\n\nim letzten Monat gab es {{ retouren_monat }} Retouren bei "
     "{{ bestellungen_monat }} Bestellungen." + _SIGN, {"retouren_monat": "0", "bestellungen_monat": "12"}),
    ("fr-nombre-echecs", "Bonjour {{ first_name }},\n\nvotre compte a connu {{ nombre_echecs }} échecs de "
     "prélèvement ce trimestre." + _SIGN, {"nombre_echecs": "0"}),
    ("es-pagos-fallidos", "Hola {{ first_name }}:\n\nen los últimos 30 días registramos {{ pagos_fallidos_30d }} "
     "pagos fallidos en su cuenta." + _SIGN, {"pagos_fallidos_30d": "0"}),
    ("nl-mislukte-betalingen", "Hoi {{ first_name }},\n\nde afgelopen 30 dagen waren er {{ mislukte_betalingen_30d }} "
     "mislukte betalingen." + _SIGN, {"mislukte_betalingen_30d": "0"}),
    ("en-churned-seats-q3", "Hi {{ first_name }},\n\nYou churned {{ churn_q3 }} seats last quarter, which is "
     "great news." + _SIGN, {"churn_q3": "0"}),
]

ZERO_FIRE = [
    ("en-company", "Hi {{ first_name }},\n\nI noticed how {{ company }} handles payouts across regions." + _SIGN,
     {"company": "0"}),
    ("en-job-title", "Hi {{ first_name }},\n\nAs {{ job_title }}, you probably own the month-end close." + _SIGN,
     {"job_title": "0"}),
    ("en-question-topic", "Hi {{ first_name }},\n\nYou asked about {{ question_topic }}, so here is our guide." + _SIGN,
     {"question_topic": "0"}),
    ("de-stadt", "Hallo {{ first_name }},\n\nwir sind nächste Woche in {{ stadt }} und würden Sie gern treffen." + _SIGN,
     {"stadt": "0"}),
    ("fr-entreprise", "Bonjour {{ first_name }},\n\nj'ai vu que {{ entreprise }} ouvre un nouvel entrepôt." + _SIGN,
     {"entreprise": "0"}),
    ("es-cargo", "Hola {{ first_name }}:\n\ncomo {{ cargo }}, seguro que conoce bien este problema." + _SIGN,
     {"cargo": "0"}),
    ("nl-bedrijf", "Hoi {{ first_name }},\n\nik zag dat {{ bedrijf }} groeit in de Benelux." + _SIGN,
     {"bedrijf": "0"}),
    ("en-industry-failed", "Hi {{ first_name }},\n\nTeams in {{ industry }} often see payouts fail at month end." + _SIGN,
     {"industry": "0"}),
]


def _one(values: dict[str, str]) -> list[dict[str, Any]]:
    return [{"first_name": "Haruki", "email": "haruki@example.jp", **values},
            {"first_name": "Zoë", "email": "zoe@example.be", **{k: ("7" if v == "0" else v) for k, v in values.items()}}]


@pytest.mark.parametrize(("case", "template", "values"), ZERO_QUIET, ids=[c[0] for c in ZERO_QUIET])
def test_zero_in_a_count_is_a_value(case: str, template: str, values: dict[str, str]) -> None:
    assert not _fired("FL320", template, _one(values)), case


@pytest.mark.parametrize(("case", "template", "values"), ZERO_FIRE, ids=[c[0] for c in ZERO_FIRE])
def test_zero_where_text_is_expected_is_junk(case: str, template: str, values: dict[str, str]) -> None:
    rows = [{"first_name": "Haruki", "email": "haruki@example.jp", **values}]
    assert _fired("FL320", template, rows), case


# ------------------------------------------------------------ FL301: what was watched, by its title

_NO_SHOW = (["first_name", "Email", "Live Minutes", "Archive Minutes", "Engagement Score"],
            [["Wojciech", "w@example.pl", "52", "0", "6.8"], ["Lina", "lina@example.jp", "0", "0", "0"]])


def _titled(body: str, lang: str = "en") -> str:
    greeting = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Hoi"}[lang]
    return f"{greeting} {{{{ first_name }}}},\n\n{body}" + _SIGN


TITLE_FIRE = [
    ("en-quoted", _titled("Thank you for watching “Audit-Ready Batch Records”. The validation template is attached.")),
    ("en-variable", _titled("Thanks everyone for watching {{ talk_title }}! The validation template is attached.")),
    ("de-quoted", _titled("vielen Dank, dass Sie „Kältekette 2027“ angesehen haben. Die Folien hängen an.", "de")),
    ("fr-quoted", _titled("merci d'avoir regardé « Audit transport 2027 ». Les slides sont en pièce jointe.", "fr")),
    ("es-variable", _titled("gracias por ver {{ titulo }}. Adjuntamos las diapositivas.", "es")),
    ("nl-variable", _titled("bedankt dat je {{ titel }} hebt bekeken. De slides zitten in de bijlage.", "nl")),
    ("en-capitalised", _titled("Thanks so much for watching Cold Chain Visibility in 2027. The checklist is attached.")),
]

TITLE_QUIET = [
    ("en-reading", _titled("Thanks for reading “The Freight Audit Playbook”. The checklist is attached.")),
    ("en-watch-on-demand", _titled("If you have not yet, watch “Audit-Ready Batch Records” on demand here.")),
    ("de-recording", _titled("Sie können „Kältekette 2027“ jederzeit als Aufzeichnung ansehen.", "de")),
    ("fr-replay", _titled("Vous pouvez regarder « Audit transport 2027 » en replay dès maintenant.", "fr")),
    ("es-recording", _titled("Puede ver la grabación de {{ titulo }} cuando quiera.", "es")),
    ("nl-job-title", _titled("Als {{ functietitel }} wil je vast zien hoe we dit aanpakken.", "nl")),
    ("en-capitalised-on-demand", _titled("You can start watching Cold Chain Visibility in 2027 on demand today.")),
]


def _titled_rows() -> list[dict[str, Any]]:
    rows = _rows(_NO_SHOW[0], *_NO_SHOW[1])
    for row in rows:
        row.update(talk_title="Audit-Ready Batch Records", titulo="Auditoría 2027", titel="Koudeketen 2027",
                   functietitel="Inkoper")
    return rows


@pytest.mark.parametrize(("case", "template"), TITLE_FIRE, ids=[c[0] for c in TITLE_FIRE])
def test_thanks_for_watching_a_title_fires(case: str, template: str) -> None:
    assert _fired("FL301", template, _titled_rows()), case


@pytest.mark.parametrize(("case", "template"), TITLE_QUIET, ids=[c[0] for c in TITLE_QUIET])
def test_a_title_not_watched_at_the_event_is_quiet(case: str, template: str) -> None:
    assert not _fired("FL301", template, _titled_rows()), case
