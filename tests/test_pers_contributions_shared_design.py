"""Issue 11, fix round 19b (written before the code): two categories, five languages, whole emails
merged with the CSV exports they go out with.

1. FL301: thanks for, or a reply to, what the reader CONTRIBUTED while the event ran (the
   questions they asked or typed into the Q&A, their remarks in the chat or the discussion, their
   live poll answers and votes, their input in a breakout room) presume they took part. Sent to a
   list with people who did not attend, it must be reported. Must not: questions sent in with the
   registration or by email after the replay, an invitation to send questions, other people's
   questions ("attendees asked ..."), and the same thanks inside an ``{% if attended %}`` block.
2. FL322 / FL304: a column with one value on every row that is the same for everyone by design
   is not fake personalization: an account attribute of a filtered export that is true of each
   recipient (plan, tier, subscription, edition, contract type, membership level, region, the
   product they run) and the sender's own event (the name of the show, fair, congress or
   webinar, the talk's title, the event's city and date). Still reported: text columns that
   pretend to be researched per reader (a pain point, an icebreaker, a personal note, recent
   news, a compliment, the reason for writing) and a company column filled down.
"""

from __future__ import annotations

import csv
import io

import pytest

from followup_lint.testing import codes, run_rules

_FRAME = {"en": ("Hi", "Best regards"), "de": ("Hallo", "Viele Grüße"), "fr": ("Bonjour", "Bien à vous"),
          "es": ("Hola", "Un saludo"), "nl": ("Hoi", "Groet")}
_SIGNER = {"en": "Priya Raman-Holt\nLedgerline", "de": "Jörg van der Meulen\nTaktwerk",
           "fr": "Anaïs Le Goff-Diallo\nPlanifix", "es": "Maite Ibarra Sáez\nContaluz",
           "nl": "Sanne ter Horst\nRoostermaat"}
_NEUTRAL = {"en": "The slides and the checklist are attached.", "de": "Die Folien und die Checkliste hängen an.",
            "fr": "Vous trouverez les supports et la checklist en pièce jointe.",
            "es": "Le adjunto las diapositivas y la lista de control.",
            "nl": "De slides en de checklist zitten in de bijlage."}

# a Zoom webinar attendee report (two rows never joined)
ZOOM_REPORT = """\
Attended,User Name (Original Name),First Name,Last Name,Email,Organization,Time in Session (minutes)
Yes,Nguyễn Thị Mai,Mai,Nguyễn,mai.nguyen@saigonfreight.example,Saigon Freight,52
No,,Olumide,Bankole-Ashworth,olumide@ashworthpartners.example,Ashworth Partners,--
Yes,Sophie de la Tour,Sophie,de la Tour,sophie@tourlogistique.example,Tour Logistique,47
No,,Mei,Takahashi,mei.takahashi@takahashi-seiki.example,Takahashi Seiki,--
Yes,Teodora,Teodora,,teodora@alba-studio.example,Alba Studio,38
"""


def _records(export: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export)))


def _email(lang: str, sentence: str, *, greeting_var: str = "first_name") -> str:
    hello, bye = _FRAME[lang]
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ {greeting_var} }}}},\n\n"
            f"{sentence} {_NEUTRAL[lang]}\n\n{bye},\n{_SIGNER[lang]}\n")


# ------------------------------------------------------------------ 1. FL301 contributions

