"""FL230-FL233: body length, reading grade and separate asks, and the metrics behind them."""

from __future__ import annotations

import json
from typing import Any

import pytest

import followup_lint
from followup_lint.config import Config
from followup_lint.content import metrics as metrics_module
from followup_lint.engine import Linter
from followup_lint.formats import FormatOptions, get_renderer
from followup_lint.testing import run_rules

SIGNATURE = "\n\nBest,\nDana Okafor\nCustomer Education, Northwind Analytics\n"

SHORT_NOTE = "Hi {{ first_name }},\n\nThanks for attending our webinar yesterday. Let me know if you have any questions." + SIGNATURE

FOCUSED = (  # 76 words: a one-to-one follow-up of the length studies recommend
    "Hi {{ first_name }},\n\n"
    "You asked in the Q&A how {{ company }} could rebuild cohorts from raw events. The short answer is yes: "
    "the recording covers it at minute 31, and the cohort template we used is here: {{ template_url }}\n\n"
    "Most teams start with one product line and a single signup month, then add the rest once the numbers "
    "match their billing data.\n\n"
    "If you try it and something looks off, just reply and I will take a look."
    + SIGNATURE
)

RAMBLING = (  # about 170 words
    "Hi {{ first_name }},\n\n"
    "Thank you so much for taking the time to join us for our webinar on Tuesday. We covered a lot of ground, "
    "from how we think about cohort analysis, to the way our customers at companies of every size have rebuilt "
    "their churn reporting, to the three frameworks our team uses internally when we plan a quarter. "
    "I wanted to follow up personally because a number of people asked about the same topics, and I thought "
    "it would be useful to put everything in one place. First, the recording is now available, along with the "
    "slides and the worksheet. Second, we have published a longer guide that goes into each framework in more "
    "detail, with examples from retail, software and financial services. Third, our product team is running "
    "office hours every Thursday for anyone who wants to see how the frameworks map onto the platform. "
    "Finally, if you would like to talk through your own numbers, I am always happy to set up some time, "
    "and I can bring one of our analysts along to make it as useful as possible for your team."
    + SIGNATURE
)

GERMAN_LONG = (
    "Hallo {{ first_name }},\n\n"
    "vielen Dank, dass Sie sich am Dienstag die Zeit für unser Webinar genommen haben. Wir haben sehr viele "
    "Themen angesprochen: wie wir über Kohortenanalysen denken, wie Kunden jeder Größe ihr Churn-Reporting neu "
    "aufgebaut haben und mit welchen drei Modellen unser Team intern ein Quartal plant. Ich melde mich persönlich, "
    "weil viele Teilnehmende nach denselben Dingen gefragt haben und ich alles an einer Stelle bündeln wollte. "
    "Erstens ist die Aufzeichnung jetzt online, zusammen mit den Folien und dem Arbeitsblatt. Zweitens haben wir "
    "einen ausführlicheren Leitfaden veröffentlicht, der jedes Modell mit Beispielen aus Handel, Software und "
    "Finanzdienstleistungen erklärt. Drittens bietet unser Produktteam jeden Donnerstag eine offene Sprechstunde "
    "an, in der wir zeigen, wie sich die Modelle in der Plattform abbilden lassen. Und wenn Sie Ihre eigenen "
    "Zahlen besprechen möchten, nehme ich mir gern Zeit und bringe eine Kollegin aus der Analyse mit."
    "\n\nViele Grüße\nDana Okafor\n"
)


def lint_with(template: str, code: str, **options: Any) -> list[Any]:
    linter = Linter(Config(select=(code,), rule_options={code: options} if options else {}))
    return followup_lint.lint(template, [], linter=linter).diagnostics


def codes_for(code: str, template: str, **options: Any) -> list[str]:
    return [d.code for d in (lint_with(template, code, **options) if options else run_rules(code, template))]


# ------------------------------------------------------------------------- FL230 / FL231


@pytest.mark.parametrize(
    "template, fires",
    [
        pytest.param(RAMBLING, True, id="rambling-webinar-follow-up"),
        pytest.param(GERMAN_LONG, True, id="german-sie-follow-up"),
        pytest.param(FOCUSED, False, id="focused-76-words"),
        pytest.param(SHORT_NOTE, False, id="short-note"),
        # the sign-off, signature and legal footer are not the body
        pytest.param(FOCUSED.replace(SIGNATURE, "\n\nKind regards,\nDana Okafor\nHead of Customer Education, "
                                     "Northwind Analytics Ltd\n12 Harbour Road, Leeds LS1 4AB, United Kingdom\n"
                                     "+44 113 496 0000 | dana@northwind-analytics.example\n")
                     + "\nP.S. The worksheet from the session is in the same folder.", False,
                     id="signature-not-counted"),
        pytest.param("---\nkind: newsletter\n---\n" + RAMBLING, False, id="newsletter-kind"),
        pytest.param("---\nkind: transactional\n---\n" + RAMBLING, False, id="transactional-kind"),
    ],
)
def test_body_too_long(template: str, fires: bool) -> None:
    assert codes_for("FL230", template) == (["FL230"] if fires else [])


