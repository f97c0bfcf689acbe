"""Opener and tone rules (FL2xx): case tables of openers and emails that must / must not fire.

Run ``PYTHONPATH=src python tests/test_rules_tone.py`` to print how the tables score.
"""

from __future__ import annotations

import pytest

from _core_testing import fired
from followup_lint.testing import run_rules

GREETINGS = (
    "Hi {{ first_name }},",
    "Hello {{ first_name | default('there', true) }},",
    "Hey {{ first_name }} —",
    "Dear {{ title }} {{ last_name }},",
    "Hallo {{ first_name }},",
    "Bonjour {{ first_name }},",
    "Hola {{ first_name }}:",
    "Beste {{ first_name }},",
)

FOLLOW_ON = (
    "The recording and slides are in the shared folder, and the cohort template is on page 4.\n\n"
    "If it would be useful, I can walk your team through how others set it up."
)

SIGNATURE = "Best,\nSam Carter\nHead of Customer Education, Acme"


def email(opener: str, *, greeting: str = GREETINGS[0], body: str = FOLLOW_ON, signature: str = SIGNATURE) -> str:
    parts = [greeting, opener] if greeting else [opener]
    if body:
        parts.append(body)
    parts.append(signature)
    return "\n\n".join(parts) + "\n"


def _with_greeting(cases: list[str]) -> list[tuple[str, str]]:
    """Spread the cases over greetings in several languages."""
    return [(case, GREETINGS[i % len(GREETINGS)]) for i, case in enumerate(cases)]


# ----------------------------------------------------------------------------- FL201

HARD_SELL = [
    "Our platform can double your pipeline in 90 days.",
    "I'd love to show you how Acme cuts onboarding time in half.",
    "Can I get 15 minutes on your calendar next week?",
    "Buy now and get 20% off your first year.",
    "Our AI-powered forecasting tool helps revenue teams hit their number every quarter.",
    "We've helped over 300 B2B companies triple their reply rates.",
    "Would you be open to a quick call on Thursday?",
    "Do you have twenty minutes this week for a demo?",
    "Let's hop on a quick call to see if we're a fit.",
    "Start your free 14-day trial today.",
    "Exclusive offer: 35% off annual plans for webinar attendees.",
    "We help SaaS companies like yours cut churn by 30%.",
    "Are you free for a 30-minute demo sometime next week?",
    "Could we grab some time on Tuesday to walk through your pipeline?",
    "I wanted to tell you about our new analytics suite.",
    "Our software will save your team ten hours a week.",
    "Our solution is trusted by 2,000+ revenue teams.",
    "Imagine doubling your demo bookings without adding headcount.",
    "Are you still struggling with manual CRM updates?",
    "Use code SPRING25 to save $200 on your first order.",
    "I'm reaching out to see if you'd be interested in a demo of our platform.",
    "We can help you book 3x more meetings with the same team.",
    "Interested in a free trial?",
    "Got 10 minutes for a quick chat this week?",
    "Teams using Acme close deals 2x faster.",
    "Grab a time on my calendar for a personalised demo: https://calendly.com/sam-acme",
    "Our team helps fintech firms generate more qualified leads.",
    "Want to see how we helped Northwind cut support costs by 40%?",
    "Hätten Sie nächste Woche 15 Minuten Zeit für ein kurzes Gespräch?",
    "Unsere Plattform verdoppelt Ihre Pipeline in nur 90 Tagen.",
    "Jetzt 20 % Rabatt auf alle Jahrespläne sichern.",
    "Notre plateforme peut doubler votre pipeline commercial.",
    "Auriez-vous 15 minutes cette semaine pour un appel ?",
    "¿Tienes 15 minutos esta semana para una llamada rápida?",
    "Nuestra herramienta ayuda a equipos de ventas a cerrar más acuerdos.",
    "Ons platform helpt marketingteams hun pipeline te verdubbelen.",
    "Heeft u volgende week 20 minuten voor een kennismaking?",
    "Hope you're doing well! Our new dashboard gives you real-time churn alerts.",
    "What if I told you your SDRs could book twice as many meetings?",
    "Limited-time deal: get our Pro plan at half price.",
    "Happy to give you a quick tour of the platform whenever suits.",
    "How about a quick demo next Tuesday?",
    "Me encantaría mostrarte cómo funciona nuestra plataforma.",
    "J'aimerais vous présenter notre solution de prévision.",
    "We're offering a free pipeline audit to a handful of companies this month.",
    "Our customers typically see a 25% lift in win rates within a quarter.",
    "Acme helps RevOps teams clean their CRM data automatically.",
    "Could I steal fifteen minutes of your time on Friday?",
    "Profitez de 30 % de réduction sur votre abonnement annuel.",
    "Compra ahora y obtén un 25% de descuento.",
    "I hope this email finds you well. We'd be happy to set up a personalised demo for your team.",
    "Would love to show you what our forecasting module can do for your Q3 plan.",
]

NOT_HARD_SELL = [
    "Thanks for joining Tuesday's session on retention metrics.",
    "Here is the recording you asked for.",
    "Congratulations on the launch!",
    "Great question in the Q&A about churn cohorts — here's the deck.",
    "It was great meeting you at SaaStr last week.",
    "Sorry we missed you on Thursday; the replay is below.",
    "As promised, here are the slides and the three links from the chat.",
    "Your question about cohort definitions stuck with me, so I dug up an example.",
    "I enjoyed our conversation at the booth about onboarding handoffs.",
    "Thanks for the 15-minute call yesterday, it was useful to hear how your team works.",
    "Loved your post on LinkedIn about pricing experiments.",
    "You asked how our pricing works in the chat, so here is the one-pager.",
    "Thanks for trying our platform during the live workshop.",
    "Here's a 5-minute video recap of the session for your team.",
    "Following your question in the chat, I pulled the benchmark report we mentioned.",
    "We loved having you at the workshop in Berlin.",
    "We are thrilled you could make it to the roundtable.",
    "Thanks for your thoughtful questions during the demo on Tuesday.",
    "I saw that {{ company }} just opened an office in Lisbon, congratulations.",
    "Priya mentioned you're rebuilding your onboarding flow, so I thought this checklist might help.",
    "Hope the rest of the conference went well! Here are the notes from our table discussion.",
    "Thank you for registering for our webinar on forecasting.",
    "Thanks for the demo of your new onboarding flow — it's impressive.",
    "Your team's talk on churn was the highlight of the summit.",
    "The answers to the questions we didn't get to in the Q&A are below.",
    "I noticed you downloaded our guide to churn cohorts, so here is the companion worksheet.",
    "Great to see your team growing so quickly.",
    "Thanks for stopping by our booth at Web Summit.",
    "Welcome back from the holidays!",
    "You mentioned you were short on time, so here's the two-minute version.",
    "The recording will be available for 30 days, so no rush.",
    "Quick recap of what we covered on Tuesday, with links.",
    "Danke für Ihre Teilnahme an unserem Webinar zur Kundenbindung.",
    "Hier ist die Aufzeichnung, um die Sie gebeten haben.",
    "Merci d'avoir participé à notre atelier sur la rétention.",
    "Voici l'enregistrement que vous avez demandé.",
    "Gracias por asistir a la sesión del martes sobre métricas de retención.",
    "Aquí tienes la grabación que pediste.",
    "Bedankt voor je deelname aan het webinar van dinsdag.",
    "Hier is de opname waar je om vroeg.",
    "¡Felicidades por el lanzamiento!",
    "Félicitations pour la levée de fonds !",
    "Herzlichen Glückwunsch zum Produktlaunch!",
    "Gefeliciteerd met de lancering!",
    "Your comment about 15-minute standups made the whole panel laugh.",
    "The deck you asked about is attached, including the cohort template.",
    "Thanks for the great chat at the meetup about hiring your first SDR.",
    "Hope you had a good flight home from Lisbon. Here are the photos from the dinner.",
    "Congrats on being named to the Forbes Cloud 100.",
    "Three attendees asked the same question you did, so I wrote up a longer answer.",
    "It was a pleasure to host you and your team on Tuesday.",
    "You were right about the onboarding gap, and here is the data to back it up.",
    "Thanks for the thoughtful reply to my last note about SSO.",
    "I promised to send the benchmark after the panel, so here it is.",
    "Your question about discount approvals is one we hear a lot; here is how two teams handle it.",
]