CONTRIBUTED = [
    ("en", "Thanks for all the sharp questions you typed into the Q&A box on Tuesday."),
    ("en", "Thanks for your contributions to the discussion - the point about month-end close landed well."),
    ("en", "Thanks for speaking up when we opened the floor; the approval bottleneck you described is common."),
    ("en", "You told us in the live poll that reconciliations take your team two days a month."),
    ("en", "I appreciated the input you gave in your breakout group."),
    ("en", "Thanks for all the great questions today!"),
    ("de", "Danke für Ihre rege Beteiligung an der Diskussion am Donnerstag."),
    ("de", "Vielen Dank für Ihre Fragen im Chat, die meisten beantworten wir unten."),
    ("de", "Danke, dass Sie in der Live-Abstimmung mitgemacht haben."),
    ("de", "Ihre Wortmeldung in der Fragerunde hat die Diskussion in Gang gebracht."),
    ("fr", "Merci pour vos contributions à la discussion de mardi."),
    ("fr", "Merci pour vos remarques en sous-groupe, elles ont beaucoup aidé."),
    ("fr", "Merci d'avoir voté pendant le sondage en direct."),
    ("fr", "Vous aviez indiqué dans le chat que la clôture mensuelle vous prend trois jours."),
    ("es", "Gracias por sus preguntas durante la sesión del miércoles."),
    ("es", "Gracias por tu aportación en la sala de grupos, fue muy útil."),
    ("es", "Nos comentó en el chat que el cierre mensual le lleva tres días."),
    ("es", "Gracias por votar en la encuesta en directo."),
    ("nl", "Bedankt voor je bijdrage aan de discussie van dinsdag."),
    ("nl", "Bedankt voor uw vragen in de chat."),
    ("nl", "Dank voor je inbreng tijdens de vragenronde."),
    ("nl", "Je gaf in de poll aan dat de maandafsluiting drie dagen kost."),
]
NOT_CONTRIBUTED = [
    ("en", "Thanks for the questions you submitted when you registered; the answers are in the recording."),
    ("en", "If you have questions about the setup, just reply to this email."),
    ("en", "Several attendees asked about single sign-on, so here is the setup guide."),
    ("en", "Thanks for emailing your questions after you watched the replay."),
    ("en", "Send us your questions ahead of the next session and we will cover them live."),
    ("en", "Vote in our poll before Friday to choose the topic of the next session."),
    ("de", "Danke für die Fragen, die Sie mit Ihrer Anmeldung geschickt haben."),
    ("de", "Haben Sie Fragen? Antworten Sie einfach auf diese E-Mail."),
    ("de", "Viele Teilnehmende haben im Chat nach den Preisen gefragt."),
    ("de", "Stimmen Sie bis Freitag in unserer Umfrage über das nächste Thema ab."),
    ("fr", "Merci pour les questions envoyées lors de votre inscription."),
    ("fr", "Si vous avez des questions, répondez simplement à ce message."),
    ("fr", "Les participants ont posé beaucoup de questions sur la facturation."),
    ("fr", "Merci pour vos questions envoyées par e-mail après le visionnage de l'enregistrement."),
    ("es", "Gracias por las preguntas que nos enviaste al inscribirte."),
    ("es", "Si tiene alguna pregunta, responda a este correo."),
    ("es", "Los asistentes preguntaron mucho por los precios en el chat."),
    ("es", "Envíenos sus preguntas antes de la próxima sesión."),
    ("nl", "Bedankt voor de vragen die je bij je aanmelding hebt ingestuurd."),
    ("nl", "Heb je vragen? Beantwoord dan gewoon deze mail."),
    ("nl", "Deelnemers vroegen in de chat vooral naar de prijzen."),
    ("nl", "Stuur je vragen gerust vooraf in voor de volgende sessie."),
]


def test_the_contribution_tables_are_balanced() -> None:
    assert len(CONTRIBUTED) == len(NOT_CONTRIBUTED)
    assert {lang for lang, _ in CONTRIBUTED} == {lang for lang, _ in NOT_CONTRIBUTED} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "sentence"), CONTRIBUTED)
def test_thanks_for_what_the_reader_contributed_at_the_event_reaches_no_shows(lang: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, sentence), _records(ZOOM_REPORT))
    assert "FL301" in codes(found), sentence


@pytest.mark.parametrize(("lang", "sentence"), NOT_CONTRIBUTED)
def test_questions_sent_elsewhere_or_asked_by_others_are_not_a_presumed_attendance(lang: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, sentence), _records(ZOOM_REPORT))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "sentence"), [CONTRIBUTED[0], CONTRIBUTED[7], CONTRIBUTED[12],
                                                CONTRIBUTED[14], CONTRIBUTED[19]])
def test_the_same_thanks_behind_an_attendance_condition_is_quiet(lang: str, sentence: str) -> None:
    hello, bye = _FRAME[lang]
    template = (f"---\nkind: follow-up\nlocale: {lang}\n---\n{hello} {{{{ first_name }}}},\n\n"
                f"{{% if Attended == 'Yes' %}}{sentence} {{% endif %}}{_NEUTRAL[lang]}\n\n{bye},\n{_SIGNER[lang]}\n")
    found = run_rules("FL301", template, _records(ZOOM_REPORT))
    assert codes(found) == [], [d.message for d in found]


# ------------------------------------------------------------------ 2. FL322 / FL304 shared by design

_PEOPLE = [
    ("Chiara", "De Luca-Hoffmann", "Hoffmann Logistik"),
    ("Minh", "Nguyen", "Saigon Coldchain"),
    ("Pieter", "van 't Hek", "Hek Transport"),
    ("Zoë", "Ó Briain", "Briain Foods"),
    ("Haruto", "Tanaka", "Tanaka Seiki"),
    ("Oyelaran", "", "Oyelaran & Daughters"),
]


