"""Sentence roles (followup_lint.content): cue lexicons on lemmas, one sentence at a time.

Each role has sentences that must get it and sentences that must not, in real email wording,
across the five languages. These run on cues alone (``model=None``): the classifier is a
second opinion and has its own cross-validated benchmark.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from followup_lint.content import assign_roles
from followup_lint.content.cues import CueError, parse_cue
from followup_lint.content.lexicon import Lexicon, LexiconError, add_user_cues, builtin_lexicon, load_roles
from followup_lint.content.tokens import detect_language, tokenize

REPO = Path(__file__).resolve().parent.parent


def roles(text: str, lang: str = "auto") -> frozenset[str]:
    return assign_roles(text, lang, model=None).roles


# role -> (must have it, must not have it)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "pitch": (
        [
            "We help {{ segment }} teams with {{ service }}.",
            "We help SaaS teams with outbound.",
            "Our forecasting tool helps revenue teams hit their number every quarter.",
            "Teams using Northwind close deals 2x faster.",
            "We've helped over 300 B2B companies triple their reply rates.",
            "I'm Jordan Okafor from the growth team at Brightwave.",
            "Our Pro plan is 20% off for attendees this month.",
            "Unsere Plattform verdoppelt Ihre Pipeline in nur 90 Tagen.",
            "Notre plateforme peut doubler votre pipeline commercial.",
            "Nuestra herramienta ayuda a equipos de ventas a cerrar más acuerdos.",
            "Ons platform helpt marketingteams hun pipeline te verdubbelen.",
        ],
        [
            "Here is the recording you asked for.",
            "Loved seeing how {{ company }}'s platform helps clinics cut wait times.",
            "Our platform team fixed the export bug you reported during the workshop.",
            "Thanks for joining Tuesday's session on retention metrics.",
            "You asked how Kowalski & Daughters rebuilt their onboarding checklist.",
            "Hier ist die Aufzeichnung, um die Sie gebeten haben.",
            "Voici l'enregistrement que vous avez demandé.",
            "Aquí tienes la grabación que pediste.",
            "Hier is de opname waar je om vroeg.",
            "Our speakers pulled together answers to the questions we missed.",
            "The cash handling checklist from the session is attached.",
        ],
    ),
    "ask": (
        [
            "Can I get 15 minutes on your calendar next week?",
            "Would you be open to a quick call on Thursday?",
            "Do you have twenty minutes this week for a demo?",
            "Let's hop on a quick call to see if we're a fit.",
            "Start your free 14-day trial today.",
            "Hätten Sie nächste Woche 15 Minuten Zeit für ein kurzes Gespräch?",
            "Puis-je vous proposer un rendez-vous de 20 minutes la semaine prochaine ?",
            "¿Podemos agendar una llamada de 20 minutos esta semana?",
            "Kunnen we volgende week een korte call inplannen?",
            "Upgrade to the Pro plan and get SSO for your whole team.",
        ],
        [
            "Thanks for the 15-minute call yesterday, it was useful to hear how your team works.",
            "Would you be open to sharing how your team handles renewals?",
            "I'd love to hear what you thought of the session.",
            "We recorded a short demo of the cohort template for people who missed it.",
            "Thanks for attending the 30-minute demo on Tuesday.",
            "Danke für das nette Gespräch am Stand.",
            "Merci pour votre question pendant la session de mardi.",
            "Gracias por tu pregunta durante el taller.",
            "Bedankt voor je deelname aan het webinar van dinsdag.",
            "If it would help, the setup guide is linked below.",
        ],
    ),
    "pushy": (
        [
            "I'll call you tomorrow at 10 to go through pricing.",
            "Send me a 45-minute slot this week for the full demo.",
            "I've booked 30 minutes for us on Thursday at 2pm.",
            "Unless I hear otherwise, I'll send a calendar invite for Friday.",
            "Please confirm the invite for Monday at 9.",
            "We need your CFO on the call to sign off this week.",
            "Reply today so I can hold the price for you.",
            "Ich rufe Sie morgen um 10 Uhr an.",
        ],
        [
            "Would you be open to a quick call on Thursday?",
            "If it's useful, happy to walk your team through it, no pressure.",
            "Reply whenever suits you; the recording stays up for 30 days.",
            "Let me know if you'd like the Spanish version of the deck.",
            "Here is the 45-minute recording of the full session.",
            "Thanks for the call yesterday with Amara and Thomas.",
            "Feel free to forward this to whoever runs onboarding.",
            "No rush at all - the template isn't going anywhere.",
        ],
    ),
    "value": (
        [
            "Here is the recording and the churn-cohort template from Tuesday: {{ replay_url }}",
            "The short answer to your question: yes, cohorts can be rebuilt from raw events.",
            "As promised, here are the slides and the three links from the chat.",
            "I put together a one-page summary of the Q&A for your team.",
            "The deck you asked about is attached, including the cohort template.",
            "Anbei die Folien aus dem Workshop.",
            "Voici les réponses aux questions restées en suspens.",
            "Te comparto las diapositivas, como te prometí.",
            "Hierbij de slides van de sessie, zoals beloofd.",
        ],
        [
            "Here's my calendar link if you want to grab 30 minutes.",
            "Our platform can double your pipeline in 90 days.",
            "Can I get 15 minutes on Thursday?",
            "Just bumping this to the top of your inbox.",
            "Here is our pricing for teams of 10 or more.",
            "Hätten Sie nächste Woche 15 Minuten Zeit?",
            "Nous aidons les équipes commerciales à doubler leurs rendez-vous.",
            "Great chatting with you the other day!",
            "I hope this email finds you well.",
        ],
    ),
    "familiarity": (
        [
            "Great chatting with you the other day!",
            "As we discussed, here is the proposal.",
            "Following up on our call about the renewal.",
            "It was great speaking with you last week.",
            "Per our conversation, I've attached the order form.",
            "Wie besprochen sende ich Ihnen das Angebot.",
            "Comme convenu, voici la proposition.",
            "Como hablamos, te envío la propuesta.",
            "Zoals besproken stuur ik je het voorstel.",
        ],
        [
            "Our conversation intelligence platform transcribes every call.",
            "Thanks for joining Tuesday's session on retention metrics.",
            "You asked in the Q&A how to rebuild cohorts.",
            "The conversation design course starts on 4 March.",
            "Here is the recording of the panel discussion.",
            "Hope your team enjoyed the session on pipeline hygiene.",
            "We'd love to hear how the rollout goes.",
            "Congratulations on the launch!",
            "Ich hoffe, die Folien helfen Ihrem Team.",
        ],
    ),
    "qualify": (
        [
            "Who else on your team signs off on tooling like this?",
            "What would it take to get this signed before the quarter ends?",
            "Are you the right person to talk to about onboarding software?",
            "Do you have a budget set aside for this in Q3?",
            "When are you planning to make a decision on a new CRM?",
            "If I can match your current price, would you switch this month?",
            "What is your timeline for rolling out the new tooling?",
            "Wer entscheidet bei Ihnen über neue Software?",
        ],
        [
            "Who else on your team would like the recording?",
            "What did you think of the cohort template?",
            "When is your next board meeting, so I can send the deck before it?",
            "Are you the Priya who asked about SSO in the chat?",
            "Here is how two teams decided between building and buying.",
            "The budget template from the session is attached.",
            "What would make the recording more useful for your team?",
            "Wie hat Ihnen die Session gefallen?",
        ],
    ),
    "pressure": (
        [
            "Only three seats are left at this price, so reply today.",
            "This offer expires tonight at midnight.",
            "Last chance to lock in the early-bird rate.",
            "Don't miss out: registration closes Friday.",
            "Prices go up on 1 March.",
            "Letzte Chance: nur noch 3 Plätze frei.",
            "Dernière chance pour profiter de l'offre.",
            "Última oportunidad: solo quedan 2 plazas.",
            "Laatste kans om je plek te reserveren.",
        ],
        [
            "No rush at all, the recording stays up for 30 days.",
            "There's no hurry; reply whenever suits you.",
            "If something is urgent, call the support line.",
            "The next cohort starts on 4 March.",
            "Here are the urgent questions we ran out of time for.",
            "Kein Stress, die Aufzeichnung bleibt online.",
            "Rien d'urgent, voici simplement les slides.",
            "Sin prisa, la grabación está disponible.",
            "Geen haast, de opname blijft online.",
        ],
    ),
    "loss": (
        [
            "Every week without automated cohorts costs teams like yours churned accounts you never see coming.",
            "You're leaving money on the table with manual renewals.",
            "Your competitors are already using AI to book twice as many meetings.",
            "How much is manual data entry costing you every month?",
            "Teams that wait risk falling behind the competition.",
        ],
        [
            "We lost a big deal last year for exactly this reason, so I wrote up what we changed.",
            "Here is how Northwind cut churn by 30%.",
            "The recording covers how to spot churn early.",
            "Thanks for sharing how your team tracks lost deals.",
            "The cohort view shows which accounts renew.",
        ],
    ),
    "hype": (
        [
            "It is a revolutionary, best-in-class platform.",
            "Our game-changing AI assistant is here.",
            "A cutting-edge, next-generation forecasting engine.",
            "Eine revolutionäre Lösung für Ihr Team.",
        ],
        [
            "Your question was a great one.",
            "The session covered three ways to forecast churn.",
            "Here is the recording of the amazing panel you moderated.",
            "The cohort template works in Google Sheets and Excel.",
        ],
    ),
    "filler": (
        [
            "I hope this email finds you well.",
            "Hope you're doing well!",
            "I know you're busy, so I'll keep this short.",
            "Happy Monday!",
            "Ich hoffe, es geht Ihnen gut.",
            "J'espère que vous allez bien.",
            "Espero que estés bien.",
            "Ik hoop dat het goed met je gaat.",
        ],
        [
            "I hope the template saves your team an afternoon.",
            "Here is the recording you asked for.",
            "Thanks for joining Tuesday's session.",
            "You asked how to rebuild cohorts from raw events.",
            "Hier ist die Aufzeichnung.",
            "Voici l'enregistrement.",
            "Aquí tienes la grabación.",
            "Hier is de opname.",
        ],
    ),
    "bump": (
        [
            "Just bumping this to the top of your inbox.",
            "Just checking in to see if you had a chance to review my last email.",
            "Circling back on the note I sent two weeks ago.",
            "Did my last message reach you?",
            "Ich wollte nur kurz nachfragen.",
            "Je me permets de vous relancer.",
            "Solo quería hacer seguimiento.",
            "Ik wilde even navragen.",
        ],
        [
            "Here is the recording you asked for.",
            "Thanks for the quick reply about SSO.",
            "Following your question in the chat, I pulled the benchmark report.",
            "The checklist we used is linked below.",
            "Hier sind die Folien aus der Session.",
            "Voici les slides de la session.",
            "Aquí tienes las diapositivas.",
            "Hier zijn de slides van de sessie.",
        ],
    ),
    "flattery": (
        [
            "Your experience at {{ company }} gives you a unique perspective on the market.",
            "I'm really impressed by what you've built at {{ company }}.",
            "Someone like you must get a lot of these emails.",
            "Big fan of what {{ company }} is doing.",
        ],
        [
            "Your question about cohort sizes came up again in our team meeting.",
            "Congrats on opening the Lisbon office.",
            "Thanks for the thoughtful reply to my last note about SSO.",
            "Here is the recording you asked for.",
        ],
    ),
    "attendance": (
        [
            "Thanks for spending time with us today.",
            "Hope you enjoyed the session!",
            "Great seeing you at the summit in Lisbon.",
            "Thanks for attending our webinar on churn.",
            "Danke für Ihre Teilnahme am Webinar.",
            "Merci d'avoir participé à notre atelier.",
            "Gracias por asistir a la sesión del martes.",
            "Bedankt voor je deelname aan het webinar.",
        ],
        [
            "Sorry we missed you on Thursday; the replay is below.",
            "Here is the recording for everyone who registered.",
            "The session is on Tuesday at 4pm CET.",
            "Registration for the next workshop is open.",
            "Die Aufzeichnung ist für alle Angemeldeten verfügbar.",
            "L'enregistrement est disponible pour tous les inscrits.",
            "La grabación está disponible para todos los inscritos.",
            "De opname staat klaar voor iedereen die zich aanmeldde.",
        ],
    ),
}


@pytest.mark.parametrize(("role", "sentence"), [(r, s) for r, (yes, _) in CASES.items() for s in yes])
def test_sentence_has_role(role: str, sentence: str) -> None:
    found = assign_roles(sentence, "auto", model=None)
    assert role in found.roles, (sentence, sorted(found.roles))
    assert found.evidence_for(role), "a role always names its evidence"


@pytest.mark.parametrize(("role", "sentence"), [(r, s) for r, (_, no) in CASES.items() for s in no])
def test_sentence_does_not_have_role(role: str, sentence: str) -> None:
    found = assign_roles(sentence, "auto", model=None)
    assert role not in found.roles, (sentence, [e.describe() for e in found.evidence_for(role)])


def test_role_tables_are_balanced() -> None:
    for role, (yes, no) in CASES.items():
        assert len(no) >= len(yes), role
    assert set(CASES) <= set(load_roles())


def test_variables_do_not_break_matching() -> None:
    with_vars = assign_roles("We help {{ segment }} teams with {{ service }}.", "en", model=None)
    plain = assign_roles("We help SaaS teams with outbound.", "en", model=None)
    assert "pitch" in with_vars.roles and "pitch" in plain.roles
    stand_in = assign_roles("We help Example teams with Example.", "en", model=None, variables=((8, 15, "segment"), (27, 34, "service")))
    assert "pitch" in stand_in.roles


def test_lemmas_match_other_forms() -> None:
    assert "pitch" in roles("We helped 40 clinics cut wait times.")
    assert "pitch" in roles("We're helping retailers plan stock.")


def test_ask_strength() -> None:
    assert assign_roles("Would you be open to a quick call?", "en", model=None).ask_strength == "soft"
    assert assign_roles("I'll call you tomorrow at 10.", "en", model=None).ask_strength == "pushy"
    assert assign_roles("Here is the recording.", "en", model=None).ask_strength is None


def test_link_variables_are_value_unless_they_book_time() -> None:
    assert "value" in roles("Watch it here: {{ recording_url }}")
    assert "value" not in roles("Grab a slot: {{ calendly_link }}")
    assert "value" not in roles("Book here: https://calendly.com/sam-carter/30min")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks for joining the session on Tuesday.", "en"),
        ("Vielen Dank für Ihre Teilnahme an unserem Webinar.", "de"),
        ("Merci pour votre question pendant la session.", "fr"),
        ("Gracias por tu pregunta durante el taller.", "es"),
        ("Bedankt voor je vraag tijdens de sessie.", "nl"),
    ],
)
def test_language_guess(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_tokens_split_contractions_and_elisions() -> None:
    assert [t.lemma for t in tokenize("I'd love", "en") if t.kind == "word"] == ["i", "would", "love"]
    assert [t.lower for t in tokenize("l'enregistrement", "fr")] == ["l'", "enregistrement"]
    assert [t.kind for t in tokenize("a 15-minute call for {{ company }}", "en") if t.kind != "punct"] == [
        "word", "num", "word", "word", "word", "var",
    ]


@pytest.mark.parametrize(
    "phrase",
    ["", "[a|]", "{anything}", "{any:9} demo", "[a|[b]] c", "{any?}", "demo ^"],
)
def test_bad_cues_are_errors(phrase: str) -> None:
    with pytest.raises(CueError):
        parse_cue(phrase, "en")


def test_user_cues_add_to_a_role() -> None:
    lexicon = builtin_lexicon().copy()
    sentence = "Grab the Acme starter bundle while you can."
    assert "pitch" not in assign_roles(sentence, "en", model=None, lexicon=lexicon).roles
    add_user_cues(lexicon, {"pitch": {"en": ["[acme] starter bundle"]}}, "acme-rules.yml")
    found = assign_roles(sentence, "en", model=None, lexicon=lexicon)
    assert "pitch" in found.roles and found.evidence_for("pitch")[0].detail == "[acme] starter bundle"
    with pytest.raises(LexiconError, match="unknown role"):
        add_user_cues(Lexicon(), {"sales-pitch": {"en": ["x"]}}, "acme-rules.yml")
    with pytest.raises(LexiconError, match="unknown language"):
        add_user_cues(Lexicon(), {"pitch": {"pt": ["x"]}}, "acme-rules.yml")


def test_every_shipped_cue_parses_in_its_language() -> None:
    lexicon = builtin_lexicon()
    for lang in ("en", "de", "fr", "es", "nl"):
        assert lexicon.for_language(lang).cues, lang


def test_lemma_tables_load_without_spacy() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); from followup_lint.content.lemmas import lemma; "
        "print(lemma('helped', 'en'), lemma('geholpen', 'nl'), round(time.perf_counter() - t, 3), 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
    ).stdout.split()
    assert out[:2] == ["help", "helpen"]
    assert out[3] == "False"


def test_lemma_tables_are_compact_and_sorted() -> None:
    for lang in ("en", "de", "fr", "es", "nl"):
        path = REPO / "rules" / "data" / "lemmas" / f"{lang}.tsv.gz"
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        assert lines == sorted(lines), lang
        assert path.stat().st_size < 1_500_000, lang


@pytest.mark.slow
def test_committed_lemma_tables_match_a_fresh_build() -> None:
    pytest.importorskip("spacy_lookups_data")  # dev-only build dependency (test extra)
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_lemma_data.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


TEMPLATE = """---
subject: Quick idea for {{ company }}
---
Hi {{ first_name }},