# second and third rounds, written blind (without looking at the patterns)
HARD_SELL += [
    'Quick question — would your team be interested in cutting CRM admin by half?',
    "I'd like to set up a brief call to discuss your lead generation strategy.",
    'We specialize in helping B2B SaaS companies scale outbound.',
    'Our clients see an average 3x ROI in the first six months.',
    'Sign up this week and get your first month free.',
    "I'm confident our platform can add $1M to your pipeline this year.",
    'Let me know when you have 15 minutes to chat about how we can help.',
    'Our new release makes forecasting effortless.',
    "I'd welcome the opportunity to demo our platform for your team.",
    'Can we book a 20-minute slot next week?',
    'Would it make sense to schedule a call to explore a partnership?',
    "Acme's platform is used by Fortune 500 companies to automate prospecting.",
    'Take advantage of our spring promotion and save 40%.',
    'Let me show you how we can 5x your outbound.',
    "I'm writing to offer you a complimentary strategy session.",
    "You're invited to an exclusive demo of our new AI assistant.",
    "Give me 15 minutes and I'll show you how to double your demos.",
    'Our pricing starts at just $49 per user per month.',
    "I'd love to get 20 minutes on your calendar.",
    'Ready to transform your sales process?',
    'Wir würden Ihnen gerne in einer kurzen Demo zeigen, wie unsere Software funktioniert.',
    'Puis-je vous proposer un rendez-vous de 20 minutes la semaine prochaine ?',
    '¿Te interesaría una demo de nuestra plataforma?',
    'Zullen we volgende week een demo inplannen?',
    'Our team would love to help you hit your Q3 targets.',
    "I'd like to offer you an exclusive 30% discount on our annual plan.",
    'Book your free consultation today.',
    'Are you open to exploring how Acme could support your growth goals?',
    "Let's find 20 minutes next week to talk through your outbound motion.",
    'Our scheduling assistant eliminates back-and-forth emails for your reps.',
    "I'd like to invite you to a private demo of our new release.",
    'Save 15% when you renew before March 31.',
    'Our onboarding software reduces time-to-value by 50%.',
    'Acme gives sales leaders real-time visibility into every deal.',
    'Could you spare 10 minutes for a call this Thursday?',
    'We partner with Series A startups to build repeatable outbound.',
    "I'm eager to show you what our analytics can do.",
    'Claim your free onboarding session before spots run out.',
    'Would next Tuesday at 2pm work for a short intro call?',
    'Is there a good time this week for a 15-minute chat?',
    'Our customers have cut their churn in half within a year.',
    'We recently helped a company like yours increase ARR by 35%.',
    'Are you available Thursday afternoon for a demo?',
    'Unser Tool hilft Vertriebsteams, doppelt so viele Termine zu buchen.',
    'Können wir nächste Woche einen kurzen Termin vereinbaren?',
    'Nous aidons les équipes commerciales à doubler leurs rendez-vous.',
    'Je vous propose un appel de 15 minutes jeudi.',
    '¿Podemos agendar una llamada de 20 minutos esta semana?',
    'Nuestro software reduce el tiempo de incorporación a la mitad.',
    'Kunnen we volgende week een korte call inplannen?',
    'Onze software bespaart je team uren per week.',
    'Get 3 months free when you sign up for an annual plan.',
    'Hope all is well. Do you have 15 minutes later this week to discuss your hiring plans?',
    'Our sales intelligence platform is the easiest way to find new accounts.',
    'Interested in seeing how top teams use Acme to win more deals?',
    'I can show you how we cut onboarding time in half for Northwind.',
    "We've worked with 40+ healthcare companies on exactly this problem.",
    'Are you looking for a better way to manage your pipeline?',
    'Our revenue platform lets managers coach reps in real time.',
    'Can I send over a quick proposal for a pilot?',
    "We'd like to offer your team early access to our beta at no cost.",
    'Schedule your personalised walkthrough here: {{ booking_url }}',
    'Just 10 minutes on a call could save your team hours every week.',
    'Want a free audit of your outbound sequences?',
    'Our solution integrates with Salesforce in minutes and pays for itself in a month.',
    'Thousands of sales teams rely on Acme to hit quota.',
    'Save up to $3,000 a year by switching to our annual plan.',
    'Are you open to a 15-minute conversation next week?',
    'Es wäre toll, Ihnen unsere Lösung in 15 Minuten vorzustellen.',
    'Nous serions ravis de vous faire une démonstration de notre outil.',
    'Le ofrecemos un 20% de descuento en su primera compra.',
    'Graag plan ik een korte demo met je in.',
    "I'd love to hop on a call and hear about your goals for Q3.",
]

NOT_HARD_SELL += [
    "Thanks for the great question about churn during Tuesday's webinar.",
    "I wanted to share the recording from yesterday's session.",
    'Following up from our chat at the conference, here are the resources I mentioned.',
    'Your presentation on customer success was fantastic.',
    'I hope you found the workshop useful; the slides are attached.',
    'Happy to hear the template worked for your team.',
    'I loved what you said about onboarding in the panel.',
    'Wanted to pass along the article I mentioned on our call.',
    'Saw the news about your expansion into APAC — congrats!',
    'Thanks for taking the time to fill out our survey.',
    'You asked during the demo whether we support SSO; we do, and here is the setup guide.',
    'It was good to finally meet in person at the summit.',
    'The notes from our session are below, along with the two templates.',
    "I've been thinking about your question on pricing tiers since Tuesday.",
    'Thanks for being such an engaged participant in the workshop.',
    'Just sent over the recording you requested.',
    'Hope your team enjoyed the session on pipeline hygiene.',
    'Your feedback on the webinar format was really helpful.',
    "Here's the link to the replay, as promised.",
    'Great to connect at the booth yesterday.',
    'Thanks for sharing your onboarding playbook with the group.',
    'The checklist we discussed is ready for you.',
    'Many attendees asked for the cohort template, so here it is.',
    'Vielen Dank für Ihre Frage im Webinar zur Preisgestaltung.',
    'Merci pour votre question pendant la session de mardi.',
    'Gracias por tu pregunta durante el taller.',
    'Dank voor je vraag tijdens de sessie van dinsdag.',
    "I'd love to hear what you thought of the session.",
    'Would you be open to sharing how your team handles renewals?',
    'Our platform team fixed the export bug you reported during the workshop.',
    'Thank you for coming to our retention workshop last Thursday.',
    "The recording from Tuesday's session is now live.",
    'Here are the answers to the questions we ran out of time for.',
    'Your question about cohort sizes came up again in our team meeting.',
    'We had a great turnout on Tuesday, and your question was one of the best.',
    'Thanks for your patience while we edited the recording.',
    'I wanted to follow up on your question about forecasting accuracy with a short write-up.',
    'You were one of the few people who asked about data retention, so I dug into it.',
    'Sharing the deck as promised, along with the spreadsheet.',
    'Thanks for reaching out after the webinar.',
    "We're sorry the audio cut out during the last ten minutes; here is the clean recording.",
    'You might like this short case study we mentioned in the chat.',
    'Thanks for sticking around for the Q&A.',
    'Great seeing you at the conference dinner on Wednesday.',
    'Here is the framework we discussed, in a one-page PDF.',
    'Happy new year! The recording of our December session is below.',
    "The speaker's slides are now available for download.",
    'Glad the template was useful for your board prep.',
    'Danke, dass Sie beim Workshop dabei waren.',
    'Hier sind die Folien aus der Session am Dienstag.',
    "Merci d'être venu à notre table ronde jeudi.",
    'Voici les réponses aux questions restées en suspens.',
    'Gracias por quedarte a la sesión de preguntas.',
    'Te comparto las diapositivas, como te prometí.',
    'Bedankt dat je bij de workshop was.',
    'Hierbij de slides van de sessie, zoals beloofd.',
    'Your comment about discount approvals made me rethink our slide on pricing.',
    'Thanks for the intro call with your team; the notes are below.',
    'Our platform team has published the fix for the export issue you raised.',
    'Thanks for testing the beta during the workshop — your notes were really useful.',
    'Thanks for attending the 30-minute demo on Tuesday; here are the answers to your questions.',
    'You asked whether our platform supports SSO — it does, and the setup guide is attached.',
    'The 20% of attendees who stayed for the Q&A asked great questions; yours was about churn.',
    'I put together a free template based on the framework from the session.',
    'Thanks for the quick chat after your talk yesterday.',
    'Here is the free guide we mentioned, no sign-up needed.',
    "Your team's platform migration sounds like a big project; here's what others learned.",
    'We recorded a short demo of the cohort template for people who missed it.',
    'I had a quick call with Priya this morning and she suggested I send you the deck.',
    'It was great to hear how your team cut churn by 30% last year.',
    'Loved your point that discounts hide product problems.',
    'Thanks for sharing your pricing experiments in the breakout room.',
    'Following our call, here is the summary and the two links.',
    'We ran a live demo during the session, and the replay is now online.',
    'Happy to hear the trial of the template went well for your team.',
]