def _export(**same: str) -> list[dict[str, str]]:
    """A CRM export (CSV text, read back as a recipient stream) with ``same`` filled down."""
    rows = []
    for first, last, company in _PEOPLE:
        mail = f"{first.lower()}@{company.split()[0].lower()}.example"
        rows.append({"first_name": first, "last_name": last, "company": company, "email": mail, **same})
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return _records(out.getvalue())


SHARED_BY_DESIGN = [
    # (a) an account attribute true of every row of a filtered export
    ("en", "Because {{ company }} is on the {{ plan }} plan, the new audit log is already switched on for you.",
     {"plan": "Enterprise"}),
    ("en", "As a {{ partner_tier }} partner, {{ company }} gets first access to the beta.", {"partner_tier": "Gold"}),
    ("en", "Your {{ subscription }} subscription now includes the scheduling add-on at no cost for {{ company }}.",
     {"subscription": "Pro Annual"}),
    ("en", "Since {{ company }} runs {{ product }}, the new scanner firmware is ready for you.",
     {"product": "Warehouse Pro 5"}),
    ("de", "Da {{ company }} den Tarif {{ tarif }} nutzt, ist das neue Audit-Log bereits aktiv.", {"tarif": "Business"}),
    ("de", "Im Rahmen Ihres {{ vertragsart }}s kann {{ company }} zwei Audits im Jahr buchen.",
     {"vertragsart": "Rahmenvertrag"}),
    ("fr", "Avec l'offre {{ abonnement }}, {{ company }} a déjà accès au module de planification.",
     {"abonnement": "Premium"}),
    ("fr", "Notre équipe {{ region }} accompagne désormais {{ company }} au quotidien.", {"region": "Sud-Ouest"}),
    ("es", "Como socio {{ nivel_socio }}, {{ company }} tiene acceso anticipado a la nueva versión.",
     {"nivel_socio": "Oro"}),
    ("es", "Con la edición {{ edicion }}, {{ company }} ya puede activar la firma electrónica.",
     {"edicion": "Cloud Empresa"}),
    ("nl", "Als {{ lidmaatschap }}-lid krijgt {{ company }} twee gastkaarten.", {"lidmaatschap": "Goud"}),
    ("nl", "Met het {{ pakket }}-pakket heeft {{ company }} nu ook de planningsmodule.", {"pakket": "Premium"}),
    # (b) the sender's own event, by name, place and date
    ("en", "Thanks for visiting us at {{ show_name }} - here is the brochure for {{ company }}.",
     {"show_name": "LogiMAT 2027"}),
    ("en", "Here are the slides of my talk \"{{ talk_title }}\" for the {{ company }} team.",
     {"talk_title": "Scaling cold chains"}),
    ("de", "Danke für das Gespräch auf der {{ messe }}, hier die Unterlagen für {{ company }}.",
     {"messe": "FachPack 2027"}),
    ("de", "Hier die Aufzeichnung von „{{ webinar_titel }}“ für Sie und {{ company }}.",
     {"webinar_titel": "Kühlkette ohne Excel"}),
    ("fr", "Suite à notre rencontre au {{ nom_salon }}, voici la brochure pour {{ company }}.",
     {"nom_salon": "SIAL Paris"}),
    ("fr", "Nous étions au {{ congres }} et avons rencontré des équipes comme {{ company }}.",
     {"congres": "Congrès ADF"}),
    ("es", "Tras vernos en {{ nombre_feria }}, le envío el catálogo para {{ company }}.",
     {"nombre_feria": "Logistics Madrid"}),
    ("es", "Gracias por venir a la {{ nombre_evento }}; le envío el catálogo para {{ company }}.",
     {"nombre_evento": "Jornada Logística"}),
    ("nl", "Leuk je gesproken te hebben op {{ beurs }}; hier de brochure voor {{ company }}.",
     {"beurs": "Vakbeurs Logistiek"}),
    ("nl", "Dank voor je komst naar {{ evenement }}; hier de slides voor {{ company }}.",
     {"evenement": "Logistiekdag Zuid"}),
]
PRETENDS_PERSONAL = [
    ("en", "I hear {{ pain_point }} is slowing {{ company }} down.", {"pain_point": "manual month-end reporting"}),
    ("en", "{{ icebreaker }}! I think {{ company }} is ready for our planner.",
     {"icebreaker": "Congrats on the new funding round"}),
    ("en", "Quick note: {{ personal_note }}, and I think {{ company }} could use our tool.",
     {"personal_note": "loved your recent post on LinkedIn"}),
    ("en", "I'm reaching out because {{ reason_for_reaching_out }}, and {{ company }} fits that picture.",
     {"reason_for_reaching_out": "you are hiring for finance operations"}),
    ("en", "{{ compliment }} - that is exactly why {{ company }} came to mind.",
     {"compliment": "Your customer stories are the best in the industry"}),
    ("en", "Saw the news: {{ recent_news }}. Congratulations to everyone at {{ company }}.",
     {"recent_news": "you just opened a second warehouse"}),
    ("de", "{{ aufhaenger }} - genau deshalb dachte ich an {{ company }}.",
     {"aufhaenger": "Ihr starkes Wachstum im letzten Quartal"}),
    ("de", "Was {{ company }} gerade am meisten bremst, ist {{ herausforderung }}.",
     {"herausforderung": "die manuelle Monatsabrechnung"}),
    ("de", "Mir ist aufgefallen: {{ insight }}. Das passt zu {{ company }}.",
     {"insight": "Sie stellen gerade drei Disponenten ein"}),
    ("fr", "{{ accroche }}, c'est pour cela que j'ai pensé à {{ company }}.",
     {"accroche": "Bravo pour votre levée de fonds"}),
    ("fr", "Ce qui freine le plus {{ company }} aujourd'hui, c'est {{ point_de_douleur }}.",
     {"point_de_douleur": "la clôture mensuelle manuelle"}),
    ("es", "Por lo que he visto, lo que más frena a {{ company }} es {{ reto_principal }}.",
     {"reto_principal": "cuadrar los turnos a mano"}),
    ("es", "{{ rompehielos }}; por eso pensé en {{ company }}.", {"rompehielos": "Enhorabuena por la nueva planta"}),
    ("es", "Le propongo esto: {{ offer_details }}, pensado para {{ company }}.",
     {"offer_details": "un piloto de tres meses sin coste"}),
    ("nl", "Wat {{ company }} nu het meest afremt, is {{ pijnpunt }}.", {"pijnpunt": "de handmatige maandafsluiting"}),
    ("nl", "{{ aanleiding }}, daarom dacht ik aan {{ company }}.", {"aanleiding": "Gefeliciteerd met de nieuwe vestiging"}),
]
# a company or a greeting name filled down: reported whatever else the list shares
FILLED_DOWN = [
    ("en", "I think {{ company }} could use our planner, {{ first_name }}.", {"company": "Acme Ltd"}, "first_name"),
    ("de", "Ich glaube, {{ firma }} könnte unseren Planer gut gebrauchen.", {"firma": "Muster GmbH"}, "first_name"),
    ("fr", "Je pense que {{ company }} gagnerait du temps avec notre planificateur.", {"company": "Société X"},
     "first_name"),
    ("es", "Creo que {{ company }} ahorraría tiempo con nuestro planificador.", {"company": "Empresa Demo"},
     "first_name"),
    ("nl", "Volgens mij bespaart {{ company }} veel tijd met onze planner.", {"company": "Bedrijf BV"}, "first_name"),
    ("en", "Good to hear from you, and thanks for the kind words about the demo.", {"voornaam": "Klant"},
     "voornaam"),
]


