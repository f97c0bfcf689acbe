"""Rules on sentence roles (FL208-FL214) and the sequence position: case tables of whole
emails that must / must not fire, written before the rules.

Run ``PYTHONPATH=src python tests/test_rules_roles.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import fired
from followup_lint.testing import run_rules


def mail(body: str, *, subject: str | None = None, sequence: str | None = None, kind: str | None = None,
         greeting: str = "Hi {{ first_name }},", signoff: str = "Best,\nMaya Lindqvist\nCustomer Education, Tidewater Analytics") -> str:
    front = []
    if subject is not None:
        front.append(f'subject: "{subject}"')
    if sequence is not None:
        front.append(f"sequence: {sequence}")
    if kind is not None:
        front.append(f"kind: {kind}")
    head = "---\n" + "\n".join(front) + "\n---\n" if front else ""
    return f"{head}{greeting}\n\n{body}\n\n{signoff}\n"


# ----------------------------------------------------------------------------- FL208

PUSHY = [
    mail("Thanks for joining Tuesday's forecasting session; the replay is here: {{ replay_url }}\n\n"
         "I'll call you tomorrow at 10 to go through pricing."),
    mail("Here are the slides from the panel with Ngozi Adeyemi.\n\nSend me a 45-minute slot this week for the full demo."),
    mail("You asked about SSO in the Q&A; the setup guide is attached.\n\n"
         "I've booked 30 minutes for us on Thursday at 2pm, so expect the invite shortly."),
    mail("The churn-cohort template is linked below.\n\nUnless I hear otherwise, I'll send a calendar invite for Friday at 9."),
    mail("As promised, here is the benchmark report.\n\nWe need your CFO on the call to sign off this week."),
    mail("Voici l'enregistrement de la session.\n\nJe vous appelle demain à 10 heures.", greeting="Bonjour {{ first_name }},"),
    mail("Anbei die Folien aus dem Workshop.\n\nIch rufe Sie morgen um 10 Uhr an.", greeting="Hallo {{ first_name }},"),
    mail("Here is the recording from Thursday.\n\nPlease confirm the invite for Monday at 9 so we can lock pricing."),
]

NOT_PUSHY = [
    mail("Thanks for joining Tuesday's forecasting session; the replay is here: {{ replay_url }}\n\n"
         "If it would help, would a short call next week be useful?"),
    mail("Here are the slides from the panel with Ngozi Adeyemi.\n\nReply whenever suits you; no rush at all."),
    mail("You asked about SSO in the Q&A; the setup guide is attached.\n\nLet me know if you'd like the Spanish version."),
    mail("The churn-cohort template is linked below.\n\nHappy to walk your team through it if that's useful, no pressure."),
    mail("Thanks for the call yesterday with Amara and Thomas.\n\nHere is the 45-minute recording of the full session, as promised.",
         sequence="reply"),
    mail("Here's the one-page summary your CFO asked for.\n\nFeel free to forward it to whoever runs onboarding."),
    mail("Voici l'enregistrement de la session.\n\nN'hésitez pas si vous avez des questions.", greeting="Bonjour {{ first_name }},"),
    mail("Your order #4411 has shipped.\n\nI'll call you tomorrow at 10 to confirm delivery.", kind="transactional"),
    mail("Anbei die Folien aus dem Workshop.\n\nMelden Sie sich gern, wenn Fragen offen sind.", greeting="Hallo {{ first_name }},"),
]


@pytest.mark.parametrize("template", PUSHY)
def test_pushy_call_to_action_fires(template: str) -> None:
    assert fired("FL208", template), template


@pytest.mark.parametrize("template", NOT_PUSHY)
def test_soft_call_to_action_does_not_fire(template: str) -> None:
    found = run_rules("FL208", template)
    assert found == [], (template, [d.message for d in found])


def test_pushy_finding_names_its_evidence_and_line() -> None:
    template = mail("Here is the replay: {{ replay_url }}\n\nI'll call you tomorrow at 10 to go through pricing.")
    found = run_rules("FL208", template)
    assert len(found) == 1
    assert found[0].line == 5
    assert "I'll call you tomorrow" in found[0].message


# ----------------------------------------------------------------------------- FL209

PS_PRESSURE = [
    mail("Here is the recording from Tuesday: {{ replay_url }}\n\nP.S. Only three seats are left at this price, so reply today."),
    mail("The deck Kenji Watanabe presented is attached.\n\nP.S. The 30% discount expires tonight at midnight."),
    mail("Your question about cohorts is answered on slide 12.\n\nPS: Last chance to lock in the early-bird rate!"),
    mail("As promised, the checklist is below.\n\nP.S. Don't miss out: registration closes Friday."),
    mail("Hier sind die Folien.\n\nP.S. Letzte Chance: nur noch 3 Plätze frei.", greeting="Hallo {{ first_name }},"),
    mail("Aquí tienes la grabación.\n\nP.D. Última oportunidad: solo quedan 2 plazas.", greeting="Hola {{ first_name }},"),
]

NOT_PS_PRESSURE = [
    mail("Here is the recording from Tuesday: {{ replay_url }}\n\nP.S. No rush at all; the replay stays up for 30 days."),
    mail("The deck Kenji Watanabe presented is attached.\n\nP.S. Kenji's book on pricing comes out in March."),
    mail("Your question about cohorts is answered on slide 12.\n\nPS: The next session is on 4 March, if you want to bring a colleague."),
    mail("As promised, the checklist is below.\n\nP.S. If something is urgent, the support line is staffed until 8pm."),
    mail("Hier sind die Folien.\n\nP.S. Kein Stress, die Aufzeichnung bleibt online.", greeting="Hallo {{ first_name }},"),
    mail("Aquí tienes la grabación.\n\nP.D. Sin prisa, la grabación está disponible todo el mes.", greeting="Hola {{ first_name }},"),
    mail("Only three seats are left for the workshop itself, which is why I'm writing early.\n\nP.S. The slides are attached."),
]


@pytest.mark.parametrize("template", PS_PRESSURE)
def test_pressure_in_ps_fires(template: str) -> None:
    assert fired("FL209", template), template


@pytest.mark.parametrize("template", NOT_PS_PRESSURE)
def test_calm_ps_does_not_fire(template: str) -> None:
    found = run_rules("FL209", template)
    assert found == [], (template, [d.message for d in found])


# ----------------------------------------------------------------------------- FL210

HYPE = [
    mail("Our revolutionary, game-changing, best-in-class platform is finally here."),
    mail("Here is the recording.\n\nIt shows our cutting-edge engine, the most advanced forecasting on the market, "
         "with seamless, next-generation integrations."),
    mail("Meet the groundbreaking assistant that will supercharge your team. It is truly world-class."),
    mail("Unsere revolutionäre, bahnbrechende und einzigartige Plattform ist da.", greeting="Hallo {{ first_name }},"),
]

NOT_HYPE = [
    mail("Our new forecasting view is live; here is a two-minute tour: {{ tour_url }}"),
    mail("Here is the recording of the amazing panel you moderated with Lucía Fernández."),
    mail("The session covered three ways to forecast churn, and the cohort template is attached."),
    mail("Your question was a great one, so I wrote up a longer answer below."),
    mail("The release is a big step for us: SSO and audit logs are now included in every plan."),
    mail("Thanks for the incredible question about cohort sizes; here is the data behind slide 9."),
]


@pytest.mark.parametrize("template", HYPE)
def test_hype_density_fires(template: str) -> None:
    assert fired("FL210", template), template


@pytest.mark.parametrize("template", NOT_HYPE)
def test_plain_claims_do_not_fire(template: str) -> None:
    found = run_rules("FL210", template)
    assert found == [], (template, [d.message for d in found])


# ----------------------------------------------------------------------------- FL211

FILLER_OPENING = [
    mail("I hope this email finds you well.\n\nOur platform helps SaaS teams cut churn."),
    mail("Hope you're doing well!\n\nHere is the recording from Tuesday."),
    mail("I know you're busy, so I'll keep this short.\n\nThe slides are attached."),
    mail("Happy Monday! Hope you had a great weekend.\n\nWe help RevOps teams clean their CRM data."),
    mail("Ich hoffe, es geht Ihnen gut.\n\nAnbei die Folien.", greeting="Hallo {{ first_name }},"),
    mail("J'espère que vous allez bien.\n\nVoici l'enregistrement.", greeting="Bonjour {{ first_name }},"),
]

NOT_FILLER_OPENING = [
    mail("Hope you're well. Here is the recording from Tuesday: {{ replay_url }}"),
    mail("You asked in the chat how to rebuild cohorts from raw events; slide 14 has the answer."),
    mail("Thanks for joining Tuesday's session. The replay is below."),
    mail("Congratulations on the Lisbon office opening!\n\nHere is the expansion checklist we mentioned."),
    mail("I hope the template saves your team an afternoon.\n\nIt is linked here: {{ template_url }}"),
    mail("Ich hoffe, die Folien helfen Ihnen: anbei die Datei.", greeting="Hallo {{ first_name }},"),
    mail("Here's the two-minute version of the session, since you mentioned you were short on time."),
]


@pytest.mark.parametrize("template", FILLER_OPENING)
def test_filler_opening_fires(template: str) -> None:
    assert fired("FL211", template), template


@pytest.mark.parametrize("template", NOT_FILLER_OPENING)
def test_opening_with_content_does_not_fire(template: str) -> None:
    found = run_rules("FL211", template)
    assert found == [], (template, [d.message for d in found])


# ----------------------------------------------------------------------------- FL212

FAKE_FAMILIARITY = [
    mail("Great chatting with you the other day! Here is the proposal we talked about.", subject="Our chat"),
    mail("As we discussed, I've attached the order form for Brightwave Logistics."),
    mail("Following up on our call about the renewal, here is the quote."),
    mail("It was great speaking with you last week about your outbound plans."),
    mail("Per our conversation, the pilot can start on 1 April."),
    mail("Wie besprochen sende ich Ihnen das Angebot.", greeting="Hallo {{ first_name }},"),
    mail("Comme convenu, voici la proposition pour Maison Dubois.", greeting="Bonjour {{ first_name }},"),
    mail("Zoals besproken stuur ik je het voorstel.", greeting="Beste {{ first_name }},"),
]

NOT_FAKE_FAMILIARITY = [
    mail("Great chatting with you the other day! Here is the proposal we talked about.", sequence="follow-up"),
    mail("As we discussed, I've attached the order form for Brightwave Logistics.", subject="Re: {{ previous_subject }}"),
    mail("Following up on our call about the renewal, here is the quote.", sequence="reply"),
    mail("Our conversation intelligence platform transcribes every sales call, and the setup guide is attached."),
    mail("You asked in the Q&A how to rebuild cohorts; slide 14 has the answer."),
    mail("Thanks for joining Tuesday's session on retention metrics. Here is the recording."),
    mail("Since I won't hear back, I'll close the loop here; as we discussed, the offer stands.", sequence="breakup"),
    mail("Wie besprochen sende ich Ihnen das Angebot.", greeting="Hallo {{ first_name }},", sequence="reply"),
    mail("The conversation design course starts on 4 March; the syllabus is attached."),
]


@pytest.mark.parametrize("template", FAKE_FAMILIARITY)
def test_fake_familiarity_in_a_first_touch_fires(template: str) -> None:
    assert fired("FL212", template), template


@pytest.mark.parametrize("template", NOT_FAKE_FAMILIARITY)
def test_familiarity_in_a_thread_does_not_fire(template: str) -> None:
    found = run_rules("FL212", template)
    assert found == [], (template, [d.message for d in found])


# ----------------------------------------------------------------------------- FL213 / FL214

QUALIFY = [
    mail("Here is the benchmark you asked about.\n\nWho else on your team signs off on tooling like this?"),
    mail("The deck is attached.\n\nWhat would it take to get this signed before the quarter ends?"),
    mail("Thanks for downloading the pricing guide.\n\nDo you have a budget set aside for this in Q3?"),
    mail("Are you the right person to talk to about onboarding software at Harlow & Finch?"),
    mail("If I can match your current price, would you switch this month?"),
    mail("Anbei die Folien.\n\nWer entscheidet bei Ihnen über neue Software?", greeting="Hallo {{ first_name }},"),
]

NOT_QUALIFY = [
    mail("Here is the benchmark you asked about.\n\nWho else on your team would like the recording?"),
    mail("The deck is attached.\n\nWhat did you think of the cohort template?"),
    mail("Thanks for downloading the pricing guide.\n\nWhat would make it more useful for your team?"),
    mail("Here is the quote.\n\nWho else on your team signs off on tooling like this?", sequence="reply"),
    mail("The budget template from the session is attached, with the formulas unlocked."),
    mail("Here is how two teams decided between building and buying, in a one-page PDF."),
]

LOSS = [
    mail("Every week without automated cohorts costs teams like yours churned accounts you never see coming."),
    mail("Here is the report.\n\nYou're leaving money on the table with manual renewals."),
    mail("Your competitors are already using AI to book twice as many meetings."),
    mail("How much is manual data entry costing you every month?"),
    mail("Teams that wait risk falling behind the competition, so let's talk this week."),
]

NOT_LOSS = [
    mail("We lost a big deal last year for exactly this reason, so I wrote up what we changed."),
    mail("Here is how Northwind Freight cut churn by 30%, in their own words."),
    mail("The recording covers how to spot churn early, starting at minute 12."),
    mail("Thanks for sharing how your team tracks lost deals; the template is attached."),
    mail("You're leaving money on the table with manual renewals, as you said yourself.", sequence="follow-up"),
    mail("The cohort view shows which accounts renew and which need a call."),
]


# Categories from held-out batch 3 (issue 10): final-say and at-the-table questions, exposure to
# fines and the cost of each month that passes, in all five languages; a hurdle the reader is
# spared ("without signing up") is a reassurance, not loss framing.
QUALIFY += [
    mail("Who has the final say when {{ company }} picks a new payroll provider?"),
    mail("Wer hat bei {{ company }} das letzte Wort, wenn ein neues ERP ausgewählt wird?", greeting="Hallo {{ first_name }},"),
    mail("Wie zitten er bij jullie aan tafel als er een nieuwe planningstool wordt gekozen?", greeting="Hoi {{ first_name }},"),
    mail("¿Quién tiene la última palabra cuando cambiáis de proveedor de nóminas?", greeting="Hola {{ first_name }}:"),
]
NOT_QUALIFY += [
    mail("Who sat at the table for the closing panel? I'd like to send them the recording."),
    mail("Here are the notes from the round table; who sat at the table is listed on page one."),
    mail("Wer das letzte Wort hatte, steht im Protokoll, das ich Ihnen anhänge.", greeting="Hallo {{ first_name }},"),
    mail("Het laatste woord van de spreker ging over dataretentie; de opname staat hier: {{ replay_url }}", greeting="Hoi {{ first_name }},"),
]
LOSS += [
    mail("Without e-invoicing, {{ company }} exposes itself to fines of up to 5,000 euros per audit."),
    mail("Chaque mois qui passe sans signature électronique vous coûte des contrats perdus.", greeting="Bonjour {{ first_name }},"),
    mail("Sin control de accesos, su clínica se expone a sanciones de la AEPD.", greeting="Hola {{ first_name }}:"),
    mail("Elke maand die voorbijgaat zonder digitale urenregistratie kost je team geld en risico.", greeting="Hoi {{ first_name }},"),
]
NOT_LOSS += [
    mail("We built a free VAT checker for Shopify stores. You can use it without creating an account."),
    mail("The template works without a login; the link is below."),
    mail("Die Checkliste ist ohne Anmeldung abrufbar: {{ checklist_url }}", greeting="Hallo {{ first_name }},"),
    mail("Le guide est téléchargeable sans inscription : {{ guide_url }}", greeting="Bonjour {{ first_name }},"),
    mail("Puedes probar la plantilla sin registrarte: {{ template_url }}", greeting="Hola {{ first_name }}:"),
]

# A claimed conversation in the body of a first touch, in plain words (batch 3).
FAKE_FAMILIARITY += [
    mail("As I mentioned on the phone, our routing engine cuts delivery costs by a fifth."),
    mail("As promised on our call, here is the pricing for the warehouse module."),
    mail("Wie am Telefon versprochen, schicke ich Ihnen die Preise.", greeting="Hallo {{ first_name }},"),
]
NOT_FAKE_FAMILIARITY += [
    mail("As I mentioned on the phone, the pricing for the warehouse module is attached.", sequence="follow-up"),
    mail("As promised on our call, here is the pricing.", subject="Re: {{ previous_subject }}"),
    mail("Wie am Telefon versprochen, schicke ich Ihnen die Preise.", greeting="Hallo {{ first_name }},", kind="reply"),
]

# Pressure in the P.S.: a held place given away unless the reader answers by a date (batch 3).
PS_PRESSURE += [
    mail("Here is the checklist for the e-invoicing switch.\n\nP.S. If I don't hear back by Friday, I'll give your pilot spot to another company."),
    mail("Anbei die Checkliste.\n\nPS: Wenn ich bis Mittwoch nichts höre, vergebe ich Ihren Platz an ein anderes Unternehmen.", greeting="Hallo {{ first_name }},"),
]
NOT_PS_PRESSURE += [
    mail("Here is the checklist for the e-invoicing switch.\n\nP.S. The pilot has room for more teams, so no hurry at all."),
    mail("Anbei die Checkliste.\n\nPS: Der Platz im Pilotprogramm bleibt für Sie reserviert, so lange Sie möchten.", greeting="Hallo {{ first_name }},"),
]

# Presumptive: silence read as interest, the contract and the start set for the reader (batch 3).
PUSHY += [
    mail("Since I haven't heard back, I'll assume you're interested and send the contract on Friday.", sequence="follow-up"),
    mail("Como no he recibido respuesta, entiendo que le interesa: el lunes le envío el contrato.", greeting="Hola {{ first_name }}:", sequence="follow-up"),
]
NOT_PUSHY += [
    mail("Since I haven't heard back, I'll assume the timing isn't right and leave it there.", sequence="follow-up"),
    mail("Como no he recibido respuesta, entiendo que ahora no es buen momento. Suerte con el cierre.", greeting="Hola {{ first_name }}:", sequence="follow-up"),
]


@pytest.mark.parametrize("template", QUALIFY)
def test_qualifying_question_in_a_first_touch_fires(template: str) -> None:
    assert fired("FL213", template), template


@pytest.mark.parametrize("template", NOT_QUALIFY)
def test_qualifying_question_rule_does_not_fire(template: str) -> None:
    found = run_rules("FL213", template)
    assert found == [], (template, [d.message for d in found])


@pytest.mark.parametrize("template", LOSS)
def test_loss_framing_in_a_first_touch_fires(template: str) -> None:
    assert fired("FL214", template), template


@pytest.mark.parametrize("template", NOT_LOSS)
def test_loss_framing_rule_does_not_fire(template: str) -> None:
    found = run_rules("FL214", template)
    assert found == [], (template, [d.message for d in found])


# ----------------------------------------------------------------------------- the sequence

def test_unknown_sequence_is_a_front_matter_problem() -> None:
    import followup_lint

    report = followup_lint.lint(mail("Here is the recording.", sequence="second-touch"))
    assert any("unknown sequence position 'second-touch'" in d.message for d in report.diagnostics)


def test_sequence_from_config_glob(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import followup_lint

    path = tmp_path / "bump-2.j2"
    path.write_text(mail("Great chatting with you the other day! Here is the proposal."), encoding="utf-8")
    plain = followup_lint.lint_path([path], config={"select": ["FL212"]})
    assert [d.code for d in plain.diagnostics] == ["FL212"]
    configured = followup_lint.lint_path([path], config={"select": ["FL212"], "sequence": {"bump-*.j2": "follow-up"}})
    assert configured.diagnostics == []


TABLES = {
    "FL208": (PUSHY, NOT_PUSHY),
    "FL209": (PS_PRESSURE, NOT_PS_PRESSURE),
    "FL210": (HYPE, NOT_HYPE),
    "FL211": (FILLER_OPENING, NOT_FILLER_OPENING),
    "FL212": (FAKE_FAMILIARITY, NOT_FAKE_FAMILIARITY),
    "FL213": (QUALIFY, NOT_QUALIFY),
    "FL214": (LOSS, NOT_LOSS),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    for code, (positive, negative) in TABLES.items():
        assert len(negative) >= len(positive), code


if __name__ == "__main__":
    for code, (positive, negative) in TABLES.items():
        hits = sum(fired(code, t) for t in positive)
        alarms = sum(fired(code, t) for t in negative)
        print(f"{code}: {hits}/{len(positive)} fire, {alarms}/{len(negative)} false alarms")


def test_rule_files_add_cues_to_a_role(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import followup_lint

    pack = tmp_path / "acme-cues.yml"
    pack.write_text(
        "cues:\n  pushy:\n    en:\n      - expect our fast lane crew\n",
        encoding="utf-8",
    )
    # house jargon the built-in lexicons and model cannot know: the team's own "we turn up" line
    template = mail("Here is the replay: {{ replay_url }}\n\nExpect our Fast Lane crew on Thursday.")
    assert not fired("FL208", template)
    report = followup_lint.lint(template, config={"select": ["FL208"], "rule-files": [str(pack)]})
    assert [d.code for d in report.diagnostics] == ["FL208"]
    bad = tmp_path / "bad-cues.yml"
    bad.write_text("cues:\n  sales-pitch:\n    en: [acme]\n", encoding="utf-8")
    report = followup_lint.lint(template, config={"select": ["FL208", "FL011"], "rule-files": [str(bad)]})
    assert any("unknown role 'sales-pitch'" in d.message for d in report.diagnostics)
