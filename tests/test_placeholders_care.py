"""FL006 with care for text that is not a placeholder (issue 11, item 5), by category and in
the five languages: placeholders of other tools and hand-written blanks in spellings no earlier
table lists must be errors; bracketed, braced, angled and percent text that real outbound email
carries for other reasons must not be reported.

Written before the change, for the categories the issue names: code samples (JSON, Python
format strings, shell variables in an indented sample, CSS), editorial insertions in quotations,
citations and footnotes, markdown links, file/size/duration notes, guillemets and other
quotation marks, emoticons and ASCII arrows, legal and editorial notes, maths, subject labels.
"""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

RECIPIENT = {"first_name": "Nguyễn", "last_name": "Thị Lan", "company": "Halong Sails"}

# (template, the placeholder FL006 must quote)
MUST_FIRE = [
    # en: honorific choices, several slots in one bracket, a link written in angle brackets
    ("Dear [Mr./Ms. Last Name],\n\nThank you for registering for the Q3 roadmap session.", "[Mr./Ms. Last Name]"),
    ("Hi {{ first_name }},\n\nTeams in [City, Country] are our fastest growing segment.", "[City, Country]"),
    ("Hi {{ first_name }},\n\nThe replay is here: <Link to recording>\n\nBest,\nTomás", "<Link to recording>"),
    ("Hi %First Name%,\n\nYour seat for Thursday's workshop is confirmed.", "%First Name%"),
    ("Hi {{ first_name }},\n\nHere is how we helped [Competitor Name] cut onboarding time.", "[Competitor Name]"),
    ("Hi { first_name },\n\nI saw your comment on the RevOps thread.", "{ first_name }"),
    ("Hi {{ first_name }},\n\nWould a call on [Day] work?\n\nCheers,\n{Sender}", "{Sender}"),
    ("Hi {{ first_name }},\n\nWe work with a lot of [industry] teams like yours.", "[industry]"),
    ("Hi {contact.firstname},\n\nFollowing up on the proposal.", "{contact.firstname}"),
    # de
    ("Sehr geehrte/r [Herr/Frau Nachname],\n\nvielen Dank für Ihre Anmeldung.", "[Herr/Frau Nachname]"),
    ("Hallo {{ first_name }},\n\nwir arbeiten mit vielen Händlern in [Stadt] zusammen.", "[Stadt]"),
    ("Hallo {{ first_name }},\n\nviele Unternehmen aus der [Branche] setzen bereits auf uns.", "[Branche]"),
    ("Hallo {{ first_name }},\n\nbis bald!\n\n[Unterschrift]", "[Unterschrift]"),
    ("Guten Tag «Anrede» «Nachname»,\n\nanbei die Unterlagen.", "«Anrede»"),
    ("Hallo {{ first_name }},\n\nwie sieht es bei Ihnen mit [Herausforderung] aus?", "[Herausforderung]"),
    ("Hallo {{ first_name }},\n\nIhr Ansprechpartner ist {Kundenbetreuer}.", "{Kundenbetreuer}"),
    # fr
    ("Bonjour {{ first_name }},\n\nl'enregistrement de [Titre du webinaire] est en ligne.", "[Titre du webinaire]"),
    ("Bonjour {{ first_name }},\n\nnous accompagnons déjà plusieurs acteurs à [Ville].", "[Ville]"),
    ("Bonjour [M./Mme Nom],\n\nmerci pour votre inscription.", "[M./Mme Nom]"),
    ("Bonjour {{ first_name }},\n\nnos clients du secteur [secteur] gagnent deux heures par semaine.", "[secteur]"),
    ("Bonjour «Prénom»,\n\nvotre place est confirmée.", "«Prénom»"),
    ("Bonjour {{ first_name }},\n\ncomment [votre concurrent] gère-t-il ce sujet ?", "[votre concurrent]"),
    ("Bonjour %PRENOM%,\n\nvotre accès est prêt.", "%PRENOM%"),
    ("Bonjour {{ first_name }},\n\nà bientôt,\n[Signature]", "[Signature]"),
    # es
    ("Estimado/a [Sr./Sra. Apellido]:\n\nGracias por inscribirse.", "[Sr./Sra. Apellido]"),
    ("Hola {{ first_name }}:\n\nTrabajamos con varias empresas de [Ciudad].", "[Ciudad]"),
    ("Hola {{ first_name }}:\n\nLa grabación de [Título del webinar] ya está disponible.", "[Título del webinar]"),
    ("Hola {{ first_name }}:\n\n¿Cómo lo resuelven hoy en [Departamento]?", "[Departamento]"),
    ("Hola {NOMBRE}:\n\nSu plaza está confirmada.", "{NOMBRE}"),
    ("Hola {{ first_name }}:\n\nEquipos como [X] ya ahorran dos horas por semana.", "[X]"),
    ("Hola {{ first_name }}:\n\n¿Qué tal [día] a las 10?", "[día]"),
    ("Hola {{ first_name }}:\n\nLe escribo porque [producto] encaja con su equipo.", "[producto]"),
    # nl
    ("Beste {{ first_name }},\n\nJe staat ingeschreven als [functietitel] bij {{ company }}.", "[functietitel]"),
    ("Beste {{ first_name }},\n\nWe werken al met veel bedrijven in [stad].", "[stad]"),
    ("Beste [Dhr./Mevr. Achternaam],\n\nBedankt voor je aanmelding.", "[Dhr./Mevr. Achternaam]"),
    ("Beste {{ first_name }},\n\nHoe pakt [organisatie] dit nu aan?", "[organisatie]"),
    ("Beste <<Voornaam>>,\n\nDe opname staat klaar.", "<<Voornaam>>"),
    ("Beste {{ first_name }},\n\nGroet,\n{handtekening}", "{handtekening}"),
    ("Beste {{ first_name }},\n\nWat is op dit moment de grootste [uitdaging] in je team?", "[uitdaging]"),
]