def test_the_shared_tables_are_balanced() -> None:
    assert len(SHARED_BY_DESIGN) == len(PRETENDS_PERSONAL) + len(FILLED_DOWN)
    for table in (SHARED_BY_DESIGN, PRETENDS_PERSONAL):
        assert {lang for lang, *_ in table} == {"en", "de", "fr", "es", "nl"}


@pytest.mark.parametrize(("lang", "body", "same"), SHARED_BY_DESIGN)
def test_a_column_the_same_for_everyone_by_design_is_not_reported(lang: str, body: str, same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _email(lang, body), _export(**same))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "body", "same"), PRETENDS_PERSONAL)
def test_a_text_column_pretending_to_be_researched_is_still_reported(lang: str, body: str,
                                                                      same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _email(lang, body), _export(**same))
    assert codes(found) in (["FL322"], ["FL304"]), [d.message for d in found]


@pytest.mark.parametrize(("lang", "body", "same", "greeting"), FILLED_DOWN)
def test_a_company_or_name_column_filled_down_is_still_reported(lang: str, body: str, same: dict[str, str],
                                                                greeting: str) -> None:
    found = run_rules(["FL304", "FL322"], _email(lang, body, greeting_var=greeting), _export(**same))
    assert codes(found) in (["FL322"], ["FL304"]), [d.message for d in found]