# fourth round, written blind
HARD_SELL += [
    "I noticed you're hiring SDRs — our tool can ramp them twice as fast.",
    'Saw your team is growing; Acme makes onboarding new reps painless.',
    'Just wanted to reach out about our new AI forecasting feature.',
    'Quick one: can we get 15 min on the books for Thursday?',
    'Would you like to see a live demo of Acme next week?',
    "We'd love the chance to earn your business.",
    "Let me know if you're free for a quick chat this week.",
    "I'd be glad to set up a trial account for your team.",
    'Our platform has helped teams like yours save 10 hours a week.',
    'You can try Acme free for 30 days — no credit card required.',
    'Schedule a call with our team to see how we can help.',
    'Want me to send over pricing?',
    "We're running a special promotion for new customers this month.",
    "We'd love to partner with you on your outbound strategy.",
    'Have 15 minutes for a quick call this week?',
    'Unsere Lösung spart Ihrem Team jede Woche Stunden.',
    'Sollen wir nächste Woche kurz telefonieren?',
    "Je serais ravi d'organiser une démo pour votre équipe.",
    '¿Le gustaría ver una demostración de nuestra herramienta?',
    'Wil je volgende week een demo zien?',
]

NOT_HARD_SELL += [
    'Our team loved your question about onboarding metrics.',
    "We're still thinking about the point you made on pricing.",
    'The free worksheet from the session is linked below.',
    'Thanks for hopping on a call with us after the webinar.',
    'Your demo on Tuesday was the best part of the day.',
    'I wanted to share three takeaways from the panel you moderated.',
    'We had 400 people at the session, and your question got the most upvotes.',
    'Here are the 15 minutes of the recording that cover your question.',
    'Thanks for the offer to share your playbook with the group.',
    "Your team's 20% reduction in churn was impressive.",
    'It was fun to chat with you at the coffee break.',
    'Our speakers pulled together answers to the questions we missed.',
    'Following our conversation, here are the two resources I promised.',
    'Glad the trial of the cohort template went smoothly.',
    "I'd love to hear how the rollout goes.",
    'Happy to answer any questions about the recording.',
    "You said you'd like to see more examples, so here are three.",
    'We kept our promise: the recording is up.',
    'Danke für das nette Gespräch am Stand.',
    "Merci pour l'échange très intéressant au salon.",
]


# Categories from held-out batch 3 (issue 10): a free tool or resource offered to the reader is
# value, also when the sentence says "we built"; research across many companies is an insight;
# an offer of the sender's trainers or a quote is a sell in any language. A free trial, demo or
# audit is still an offer.
HARD_SELL += [
    "Our onboarding specialists can be on site at your depot next month to train the pickers.",
    "Shall I put together a quote for the 40 seats?",
    "Gerne stellen wir Ihnen zwei unserer Berater zur Verfügung, die das Rollout begleiten.",
    "Nous mettons deux de nos formateurs à votre disposition pour le lancement.",
    "Start your free trial of Acme today and see the difference.",
    "We built a free audit service: book a slot and our team will review your funnel.",
]
NOT_HARD_SELL += [
    "We built a free margin calculator that shows what each discount tier really costs a wholesaler.",
    "We made a free cheat sheet of the 12 VAT rules that trip up cross-border sellers.",
    "We analysed 50 onboarding flows from payroll tools; the three patterns that kept users are on page 2.",
    "Unser kostenloser Rechner zeigt, was eine Stunde Stillstand in der Fertigung kostet.",
    "Nous avons analysé les relances de 40 cabinets comptables ; le résumé tient sur une page.",
    "Hemos analizado 25 tiendas online; te resumo lo que hacen las que menos devoluciones tienen.",
]


@pytest.mark.parametrize(("opener", "greeting"), _with_greeting(HARD_SELL))
def test_hard_sell_opener_fires(opener: str, greeting: str) -> None:
    assert fired("FL201", email(opener, greeting=greeting)), opener


@pytest.mark.parametrize(("opener", "greeting"), _with_greeting(NOT_HARD_SELL))
def test_relationship_first_opener_does_not_fire(opener: str, greeting: str) -> None:
    found = [d for d in run_rules("FL201", email(opener, greeting=greeting))]
    assert found == [], (opener, [d.message for d in found])


PITCH_LATER = [
    # value first, a product mention later: fine
    "Thanks for joining Tuesday's session on retention metrics. Here is the recording: {{ recording_url }}\n\n"
    "Our platform can automate the cohort view you saw, and I'd love to show you how if it's useful.",
    "Great question in the Q&A about churn cohorts — here's the deck.\n\n"
    "If you'd like, can I get 15 minutes next week to walk your team through the template?",
]
# Issue 10 changed one judgement here: "Congratulations on the launch!\n\nWhen things settle, would
# you be open to a quick call?" used to count as "pitch later". A compliment gives the reader
# nothing, so the ask still comes before any value: see SELL_BEHIND_A_COURTESY below.


@pytest.mark.parametrize("body", PITCH_LATER)
def test_pitch_after_value_is_fine(body: str) -> None:
    assert run_rules("FL201", email(body, body="")) == []


# A courtesy line, a compliment or a remark about the reader is no hiding place (issue 10): the
# sell is reported wherever it sits until something of value has been given.
SELL_BEHIND_A_COURTESY = [
    "Congratulations on the launch!\n\nWhen things settle, would you be open to a quick call about onboarding?",
    "I noticed {{ company }} is growing fast. Congratulations! We help {{ segment }} teams with {{ service }}.",
    "I'm reaching out because your experience at {{ company }} gives you a unique perspective on the market.\n\n"
    "Our analytics suite helps leaders like you forecast churn. Would you be open to a 30-minute demo next week?",
    "Hope you had a great weekend!\n\nLoved your recent post on LinkedIn about hiring.\n\n"
    "Acme helps recruiting teams fill roles 2x faster, and I'd love to show you how on a quick call.",
    "Thanks for attending {{ webinar_title }}!\n\nOur platform can double your pipeline.",
]


@pytest.mark.parametrize("body", SELL_BEHIND_A_COURTESY)
def test_sell_after_a_courtesy_or_compliment_still_fires(body: str) -> None:
    assert fired("FL201", email(body, body="")), body


def test_pitch_right_after_a_bare_thank_you_is_the_opener() -> None:
    same_paragraph = "Thanks for attending {{ webinar_title }}! Our platform can double your pipeline."
    assert fired("FL201", email(same_paragraph, body=""))
    # Before issue 10 a new paragraph hid the pitch; it no longer does (nothing of value came first).
    new_paragraph = "Thanks for attending {{ webinar_title }}!\n\nOur platform can double your pipeline."
    assert fired("FL201", email(new_paragraph, body=""))
    with_content = "Thanks for attending! Here is the recording. Our platform can double your pipeline."
    assert not fired("FL201", email(with_content, body=""))


