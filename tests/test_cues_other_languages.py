"""The cue lexicons outside English: each gated role's ordinary wording in German, French,
Spanish and Dutch gives the role from the cues alone, and the near-misses a careless lexicon
would confuse with it do not.

Sentences written for this test (not taken from corpus/roles/), in the register of real
prospecting and follow-up emails, formal and informal address mixed as in practice."""

from __future__ import annotations

import pytest

from followup_lint.content.roles import assign_roles

FIRES = [
    # flattery: praise that fits anyone on the list
    ("flattery", "de", "Ihre Erfahrung im Einkauf ist wirklich einzigartig."),
    ("flattery", "de", "{{ company }} wächst gerade rasant, das sieht man."),
    ("flattery", "fr", "Votre parcours dans la logistique est vraiment remarquable."),
    ("flattery", "fr", "Vous êtes une vraie référence dans le secteur."),
    ("flattery", "es", "Tu trayectoria en ventas es realmente admirable."),
    ("flattery", "es", "{{ company }} está creciendo muy rápido."),
    ("flattery", "nl", "Jouw ervaring in de zorg is echt uniek."),
    ("flattery", "nl", "{{ company }} groeit enorm hard."),
    # loss: what the reader loses without acting
    ("loss", "de", "Jeden Monat verschenken Sie so Umsatz an schnellere Anbieter."),
    ("loss", "de", "Ihre Wettbewerber automatisieren das längst."),
    ("loss", "fr", "Vous laissez filer des clients chaque semaine."),
    ("loss", "fr", "Vos concurrents ont déjà fait le pas."),
    ("loss", "es", "Cada semana sin seguimiento deja escapar oportunidades."),
    ("loss", "es", "Tus competidores ya lo están haciendo."),
    ("loss", "nl", "Zo laten jullie elke maand omzet liggen."),
    ("loss", "nl", "Uw concurrenten doen dit al lang."),
    # qualify: who decides, budget, timeline, current vendor, closing questions
    ("qualify", "de", "Welche Software nutzen Sie derzeit für die Zeiterfassung?"),
    ("qualify", "de", "Bis wann möchten Sie eine Lösung im Einsatz haben?"),
    ("qualify", "fr", "Quel est votre budget pour ce projet ?"),
    ("qualify", "fr", "Qu'est-ce qui vous empêcherait de signer ce mois-ci ?"),
    ("qualify", "es", "¿Cuál es tu presupuesto para este trimestre?"),
    ("qualify", "es", "¿Qué necesitarías para firmar antes de fin de mes?"),
    ("qualify", "nl", "Welke software gebruiken jullie nu voor de planning?"),
    ("qualify", "nl", "Wanneer loopt jullie huidige contract af?"),
    # pushy: the sender picks the slot, announces the step, sets the deadline
    ("pushy", "de", "Passt Ihnen Donnerstag um 10 Uhr?"),
    ("pushy", "de", "Ich habe Ihnen bereits eine Kalendereinladung geschickt."),
    ("pushy", "fr", "Jeudi à 14 h vous convient ?"),
    ("pushy", "fr", "Je vous ai envoyé une invitation pour demain."),
    ("pushy", "es", "¿Te viene bien el jueves a las 11?"),
    ("pushy", "es", "Te he enviado una invitación para mañana."),
    ("pushy", "nl", "Past donderdag om 14.00 uur?"),
    ("pushy", "nl", "Ik heb je een uitnodiging gestuurd voor morgen."),
    # filler: courtesy that says nothing
    ("filler", "de", "Ich weiß, Sie haben viel um die Ohren."),
    ("filler", "de", "Mein Name ist Jonas Keller."),
    ("filler", "fr", "J'espère que vous allez bien."),
    ("filler", "fr", "Je me permets de vous contacter."),
    ("filler", "es", "Espero que estés muy bien."),
    ("filler", "es", "Disculpa la molestia."),
    ("filler", "nl", "Ik weet dat je het druk hebt."),
    ("filler", "nl", "Mijn naam is Sanne de Vries."),
    # familiarity: claims earlier contact
    ("familiarity", "de", "Vielen Dank für Ihre Rückmeldung."),
    ("familiarity", "de", "Anknüpfend an unser Telefonat von letzter Woche schicke ich die Details."),
    ("familiarity", "fr", "Comme convenu, voici la suite."),
    ("familiarity", "fr", "Suite à notre échange de mardi, je reviens vers vous."),
    ("familiarity", "es", "Como hablamos, te paso los detalles."),
    ("familiarity", "es", "Tras nuestra llamada de ayer, te escribo."),
    ("familiarity", "nl", "Zoals besproken stuur ik je de details."),
    ("familiarity", "nl", "Naar aanleiding van ons gesprek van dinsdag stuur ik dit."),
    # pitch: the sender's product, people, plan; switches
    ("pitch", "de", "Unsere Plattform automatisiert den kompletten Rechnungseingang."),
    ("pitch", "de", "Wir unterstützen mittelständische Händler beim Retourenmanagement."),
    ("pitch", "fr", "Notre plateforme fait gagner deux heures par jour aux équipes RH."),
    ("pitch", "fr", "Nous accompagnons les cabinets comptables depuis dix ans."),
    ("pitch", "es", "Nuestra plataforma reduce el tiempo de facturación a la mitad."),
    ("pitch", "es", "Ayudamos a clínicas dentales a llenar su agenda."),
    ("pitch", "nl", "Ons platform bespaart planners uren per week."),
    ("pitch", "nl", "Wij helpen installatiebedrijven met hun planning."),
    # ask: a soft commercial ask
    ("ask", "de", "Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"),
    ("ask", "fr", "Seriez-vous ouvert à un échange de vingt minutes ?"),
    ("ask", "es", "¿Te interesaría una demo corta?"),
    ("ask", "nl", "Heb je volgende week tijd voor een kort gesprek?"),
]