# ------------------------------------------------------------------ round 2 (written before its code)
# 2a. a question of the reader's that the session left unanswered was asked there; the same
#     words in a condition, about everyone's questions, or about a question sent with the
#     registration are not.
UNANSWERED = [
    ("en", "We ran out of time before we could answer your question about audit trails in the Q&A, so here it is."),
    ("en", "We didn't get to your question during the session, so here is the answer."),
    ("de", "Ihre Frage zu den Schnittstellen konnten wir in der Fragerunde nicht mehr beantworten, daher hier die Antwort."),
    ("fr", "Nous n'avons pas eu le temps de répondre à votre question pendant la séance, la voici."),
    ("es", "No nos dio tiempo a responder su pregunta en directo, así que aquí va la respuesta."),
    ("nl", "Je vraag over de koppeling konden we tijdens de sessie niet meer beantwoorden, daarom hier."),
]
NOT_UNANSWERED = [
    ("en", "If we didn't get to your question in the Q&A, just reply and we'll answer it."),
    ("en", "We didn't get to every question in the Q&A, so the answers to all of them are in the FAQ below."),
    ("de", "Falls wir Ihre Frage in der Fragerunde nicht beantworten konnten, melden Sie sich gern."),
    ("fr", "Si nous n'avons pas répondu à votre question pendant la séance, écrivez-nous."),
    ("es", "Si no pudimos responder a su pregunta durante la sesión, escríbanos."),
    ("nl", "Als we je vraag tijdens de sessie niet hebben beantwoord, laat het ons weten."),
]


def test_the_unanswered_tables_are_balanced() -> None:
    assert len(UNANSWERED) == len(NOT_UNANSWERED)


@pytest.mark.parametrize(("lang", "sentence"), UNANSWERED)
def test_a_question_the_session_left_open_was_asked_there(lang: str, sentence: str) -> None:
    assert "FL301" in codes(run_rules("FL301", _email(lang, sentence), _records(ZOOM_REPORT))), sentence


@pytest.mark.parametrize(("lang", "sentence"), NOT_UNANSWERED)
def test_a_question_left_open_in_a_condition_or_for_everyone_is_quiet(lang: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, sentence), _records(ZOOM_REPORT))
    assert codes(found) == [], [d.message for d in found]


# 2b. an account attribute named with a word for its kind ("type_abonnement", "Lizenztyp") is
#     still one; a persuasion column named after an attribute ("product_interest") is not.
KIND_NAMED = [
    ("en", "With {{ license_type }} licences, {{ company }} can add seats at any time.", {"license_type": "Named user"}),
    ("de", "Mit {{ Lizenztyp }}-Lizenzen kann {{ company }} jederzeit Plätze hinzufügen.", {"Lizenztyp": "Named User"}),
    ("fr", "Avec l'abonnement {{ type_abonnement }}, {{ company }} a déjà accès au module.", {"type_abonnement": "Premium"}),
    ("es", "Con la suscripción {{ tipo_suscripcion }}, {{ company }} ya tiene acceso al módulo.",
     {"tipo_suscripcion": "Premium"}),
    ("nl", "Met {{ abonnementsvorm }} heeft {{ company }} al toegang tot de module.", {"abonnementsvorm": "Premium"}),
]
ATTRIBUTE_NAMED_PERSUASION = [
    ("en", "I know {{ company }} is looking hard at {{ product_interest }} this quarter.",
     {"product_interest": "inventory forecasting"}),
    ("de", "Bei {{ company }} ist {{ branche_herausforderung }} sicher gerade Thema.",
     {"branche_herausforderung": "der Fachkräftemangel"}),
    ("fr", "Chez {{ company }}, {{ defi_produit }} doit peser en ce moment.", {"defi_produit": "la gestion des retours"}),
    ("es", "Imagino que en {{ company }} {{ reto_region }} preocupa bastante.", {"reto_region": "la falta de conductores"}),
    ("nl", "Bij {{ company }} speelt {{ regio_nieuws }} vast ook.", {"regio_nieuws": "de nieuwe milieuzone"}),
]


@pytest.mark.parametrize(("lang", "body", "same"), KIND_NAMED)
def test_an_account_attribute_named_with_its_kind_is_shared(lang: str, body: str, same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _email(lang, body), _export(**same))
    assert codes(found) == [], [d.message for d in found]


@pytest.mark.parametrize(("lang", "body", "same"), ATTRIBUTE_NAMED_PERSUASION)
def test_a_persuasion_column_named_after_an_attribute_is_still_reported(lang: str, body: str,
                                                                        same: dict[str, str]) -> None:
    found = run_rules(["FL304", "FL322"], _email(lang, body), _export(**same))
    assert codes(found) in (["FL322"], ["FL304"]), [d.message for d in found]