def test_claims_about_the_readers_company_are_not_the_senders() -> None:
    assert not fired("FL201", email("Loved seeing how {{ company }}'s platform helps clinics cut wait times."))
    assert not fired("FL202", email("Congrats: {{ company }} is the fastest-growing agency in the region this year."))
    assert not fired("FL201", email("{{ company }} helps retailers plan stock, and your talk showed how."))


def test_hard_sell_points_at_the_opener_once() -> None:
    template = "---\nsubject: Quick idea\n---\nHi {{ first_name }},\n\nOur platform can double your pipeline. Can I get 15 minutes?\n\nBest,\nSam\n"
    found = run_rules("FL201", template)
    assert len(found) == 1
    assert (found[0].line, found[0].column) == (6, 1)
    assert "Our platform can" in found[0].message


def test_hard_sell_opener_on_the_greeting_line() -> None:
    template = "Hi {{ first_name }}, our tool helps SaaS teams double their pipeline.\n\nBest,\nSam\n"
    found = run_rules("FL201", template)
    assert [d.line for d in found] == [1]


def test_hard_sell_opener_in_html() -> None:
    template = (
        "<html><body><p>Hi {{ first_name }},</p>\n"
        "<p>Would you be open to a <b>15-minute call</b> next week?</p>\n"
        "<p>Best,<br>Sam</p></body></html>\n"
    )
    found = run_rules("FL201", template)
    assert len(found) == 1 and found[0].line == 2


def test_html_relationship_opener() -> None:
    template = (
        "<p>Hi {{ first_name }},</p><p>Here is the <a href=\"{{ recording_url }}\">recording</a> you asked for.</p>"
        "<p>Our platform can also automate this, happy to show you.</p><p>Best,<br>Sam</p>"
    )
    assert run_rules("FL201", template) == []


def test_opener_without_greeting() -> None:
    assert fired("FL201", "Our platform can double your pipeline.\n\nBest,\nSam\n")
    assert not fired("FL201", "Thanks for coming to the workshop.\n\nBest,\nSam\n")


# ----------------------------------------------------------------------------- FL202

SELF_CENTRED = [
    "We are the leading provider of revenue intelligence for mid-market SaaS.",
    "I wanted to introduce you to Acme, the #1 platform for revenue teams.",
    "My name is Sam and I work at Acme.",
    "I'm reaching out because our company just launched a new forecasting module.",
    "We're a fast-growing, award-winning agency based in Austin.",
    "Allow me to introduce myself: I lead partnerships at Acme.",
    "I'm Sam Carter from Acme Analytics.",
    "Acme is the #1 rated platform for sales engagement.",
    "Founded in 2012, Acme has grown into a global team of 400.",
    "Our company recently raised a $40M Series B.",
    "I'm the head of partnerships at Acme, and I wanted to reach out.",
    "We at Acme believe every rep deserves better data.",
    "Here at Northwind, we've spent a decade perfecting onboarding.",
    "This is Jordan from the growth team at Acme.",
    "We just closed our Series C and are expanding into Europe.",
    "As the founder of Acme, I've seen hundreds of sales teams struggle with forecasting.",
    "I work at Acme, where we build onboarding software.",
    "We've been in business for over 20 years.",
    "We're one of the fastest-growing data providers in Europe.",
    "Let me introduce our company: Acme builds forecasting tools.",
    "I am {{ sender_name }} from {{ sender_company }}.",
    "Mein Name ist Jonas und ich arbeite bei Acme.",
    "Wir sind der führende Anbieter für Vertriebsanalysen in der DACH-Region.",
    "Ich bin Anna von Acme und betreue Kunden in München.",
    "Je m'appelle Claire et je travaille chez Acme.",
    "Nous sommes le leader européen de l'analyse commerciale.",
    "Me llamo Lucía y trabajo en Acme.",
    "Somos una empresa líder en automatización de ventas.",
    "Mijn naam is Daan en ik werk bij Acme.",
    "Wij zijn een toonaangevende leverancier van salessoftware.",
]

NOT_SELF_CENTRED = [
    "We met at the booth on Tuesday, and you asked about cohort exports.",
    "I enjoyed your talk at SaaStr, the biggest conference on pricing this year.",
    "I'd like to introduce you to Priya, who ran the cohort workshop you asked about.",
    "We're putting the finishing touches on the recording now.",
    "I'm glad you could join us on Tuesday.",
    "My colleague Priya mentioned you're hiring your first RevOps lead.",
    "I work with a lot of RevOps leaders who ask the same question you did.",
    "At the session, we covered three ways to spot churn early.",
    "We're the team that ran Tuesday's workshop, and we promised you the slides.",
    "I'm back from the conference and wanted to send the notes I promised.",
    "This is the recording from Tuesday's session.",
    "My name came up in the Q&A, so I wanted to answer your question properly.",
    "We are excited to share the replay with you.",
    "Our team put together a summary of the questions from the chat.",
    "I'm writing because you asked about SSO during the demo.",
    "Churn is the leading cause of lost revenue for subscription companies, as you said in the panel.",
    "I'm Priya's colleague; she asked me to send you the deck.",
    "Congratulations on your new role at {{ company }}!",
    "We spoke briefly after your talk at the summit.",
    "Our speakers answered your question about churn in the replay.",
    "Ich habe mich sehr über Ihre Frage im Webinar gefreut.",
    "Nous avons bien reçu votre question sur les cohortes.",
    "Me alegró mucho verte en la conferencia.",
    "Ik ben blij dat je erbij was op dinsdag.",
    "I'm following up on the question you asked in the chat.",
    "Here at the end of the recording you'll find the Q&A.",
    "We have been thinking about your question since Tuesday.",
    "I just watched your keynote and loved the section on pricing.",
    "Your team is one of the most thoughtful groups we've worked with.",
    "Je suis ravie de vous avoir rencontrée au salon.",
    "Thanks for the intro to your team on Tuesday.",
    "You introduced yourself in the chat as the new head of RevOps, welcome!",
]

SELF_CENTRED += [
    "I'm a partner at Northwind Ventures, where we invest in sales tech.",
    'Our firm has 20 years of experience in revenue consulting.',
    'At Acme, we believe forecasting should be simple.',
    "We're an award-winning team of RevOps consultants.",
    'I run growth at a fast-growing fintech called Acme.',
    'Let me tell you a bit about us.',
    "First, a little about me: I've spent ten years in sales ops.",
    "We've been featured in Forbes, TechCrunch and the Wall Street Journal.",
]

NOT_SELF_CENTRED += [
    'At the panel, you mentioned your team is growing fast.',
    "I'm a longtime reader of your newsletter.",
    'Let me tell you what I learned from your question.',
    'First, a quick recap of the session.',
    "We've been featured in the same newsletter as your team, funnily enough.",
    "At Tuesday's session we promised the slides, so here they are.",
    'I run the community calls, and you asked the best question of the quarter.',
    "Our firm's notes from the workshop are attached.",
]

SELF_CENTRED += [
    "We're the only platform that combines intent data with sequencing.",
    "I'm Jamie, an account executive at Northwind.",
    'Acme was founded by two former Salesforce engineers.',
    'We are a Berlin-based software company specialising in sales analytics.',
    'I lead the partnerships team here at Acme.',
    'Our company has been named a leader in the Gartner Magic Quadrant.',
    "Quick intro: I'm the co-founder of Acme.",
    "I'm a sales rep with Northwind Analytics.",
    "We're thrilled to announce that Acme just raised $20M.",
    'As a leading provider of CRM integrations, Acme helps teams connect their data.',
    'Ich bin Teamleiter bei Acme und betreue den DACH-Markt.',
    'Nous sommes une agence spécialisée dans la génération de leads.',
    'Soy Marta, responsable de ventas en Acme.',
    'Ik ben Sanne, accountmanager bij Acme.',
    'My team and I have built the fastest prospecting tool on the market.',
]

