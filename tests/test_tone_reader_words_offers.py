"""FL201 on first touches whose only ask is small and optional (issue 10, tone). Case table
written before the code.

Two categories:

* **The reader's own words about a commercial term.** A free trial, a discount, pricing, an
  upgrade, a demo or an offer inside what the READER said, wrote, published or asked ("your post
  about ...", "you argued that ...", "Ihr Beitrag zu ...", "vous expliquiez que ...", "su
  comentario sobre ...", "uw opmerking over ...") is the reader's topic, not the sender's offer.
  Must-not: such a sentence, then something useful and at most an optional ask. Must-fire: the
  sender's own trial, discount, upgrade or demo offered - alone, or right after a nod to the
  reader's words.
* **An offer to send something split over two sentences.** A question whether something would
  help or be useful, then "then I'll send it (otherwise no need to reply)" ("Wäre ... hilfreich?
  Dann schicke ich sie Ihnen.", "... vous serait-il utile ? Je vous l'envoie volontiers.", "¿Le
  serviría ...? Se lo envío.", "Zou ... helpen? Dan stuur ik het u toe."). Must-not: the thing
  is information. Must-fire: the thing sells (a demo, a price list, a quote, a brochure), or the
  second sentence books a meeting, or a meeting ask follows.

Run ``PYTHONPATH=src python tests/test_tone_reader_words_offers.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import assert_tables_balanced, assert_tables_cover_languages, build_mail, fired, print_table_scores
from followup_lint.testing import run_rules

GREETING = {
    "en": "Hi {{ first_name }},",
    "de": "Guten Tag {{ salutation }} {{ last_name }},",
    "fr": "Bonjour {{ first_name }},",
    "es": "Hola {{ first_name }}:",
    "nl": "Beste {{ first_name }},",
}
SIGNOFF = {
    "en": "Kind regards,\nOluwaseun Adébáyọ̀",
    "de": "Viele Grüße\nAnna-Lena zu Stolberg",
    "fr": "Cordialement,\nJean-Baptiste d'Aubigné",
    "es": "Saludos,\nMaría José de la Fuente",
    "nl": "Hartelijke groet,\nWillem-Jan van der Linde",
}


def mail(lang: str, body: str, *, sequence: str = "first-touch") -> str:
    return build_mail(GREETING[lang], SIGNOFF[lang], lang, body, sequence=sequence)


#: The reader's own words about a commercial term, reported back; then something useful and at
#: most a small optional ask. No sell.
READER_WORDS_TOPIC = [
    mail("en", "You argued in your newsletter that annual-plan discounts mostly pull forward revenue "
               "{{ company }} would have earned anyway. Across 90 subscription shops I looked at, renewals "
               "barely moved when the discount went; happy to send the breakdown if it's useful."),
    mail("en", "Your post about moving {{ company }} from a free tier to a 14-day trial raised a question I've "
               "been chewing on too: did activation drop in the first month? I'd love to hear how it went, if "
               "you ever have a minute."),
    mail("en", "Loved your question on the {{ event_name }} panel about whether upgrade prompts inside the product "
               "annoy paying users. Three placements were tested with 60 teams and the quietest one won; I can "
               "share the numbers if you'd like."),
    mail("en", "You wrote on LinkedIn that demo requests at {{ company }} fell once pricing went up on the "
               "website. Ines Duarte saw exactly that at her agency and wrote it up here: {{ article_url }}"),
    mail("de", "Ihr Beitrag zu Rabattaktionen im Fachhandel hat mich nachdenklich gemacht. Bei 80 befragten "
               "Händlern brachten Gutscheine kaum Neukunden; gern schicke ich Ihnen die Auswertung, wenn Sie "
               "mögen."),
    mail("de", "Sie schrieben in Ihrem Blog, dass kostenlose Testphasen bei {{ company }} vor allem Studierende "
               "anziehen. Eine Umfrage unter 120 Softwarehäusern kam zum selben Ergebnis; die Zahlen schicke ich "
               "Ihnen gern, falls sie nützen."),
    mail("de", "Ihre Frage im Podcast von Jörg Meißner, ob ein Upgrade-Hinweis in der App zahlende Kunden "
               "verärgert, hat mich nicht losgelassen. Hier ist eine kleine Studie dazu: {{ studie_url }}"),
    mail("fr", "Votre remarque sur les remises de fin d'année, qui selon vous habituent les clients à attendre, "
               "m'a frappé. Une cinquantaine de boutiques en ligne montrent la même chose ; je peux vous envoyer "
               "le tableau si cela vous intéresse."),
    mail("fr", "Vous expliquiez dans votre podcast que la version d'essai gratuite de {{ company }} attire surtout "
               "des curieux. Si cela peut servir, je vous envoie volontiers les trois questions qu'utilise Léa "
               "Nguyen pour filtrer les inscriptions."),
    mail("es", "Su comentario sobre los descuentos por pago anual en {{ event_name }} me pareció muy acertado: en "
               "las 70 tiendas analizadas apenas cambiaban la renovación. Si le sirve, le paso el resumen."),
    mail("es", "Usted decía en su artículo que las demos grabadas funcionan mejor que las demos en directo para "
               "equipos pequeños. Aquí tiene una encuesta a 200 compradores que apunta a lo mismo: {{ enlace }}"),
    mail("nl", "Uw opmerking over proefperiodes in de podcast van {{ podcast_name }} bleef hangen: bij 60 "
               "softwarebedrijven haakten de meeste proefgebruikers na dag drie af. Als u wilt, stuur ik u het "
               "overzicht."),
    mail("nl", "Je schreef op LinkedIn dat de korting op jaarabonnementen bij {{ company }} vooral bestaande "
               "klanten trekt. Dat zag Sanne de Vries ook bij haar webwinkels; ik deel graag haar cijfers als je "
               "daar iets aan hebt."),
    mail("en", "You asked at the {{ webinar_name }} Q&A whether a price-increase email should mention the old "
               "price. Most of the 40 shops I looked at that did saw fewer cancellations; the examples are yours "
               "if you want them."),
]

#: The sender's own trial, discount, upgrade or demo offered - alone or after a nod to the reader's
#: words. A sell before anything is given.
SENDER_OFFERS = [
    mail("en", "Start your free trial of Ledgerline today - no card needed, and you can cancel anytime."),
    mail("en", "Your post about annual discounts got me thinking: we're offering 20% off our annual plan to "
               "agencies like {{ company }} until Friday."),
    mail("en", "Loved your comment about upgrade prompts. Upgrade to Ledgerline Pro this month and get two extra "
               "seats free."),
    mail("en", "You mentioned that demo requests dropped at {{ company }}, so our team can walk you through a live "
               "demo of Ledgerline on Thursday at 10."),
    mail("de", "Testen Sie Lagerwerk jetzt 30 Tage kostenlos und unverbindlich."),
    mail("de", "Ihr Beitrag zu Rabattaktionen war spannend – wir bieten Händlern wie {{ company }} gerade 15 % "
               "Rabatt auf das erste Jahr."),
    mail("fr", "Profitez dès aujourd'hui de notre essai gratuit de 30 jours, sans carte bancaire."),
    mail("fr", "Votre remarque sur les remises m'a plu : nous vous offrons 20 % de remise sur votre premier "
               "abonnement jusqu'à vendredi."),
    mail("es", "Aproveche nuestro descuento del 25 % en el plan anual hasta el viernes."),
    mail("es", "Su comentario sobre las demos me encantó; le reservo una demo de nuestra plataforma el jueves a "
               "las 10."),
    mail("nl", "Probeer PlanPilot nu 30 dagen gratis uit, zonder creditcard."),
    mail("nl", "Uw opmerking over kortingen was raak: wij geven gemeenten als {{ company }} deze maand 20% korting "
               "op ons pakket."),
    mail("en", "Your talk on pricing pages was great. Have a look at our new pricing and grab the launch discount "
               "before it ends on Sunday."),
]

#: The same with the commercial term a cue reads as a pitch when the sender says it ("free trial",
#: "kostenlose Testversion", "essai gratuit", "prueba gratuita", "gratis proefperiode", "20% discount").
READER_WORDS_TOPIC += [
    mail("en", "Your point on the {{ podcast_name }} episode that a free trial without onboarding mostly attracts "
               "tyre-kickers stuck with me. Two of the 50 SaaS founders I interviewed said the same, and one "
               "shared her activation checklist; want me to pass the checklist on?"),
    mail("en", "You said in your interview with Priya Raman that a 20% discount rarely beats free shipping for "
               "{{ company }}'s buyers. That lines up with a cart study of 12,000 orders: {{ study_url }}"),
    mail("de", "In Ihrem Vortrag sagten Sie, dass eine kostenlose Testversion ohne Einführung bei {{ company }} "
               "kaum zahlende Kunden bringt. Eine kurze Auswertung von 50 Anbietern bestätigt das; ich schicke "
               "sie Ihnen gern, falls das hilft."),
    mail("fr", "Votre billet sur l'essai gratuit de 30 jours, que vous trouvez trop long pour {{ company }}, m'a "
               "beaucoup parlé. Voici une étude sur 200 éditeurs qui va dans votre sens : {{ lien }}"),
    mail("es", "Me quedé con su comentario en {{ event_name }} de que la prueba gratuita de 14 días atrae sobre "
               "todo a curiosos. Un análisis de 150 empresas de software dice lo mismo; si le interesa, le paso "
               "el enlace."),
    mail("nl", "Uw stelling in het webinar dat een gratis proefperiode van 30 dagen te lang is voor kleine teams, "
               "herken ik. Een onderzoek onder 80 softwarebedrijven kwam tot dezelfde conclusie; ik stuur u het "
               "rapport graag als u wilt."),
]

#: The sender's own free trial in the words of the reader's-words cases above.
SENDER_OFFERS += [
    mail("en", "Every new {{ industry }} team gets a free trial of Ledgerline with onboarding included - want me "
               "to set one up for {{ company }}?"),
    mail("de", "Mit unserer kostenlosen Testversion sehen Sie in 14 Tagen, was Lagerwerk für {{ company }} "
               "leistet."),
    mail("fr", "Notre essai gratuit de 30 jours vous attend : activez-le en deux minutes."),
    mail("es", "Le ofrecemos una prueba gratuita de 14 días de nuestra plataforma, sin compromiso."),
    mail("nl", "Start vandaag nog uw gratis proefperiode van 30 dagen bij PlanPilot."),
    mail("es", "Pruebe Cuadrante gratis durante 30 días, sin tarjeta."),
]

#: A question whether something would help, then "then I'll send it": information offered, left
#: to the reader. No sell.
SPLIT_SEND_OFFERS = [
    mail("en", "Would a one-page summary of how four similar clinics cut their no-show rate help? Then I'll send "
               "it across; otherwise no need to reply."),
    mail("en", "Would the list of grants two other parish councils used for their play areas be useful? Just say "
               "and I'll forward it."),
    mail("en", "Would the checklist Mr. Oyelaran's team uses for supplier audits help? If so, I'll dig it out and "
               "send it over."),
    mail("de", "Wäre eine kurze Übersicht hilfreich, wie zwei andere Stadtwerke ihre Ablesetermine bündeln? Dann "
               "schicke ich sie Ihnen; sonst müssen Sie nicht antworten."),
    mail("de", "Würde Ihnen die Checkliste helfen, mit der die Bäckerei Schäfer ihre Hygieneschulungen plant? Dann "
               "leite ich sie Ihnen weiter."),
    mail("fr", "Un récapitulatif des aides que trois communes voisines ont obtenues vous serait-il utile ? Je vous "
               "l'envoie volontiers ; sinon, inutile de répondre."),
    mail("fr", "Est-ce que le planning type d'une autre crèche parentale vous aiderait ? Dans ce cas, je vous le "
               "transmets."),
    mail("es", "¿Le serviría un resumen de cómo tres ayuntamientos parecidos acortaron su formulario de solicitud? "
               "Se lo envío; si no, no hace falta que conteste."),
    mail("es", "¿Te vendría bien la plantilla que usa la Bodega Ysios para organizar la vendimia? Si es así, te la "
               "paso."),
    mail("nl", "Zou een lijstje helpen met de subsidies die twee andere sportclubs hebben aangevraagd? Dan mail ik "
               "het je; zo niet, dan hoef je niet te reageren."),
    mail("nl", "Heeft u iets aan het draaiboek waarmee de gemeente Deventer haar inspraakavonden plant? Dan stuur "
               "ik het u graag toe."),
]

#: The same two-sentence shape with something that sells, a meeting booked, or a meeting ask after.
SPLIT_SALES_OFFERS = [
    mail("en", "Would a demo help? Then I'll book one for Thursday at 2pm."),
    mail("en", "Would our pricing sheet be useful? Then I'll send it over. Do you have 20 minutes on Tuesday to go "
               "through it?"),
    mail("de", "Wäre eine Vorführung hilfreich? Dann trage ich Ihnen direkt einen Termin am Donnerstag ein."),
    mail("de", "Wäre unsere Preisliste hilfreich? Dann schicke ich sie Ihnen. Passt Ihnen ein kurzes Gespräch am "
               "Mittwoch?"),
    mail("fr", "Une démo vous serait-elle utile ? Je vous réserve un créneau jeudi à 14 h."),
    mail("fr", "Notre brochure vous serait-elle utile ? Je vous l'envoie. Seriez-vous disponible mardi pour un "
               "appel de 20 minutes ?"),
    mail("es", "¿Le serviría una demo? Se la agendo para el jueves a las 11."),
    mail("es", "¿Le serviría nuestra lista de precios? Se la envío. ¿Hablamos el miércoles en una llamada de 15 "
               "minutos?"),
    mail("nl", "Zou een demo helpen? Dan plan ik er donderdag om 10 uur een in."),
    mail("nl", "Zou een offerte helpen? Dan stuur ik die u toe. Heeft u dinsdag een half uur voor een gesprek?"),
    mail("en", "Would a free trial help? Then I'll set up an account for {{ company }} today."),
]


#: More things named only in the question, and other words for "would it help".
SPLIT_SEND_OFFERS += [
    mail("de", "Hätten Sie Verwendung für den Musterdienstplan, den das Klinikum Fulda für seine Nachtschichten "
               "nutzt? Dann maile ich ihn Ihnen zu."),
    mail("fr", "Le comparatif des trois logiciels de paie qu'a testés Mme Ould-Ahmed vous rendrait-il service ? Je "
               "vous le fais suivre avec plaisir."),
    mail("nl", "Zou het helpen als u het stappenplan van de gemeente 's-Hertogenbosch kon inzien? Dan stuur ik het "
               "door."),
    mail("es", "¿Le resultaría útil el calendario de turnos que usa el Hospital de Cruces? Se lo reenvío "
               "encantado."),
    mail("en", "Would the handover template Dr. Kim Soo-jin's ward uses be of any use? If so, I'll email it to "
               "you."),
]

#: More sales things offered in two sentences.
SPLIT_SALES_OFFERS += [
    mail("de", "Würde Ihnen ein Angebot für {{ company }} helfen? Dann schicke ich es Ihnen bis Freitag."),
    mail("es", "¿Le vendría bien un presupuesto para su equipo? Se lo envío y lo comentamos el jueves."),
    mail("en", "Would our case studies be useful? Then I'll send them now and call you on Friday to discuss."),
    mail("fr", "Un devis vous aiderait-il ? Je vous l'envoie dès demain."),
    mail("nl", "Zou een korte demo helpen? Dan stuur ik u een uitnodiging voor woensdag 14.00 uur."),
]


#: Written after the code (a model retrain turned one held-out case into an ask): a minute asked
#: for a reply is an answer asked for, optional with its let-off; minutes for a call are a meeting.
MINUTE_TO_REPLY = [
    mail("en", "How do your drivers agree delivery windows with the shops? If you have a minute to reply, thank "
               "you; if not, no worries."),
    mail("de", "Wie legen Ihre Fahrer die Lieferfenster mit den Filialen fest? Wenn Sie eine Minute haben, um zu "
               "antworten, danke; sonst kein Problem."),
    mail("fr", "Comment vos chauffeurs fixent-ils les créneaux avec les magasins ? Si vous avez deux minutes pour "
               "me répondre, merci ; sinon, aucun souci."),
    mail("es", "¿Cómo acuerdan sus repartidores las franjas de entrega con las tiendas? Si tiene un minuto para "
               "responderme, gracias; si no, no pasa nada."),
    mail("nl", "Hoe spreken uw chauffeurs de levertijden met de winkels af? Als u een minuut heeft om te "
               "antwoorden, graag; zo niet, geen probleem."),
]
MINUTES_FOR_A_CALL = [
    mail("en", "Do you have 20 minutes on Thursday for a call about Ledgerline's route planner?"),
    mail("de", "Hätten Sie am Donnerstag 20 Minuten für ein Gespräch über unsere Tourenplanung?"),
    mail("fr", "Auriez-vous 20 minutes jeudi pour un appel sur notre outil de planification des tournées ?"),
    mail("es", "¿Tiene 20 minutos el jueves para una llamada sobre nuestra herramienta de rutas?"),
    mail("nl", "Heeft u donderdag 20 minuten voor een gesprek over onze routeplanner?"),
]


@pytest.mark.parametrize("template", READER_WORDS_TOPIC + SPLIT_SEND_OFFERS + MINUTE_TO_REPLY)
def test_reader_words_and_split_send_offers_are_no_sell(template: str) -> None:
    found = run_rules("FL201", template)
    assert found == [], (template, [d.message for d in found])


#: Known misses, landed as such: the sender's free trial in de/fr/nl ("Testen Sie ... 30 Tage
#: kostenlos", "Profitez de notre essai gratuit", "Probeer ... 30 dagen gratis", "Mit unserer
#: kostenlosen Testversion", "Notre essai gratuit") and "grab the launch discount" have no pitch cue.
#: Cues for them were written, but the retrain they need flipped borderline classifier readings of
#: existing cases (tests/test_tone_self_introductions.py, tests/test_tone_optional_send_offers.py),
#: so they were left out of this landing. All six failed before this batch too.
KNOWN_MISSES = {SENDER_OFFERS[i] for i in (4, 6, 12, 15)}  # 14: pitch cue "mit unserer ... *version" (robust21); 10: "probeer ... 30 dagen gratis" (margin1)


@pytest.mark.parametrize(
    "template",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason="no pitch cue yet; see KNOWN_MISSES"))
        if t in KNOWN_MISSES else t
        for t in SENDER_OFFERS + SPLIT_SALES_OFFERS + MINUTES_FOR_A_CALL
    ],
)
def test_sender_offers_still_sell(template: str) -> None:
    assert fired("FL201", template), template


TABLES = {
    "FL201 reader's words about commercial terms": (SENDER_OFFERS, READER_WORDS_TOPIC, ("FL201",)),
    "FL201 two-sentence send offers": (SPLIT_SALES_OFFERS, SPLIT_SEND_OFFERS, ("FL201",)),
    "FL201 a minute to reply": (MINUTES_FOR_A_CALL, MINUTE_TO_REPLY, ("FL201",)),
}


def test_tables_have_at_least_as_many_negatives() -> None:
    assert_tables_balanced(TABLES)


def test_every_table_covers_five_languages() -> None:
    assert_tables_cover_languages(TABLES, {"en", "de", "fr", "es", "nl"})


if __name__ == "__main__":
    print_table_scores(TABLES)