# (language, template): nothing here is a placeholder
MUST_NOT_FIRE = [
    # code samples: an indented block, a JSON payload, a shell variable, a format string, CSS
    ("en", "Hi {{ first_name }},\n\nThe greeting line in the SDK now reads:\n\n"
           "    print(f\"Hi {first_name}, welcome to {company}!\")\n\nLet me know how it goes.\n\nBest,\nTomás"),
    ("en", "Hi {{ first_name }},\n\nSet the key before you run the import:\n\n"
           "    export API_KEY=${NORTHWIND_API_KEY}\n    northwind import --since ${START_DATE}\n\nCheers,\nDana"),
    ("en", "Hi {{ first_name }},\n\nThe webhook sends {\"event\": \"signup\", \"contact\": {\"first_name\": \"Ana\"}}"
           " to your endpoint.\n\nBest,\nTomás"),
    ("en", "<html><head><style>.signature { } .company{display:none}</style></head>"
           "<body><p>Hi {{ first_name }},</p><p>Thanks for joining.</p></body></html>"),
    ("de", "Hallo {{ first_name }},\n\nin Ihrer Vorlage steht dann:\n\n"
           "    Anrede = \"Hallo {Vorname},\"\n    Betreff = \"Ihre Rechnung für {Monat}\"\n\nViele Grüße\nJonas"),
    ("es", "Hola {{ first_name }}:\n\nEl formato de fecha es `{dia}/{mes}` y el resto no cambia.\n\nSaludos,\nLucía"),
    # editorial insertions in quotations, in each language's quotation marks
    ("en", "Hi {{ first_name }},\n\n“[Their team] was live within a week,” says Priya Raghunathan, COO at Veldspar."),
    ("en", "Hi {{ first_name }},\n\nAs one customer put it: \"we rolled it out at [her company] in ten days\"."),
    ("de", "Hallo {{ first_name }},\n\n„Bei [ihrer Firma] lief die Umstellung in zwei Wochen“, erzählt Katrin von der Heyde."),
    ("fr", "Bonjour {{ first_name }},\n\n« Chez [son entreprise], le déploiement a pris une semaine », raconte Jean-Luc de la Fontaine."),
    ("es", "Hola {{ first_name }}:\n\n«En [su empresa] lo implantamos en diez días», cuenta María José García-Lorca."),
    ("nl", "Beste {{ first_name }},\n\n„We hebben [hun verkoopteam] binnen een week omgezet”, zegt Pieter van der Berg."),
    # editorial notes about names in testimonials
    ("de", "Hallo {{ first_name }},\n\n„Seit dem Wechsel sparen wir drei Stunden pro Woche.“ – Thomas K. [Name der Redaktion bekannt]"),
    ("fr", "Bonjour {{ first_name }},\n\n« Nous avons gagné une journée par mois. » – Claire [prénom modifié]"),
    ("es", "Hola {{ first_name }}:\n\n«Ahora cerramos el mes en dos días.» – Jorge [nombre ficticio]"),
    ("nl", "Beste {{ first_name }},\n\n„We sluiten de maand nu in twee dagen af.” – Sanne [naam gewijzigd]"),
    ("en", "Hi {{ first_name }},\n\n\"Setup took an afternoon.\" - Head of RevOps at a fintech [company name withheld]"),
    # quotations and labels in guillemets (French and Spanish typography)
    ("fr", "Bonjour {{ first_name }},\n\nle replay de « Réduire le churn en 30 jours » est en ligne."),
    ("fr", "Bonjour {{ first_name }},\n\ncliquez sur « Lien de connexion » dans votre espace client."),
    ("es", "Hola {{ first_name }}:\n\nRellene el campo «Nombre y apellidos» del formulario y listo."),
    ("es", "Hola {{ first_name }}:\n\nNos dijeron «Gracias» y se fueron; por eso creamos la guía."),
    # subject labels whose first word could name a slot
    ("en", "---\nsubject: \"[Company News] Northwind opens a Lisbon office\"\n---\nHi {{ first_name }},\n\nBig week here."),
    ("en", "---\nsubject: \"[Industry Report] State of RevOps 2026\"\n---\nHi {{ first_name }},\n\nThe report is out."),
    ("de", "---\nsubject: \"[Produkt] Neue Dashboards sind da\"\n---\nHallo {{ first_name }},\n\nkurz zu den Neuerungen."),
    ("nl", "---\nsubject: \"[Bedrijfsnieuws] Zeewind opent een kantoor in Gent\"\n---\nBeste {{ first_name }},\n\nGoed nieuws."),
    # decoration and arrows around a call to action, emoticons
    ("de", "Hallo {{ first_name }},\n\n<<< Link zur Aufzeichnung >>>\nhttps://kesselwerk.example/replay"),
    ("en", "Hi {{ first_name }},\n\n<< Previous tip | Next tip >>\n\nThanks for reading <3 [:"),
    ("fr", "Bonjour {{ first_name }},\n\n>> Voir le programme <<\nhttps://lumivert.example/programme"),
    # keyboard keys, old upper-case HTML, paths
    ("en", "Hi {{ first_name }},\n\nPress <Enter> to confirm, then <Ctrl>+<S> to save the report."),
    ("en", "<HTML><BODY><P>Hi {{ first_name }},</P><TABLE><TR><TD>Thanks for joining.</TD></TR></TABLE></BODY></HTML>"),
    ("en", "Hi {{ first_name }},\n\nThe logs are in %LocalAppData%\\Northwind\\logs if the sync fails."),
    # citations, footnotes, markdown links, file notes, maths
    ("de", "Hallo {{ first_name }},\n\ndie Studie zeigt 23 % weniger Abwanderung [Quelle: Bitkom].\n\n[Zum Leitfaden](https://kesselwerk.example/leitfaden)"),
    ("fr", "Bonjour {{ first_name }},\n\nle guide [PDF, 12 pages] et la vidéo [7 min] sont en pièce jointe."),
    ("es", "Hola {{ first_name }}:\n\nEl índice va de [0, 1] y usamos el conjunto {x | x > 0} en el cálculo."),
    ("nl", "Beste {{ first_name }},\n\nZie [de handleiding][1] en de bron [bron].\n\n[1]: https://zeewind.example/handleiding"),
    ("en", "Hi {{ first_name }},\n\nThe deck [slides only] and the recording [audio] are attached.\n\nBest,\nTomás"),
    # legal and editorial notes
    ("en", "Hi {{ first_name }},\n\nThe draft is below.\n\n[Signature page follows]\n\n[Remainder of page intentionally left blank]"),
    ("es", "Hola {{ first_name }}:\n\nAdjunto el borrador [traducción propia] y el original [sic]."),
    ("de", "Hallo {{ first_name }},\n\n„Wir sparen Zeit [Hervorhebung durch uns].“ Mehr dazu im Anhang."),
]


