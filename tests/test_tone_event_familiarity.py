"""FL212 (issue 10): a prospecting first touch that claims a one-to-one conversation at an event,
or a promise made there, is fake familiarity like any other claimed conversation.

Meeting at an event is only a credible shared past when the template says it follows the event
(``kind: follow-up``, ``sequence: follow-up``, a reply in the thread): FL301 then checks each
recipient's attendance. A template declared a prospecting first touch (``kind: prospecting`` or
``sequence: first-touch``) is sent to a list of strangers, so "great talking to you at the trade
fair - as promised, ..." is a claim nobody on the list can recognise. Seeing the reader's talk
(no conversation) and saying there was no conversation are not claims of one.

Table written before the code and run on it unchanged (see the commit message)."""

from __future__ import annotations

import pytest

from followup_lint.testing import run_rules

_LETTER = {
    "en": ("Hi {{ first_name }},", "Best regards,\nSiobhán O'Connor-Reyes\nHarbourline Cold Chain"),
    "de": ("Guten Tag {{ anrede }} {{ nachname }},", "Mit freundlichen Grüßen\nJürgen von der Heide\nSteinfeld Antriebstechnik"),
    "fr": ("Bonjour {{ prenom }},", "Bien cordialement,\nAnne-Laure de Saint-Aubin\nVéloce Emballages"),
    "es": ("Estimado {{ nombre }}:", "Un cordial saludo,\nMaría José de la Fuente\nAceros Ibéricos"),
    "nl": ("Beste {{ voornaam }},", "Met vriendelijke groet,\nMaarten van 't Hek\nPolderstroom Techniek"),
}


def email(lang: str, body: str, *, kind: str | None, sequence: str | None, subject: str) -> str:
    greeting, signoff = _LETTER[lang]
    front = [f"kind: {kind}"] if kind else []
    front += [f"sequence: {sequence}"] if sequence else []
    front += [f"locale: {lang}", f'subject: "{subject}"']
    return "---\n" + "\n".join(front) + f"\n---\n{greeting}\n\n{body}\n\n{signoff}\n"


# a prospecting first touch to a list, claiming a conversation at an event and a promise made there
FIRES = [
    ("en", "prospecting", "first-touch", "Following up from LogiMAT",
     "Really enjoyed our chat at LogiMAT last month! As I said I would, I'm sending over a short note on how "
     "we cut dock-to-stock time for cold stores like {{ company }}.\n\nWould a 20-minute call next week suit you?"),
    ("en", "prospecting", None, "Good to see you at {{ event_name }}",
     "It was a pleasure speaking with you at {{ event_name }} in Birmingham. Here's the overview I promised of our "
     "temperature logging for {{ company }}'s fleet."),
    ("de", "prospecting", "first-touch", "Unser Gespräch auf der Hannover Messe",
     "es hat mich gefreut, dass wir uns auf der Hannover Messe kurz austauschen konnten. Wie versprochen sende ich "
     "Ihnen unsere Unterlagen zu den Servoantrieben für {{ firma }}."),
    ("de", None, "first-touch", "Nach der SPS in Nürnberg",
     "schön, dass wir auf der SPS in Nürnberg ins Gespräch gekommen sind! Anbei wie besprochen unser Angebot für "
     "die Antriebe von {{ firma }}."),
    ("fr", "prospecting", "first-touch", "Suite à notre échange au SIAL",
     "J'ai été ravie de discuter avec vous au SIAL la semaine dernière. Comme convenu, je vous envoie notre "
     "présentation sur les barquettes compostables pour {{ societe }}."),
    ("fr", "prospecting", None, "Content de vous avoir vu à {{ salon }}",
     "Merci pour notre conversation sur le stand au salon {{ salon }} ! Voici, comme je vous l'avais promis, nos "
     "tarifs pour {{ societe }}."),
    ("es", "prospecting", "first-touch", "Nuestra conversación en Metalmadrid",
     "Fue un gusto hablar con usted en Metalmadrid la semana pasada. Tal como le comenté, le envío la ficha técnica "
     "de nuestros aceros para {{ empresa }}."),
    ("es", "prospecting", None, "Encantada de verle en la feria",
     "Me alegró mucho conversar con usted en la feria de Bilbao. Como le dije, aquí tiene nuestra propuesta para "
     "{{ empresa }}."),
    ("nl", "prospecting", "first-touch", "Ons gesprek op de Vakbeurs Energie",
     "Wat fijn dat we vorige week op de Vakbeurs Energie met elkaar hebben gesproken. Zoals afgesproken stuur ik u "
     "hierbij de brochure over onze warmtepompen voor {{ bedrijf }}."),
    ("nl", "prospecting", None, "Leuk je gezien te hebben op {{ beurs }}",
     "Bedankt voor het goede gesprek op {{ beurs }}! Zoals beloofd hierbij onze prijslijst voor {{ bedrijf }}."),
    # having met there, with no other claim: the meeting is the claimed shared past
    ("en", "prospecting", "first-touch", "Pallet racking for {{ company }}",
     "Good to see you at IntraLogisteX on Wednesday. Attached is the load table for {{ company }}'s new aisles."),
    ("de", "prospecting", "first-touch", "Kühlketten-Monitoring für {{ firma }}",
     "es hat mich gefreut, Sie auf der FachPack kennenzulernen. Anbei unsere Preisliste für {{ firma }}."),
    ("fr", "prospecting", None, "Emballages pour {{ societe }}",
     "Quel plaisir de vous avoir rencontré au salon Emballage ! Vous trouverez ci-joint notre catalogue."),
    ("es", "prospecting", "first-touch", "Aceros para {{ empresa }}",
     "Fue un placer conocerle en la feria de Bilbao. Le adjunto el catálogo para {{ empresa }}."),
]