QUIET = [
    # specific observation, not flattery; registration is not familiarity
    ("flattery", "de", "Ich habe gesehen, dass {{ company }} am Montag eine Stelle für die Buchhaltung ausgeschrieben hat."),
    ("flattery", "es", "Vi que {{ company }} abrió una oficina en Valencia en marzo."),
    ("familiarity", "de", "Danke für Ihre Anmeldung zum Webinar."),
    ("familiarity", "fr", "Merci pour votre inscription à l'atelier."),
    ("familiarity", "es", "Gracias por tu registro en el webinar."),
    ("familiarity", "nl", "Bedankt voor je aanmelding voor de sessie."),
    ("familiarity", "de", "Unser Gesprächsleitfaden für das Jahresgespräch liegt bei."),
    # a loss word about something else
    ("loss", "de", "Sie haben keine Daten verloren."),
    ("loss", "fr", "Vous n'avez perdu aucune donnée lors de la migration."),
    ("loss", "nl", "Er zijn geen gegevens verloren gegaan."),
    # a question about the event, not qualification
    ("qualify", "de", "Welche Session hat Ihnen am besten gefallen?"),
    ("qualify", "fr", "Quelle session avez-vous préférée ?"),
    ("qualify", "es", "¿Qué sesión te gustó más?"),
    ("qualify", "nl", "Welke sessie vond je het interessantst?"),
    # logistics, not pushy
    ("pushy", "de", "Die Aufzeichnung bleibt bis Freitag online."),
    ("pushy", "fr", "L'enregistrement reste disponible jusqu'à vendredi."),
    ("pushy", "es", "La grabación estará disponible hasta el viernes."),
    ("pushy", "nl", "De opname blijft tot vrijdag beschikbaar."),
    # a hope tied to a fact is not filler
    ("filler", "de", "Ich hoffe, der Umzug nach Leipzig ist gut verlaufen."),
    ("filler", "es", "Espero que la mudanza a Sevilla haya ido genial."),
    # "our" alone is not a pitch
    ("pitch", "de", "Unser Büro ist am 24. Dezember geschlossen."),
    ("pitch", "fr", "Notre bureau est fermé le 24 décembre."),
    ("pitch", "es", "Nuestra oficina cierra el 24 de diciembre."),
    ("pitch", "nl", "Ons kantoor is op 24 december gesloten."),
    # a non-commercial request is not an ask
    ("ask", "de", "Hätten Sie Zeit, den kurzen Feedbackbogen auszufüllen?"),
    ("ask", "nl", "Wil je de opname doorsturen naar je collega's?"),
]


def cue_roles(text: str, lang: str) -> frozenset[str]:
    return assign_roles(text, lang, model=None).roles


@pytest.mark.parametrize(("role", "lang", "sentence"), FIRES, ids=[f"{r}-{l}-{s[:28]}" for r, l, s in FIRES])
def test_cue_finds_the_role(role: str, lang: str, sentence: str) -> None:
    assert role in cue_roles(sentence, lang), (role, lang, sentence)


@pytest.mark.parametrize(("role", "lang", "sentence"), QUIET, ids=[f"{r}-{l}-{s[:28]}" for r, l, s in QUIET])
def test_near_miss_does_not_get_the_role(role: str, lang: str, sentence: str) -> None:
    assert role not in cue_roles(sentence, lang), (role, lang, sentence)


def test_every_gated_role_has_cues_in_every_language() -> None:
    from followup_lint.content.lexicon import builtin_lexicon

    lexicon = builtin_lexicon()
    for lang in ("de", "fr", "es", "nl"):
        have = {cue.role for cue in lexicon.for_language(lang).cues}
        gated = {"pitch", "ask", "pushy", "qualify", "pressure", "loss", "hype", "filler", "flattery", "familiarity", "attendance"}
        assert gated <= have, (lang, gated - have)