def test_the_tables_are_balanced() -> None:
    assert abs(len(MUST_FIRE) - len(MUST_NOT_FIRE)) <= 2
    languages = {"en", "de", "fr", "es", "nl"}
    assert {lang for lang, _ in MUST_NOT_FIRE} == languages


@pytest.mark.parametrize(("template", "tag"), MUST_FIRE)
def test_fl006_reports_placeholders_in_unlisted_spellings(template: str, tag: str) -> None:
    found = run_rules("FL006", template, [RECIPIENT])
    quoted = [d.message.replace("{{", "{").replace("}}", "}") for d in found]
    assert any(repr(tag) in m for m in quoted), found
    assert all(d.severity.value == "error" for d in found)


@pytest.mark.parametrize(("lang", "template"), MUST_NOT_FIRE)
def test_fl006_leaves_text_that_is_not_a_placeholder_alone(lang: str, template: str) -> None:
    assert run_rules("FL006", template, [RECIPIENT]) == []


def test_the_finding_says_why_it_is_a_placeholder() -> None:
    (found,) = run_rules("FL006", "Hallo {{ first_name }},\n\nwir sind oft in [Stadt] unterwegs.", [RECIPIENT])
    assert "stadt" in found.message.casefold() and "slot" in found.message


# ------------------------------------------------------------------ second round
# Written after the first round landed, before its code: other tools' syntaxes (SendGrid legacy
# substitutions, Dynamics 365), verbs at the end in German and Dutch, signature placeholder
# lines against footer menus, the sender's own things in brackets.