# the same event and words where the template follows the event, or no conversation is claimed
QUIET = [
    ("en", "follow-up", None, "Thanks for stopping by at {{ event_name }}",
     "It was great to meet so many of you at our stand at {{ event_name }}. As promised, here are the slides from "
     "the live demo: {{ slides_url }}"),
    ("en", "prospecting", "reply", "Re: {{ previous_subject }}",
     "Great talking with you at LogiMAT, and thanks for the quick reply. As promised, the spec sheet is attached."),
    ("en", "prospecting", "first-touch", "Your talk at ProMat",
     "I saw your talk at ProMat on slotting for frozen goods. The point about pick-face temperature stuck with me, "
     "so here is a short study on it: {{ study_url }}"),
    ("en", "prospecting", "first-touch", "Missed you at the expo",
     "We didn't get to talk at the Cold Chain Expo, but your colleague mentioned {{ company }} is adding a second "
     "freezer hall. Here is our checklist for that: {{ checklist_url }}"),
    ("de", "follow-up", None, "Danke für Ihren Besuch auf der Hannover Messe",
     "schön, dass wir uns auf der Hannover Messe unterhalten haben. Wie versprochen finden Sie hier die Folien "
     "unseres Vortrags: {{ folien_url }}"),
    ("de", "prospecting", "first-touch", "Ihr Vortrag auf der SPS",
     "ich habe Ihren Vortrag auf der SPS in Nürnberg gehört. Zu Ihrer Frage nach der Energiebilanz hier eine "
     "kurze Auswertung: {{ auswertung_url }}"),
    ("fr", "follow-up", None, "Merci de votre visite au SIAL",
     "Ravie d'avoir échangé avec vous au SIAL. Comme promis, voici la fiche technique : {{ fiche_url }}"),
    ("es", "prospecting", "first-touch", "No coincidimos en Metalmadrid",
     "No llegamos a hablar en Metalmadrid, pero vi que {{ empresa }} amplía su planta de Zaragoza. Le dejo una "
     "guía sobre el tratamiento térmico: {{ guia_url }}"),
    ("nl", "follow-up", None, "Bedankt voor uw bezoek aan de beurs",
     "Leuk dat we elkaar spraken op de Vakbeurs Energie. Zoals beloofd hierbij de presentatie: {{ presentatie_url }}"),
    ("nl", "prospecting", "first-touch", "Uw lezing op de Vakbeurs Energie",
     "Ik heb uw lezing op de Vakbeurs Energie gezien. Over uw vraag naar netcongestie schreven we dit stuk: "
     "{{ artikel_url }}"),
    # an invitation to meet at a coming event claims nothing that happened
    ("en", "prospecting", "first-touch", "Racking at IntraLogisteX",
     "It would be great to meet you at IntraLogisteX next month; our stand is C14. The load table is here: {{ table_url }}"),
    ("de", "prospecting", "first-touch", "FachPack 2027",
     "wir würden uns freuen, Sie auf der FachPack an unserem Stand kennenzulernen. Die Preisliste finden Sie hier: {{ url }}"),
    ("fr", "prospecting", None, "Salon Emballage",
     "Ce serait un plaisir de vous rencontrer au salon Emballage en novembre. Notre catalogue : {{ catalogue_url }}"),
    ("es", "prospecting", "first-touch", "Feria de Bilbao",
     "Nos encantaría conocerle en la feria de Bilbao; estaremos en el pabellón 3. El catálogo: {{ catalogo_url }}"),
]


def fl212(lang: str, kind: str | None, sequence: str | None, subject: str, body: str) -> list[str]:
    found = run_rules("FL212", email(lang, body, kind=kind, sequence=sequence, subject=subject))
    return [d.message for d in found if d.code == "FL212"]


@pytest.mark.parametrize("lang,kind,sequence,subject,body", FIRES)
def test_event_conversation_claimed_in_a_prospecting_first_touch_fires(lang, kind, sequence, subject, body):
    assert fl212(lang, kind, sequence, subject, body)


@pytest.mark.parametrize("lang,kind,sequence,subject,body", QUIET)
def test_event_follow_up_reply_or_no_conversation_is_quiet(lang, kind, sequence, subject, body):
    assert fl212(lang, kind, sequence, subject, body) == []