def test_body_too_long_names_the_count_and_points_at_the_sentence_past_the_limit() -> None:
    [finding] = run_rules("body-too-long", RAMBLING)
    assert "words (limit 125)" in finding.message
    words = int(finding.message.split("has ")[1].split()[0])
    assert 160 <= words <= 185
    assert finding.line == 3  # the body is one paragraph; the limit is passed inside it


def test_body_too_long_threshold_is_an_option() -> None:
    assert codes_for("FL230", RAMBLING, max_words=250) == []
    assert codes_for("FL230", FOCUSED, max_words=60) == ["FL230"]


@pytest.mark.parametrize(
    "template, fires",
    [
        pytest.param(SHORT_NOTE, True, id="thanks-for-attending-two-liner"),
        pytest.param("Hallo {{ first_name }},\n\nkurze Frage: Haben Sie die Folien bekommen?\n\nViele Grüße\nJonas", True,
                     id="german-two-liner"),
        pytest.param("Bonjour {{ first_name }},\n\nMerci d'avoir participé. Le replay est ici : {{ replay_url }}\n\n"
                     "Bien cordialement,\nCamille", True, id="french-two-liner"),
        pytest.param(FOCUSED, False, id="focused-76-words"),
        pytest.param(RAMBLING, False, id="long"),
        pytest.param("---\nkind: transactional\n---\nHi {{ first_name }},\n\nYour invoice for October is attached.\n\n"
                     "Thanks,\nBilling", False, id="transactional-receipt"),
    ],
)
def test_body_too_short(template: str, fires: bool) -> None:
    assert codes_for("FL231", template) == (["FL231"] if fires else [])


def test_body_too_short_threshold_is_an_option() -> None:
    assert codes_for("FL231", SHORT_NOTE, min_words=10) == []
    assert codes_for("FL231", FOCUSED, min_words=100) == ["FL231"]


def test_a_skip_kind_can_be_configured() -> None:
    follow_up = "---\nkind: follow-up\n---\n" + SHORT_NOTE
    assert codes_for("FL231", follow_up) == ["FL231"]
    assert codes_for("FL231", follow_up, skip_kinds=["follow-up"]) == []


def test_a_template_without_a_body_is_not_measured() -> None:
    assert run_rules(["FL230", "FL231", "FL232", "FL233"], "Hi {{ first_name }},\n\nBest,\nDana") == []
    assert run_rules(["FL230", "FL231", "FL232", "FL233"], "") == []


# ------------------------------------------------------------------------------- FL232