MUST_FIRE_2 = [
    ("Hi -first_name-,\n\nThanks for registering for the Q3 roadmap session.", "-first_name-"),  # SendGrid legacy
    ("Hi -firstName-,\n\nYour seat is confirmed.", "-firstName-"),
    ("Dear {!Contact:First Name;there},\n\nThank you for your order.", "{!Contact:First Name;there}"),  # Dynamics 365
    ("Hallo {{ first_name }},\n\nDürfen wir Ihnen am [Datum einfügen] die Demo zeigen?", "[Datum einfügen]"),
    ("Beste {{ first_name }},\n\nZullen we [datum invullen] even bellen?", "[datum invullen]"),
    ("Hallo {{ first_name }},\n\nhier ein Beispiel: [Fallstudie ergänzen]", "[Fallstudie ergänzen]"),
    ("Hi {{ first_name }},\n\nTalk soon,\n\n[Name] | [Title] | [Company]", "[Name]"),  # a signature of slots
    ("Hola {{ first_name }}:\n\nUn saludo,\n[Nombre] · [Cargo] · [Teléfono]", "[Nombre]"),
    ("Bonjour {{ first_name }},\n\nJe vous écris au sujet de [produit/service].", "[produit/service]"),
    ("Hi {{ first_name }},\n\nBest,\n[my name]", "[my name]"),  # the sender's own blank
    ("Hallo {{ first_name }},\n\nViele Grüße\n[Mein Name]", "[Mein Name]"),
    ("Hi <FIRST_NAME>,\n\nQuick question about your stack.", "<FIRST_NAME>"),
]

MUST_NOT_FIRE_2 = [
    ("en", "Hi {{ first_name }},\n\nThe full agenda is on [our website], and the recording will follow."),
    ("de", "Hallo {{ first_name }},\n\nalle Termine finden Sie auf [unserer Website]."),
    ("fr", "Bonjour {{ first_name }},\n\ntout le programme est sur [notre site]."),
    ("es", "Hola {{ first_name }}:\n\nTiene toda la información en [nuestra web]."),
    ("nl", "Beste {{ first_name }},\n\nHet volledige programma staat op [onze website]."),
    ("en", "Hi {{ first_name }},\n\nSee you there!\n\n[Website] | [LinkedIn] | [Unsubscribe]"),
    ("de", "Hallo {{ first_name }},\n\nbis bald!\n\n[Kontakt] · [E-Mail] · [Impressum] · [Datenschutz]"),
    ("nl", "Beste {{ first_name }},\n\nTot snel!\n\n[Website] - [Contact] - [Afmelden]"),
    ("en", "Hi {{ first_name }},\n\nIn the clip you'll hear [music] and then [applause] before the keynote."),
    ("fr", "Bonjour {{ first_name }},\n\nle rapport est en pièce jointe [document confidentiel, diffusion restreinte]."),
    ("es", "Hola {{ first_name }}:\n\nEl precio final [IVA incluido] aparece en la propuesta."),
    ("en", "Hi {{ first_name }},\n\nThe new-hire email uses -ing words a lot - try the checklist - it helps."),
]


def test_the_second_round_is_balanced() -> None:
    assert len(MUST_FIRE_2) == len(MUST_NOT_FIRE_2)


@pytest.mark.parametrize(("template", "tag"), MUST_FIRE_2)
def test_fl006_second_round_fires(template: str, tag: str) -> None:
    found = run_rules("FL006", template, [RECIPIENT])
    quoted = [d.message.replace("{{", "{").replace("}}", "}") for d in found]
    assert any(repr(tag) in m for m in quoted), found


@pytest.mark.parametrize(("lang", "template"), MUST_NOT_FIRE_2)
def test_fl006_second_round_stays_quiet(lang: str, template: str) -> None:
    assert run_rules("FL006", template, [RECIPIENT]) == []