NOT_SELF_CENTRED += [
    "I'm a big fan of your podcast on customer success.",
    "We're running the next session on March 4 and saved you a seat.",
    "I'm the person who asked about cohort exports in the chat — thanks for the answer!",
    'Our team was impressed by the question you asked in the panel.',
    'I lead the session you attended on Tuesday, and I promised a follow-up on your question.',
    'We were founded on the idea that onboarding should be fun, as you said in your talk.',
    'I am so glad the template helped.',
    'Quick intro to the recording: it starts at minute 3.',
    "I'm at the office until Friday if you want to call about the contract.",
    "We're a few days away from the second workshop, and your question shaped the agenda.",
    'Ich bin gespannt, wie Ihr Team die Vorlage nutzt.',
    "Nous sommes ravis que l'atelier vous ait plu.",
    'Soy consciente de que estás muy ocupado, así que seré breve.',
    'Ik ben benieuwd hoe jullie de template gebruiken.',
    'We are grateful you took the time to join us.',
]


#: what follows the opener in the FL202 cases: the same value, then a demo (a person's one-line
#: introduction before only a small optional ask is no self-centred opener, issue 10)
SELLING_FOLLOW_ON = (
    "The recording and slides are in the shared folder, and the cohort template is on page 4.\n\n"
    "Would a 20-minute demo of Acme next week work for your team?"
)


@pytest.mark.parametrize(("opener", "greeting"), _with_greeting(SELF_CENTRED))
def test_self_centred_opener_fires(opener: str, greeting: str) -> None:
    assert fired("FL202", email(opener, greeting=greeting, body=SELLING_FOLLOW_ON)), opener


@pytest.mark.parametrize(("opener", "greeting"), _with_greeting(NOT_SELF_CENTRED))
def test_reader_centred_opener_does_not_fire(opener: str, greeting: str) -> None:
    found = run_rules("FL202", email(opener, greeting=greeting))
    assert found == [], (opener, [d.message for d in found])


def test_self_intro_later_in_email_is_fine() -> None:
    body = "Here is the recording you asked for: {{ recording_url }}\n\nWe are the leading provider of churn analytics, if that ever matters."
    assert run_rules("FL202", email(body, body="")) == []


# ----------------------------------------------------------------------------- FL203

PRESSURE = [
    "Only 3 seats left for the advanced workshop.",
    "This is your last chance to lock in early-bird pricing.",
    "The discount expires tonight at midnight.",
    "Hurry, the offer won't last.",
    "Act now to secure your spot.",
    "Just two spots remaining in the May cohort.",
    "Don't miss out on the replay bundle.",
    "Our spring pricing ends Friday.",
    "Seats are filling up fast for the Berlin meetup.",
    "Today only: the full course library for one price.",
    "Reply in the next 24 hours to keep your reserved seat.",
    "Register before it's too late.",
    "Fewer than five tickets remain.",
    "Time is running out to claim your bonus.",
    "This offer is only valid until Sunday.",
    "Urgent: please confirm your attendance.",
    "Nur noch 3 Plätze frei für den Workshop.",
    "Letzte Chance auf den Frühbucherpreis.",
    "Dernière chance pour profiter du tarif réduit.",
    "Plus que 2 places disponibles pour l'atelier.",
    "¡Última oportunidad para reservar tu plaza!",
    "Solo quedan 4 plazas para el taller.",
    "Laatste kans om je plek te reserveren.",
    "Nog maar 3 plaatsen beschikbaar voor de workshop.",
    "The clock is ticking on this deal.",
    "Registration closes in 3 hours.",
    "While supplies last, every attendee gets a printed playbook.",
]

NOT_PRESSURE = [
    "The recording will be available for 30 days.",
    "No rush at all; reply whenever suits you.",
    "There's no hurry, take your time with the template.",
    "Registration for part two opens on Monday.",
    "If you're in a hurry, skip to slide 12 for the summary.",
    "I know you have limited time, so here is the short version.",
    "We ran out of time in the Q&A, so here are the answers.",
    "On our last call you mentioned the Q3 planning cycle.",
    "The survey closes on Friday if you'd like to add your votes.",
    "This isn't urgent, but I thought you'd like to see it.",
    "The recording link expires in 7 days, so download it if you need it offline.",
    "If anything is urgent, call me on my mobile.",
    "The year is going fast, and Q4 planning is already here.",
    "Feel free to share the deck with your team.",
    "The next cohort starts on 4 March; reply if you want me to hold a seat.",
    "We only had 40 minutes, so a few questions went unanswered.",
    "Seats for the workshop are limited to 20 so everyone gets feedback.",
    "The last chapter of the playbook covers renewal risk.",
    "Don't hesitate to reach out with questions.",
    "Take all the time you need with the template.",
    "Kein Stress, antworten Sie einfach, wenn es passt.",
    "Rien d'urgent, c'est juste pour information.",
    "Sin prisa, revísalo cuando puedas.",
    "Geen haast, kijk er rustig naar.",
    "The early sessions ended at noon, and the afternoon track started after lunch.",
    "Two of your colleagues were in the session as well.",
    "The price of the workshop includes lunch.",
    "Three hours of content is a lot, so here are the highlights.",
    "Your last chapter on pricing was my favourite part of the book.",
]

PRESSURE += [
    "Book today — this price won't be around for long.",
    'Offer valid for 48 hours only.',
    'Respond by Friday or lose your spot.',
    'We can only hold your seat until tomorrow.',
    'Enrollment closes at midnight tonight.',
    'Get in before the doors close on Friday.',
    'Demand is high, so secure your place today.',
    "Once they're gone, they're gone.",
    'Last few tickets available at this price.',
    'Hurry — spots are disappearing fast!',
]

NOT_PRESSURE += [
    'The doors open at 9am on Friday.',
    'The replay will stay online, so watch it whenever suits you.',
    'Tickets for the dinner are included in your registration.',
    'We are holding the next session in June.',
    'The offer to review your template still stands, no deadline.',
    'Demand for the template was high, so we made a second version.',
    "I'll hold off on sending more until you have had a chance to settle in.",
    'The workshop closes with a Q&A.',
    "There were only a few questions we didn't get to.",
    'You have until the end of the quarter to use the credits, which should be plenty.',
]

PRESSURE += [
    'Prices go up on Monday, so lock in your rate now.',
    'There are only a handful of seats left in the cohort.',
    'This is the final reminder before the offer disappears.',
    'The early-bird discount ends in 48 hours.',
    'Spaces are limited and going quickly.',
    "Don't let this opportunity slip away.",
    'Sign up before midnight to keep the discount.',
    'Tickets are almost sold out.',
    'Die Anmeldung schließt heute um Mitternacht, also schnell sein!',
    "Il ne reste que 3 places pour l'atelier.",
    'Quedan muy pocas plazas, ¡date prisa!',
    'Schrijf je snel in, want vol is vol.',
]

NOT_PRESSURE += [
    'The deadline for questions for the panel is Friday, but any time is fine.',
    "We'll keep the recording online for as long as it's useful.",
    'There are three seats at the table for your team if you want them.',
    "The offer we discussed still stands whenever you're ready.",
    'Only three of the ten questions were about pricing.',
    "Take your time — there's no deadline on this.",
    'The session ends at 4pm CET.',
    'We only have two case studies on this so far, both attached.',
    'The last few slides cover renewals.',
    'The discount question you raised is covered on slide 9.',
    'Wir haben nur noch wenige Fragen offen, die Antworten sind unten.',
    'La session se termine à 16h.',
]


@pytest.mark.parametrize("sentence", PRESSURE)
def test_pressure_fires(sentence: str) -> None:
    template = email("Thanks for joining on Tuesday; the slides are below.", body=sentence)
    assert fired("FL203", template), sentence