DENSE_EN = (
    "Hi {{ first_name }},\n\n"
    "Following the comprehensive demonstration of our enterprise-grade analytics infrastructure, I wanted to "
    "highlight how organizations comparable to {{ company }} have operationalized predictive retention "
    "methodologies to substantially accelerate their customer lifetime value optimization initiatives across "
    "multiple business units. Additionally, our implementation methodology incorporates sophisticated "
    "integration capabilities that considerably minimize organizational disruption during the evaluation period."
    + SIGNATURE
)
DENSE = {
    "en": DENSE_EN,
    "de": "---\nlocale: de\n---\nHallo {{ first_name }},\n\nIm Anschluss an die umfassende Präsentation unserer "
    "unternehmensweiten Analyseinfrastruktur möchte ich hervorheben, wie vergleichbare Organisationen ihre "
    "prognostischen Kundenbindungsmethoden operationalisiert und dadurch ihre Optimierungsinitiativen hinsichtlich "
    "des Kundenlebenszeitwertes über mehrere Geschäftsbereiche hinweg erheblich beschleunigt haben. Darüber hinaus "
    "beinhaltet unsere Implementierungsmethodik anspruchsvolle Integrationsmöglichkeiten, welche organisatorische "
    "Beeinträchtigungen während der Evaluierungsphase beträchtlich minimieren.\n\nViele Grüße\nJonas Weber\n",
    "fr": "---\nlocale: fr\n---\nBonjour {{ first_name }},\n\nÀ la suite de la présentation approfondie de notre "
    "infrastructure analytique d'envergure internationale, je souhaitais souligner comment des organisations "
    "comparables à {{ company }} ont opérationnalisé des méthodologies prédictives de fidélisation afin d'accélérer "
    "considérablement leurs initiatives d'optimisation de la valeur vie client dans plusieurs unités "
    "opérationnelles. Par ailleurs, notre méthodologie d'implémentation intègre des fonctionnalités "
    "d'interopérabilité particulièrement sophistiquées.\n\nBien cordialement,\nCamille Lefèvre\n",
    "es": "---\nlocale: es\n---\nHola {{ first_name }}:\n\nTras la exhaustiva demostración de nuestra infraestructura "
    "analítica empresarial, quisiera destacar cómo organizaciones comparables a {{ company }} han operacionalizado "
    "metodologías predictivas de fidelización para acelerar considerablemente sus iniciativas de optimización del "
    "valor del ciclo de vida del cliente en múltiples unidades de negocio. Adicionalmente, nuestra metodología de "
    "implementación incorpora sofisticadas capacidades de integración.\n\nUn saludo,\nLucía Ferrer\n",
    "nl": "---\nlocale: nl\n---\nBeste {{ first_name }},\n\nNaar aanleiding van de uitgebreide demonstratie van onze "
    "bedrijfsbrede analyse-infrastructuur wil ik graag benadrukken hoe vergelijkbare organisaties hun voorspellende "
    "klantbehoudmethodologieën hebben geoperationaliseerd om hun optimalisatie-initiatieven rondom de "
    "klantlevensduurwaarde binnen verschillende bedrijfsonderdelen aanzienlijk te versnellen. Daarnaast omvat onze "
    "implementatiemethodologie geavanceerde integratiemogelijkheden.\n\nMet vriendelijke groet,\nSanne de Wit\n",
}
PLAIN = {
    "en": FOCUSED,
    "de": "---\nlocale: de\n---\nHallo {{ first_name }},\n\nSie haben im Webinar gefragt, wie man Kunden erkennt, die "
    "bald kündigen. Die kurze Antwort: Schauen Sie, wer sich nicht mehr anmeldet. Viele Teams prüfen das einmal pro "
    "Woche und rufen diese Kunden gleich an. Hier ist die Liste, die wir dafür nutzen: {{ sheet_url }}\n\nWenn etwas "
    "nicht klappt, schreiben Sie mir einfach.\n\nViele Grüße\nJonas Weber\n",
    "fr": "---\nlocale: fr\n---\nBonjour {{ first_name }},\n\nVous vouliez savoir comment repérer les clients qui vont "
    "partir. La réponse est simple : regardez qui ne se connecte plus. Beaucoup d'équipes le font une fois par "
    "semaine et les appellent le jour même. Voici le tableau que nous utilisons : {{ sheet_url }}\n\nSi ça bloque, "
    "répondez à ce mail.\n\nBien cordialement,\nCamille Lefèvre\n",
    "es": "---\nlocale: es\n---\nHola {{ first_name }}:\n\nQuerías saber cómo ver qué clientes se van a ir. La "
    "respuesta es fácil: mira quién ya no entra. Muchos equipos lo miran una vez por semana y los llaman ese mismo "
    "día. Aquí tienes la hoja que usamos: {{ sheet_url }}\n\nSi algo no va, contesta a este correo y te ayudo.\n\n"
    "Un saludo,\nLucía Ferrer\n",
    "nl": "---\nlocale: nl\n---\nHoi {{ first_name }},\n\nJe wilde weten hoe je klanten ziet die bijna weggaan. Het "
    "korte antwoord: kijk wie niet meer inlogt. Veel teams doen dat één keer per week en bellen die klanten "
    "dezelfde dag. Hier is de lijst die wij gebruiken: {{ sheet_url }}\n\nLoop je vast, stuur me dan gewoon een "
    "mail.\n\nGroeten,\nSanne de Wit\n",
}


@pytest.mark.parametrize("language", sorted(DENSE))
def test_reading_grade_fires_on_dense_prose_in_every_language(language: str) -> None:
    [finding] = run_rules("FL232", DENSE[language])
    assert "reads at grade" in finding.message and "longest sentence" in finding.message
    expected = "Flesch-Kincaid" if language == "en" else {"de": "Amstad", "fr": "Kandel-Moles", "es": "Fernández Huerta", "nl": "Douma"}[language]
    assert expected in finding.message


@pytest.mark.parametrize("language", sorted(PLAIN))
def test_reading_grade_is_quiet_on_plain_email_in_every_language(language: str) -> None:
    assert run_rules("FL232", PLAIN[language]) == []


