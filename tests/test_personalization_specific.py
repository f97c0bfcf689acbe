"""FL304-FL306: is the email specific to this recipient, this event and this sender?

Case tables with templates that must fire and templates that must not, with realistic
names, companies and webinar titles.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import codes, run_rules

PARISSA = {
    "first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@bluefinch.example",
    "company": "Bluefinch Labs", "job_title": "Head of Growth", "attended": "yes",
    "webinar_title": "Retention Metrics 101", "question": "How do you define an active user?",
    "recording_url": "https://example.com/r/101", "contact_id": "0035e00000AbCdE", "created_at": "2024-11-02",
    "opt_in": "yes",
}
AIKO = {**PARISSA, "first_name": "Aiko", "last_name": "Tanaka", "email": "aiko.tanaka@kumo.example",
        "company": "Kumo KK", "job_title": "", "question": ""}
SEUN = {**PARISSA, "first_name": "Oluwaseun", "last_name": "Adeyemi", "preferred_name": "Seun",
        "email": "seun.adeyemi@lagosgrid.example", "company": "Lagos Grid", "attended": "no", "question": ""}
RECORDS = [PARISSA, AIKO, SEUN]

CLASSIC = (
    "Hi {{ first_name }},\n\nThanks for attending our webinar last week. I hope you found the information to be "
    "useful. Please let me know if you have any follow up questions.\n\nBest,\nDana Okafor"
)
SPECIFIC = (
    "Hi {{ first_name }},\n\nYou asked \"{{ question }}\" during {{ webinar_title }}; section 3 of the deck walks "
    "through exactly that, with the cohort numbers from two case studies.\n\nBest,\nDana Okafor"
)
BRANCHES = (
    "Hi {{ first_name }},\n\n{% if attended == 'yes' %}Thanks for joining us on Tuesday.{% else %}Sorry we missed you"
    " on Tuesday.{% endif %} The recording is below.\n\nBest,\nDana Okafor"
)


# FL304 name-only-personalization ---------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "fires"),
    [
        (CLASSIC, True),
        # the name again in the body is still only the name
        ("Hi {{ first_name }},\n\n{{ first_name }}, as a valued customer you will love our new dashboards.\n\n"
         "Best,\nDana", True),
        # a fallback does not make it less generic
        ("Hi {{ first_name | default('there', true) }},\n\nThanks for coming. Hope it was useful.\n\nBest,\nDana", True),
        # a link and the sender's name are the same for everyone
        ("Hi {{ first_name }},\n\nHere is the recording: {{ recording_url }}\n\nBest,\n{{ sender_name }}", True),
        ("Hi {{ first_name }},\n\nThanks for your time today.\n\nBest,\n{{ rep }}", True),  # in the signature
        ("Hallo {{ vorname }},\n\nvielen Dank für Ihre Teilnahme an unserem Webinar.\n\nViele Grüße\nJonas Weber", True),
        ("Bonjour {{ prenom }},\n\nmerci d'avoir participé à notre webinaire.\n\nCordialement,\nZoë Lefèvre", True),
        # something about the recipient or their event
        (SPECIFIC, False),
        (BRANCHES, False),
        ("Hi {{ first_name }},\n\nGreat to meet the team from {{ company | default('your company', true) }}.\n\n"
         "Best,\nDana", False),
        ("Hi {{ first_name }},\n\n{% for topic in interests %}{{ topic }} {% endfor %}\n\nBest,\nDana", False),
        ("---\nsubject: \"Your recording of {{ webinar_title }}\"\n---\nHi {{ first_name }},\n\nIt is below.", False),
        # no name at all: nothing to compare (FL303 reports it when it matters)
        ("Hi there,\n\nThanks for attending our webinar last week.", False),
        # a broadcast is the same for everyone on purpose
        ("---\nkind: newsletter\n---\nHi {{ first_name }},\n\nHere is what shipped in November.", False),
    ],
)
def test_name_only_personalization(template: str, fires: bool) -> None:
    assert codes(run_rules("FL304", template, RECORDS)) == (["FL304"] if fires else [])
    assert codes(run_rules("FL304", template)) == (["FL304"] if fires else [])


def test_name_only_lists_the_fields_the_records_offer() -> None:
    [finding] = run_rules("FL304", CLASSIC, RECORDS)
    for wanted in ("'company'", "'job_title'", "'webinar_title'", "'question'"):
        assert wanted in finding.message
    for unwanted in ("'email'", "contact_id", "created_at", "opt_in", "attended", "last_name", "preferred_name",
                     "recording_url"):
        assert unwanted not in finding.message
    assert "{{ first_name }}" in finding.message
    assert (finding.line, finding.column, finding.end_column) == (1, 4, 20)  # the greeting's name slot
    assert finding.recipient is None


def test_name_only_never_quotes_record_values() -> None:
    [finding] = run_rules("FL304", CLASSIC, RECORDS, show_personal_data=False)
    for value in ("Parissa", "Bluefinch", "Head of Growth", "active user", "Retention Metrics"):
        assert value not in finding.message


def test_name_only_skips_fields_the_template_already_uses_and_empty_ones() -> None:
    template = "Hi {{ first_name }},\n\nThanks for coming.\n\nBest,\nDana"
    records = [{"first_name": "Wei", "last_name": "Zhang", "company": "", "webinar_title": "Retention Metrics 101"}]
    [finding] = run_rules("FL304", template, records)
    assert "'webinar_title'" in finding.message and "company" not in finding.message


def test_name_only_without_fields_to_suggest() -> None:
    [finding] = run_rules("FL304", CLASSIC, [{"first_name": "Madonna", "email": "m@popstar.example"}])
    assert "nothing else about the recipient" in finding.message


def test_name_only_without_recipients_suggests_what_to_add() -> None:
    [finding] = run_rules("FL304", CLASSIC)
    assert "event's title" in finding.message and "question" in finding.message


def test_name_only_reports_once_and_samples_the_first_records() -> None:
    records = [{**PARISSA, "email": f"p{i}@bluefinch.example"} for i in range(80)]
    records.append({**PARISSA, "email": "late@bluefinch.example", "late_field": "only in record 81"})
    found = run_rules("FL304", CLASSIC, records)
    assert codes(found) == ["FL304"]
    assert "late_field" not in found[0].message


# FL305 generic-event-reference -----------------------------------------------------------

GREET = "Hi {{ first_name }},\n\n"


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Thanks for attending our webinar last week. I hope you found the information to be useful.", True),
        ("Thanks for joining our webinar yesterday.", True),
        ("It was great to have you at the session.", True),
        ("Thanks for taking the time for our call.", True),
        ("I hope you enjoyed the workshop and picked up a few ideas.", True),
        ("Thanks for joining our webinar, {{ first_name }}.", True),  # the name does not say which webinar
        ("Here is the recording of our webinar: {{ recording_url }}", True),  # nor does a link
        ("Danke für Ihre Teilnahme an unserem Webinar letzte Woche.", True),
        ("Merci d'avoir participé à notre webinaire la semaine dernière.", True),
        ("Gracias por asistir a nuestro seminario web.", True),
        ("Bedankt voor je deelname aan onze sessie.", True),
        # something in the sentence says which event
        ("Thanks for attending our webinar on {{ webinar_title }}.", False),
        ("Thanks for joining 'Pipeline Hygiene for RevOps' on Tuesday.", False),
        ("Following up on our call about your Q3 hiring plan.", False),
        ("Thanks for joining our Retention Metrics 101 webinar.", False),
        ("Thanks for attending our webinar on 14 November.", False),
        ("Thanks for attending the session on cohort retention.", False),
        ("Thanks for coming to the {{ session_name }} session.", False),
        ("Danke für Ihre Teilnahme an unserem Webinar „Kohorten in der Praxis“.", False),
        ("Danke für Ihre Teilnahme an unserem Webinar am Dienstag.", False),
        ("Merci d'avoir participé à notre atelier sur la fidélisation client.", False),
        ("Gracias por asistir a nuestro seminario web del martes.", False),
        # no reference to a past event at all
        ("Would you be open to a call next week?", False),
        ("Reply here to book the demo.", False),
        # back-references after the event was named
        ("Thanks for joining {{ webinar_title }} on Tuesday. The slides from the session are attached.", False),
        ("{% if attended == 'yes' %}Thanks for joining {{ webinar_title }}.{% else %}Sorry we missed you at "
         "{{ webinar_title }}.{% endif %} The session recording is below.", False),
    ],
)
def test_generic_event_reference(body: str, fires: bool) -> None:
    assert codes(run_rules("FL305", GREET + body + "\n\nBest,\nDana Okafor")) == (["FL305"] if fires else [])


def test_generic_event_reference_points_at_the_words() -> None:
    [finding] = run_rules("FL305", CLASSIC)
    assert (finding.line, finding.column, finding.end_column) == (3, 22, 33)
    assert '"our webinar"' in finding.message


def test_generic_event_reference_reports_the_first_mention_only() -> None:
    body = "Thanks for attending our webinar. The session covered a lot. We will run the workshop again."
    assert codes(run_rules("FL305", GREET + body)) == ["FL305"]


def test_generic_event_reference_in_html() -> None:
    template = "<p>Hi {{ first_name }},</p>\n<p>Thanks for attending <b>our webinar</b> last week.</p>"
    [finding] = run_rules("FL305", template)
    assert template.splitlines()[finding.line - 1][finding.column - 1 : finding.end_column - 1] == "our webinar"


# FL306 nameless-sign-off -----------------------------------------------------------------

BODY = "Hi {{ first_name }},\n\nHere is the recording of {{ webinar_title }}.\n\n"


@pytest.mark.parametrize(
    ("closing", "fires"),
    [
        ("Best regards,\nThe Marketing Team", True),
        ("Thanks,\nSales Team", True),
        ("Cheers,\nThe Acme Team", True),
        ("Best,\nTeam Acme", True),
        ("Best,\nThe team at Northwind Analytics", True),
        ("Regards,\nCustomer Success", True),
        ("Best regards,", True),  # nobody at all
        ("Best regards,\nNorthwind Analytics Ltd", True),  # only the company
        ("Kind regards,\nThe Customer Success Team\nNorthwind Analytics\nhttps://northwind.example", True),
        ("Cheers, the Acme team", True),
        ("Best,\nThe {{ company_name }} Team", True),
        ("Mit freundlichen Grüßen\nIhr Acme-Team", True),
        ("Cordialement,\nL'équipe Acme", True),
        ("Saludos,\nEl equipo de Acme", True),
        ("Met vriendelijke groet,\nHet Acme-team", True),
        ("Viele Grüße\nIhr Vertriebsteam", True),  # a compound ending in "team"
        ("Groet,\nHet verkoopteam", True),
        ("Warm regards,\nNorthwind Customer Success", True),  # a brand and a department
        ("Thanks,\nno-reply@northwind.example", True),  # only a no-reply address
        ("Questions? Reply any time.\n\nnoreply@northwind.example", True),  # no sign-off word, no-reply last
        # a person signs
        ("Viele Grüße\nKatrin Hoffmann\nVertriebsteam DACH", False),
        ("Best,\nDana Okafor\ndana@northwind.example", False),
        ("Questions? Write to support@northwind.example.", False),
        ("Best,\nMaya Okafor\nCustomer Success, Northwind", False),
        ("Best,\n{{ sender_name }}", False),
        ("Best,\n{{ rep.first_name }} {{ rep.last_name }}\n{{ company_name }}", False),
        ("Best,\nMaya and the Northwind team", False),
        ("Best,\nDana Okafor, Marketing Team", False),
        ("Thanks,\nDana", False),
        ("Best,\nSiobhán Ní Bhriain", False),
        ("Best regards,\n佐藤 花子\nKumo KK", False),
        ("Saludos,\nJosé García Márquez", False),
        ("— Anna", False),
        ("Let me know if the link does not work.", False),  # no sign-off at all: not this rule's
    ],
)
def test_nameless_sign_off(closing: str, fires: bool) -> None:
    assert codes(run_rules("FL306", BODY + closing)) == (["FL306"] if fires else [])


@pytest.mark.parametrize(
    ("sender", "fires"),
    [
        ("noreply@northwind.example", True),
        ("Northwind <no-reply@northwind.example>", True),
        ("donotreply@northwind.example", True),
        ("Dana Okafor <dana@northwind.example>", False),
        ("replies@northwind.example", False),
    ],
)
def test_nameless_sign_off_no_reply_sender(sender: str, fires: bool) -> None:
    template = f"---\nfrom: \"{sender}\"\n---\n" + BODY + "Best,\nDana Okafor"
    found = run_rules("FL306", template)
    assert codes(found) == (["FL306"] if fires else [])
    if fires:
        assert found[0].severity.value == "warning" and found[0].line == 2


def test_nameless_sign_off_points_at_the_team_and_names_the_sender() -> None:
    template = "---\nfrom: Dana Okafor <dana@northwind.example>\n---\n" + BODY + "Best regards,\nThe Marketing Team"
    [finding] = run_rules("FL306", template)
    assert (finding.line, finding.column, finding.end_column) == (9, 1, 19)
    assert finding.severity.value == "info"
    assert '"The Marketing Team"' in finding.message and "Dana Okafor" in finding.message


def test_nameless_sign_off_is_only_info_in_a_newsletter() -> None:
    template = "---\nkind: newsletter\n---\nHello everyone,\n\nHere is November's news.\n\nBest,\nThe Acme Team"
    assert [d.severity.value for d in run_rules("FL306", template)] == ["info"]


# the examples that ship with the project are good examples for these rules

def test_shipped_examples_are_not_reported() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "examples" / "webinar-follow-up"
    for name in ("attended.j2", "no-show.j2", "invitation.j2"):
        text = (root / name).read_text(encoding="utf-8")
        assert run_rules(("FL304", "FL305", "FL306"), text, RECORDS) == [], name


@pytest.mark.parametrize(
    ("front", "fires"),
    [
        ("", True),
        ("sequence: follow-up\n", True),  # a bump still needs something about the reader
        ("sequence: reply\n", False),  # a reply in a thread: the thread is the context
        ("sequence: breakup\n", False),
        ('subject: "Re: {{ previous_subject }}"\n', False),
    ],
)
def test_name_only_reads_the_sequence(front: str, fires: bool) -> None:
    template = (f"---\n{front}---\n" if front else "") + CLASSIC
    assert ("FL304" in codes(run_rules("FL304", template, RECORDS))) is fires, front