#: Must-not cases the shipped model got wrong after a retrain, kept as strict xfails (reported to the
#: lead; the sentences and the corpus labels were not changed to make them pass).
PRESSURE_REGRESSIONS: dict[str, str] = {
    # "The year is going fast, and Q4 planning is already here." was one (the model read 'fast',
    # 'already' and a number as pressure); since tone-holdout batch 4 a remark about the time of
    # year is an exception of the pressure lexicon in five languages (tests/test_tone_ask_strength.py).
}


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=PRESSURE_REGRESSIONS[s])) if s in PRESSURE_REGRESSIONS else s
        for s in NOT_PRESSURE
    ],
)
def test_no_pressure_does_not_fire(sentence: str) -> None:
    template = email("Thanks for joining on Tuesday; the slides are below.", body=sentence)
    found = run_rules("FL203", template)
    assert found == [], (sentence, [d.message for d in found])


def test_pressure_in_subject_is_left_to_fl503() -> None:
    template = "---\nsubject: Last chance\n---\nHi {{ first_name }},\n\nHere are the slides.\n"
    assert run_rules("FL203", template) == []


def test_pressure_in_the_ps_is_fl209s() -> None:
    template = email("Thanks for joining on Tuesday; the slides are below.", body="P.S. Only a few spots left, so act fast!")
    assert not fired("FL203", template)
    assert fired("FL209", template)


# ----------------------------------------------------------------------------- FL204

def short(body: str, greeting: str = "Hi {{ first_name }},") -> str:
    return f"{greeting}\n\n{body}\n\nBest,\nSam\nAcme | https://acme.example.com\n"


EMPTY_FOLLOW_UPS = [
    short("Just checking in to see if you had a chance to review my last email."),
    short("Bumping this to the top of your inbox."),
    short("Did you get a chance to review the proposal I sent over? Let me know what you think."),
    short("Following up on my last email about the pilot. Any thoughts?"),
    short("Circling back on this. Would love to hear your thoughts."),
    short("Just wanted to follow up and see if you had any questions. Let me know if you'd like to chat."),
    short("I haven't heard back, so I wanted to make sure you saw my note below."),
    "Hi Alex, just touching base on my previous message. Are you still interested?\n\nSam\n",
    short("Have you had a chance to look at the deck I sent last week?"),
    short("Any update on this? Happy to answer questions."),
    short("Floating this back up in case it got buried."),
    short("Ich wollte nur kurz nachfragen, ob Sie meine letzte E-Mail gesehen haben.", "Hallo {{ first_name }},"),
    short("Je me permets de vous relancer concernant mon précédent message.", "Bonjour {{ first_name }},"),
    short("¿Tuviste la oportunidad de revisar mi propuesta?", "Hola {{ first_name }},"),
    short("Heeft u al de kans gehad om mijn voorstel te bekijken?", "Beste {{ first_name }},"),
    short("Just a friendly reminder about my note from last week. Let me know what you think."),
    "<p>Hi {{ first_name }},</p><p>Just checking in on my last email.</p><p>Best,<br>Sam</p>"
    "<p><a href=\"https://acme.example.com\">acme.example.com</a></p>",
    short("Just checking in! Grab a time on my calendar: https://calendly.com/sam-acme/30min"),
    short("Did you get a chance to watch the recording? Let me know if you have questions."),
    short("Per my last email, I'd still love to set up a call."),
    short("Just checking in.\n\nP.S. Book a slot here: {{ calendar_link }}"),
]

NOT_EMPTY_FOLLOW_UPS = [
    short("Just checking in with one more resource: the cohort template we used is here: https://acme.example.com/cohorts"),
    short("Following up on my last email: I've attached the case study from Northwind you asked about."),
    short("Circling back because we just published the 2024 benchmark report, and your team is on page 12."),
    short("Did you get a chance to review the proposal? I thought you'd find this teardown of a similar rollout useful: {{ teardown_url }}"),
    short("Thanks for joining Tuesday's session. The recording: {{ recording_url }}"),
    short("Just following up with the slides: {{ deck_link }}"),
    short("Bumping this with some news: we launched the Salesforce integration you asked about."),
    short("Just checking in. I noticed you posted about hiring three SDRs — congrats!"),
    short("Touching base with a quick idea: you could reuse the churn dashboard for renewals."),
    "<p>Hi {{ first_name }},</p><p>Just checking in, here is the <a href=\"https://acme.example.com/replay\">replay</a>.</p><p>Best,<br>Sam</p>",
    short("Ich wollte nur kurz nachfragen – anbei die Folien aus dem Workshop.", "Hallo {{ first_name }},"),
    short("Je reviens vers vous : voici l'enregistrement de la session.", "Bonjour {{ first_name }},"),
    short("Solo quería hacer seguimiento: te adjunto la grabación.", "Hola {{ first_name }},"),
    short("Even checken: in de bijlage vind je de slides.", "Beste {{ first_name }},"),
    short("Following up on your question about SSO: here is how it works in our setup."),
    short("Checking in after the workshop: 62% of attendees said onboarding was their biggest gap, so I wrote up the three fixes we discussed."),
    short("Thanks for the call. Here are the notes."),
    short("Circling back with the new pricing page you asked for."),
    short("Just following up — thought you might find this article on renewal forecasting useful."),
    short("A quick follow-up from Tuesday with the answers to your two questions below."),
    short("Just checking in. Congratulations on the Series B!"),
    short("Did you get a chance to review the contract? I've put together a one-page summary of the changes."),
]

EMPTY_FOLLOW_UPS += [
    short('Just wanted to circle back on the note I sent two weeks ago.'),
    short('Did my last message reach you?'),
    short('Is this still a priority for you? Just checking.'),
    short('Following up once more in case this is still relevant.'),
    short('Trying you again on this.'),
]

NOT_EMPTY_FOLLOW_UPS += [
    short('Following up once more with the answers from our legal team, attached.'),
    short('Trying you again with a shorter version: one page, three numbers, linked here https://acme.example.com/p.'),
    short('Is this still a priority for you? If so, here is the rollout plan other teams used.'),
    short('Just wanted to circle back with the revised quote, which now includes SSO.'),
    short("Did my last message reach you? I've also added the case study you asked about."),
]

EMPTY_FOLLOW_UPS += [
    short('Just bringing this back to the top of your inbox.'),
    short('Hoping to hear back from you on this.'),
    short('I wanted to follow up on my previous note — any interest?'),
    short('Checking in on the below.'),
    short('Any thoughts on the proposal I sent?'),
    short('Just pinging you again about my earlier message.'),
    short("Wanted to see if you'd had a chance to read my last email."),
    short('Re-sending in case this got lost.'),
    short("Just making sure this didn't slip through the cracks."),
    short('Gentle nudge on my last email.'),
]

NOT_EMPTY_FOLLOW_UPS += [
    short('Just checking in with the replay link: {{ replay_url }}'),
    short('Following up on my last email with the customer story I promised: https://acme.example.com/stories/northwind'),
    short("Checking in on the below — and here's the one-page summary your CFO asked for."),
    short("Any thoughts on the proposal? We've added the SSO option you asked about."),
    short("Just pinging you because your competitor just published a great benchmark; I thought you'd like it."),
    short("Wanted to see if you'd had a chance to read my last email — attached is a shorter version."),
    short('Re-sending with the slides attached, since the link expired.'),
    short('Gentle nudge: the template now has a renewal tab, which was your request.'),
    short('Just following up on the workshop with three ideas for your onboarding flow.'),
    short('Circling back with the numbers: 41% of attendees said they track churn monthly.'),
]


# A polite breakup is not an empty bump (issue 10): it says it is the last email and leaves the
# door open, or the template declares `sequence: breakup`.
NOT_EMPTY_FOLLOW_UPS += [
    short("Just checking in one last time. I'll assume the timing isn't right and won't reach out again; "
          "if onboarding becomes a priority, reply and I'll pick it up."),
    short("Following up once more: this will be my last email about the pilot. Wishing the team a strong Q4."),
    short("Circling back to close the loop. I'll stop reaching out for now, but my door is open."),
    "---\nsequence: breakup\n---\n" + short("Just checking in on the proposal I sent in March."),
    short("Ich wollte nur kurz nachfragen – das ist meine letzte E-Mail zu diesem Thema.", "Hallo {{ first_name }},"),
]
EMPTY_FOLLOW_UPS += [
    # a "last chance" bump is not a breakup
    short("Just checking in: did you get a chance to review my last email? Last chance to grab a slot this week."),
    "---\nsequence: follow-up\n---\n" + short("Just checking in on the proposal I sent in March."),
]