def test_reading_grade_needs_enough_words_and_has_a_threshold_option() -> None:
    short_dense = "Hi {{ first_name }},\n\nOur comprehensive infrastructure operationalizes predictive methodologies.\n\nDana"
    assert run_rules("FL232", short_dense) == []
    assert codes_for("FL232", short_dense, min_words=3) == ["FL232"]
    assert codes_for("FL232", DENSE_EN, max_grade=40) == []
    assert codes_for("FL232", FOCUSED, max_grade=2) == ["FL232"]


def test_reading_grade_limit_can_differ_per_language() -> None:
    assert codes_for("FL232", DENSE["de"], max_grade_by_language={"de": 40}) == []
    assert codes_for("FL232", PLAIN["fr"], max_grade_by_language={"fr": 2}) == ["FL232"]
    assert codes_for("FL232", PLAIN["en"], max_grade_by_language={"fr": 2}) == []


def test_a_language_without_a_formula_gets_counts_but_no_grade() -> None:
    italian = ("---\nlocale: it\n---\nCiao {{ first_name }},\n\nA seguito della presentazione approfondita della nostra "
               "infrastruttura analitica, desidero sottolineare come organizzazioni paragonabili abbiano operazionalizzato "
               "metodologie predittive di fidelizzazione per accelerare considerevolmente le iniziative di ottimizzazione."
               "\n\nCordiali saluti,\nGiulia\n")
    found = _metrics(italian)
    assert found.words > 20 and found.reading is None
    assert run_rules("FL232", italian) == []


def test_reading_grade_is_off_for_marketing_kind() -> None:
    assert run_rules("FL232", "---\nkind: marketing\n---\n" + DENSE_EN) == []


# ------------------------------------------------------------------------------- FL233

TWO_ASKS = (
    "Hi {{ first_name }},\n\nThanks for the question about cohort exports on Tuesday. The recording is here: "
    "{{ replay_url }}\n\nWould you be open to a 15-minute call next week? You can also book a demo directly on my "
    "calendar: {{ calendar_url }}" + SIGNATURE
)
THREE_ASKS_DE = (
    "---\nlocale: de\n---\nHallo {{ first_name }},\n\nhier ist die Aufzeichnung: {{ replay_url }}\n\n"
    "Hätten Sie nächste Woche Zeit für ein kurzes Gespräch? Buchen Sie alternativ direkt einen Termin in meinem "
    "Kalender: {{ calendar_url }}\n\nOder antworten Sie einfach mit Ihrer Telefonnummer, dann rufe ich Sie an."
    "\n\nViele Grüße\nJonas Weber\n"
)
ONE_ASK = (
    "Hi {{ first_name }},\n\nThanks for the question about cohort exports on Tuesday. Section 3 of the deck "
    "answers it, and the recording is here: {{ replay_url }}\n\nWould a 15-minute walkthrough for your team be "
    "useful next week?" + SIGNATURE
)
TWO_ASKS_FR = (
    "---\nlocale: fr\n---\nBonjour {{ first_name }},\n\nVoici le replay de mardi : {{ replay_url }}\n\n"
    "Seriez-vous disponible pour un appel de 15 minutes la semaine prochaine ? Vous pouvez aussi réserver une "
    "démo directement dans mon agenda : {{ calendar_url }}\n\nBien cordialement,\nCamille Lefèvre\n"
)
TWO_ASKS_ES = (
    "---\nlocale: es\n---\nHola {{ first_name }}:\n\nAquí tiene la grabación del martes: {{ replay_url }}\n\n"
    "¿Tendría 15 minutos la semana que viene para una llamada? También puede reservar una demo directamente en mi "
    "agenda: {{ calendar_url }}\n\nUn saludo,\nLucía Ferrer\n"
)
TWO_ASKS_NL = (
    "---\nlocale: nl\n---\nBeste {{ first_name }},\n\nHierbij de opname van dinsdag: {{ replay_url }}\n\n"
    "Heeft u volgende week een kwartiertje voor een kort gesprek? U kunt ook direct een demo inplannen in mijn "
    "agenda: {{ calendar_url }}\n\nMet vriendelijke groet,\nSanne de Wit\n"
)
NEWSLETTER = (
    "---\nkind: newsletter\n---\nHi {{ first_name }},\n\nOur spring sessions are open. Register for the cohort "
    "workshop here: {{ url_a }}\n\nBook a seat at the pricing clinic: {{ url_b }}\n\nWould you like a demo? Reply "
    "to this email." + SIGNATURE
)