I noticed {{ company }} is growing fast. Congratulations! We help {{ segment }} teams with {{ service }}.

Can I get 15 minutes on Thursday?

Best,
Sam Carter

P.S. Only three seats are left at this price, so reply today.
"""


def test_sentence_roles_of_a_template() -> None:
    import followup_lint

    found = followup_lint.sentence_roles(TEMPLATE, model=None)
    by_segment = [(s.segment, s.text) for s in found]
    assert by_segment[0] == ("subject", "Quick idea for Example")
    assert ("greeting", "Hi Alex,") in by_segment
    pitch = found.first_with("pitch")
    assert pitch is not None and pitch.segment == "body" and pitch.text.startswith("We help Example teams")
    ask = found.first_with("ask", segments=("call_to_action",))
    assert ask is not None and ask.ask_strength == "soft"
    ps = found.in_segment("ps")
    assert len(ps) == 1 and ps[0].has("pressure") and ps[0].ask_strength == "pushy"
    assert found is followup_lint.sentence_roles(TEMPLATE, model=None), "cached by content"


def test_cli_roles_prints_sentences_roles_and_evidence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from followup_lint.cli import main

    path = tmp_path / "first-touch.j2"
    path.write_text(TEMPLATE, encoding="utf-8")
    assert main(["roles", str(path), "--no-model", "--color", "never"]) == 0
    out = capsys.readouterr().out
    assert "[body] We help Example teams with Example." in out
    assert "pitch: cue '" in out
    assert "ask (soft)" in out and "ask (pushy)" in out
    assert main(["roles", str(tmp_path / "missing.j2")]) == 2


# Ordinary words (issue 10): offers of the sender's people, plans and promotions, upgrade and switch
# pushes, qualification and closing questions, loss framing - phrasings no old list enumerated -
# against plain sentences that use the same words for something else.
ORDINARY_WORDS: dict[str, list[str]] = {
 "pitch": ["Our senior consultants can run the migration for you.", 
   "We have a team of specialists who handle exactly this kind of rollout.", "Our Growth plan includes unlimited seats and priority support.",
   "Upgrading to Enterprise gives you SSO and audit logs.", "Switching from Salesforce to us takes less than a week.",
   "We're running a 30% promotion on annual plans until Friday.", "Our onboarding package is now available at a reduced rate.",
   "Most teams that move to our platform see results in the first month.", "Happy to extend the same discount to {{ company }}.",
   "We've just launched a new tier designed for teams your size.", "Our customers include Stripe, Notion and Figma.",
   "With our tool, your reps will never have to update the CRM by hand again.", "You could be up and running on our platform by Monday.",
   "I'd like to get {{ company }} on board before the end of the quarter.", "We can offer you a dedicated account manager.",
   "Let our team take forecasting off your plate.", "Our new AI module writes follow-ups for your reps automatically.",
   "I'd love to get you set up on a trial of our Pro plan.", "We also offer a white-glove migration service."],
 "ask": ["Can we set up a time to go over pricing?", "Would you like me to send over a proposal?", "Are you open to switching providers this year?",
   "Shall I book a demo for you and your team?", "Interested in upgrading your plan?", "Could we get you on board before Q4?",
   "Would it be worth a quick chat to see if we can help?", "Let me know a good time to connect this week.", "Do you want to give it a try?",
   "Would you consider moving your team over to us?", "Should I put together a quote for 50 seats?", "Are you free for a call on Tuesday afternoon?"],
 "qualify": ["Who on your side would sign the contract?", "Who makes the final call on tools like this?", "What budget do you have for this project?",
   "What's holding you back from signing today?", "What would you need to see to move forward this month?", 
   "Is there anyone else involved in the decision?", "Do you have sign-off authority for purchases of this size?"],
 "loss": ["Without automated cohorts, you'll keep losing customers you could have saved.", "Every day you wait is another day of missed revenue.",
   "Teams that don't automate this fall behind fast.", "You may be losing deals to competitors who respond faster.", "Manual reporting is quietly costing your team thousands."],
 "pushy": ["I've put 30 minutes in your calendar for Thursday at 3pm.", "I'll give you a ring on Friday morning to discuss.", "Please send me your availability for a one-hour demo this week.",
   "I'm going to call your office tomorrow at 9.", "Let's plan on a call Monday at 11 — I'll send the invite."],
}
NOT_SELLING: list[str] = ["Our team can share the full recording if anyone missed the start.", "Our speakers will answer the remaining questions in a short write-up.",
 "We have a few spare copies of the printed workbook if you want one.", "Our survey includes a question about onboarding; here are the results.",
 "Switching from spreadsheets to a CRM took Lena's team about a month, she said in the panel.", "Happy to extend the deadline for the feedback form.",
 "We've just launched the recording page, so everything is in one place.", "Our customers asked the same question, so we wrote a guide.",
 "Let me know if the link doesn't work.", "Do you want the Spanish version of the slides?", "Would you consider sharing your checklist with the group?",
 "Who on your team would like a copy of the notes?", "What budget template did you use in your talk? It looked great.",
 "How soon is your next board meeting?", "We lost the last ten minutes of audio, sorry about that.", "I'll send the slides tomorrow morning.",
 "I'm going to share the notes with everyone who registered.",
 "Thanks again for your time on the call, Ingrid.", "If it helps, I can introduce you to Tomás, who built the same dashboard."]
NOT_SELLING += [
    "Here are the three links from the chat, in the order we mentioned them.", "Lukas asked the same thing, so I copied him in.",
    "The workbook has a tab for each of the five exercises.", "Most attendees watched the replay at 1.5x speed, apparently.",
    "Aiko's answer about cohort sizes is at minute 42.", "You can reuse the template for renewals as well.",
    "Our panel ran long, so the last question is answered below.", "We used the same cohort view for our own churn review.",
    "The deck works in Keynote, PowerPoint and Google Slides.", "Thanks for sending the screenshot; the bug is fixed now.",
    "If your team prefers a PDF, it's attached as well.", "Nadia from the data team can answer the SQL question better than I can.",
    "The benchmark covers 240 companies across Europe.", "Your point about onboarding emails came up again today.",
    "The replay will stay online until the end of the year.", "Sorry for the late answer; the conference week was busy.",
    "The Spanish subtitles are being added this week.", "Kenji's framework is on slide 9 if you want to share it.",
    "The next workshop is on 4 March, same time.", "Feel free to reply with any questions about the formulas.",
    "There is a glossary at the end of the guide.", "We recorded the breakout rooms too; yours is the third video.",
    "The template calculates churn by signup month.", "Two attendees found a typo on slide 12, now corrected.",
    "We answered 31 questions live and the rest in writing.", "Thank you for the kind words about the session.",
    "I've added your name to the list for the printed copy.", "The room was full, so thanks for standing at the back.",
    "Our office is closed on Friday, so replies may take a day longer.", "The cohort template uses the same colours as your deck.",
]


@pytest.mark.parametrize(("role", "sentence"), [(r, s) for r, ss in ORDINARY_WORDS.items() for s in ss])
def test_ordinary_words_get_their_role(role: str, sentence: str) -> None:
    assert role in roles(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_SELLING)
def test_plain_sentences_do_not_sell(sentence: str) -> None:
    found = assign_roles(sentence, "auto", model=None)
    selling = found.roles & {"pitch", "ask", "pushy", "qualify", "loss", "pressure", "familiarity"}
    assert not selling, (sentence, [e.describe() for e in found.evidence if e.role in selling])


def test_ordinary_word_tables_are_balanced() -> None:
    assert len(NOT_SELLING) >= sum(len(v) for v in ORDINARY_WORDS.values())


def test_name_slot_exact_forms_and_groups() -> None:
    from followup_lint.content.cues import CueSet

    assert "pitch" in roles("I'm Sam Carter from Acme Analytics.")
    assert "pitch" not in roles("I'm back from the conference with the notes.")
    intro = assign_roles("My name is Sam and I work at Acme.", "en", model=None)
    assert {e.group for e in intro.evidence_for("pitch")} == {"self"}
    product = assign_roles("Our platform can double your pipeline.", "en", model=None)
    assert {e.group for e in product.evidence_for("pitch")} == {""}
    cues = CueSet("en")
    cues.add(parse_cue("we =ran out of time", "en", "pressure"))
    assert cues.find(tokenize("We ran out of time.", "en"), "We ran out of time.")
    assert not cues.find(tokenize("We run out of time.", "en"), "We run out of time.")


class _Scores:
    """A stand-in classifier with fixed scores (the real one has its own tests and benchmark)."""

    thresholds = {"pressure": 0.6, "pitch": 0.6}

    def __init__(self, **scores: float) -> None:
        self.scores = scores

    def classify(self, text: str, lang: str):  # type: ignore[no-untyped-def]
        from collections import namedtuple

        score = namedtuple("RoleScore", "role probability evidence")
        return tuple(score(role, p, ("weighed", "words")) for role, p in self.scores.items())


def test_model_adds_roles_above_its_threshold_with_evidence() -> None:
    found = assign_roles("The quarter closes in two weeks.", "en", model=_Scores(pressure=0.8, pitch=0.3))
    assert found.roles == {"pressure"}
    [evidence] = found.evidence_for("pressure")
    assert evidence.source == "model" and evidence.probability == 0.8 and "weighed" in evidence.detail


def test_lexicon_exceptions_bind_the_model_too() -> None:
    found = assign_roles("No rush at all; the replay stays up all month.", "en", model=_Scores(pressure=0.9))
    assert "pressure" not in found.roles


def test_a_broken_model_leaves_the_cues() -> None:
    class Broken:
        def classify(self, text: str, lang: str):  # type: ignore[no-untyped-def]
            raise RuntimeError("weights missing")

    found = assign_roles("Our platform can double your pipeline.", "en", model=Broken())
    assert "pitch" in found.roles