@pytest.mark.parametrize("template", EMPTY_FOLLOW_UPS)
def test_empty_follow_up_fires(template: str) -> None:
    found = run_rules("FL204", template)
    assert len(found) == 1, template


@pytest.mark.parametrize("template", NOT_EMPTY_FOLLOW_UPS)
def test_follow_up_with_something_new_does_not_fire(template: str) -> None:
    found = run_rules("FL204", template)
    assert found == [], (template, [d.message for d in found])


def test_empty_follow_up_location() -> None:
    found = run_rules("FL204", "Hi {{ first_name }},\n\nJust checking in on the proposal.\n\nBest,\nSam\n")
    assert [(d.line, d.column, d.end_column) for d in found] == [(3, 1, 17)]


# ----------------------------------------------------------------------------- FL205

SPAM = [
    "Click here to claim your free gift.",
    "This is not spam: you signed up at our booth.",
    "The toolkit is 100% free for attendees.",
    "Start a risk-free pilot with no strings attached.",
    "Dear friend, I have an opportunity for you.",
    "Learn how to make money from your unused CRM data.",
    "You have been selected for an exclusive beta.",
    "Partners earn $500 a day with our referral programme.",
    "$$$ for every referral you send.",
    "Dear valued customer, we have news.",
    "A once in a lifetime chance to join the advisory board.",
    "No hidden fees and satisfaction guaranteed.",
    "Cliquez ici pour voir l'enregistrement.",
    "Haz clic aquí para ver la grabación.",
    "Klik hier om de opname te bekijken.",
    "Unser Toolkit ist 100% kostenlos.",
]

NOT_SPAM = [
    "Feel free to forward the deck to your team.",
    "The recording is free to share with your colleagues.",
    "Use the link below to watch the replay.",
    "Priya was the winner of the hackathon at the summit.",
    "There's no catch-up session planned, so here is the replay.",
    "We can pause the pilot at any time.",
    "Best practices for cold outreach are in chapter two.",
    "Dear {{ first_name }}, the notes are below.",
    "The guarantee period is covered in section 4 of the contract.",
    "I'm not a fan of spam either, so this is the last email in the series.",
    "The winners of the raffle were drawn on Friday.",
    "The opt-in rate for the webinar was higher than we expected.",
    "Make the most of the recording by skipping to minute 12.",
    "Die Aufzeichnung ist für alle Teilnehmenden verfügbar.",
    "L'enregistrement est disponible pour tous les participants.",
    "Here is the award winner list from the ceremony.",
]

SPAM += [
    'Get paid to share your opinion.',
    'This email is not spam.',
    'Cash prizes for every referral!',
    "Congratulations, you've won a free license.",
    'Risk free, no credit card, no catch.',
    'Earn extra cash by referring a friend.',
    'Click below to claim your reward.',
    '100% satisfied customers or your money back.',
]

NOT_SPAM += [
    # idioms that promise there is no catch are not spam triggers (issue 10 item 7)
    "No strings attached: the cohort template is yours to keep.",
    "No obligation, of course; the recording is yours either way.",
    'Your team has been doing free-form experiments, which I loved.',
    "The panel's winner of the best question award was you.",
    'Feel free to reply with questions.',
    'We got 100% of the feedback forms back.',
    'The cash flow slide is number 12.',
    'Click-through rates are in the appendix.',
    'The prize for best question goes to Priya.',
    "I'm sure you get a lot of email, so I'll keep this short.",
]


@pytest.mark.parametrize("sentence", SPAM)
def test_spam_phrase_fires(sentence: str) -> None:
    assert fired("FL205", email("Thanks for joining on Tuesday.", body=sentence)), sentence


@pytest.mark.parametrize("sentence", NOT_SPAM)
def test_no_spam_phrase(sentence: str) -> None:
    found = run_rules("FL205", email("Thanks for joining on Tuesday.", body=sentence))
    assert found == [], (sentence, [d.message for d in found])


# ----------------------------------------------------------------------------- FL206

SHOUTING = [
    "This is AMAZING news for your team.",
    "Our BIGGEST release ever is here.",
    "ACT NOW OR MISS OUT on the bundle.",
    "FREE WEBINAR RECORDING inside.",
    "IMPORTANT: please read before Friday.",
    "Don't forget the DEADLINE on Friday.",
    "Los geht's: JETZT ANMELDEN.",
    "Et surtout, C'EST GRATUIT.",
]

NOT_SHOUTING = [
    "Our ROI calculator is attached.",
    "Your CRM data and the B2B benchmark are both in the deck.",
    "Q3 planning starts soon, so here is the template.",
    "SaaS metrics for the board are on slide 4.",
    "The USA and EMEA teams joined the session.",
    "HIPAA and GDPR compliance are covered in the appendix.",
    "MEDDPICC qualification came up twice in the Q&A.",
    "See you at SaaStr and INBOUND this year.",
    "I'm OK with either date.",
    "The API and SSO docs are linked below.",
    "NASA's approach to checklists inspired the template.",
    "A KPI tree for your team is on page 3.",
]

SHOUTING += [
    'WOW, what a session.',
    'PLEASE READ: recording inside.',
    'Our SPRING SALE starts now.',
    "It's a GAME CHANGER for renewals.",
]

NOT_SHOUTING += [
    'The GDPR and CCPA sections are on slide 8.',
    'We use the BANT and MEDDIC frameworks.',
    'Join us at SXSW.',
    'The IBM and SAP integrations are live.',
    'Our EMEA and APAC teams hosted.',
    'Ask me anything (AMA) on Thursday.',
    'See section IV of the report.',
]


# A lone capitalised word in mid-sentence that is no word of the language is a brand or an
# acronym the rule's list does not know (held-out batch 3): "the DATEV export". A word of the
# language is still shouting there, and any word at the start of a sentence or line is.
SHOUTING += [
    "The replay is FINALLY online.",
    "This offer is EXCLUSIVE to attendees.",
    "Die Aufzeichnung ist jetzt WIRKLICH online.",
    "La remise est VALABLE jusqu'à vendredi.",
    "URGENT: the link expires tonight.",
]
NOT_SHOUTING += [
    "The export to DATEV runs every night.",
    "Your team files through ELSTER, so the template has an ELSTER tab.",
    "Die Schnittstelle zu LEXWARE ist im Paket enthalten.",
    "Le connecteur vers SAGE est inclus, et la notice est jointe.",
    "We mapped the fields to your SEVDESK account.",
]


@pytest.mark.parametrize("sentence", SHOUTING)
def test_shouting_fires(sentence: str) -> None:
    assert fired("FL206", email("Thanks for joining on Tuesday.", body=sentence)), sentence


@pytest.mark.parametrize("sentence", NOT_SHOUTING)
def test_no_shouting(sentence: str) -> None:
    found = run_rules("FL206", email("Thanks for joining on Tuesday.", body=sentence))
    assert found == [], (sentence, [d.message for d in found])


def test_capitals_in_signature_are_not_shouting() -> None:
    template = email("Thanks for joining on Tuesday.", signature="Best,\nSAM CARTER\nHEAD OF GROWTH, ACME")
    assert run_rules("FL206", template) == []


# ----------------------------------------------------------------------------- FL207

EXCLAIMING = [
    "Thanks for joining!!! The recording is ready.",
    "Can you believe it?! The replay has 2,000 views.",
    "Great news!! The cohort template is live.",
    "Wow! Great! Thanks! See you soon!",
]