@pytest.mark.parametrize(
    "template, fires",
    [
        pytest.param(TWO_ASKS, True, id="call-and-demo"),
        pytest.param(TWO_ASKS_FR, True, id="french-call-and-demo"),
        pytest.param(TWO_ASKS_ES, True, id="spanish-call-and-demo"),
        pytest.param(THREE_ASKS_DE, True, id="german-call-booking-callback"),
        pytest.param(TWO_ASKS_NL, True, id="dutch-call-and-demo"),
        pytest.param(ONE_ASK, False, id="one-soft-ask"),
        pytest.param(FOCUSED, False, id="value-and-a-reply-offer"),
        pytest.param(NEWSLETTER, False, id="newsletter-kind"),
    ],
)
def test_several_asks(template: str, fires: bool) -> None:
    assert codes_for("FL233", template) == (["FL233"] if fires else [])


def test_several_asks_reports_the_first_ask_past_the_limit() -> None:
    [finding] = run_rules("several-asks", TWO_ASKS)
    assert finding.message.startswith("2 separate asks (lines 5)")
    assert finding.line == 5 and finding.column > 1  # the second sentence on that line
    assert codes_for("FL233", TWO_ASKS, max_asks=2) == []


def test_a_question_that_only_helps_the_reader_is_not_an_ask() -> None:
    helpful = ONE_ASK.replace("Would a 15-minute", "Did the recording play on your phone? Would a 15-minute")
    assert run_rules("FL233", helpful) == []


# ---------------------------------------------------------------------- metrics and score


def _metrics(template: str) -> Any:
    from followup_lint.context import TemplateContext
    from followup_lint.templates import analyse_template, read_template_source

    linter = Linter()
    info = analyse_template(read_template_source(template), linter.env, linter.locales)
    return TemplateContext(info, linter.locales).metrics


def test_metrics_count_the_body_and_ps_but_not_greeting_sign_off_or_signature() -> None:
    template = (
        "Hi {{ first_name }},\n\nHere is the recording: {{ replay_url }}\n\nDid the export work for you?"
        "\n\nBest regards,\nDana Okafor\nNorthwind Analytics\n\nP.S. The slides are attached too."
    )
    found = _metrics(template)
    # "Here is the recording: <link>" 5 + "Did the export work for you?" 6 + "The slides are attached too." 5
    assert found.words == 16
    assert len(found.sentences) == 3
    assert found.questions == 1


@pytest.mark.parametrize("mark", ["P.S.", "PS:", "P.P.S.", "P.-S.", "PD:", "P. D.:"])
def test_the_ps_mark_is_not_a_word_or_a_sentence(mark: str) -> None:
    found = _metrics(f"Hi {{{{ first_name }}}},\n\nHere is the recording.\n\nBest,\nDana\n\n{mark} The slides are attached.")
    assert [s.text for s in found.sentences] == ["Here is the recording.", "The slides are attached."]


def test_metrics_are_computed_once_per_template_not_per_recipient(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = metrics_module.template_metrics

    def counting(context: Any) -> Any:
        calls.append(context.info.path)
        return real(context)

    monkeypatch.setattr(metrics_module, "template_metrics", counting)
    people = [{"first_name": n, "company": c} for n, c in
              [("Parissa", "Behnia Labs"), ("Kwame", "Accra Works"), ("Mei-Ling", "Harbour Tech"), ("Ngozi", "Lagos Data")] * 25]
    report = followup_lint.lint(TWO_ASKS, people, config={"select": ["FL23", "FL3"]})
    assert {d.code for d in report.diagnostics} >= {"FL233"}
    assert len(calls) == 1


def test_readability_is_in_the_json_summary_and_text_output_without_changing_points() -> None:
    report = followup_lint.lint(TWO_ASKS, [{"first_name": "Kwame"}], config={"select": ["FL3"]})
    [score] = report.scores
    assert score.readability is not None
    assert score.readability["asks"] >= 2 and score.readability["questions"] == 1
    assert score.readability["grade_method"] == "Flesch-Kincaid grade"
    assert score.score == max(0, min(100, sum(r.points for r in score.reasons)))
    registry = Linter().registry
    document = json.loads(get_renderer("json")(report, registry, FormatOptions()))
    [entry] = document["summary"]["personalization"]
    assert entry["readability"]["words"] == score.readability["words"]
    text = get_renderer("text")(report, registry, FormatOptions())
    assert f"readability: {score.readability['words']} words" in text


def test_a_failure_while_measuring_does_not_cost_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(context: Any) -> Any:
        raise RuntimeError("segmentation failed")

    monkeypatch.setattr(metrics_module, "template_metrics", broken)
    report = followup_lint.lint(ONE_ASK, [{"first_name": "Kwame"}], config={"select": ["FL3"]})
    [score] = report.scores
    assert score.readability is None and score.score > 0