NOT_EXCLAIMING = [
    "Thanks for joining! The recording is ready.",
    "Congrats on the launch! Here's the deck.",
    "Wow! Great! Thanks!",
    "Is the template useful? Let me know.",
    "Really?",
]


@pytest.mark.parametrize("sentence", EXCLAIMING)
def test_exclamation_overload_fires(sentence: str) -> None:
    assert fired("FL207", email(sentence, body="")), sentence


@pytest.mark.parametrize("sentence", NOT_EXCLAIMING)
def test_exclamation_overload_does_not_fire(sentence: str) -> None:
    found = run_rules("FL207", email(sentence, body=""))
    assert found == [], (sentence, [d.message for d in found])


def test_exclamation_and_shouting_options() -> None:
    import followup_lint

    template = email("Wow! Great! Thanks!", body="")
    assert not fired("FL207", template)
    report = followup_lint.lint(template, config={"select": ["FL207"], "rules": {"FL207": {"max_exclamations": 1}}})
    assert [d.code for d in report.diagnostics] == ["FL207"]
    shouty = email("Thanks for joining.", body="See the NEW deck.")
    assert not fired("FL206", shouty)
    report = followup_lint.lint(shouty, config={"select": ["FL206"], "rules": {"FL206": {"min_length": 3}}})
    assert [d.code for d in report.diagnostics] == ["FL206"]


def test_opener_finding_limit_can_be_raised() -> None:
    import followup_lint

    # One finding per selling sentence before the first value (it used to count regex hits).
    template = email("Our platform can double your pipeline. Can I get 15 minutes?\n\nHere is the deck.", body="")
    assert len(run_rules("FL201", template)) == 1
    report = followup_lint.lint(template, config={"select": ["FL201"], "rules": {"FL201": {"max_findings": 0}}})
    assert [d.line for d in report.diagnostics] == [3, 3]


# ----------------------------------------------------------------------------- all FL2 together

def test_clean_webinar_follow_up_has_no_tone_findings() -> None:
    template = (
        "---\nsubject: Your recording of Tuesday's retention session\nkind: follow-up\n---\n"
        "Hi {{ first_name | default('there', true) }},\n\n"
        "Thanks for joining Tuesday's session on retention metrics. Here is the recording: {{ recording_url }}\n\n"
        "You asked about cohort definitions in the chat; slide 14 shows the three we use, and the "
        "template is linked on the last slide.\n\n"
        "If it would help, I'm happy to walk your team through setting it up.\n\n"
        "Best,\nSam Carter\nHead of Customer Education, Acme\n"
    )
    assert run_rules("FL2", template, [{"first_name": "Parissa", "recording_url": "https://x"}]) == []


def test_tone_rules_run_once_per_template_not_per_recipient() -> None:
    template = "Hi {{ first_name }},\n\nOur platform can double your pipeline.\n\nBest,\nSam\n"
    people = [{"first_name": name} for name in ("Parissa", "Jonas", "Claire", "Lucía", "Daan")]
    found = run_rules("FL201", template, people)
    assert len(found) == 1 and found[0].recipient is None


# ----------------------------------------------------------------------------- scores

TABLES = {
    "FL201": (
        [email(o, greeting=g) for o, g in _with_greeting(HARD_SELL)] + [email(b, body="") for b in SELL_BEHIND_A_COURTESY],
        [email(o, greeting=g) for o, g in _with_greeting(NOT_HARD_SELL)] + [email(b, body="") for b in PITCH_LATER],
    ),
    "FL202": (
        [email(o, greeting=g) for o, g in _with_greeting(SELF_CENTRED)],
        [email(o, greeting=g) for o, g in _with_greeting(NOT_SELF_CENTRED)],
    ),
    "FL203": (
        [email("Thanks for joining on Tuesday; the slides are below.", body=s) for s in PRESSURE],
        [email("Thanks for joining on Tuesday; the slides are below.", body=s) for s in NOT_PRESSURE],
    ),
    "FL204": (EMPTY_FOLLOW_UPS, NOT_EMPTY_FOLLOW_UPS),
    "FL205": (
        [email("Thanks for joining on Tuesday.", body=s) for s in SPAM],
        [email("Thanks for joining on Tuesday.", body=s) for s in NOT_SPAM],
    ),
    "FL206": (
        [email("Thanks for joining on Tuesday.", body=s) for s in SHOUTING],
        [email("Thanks for joining on Tuesday.", body=s) for s in NOT_SHOUTING],
    ),
    "FL207": ([email(s, body="") for s in EXCLAIMING], [email(s, body="") for s in NOT_EXCLAIMING]),
}


def test_tables_have_more_negatives_than_positives() -> None:
    for code, (positive, negative) in TABLES.items():
        assert len(negative) >= len(positive), code


def score(tables: dict[str, tuple[list[str], list[str]]]) -> None:
    print(f"{'rule':6} {'must fire':>9} {'hits':>5} {'misses':>6} {'must not':>8} {'false alarms':>12}")
    for code, (positive, negative) in tables.items():
        hits = sum(fired(code, t) for t in positive)
        alarms = sum(fired(code, t) for t in negative)
        print(f"{code:6} {len(positive):9} {hits:5} {len(positive) - hits:6} {len(negative):8} {alarms:12}")


if __name__ == "__main__":
    score(TABLES)


# FL204 reads the sentence roles (issue 10, held-out batch 3): a bump that also carries a
# concrete detail, a referral question or something about the reader is not empty; a bump whose
# other sentences are routine ("let me know", "happy to answer questions") still is.
NOT_EMPTY_FOLLOW_UPS += [
    short("Just checking in on the pilot. One detail I forgot: the export runs nightly at 2 a.m., "
          "so your finance team sees yesterday's numbers every morning."),
    short("Bumping this up, with a correction: the onboarding takes three weeks, not six, because "
          "the migration script now handles archived tickets."),
    short("A friendly nudge on my note about warehouse scanners. If inventory isn't your area, "
          "could you tell me who at {{ company }} handles the handheld devices?"),
    short("Gentle reminder about the visit. In case procurement owns vendor audits at "
          "{{ company }}, forwarding this to them would help a lot."),
    short("Ich wollte nur kurz nachfragen. Falls jemand anderes bei {{ company }} die Dienstwagen "
          "betreut, leiten Sie mich gern an die Kollegin weiter.", "Hallo {{ first_name }},"),
    short("Petite relance sur mon message. Si c'est votre collègue des achats qui gère les contrats "
          "d'entretien, pourriez-vous me transmettre son nom ?", "Bonjour {{ first_name }},"),
]
EMPTY_FOLLOW_UPS += [
    short("Just checking in on my last email. Let me know if you have any questions, happy to help."),
    short("Gentle nudge on my note from last week. Would love to hear your thoughts when you get a moment."),
    short("Bumping this to the top of your inbox. Let me know if now is a good time to chat."),
    short("Circling back on this. Is it still something you'd be interested in?"),
    short("Ich wollte nur kurz nachfragen. Ich freue mich auf Ihre Rückmeldung.", "Hallo {{ first_name }},"),
    short("Je reviens vers vous concernant mon dernier message. Qu'en pensez-vous ?", "Bonjour {{ first_name }},"),
]
EMPTY_FOLLOW_UPS += [
    # an ask or a pitch after the nudge is not news for the reader
    short("Bumping this up. Would you be open to a 20-minute walkthrough of the pricing next Tuesday?"),
    short("Just following up. We help logistics teams cut fuel costs by 12% in the first quarter."),
    short("Solo quería hacer seguimiento. ¿Tienes un momento esta semana para hablar?", "Hola {{ first_name }},"),
]
NOT_EMPTY_FOLLOW_UPS += [
    short("Solo quería hacer seguimiento. Si otra persona de {{ company }} lleva las flotas, "
          "¿me podrías indicar su nombre?", "Hola {{ first_name }},"),
    short("Even checken of mijn mail is aangekomen. Een aanvulling: de koppeling met Exact Online "
          "werkt nu ook voor meerdere administraties.", "Hoi {{ first_name }},"),
]
