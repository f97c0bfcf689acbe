"""FL301's phrase side read by role, not by phrase (issue 11, item 3): a sentence presumes the
reader attended when a cue, the role classifier or the frame (the reader + an occasion + the
past, rules/data/attendance-wording.yml) says so, and a kind of sentence that may safely reach
a no-show (a conditional, a future, registration, the recording, a negation, a question) is
never read that way. Recipients come as real exports write them: Zoom and GoTo Webinar
`Attended`, HubSpot and Marketo statuses, Eventbrite `Checked In`, ON24 `Live Minutes`, and
localized columns with accents (`Participé`, `Asistió`)."""

from __future__ import annotations

import pytest

from followup_lint.checks.attendance_frame import FrameReader, frame_reader
from followup_lint.testing import codes, run_rules

# one no-show and one attendee per export, as the vendor's report writes them
EXPORTS = {
    "zoom": [{"first_name": "Jean-Luc", "last_name": "van der Berg", "Attended": "No"},
             {"first_name": "Hiroshi", "last_name": "Sato", "Attended": "Yes"}],
    "goto": [{"first_name": "Nguyễn", "last_name": "Thị Mai", "Attended": "No", "In Session Duration (minutes)": "0"},
             {"first_name": "Siobhán", "last_name": "O'Connor", "Attended": "Yes", "In Session Duration (minutes)": "47"}],
    "hubspot": [{"first_name": "Wei", "last_name": "Zhang", "attendance_status": "no show"},
                {"first_name": "Amara", "last_name": "Okonkwo-Reyes", "attendance_status": "attended"}],
    "eventbrite": [{"first_name": "Teuila", "last_name": "", "Checked In": "No"},
                   {"first_name": "Maximilian", "last_name": "von Stein", "Checked In": "Yes"}],
    "marketo": [{"first_name": "Rahul", "last_name": "Iyer", "Program Status": "Webinar -> No Show"},
                {"first_name": "Ana María", "last_name": "de la Cruz", "Program Status": "Webinar -> Attended"}],
    "on24": [{"first_name": "Min-jun", "last_name": "Park", "Live Minutes": "0"},
             {"first_name": "Björn", "last_name": "Åkesson", "Live Minutes": "38"}],
    "teilgenommen": [{"first_name": "Aylin", "last_name": "Yılmaz", "Teilgenommen": "nein"},
                     {"first_name": "Jürgen", "last_name": "Müller-Lüdenscheidt", "Teilgenommen": "ja"}],
    "participe": [{"first_name": "Mamadou", "last_name": "Diallo", "Participé": "non"},
                  {"first_name": "Anne-Sophie", "last_name": "de Villiers", "Participé": "oui"}],
    "asistio": [{"first_name": "Xiomara", "last_name": "", "Asistió": "no"},
                {"first_name": "José Luis", "last_name": "García Márquez", "Asistió": "sí"}],
    "aanwezig": [{"first_name": "Dewi", "last_name": "Kartika", "Aanwezig": "nee"},
                 {"first_name": "Sanne", "last_name": "van 't Hek", "Aanwezig": "ja"}],
}
_GREETING = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "es": "Hola", "nl": "Beste"}

# wording in ordinary words that presumes the reader was there
PRESUMES = [
    ("en", "zoom", "You sat through all ninety minutes of the masterclass yesterday, which says a lot."),
    ("en", "goto", "Hope the keynote was worth getting up early for."),
    ("en", "hubspot", "It was fun to see you pick up the new dashboard so quickly during the workshop on Tuesday."),
    ("en", "eventbrite", "Thanks again for hanging around after the panel last night."),
    ("en", "marketo", "You were in the front row for the roadmap demo, so none of this will surprise you."),
    ("en", "on24", "Following our chat at the booth, here is the integration guide."),
    ("de", "teilgenommen", "Ihre Frage in der Fragerunde gestern hat eine lebhafte Diskussion ausgelöst."),
    ("de", "zoom", "Sie waren beim Kundentag in Köln live dabei, deshalb hier gleich die Folien."),
    ("fr", "participe", "Vous étiez nombreux au salon hier, et votre intérêt pour la démo nous a touchés."),
    ("fr", "zoom", "Suite à la table ronde de mardi, voici les chiffres que vous avez demandés."),
    ("es", "asistio", "Ayer te vimos en primera fila durante la charla."),
    ("es", "hubspot", "Como hablamos en el stand, te envío la propuesta."),
    ("nl", "aanwezig", "Gisteren zat je nog bij ons aan tafel tijdens het diner."),
    ("nl", "goto", "Na de workshop van vorige week stuur ik je de checklist."),
    ("en", "eventbrite", "Your attendance certificate for the audit workshop is below."),
    ("es", "asistio", "Comentaste en el taller que la devolución de envíos es vuestro mayor coste."),
    ("en", "on24", "Hope the shuttle back from the open day wasn't too crowded."),
    ("de", "teilgenommen", "Schön, dass Sie gestern beim Anwendertag in Leipzig waren."),
]

# the same lists, wording a no-show may safely read
SAFE = [
    ("en", "zoom", "You can still watch the masterclass from yesterday on demand."),
    ("en", "goto", "We would love to have you in the audience for the keynote next Tuesday."),
    ("en", "hubspot", "Your seat for Thursday's workshop is confirmed."),
    ("en", "eventbrite", "If you stayed for the panel last night, thank you; if not, the notes are below."),
    ("en", "marketo", "Were you able to join the roadmap demo last week?"),
    ("en", "on24", "Sorry we missed you at the booth on Tuesday."),
    ("de", "teilgenommen", "Falls Sie die Fragerunde gestern verpasst haben: hier ist die Aufzeichnung."),
    ("de", "zoom", "Vielen Dank für Ihre Anmeldung zum Kundentag in Köln."),
    ("fr", "participe", "Vous étiez inscrit au salon hier, mais nous ne vous avons pas vu."),
    ("fr", "zoom", "La table ronde de mardi a été enregistrée : voici l'enregistrement."),
    ("es", "asistio", "Te esperamos en la charla del jueves."),
    ("es", "hubspot", "Si no pudiste pasar por el stand, te envío la propuesta igualmente."),
    ("nl", "aanwezig", "Je kunt het diner van gisteren terugkijken via de link."),
    ("nl", "goto", "Bedankt voor je aanmelding voor de workshop van volgende week."),
    ("en", "zoom", "Your manager joined the masterclass yesterday and asked me to loop you in."),
    ("de", "teilgenommen", "Wir haben Sie gestern in der Fragerunde vermisst."),
    ("en", "on24", "Hope the open day next month fits your calendar."),
    ("de", "zoom", "Am Dienstag schicken wir Ihnen die Unterlagen zum Anwendertag."),
]


def _email(lang: str, sentence: str) -> str:
    return (f"---\nkind: follow-up\nlocale: {lang}\n---\n{_GREETING[lang]} {{{{ first_name }}}},\n\n"
            f"{sentence}\n\nMaya Okafor")


def test_the_tables_are_balanced() -> None:
    assert len(PRESUMES) == len(SAFE)


@pytest.mark.parametrize(("lang", "export", "sentence"), PRESUMES)
def test_fires_for_the_no_show_of_each_export(lang: str, export: str, sentence: str) -> None:
    found = run_rules("FL301", _email(lang, sentence), EXPORTS[export])
    assert codes(found) == ["FL301"], sentence
    assert found[0].recipient is not None and found[0].recipient.index == 0  # the no-show, not the attendee


@pytest.mark.parametrize(("lang", "export", "sentence"), SAFE)
def test_does_not_fire_on_wording_safe_for_no_shows(lang: str, export: str, sentence: str) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), EXPORTS[export])) == [], sentence


@pytest.mark.parametrize("export", sorted(EXPORTS))
def test_only_a_list_of_attendees_is_quiet(export: str) -> None:
    attendee = EXPORTS[export][1]
    template = _email("en", "It was lovely having you in the audience on Tuesday.")
    assert codes(run_rules("FL301", template, [attendee])) == []
    assert codes(run_rules("FL301", template, [EXPORTS[export][0]])) == ["FL301"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Thanks for tuning in on Thursday!", "cue '"),
        ("You sat through all ninety minutes of the masterclass yesterday, which says a lot.", "frame reader 'You'"),
    ],
)
def test_the_finding_names_its_evidence(sentence: str, source: str) -> None:
    (found,) = run_rules("FL301", _email("en", sentence), EXPORTS["zoom"])
    assert source in found.message
    assert "Jean-Luc" not in found.message and "van der Berg" not in found.message


def test_the_wording_is_read_once_per_template_not_per_recipient(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = frame_reader()
    calls: list[str] = []
    original = FrameReader.match

    def counting(self: FrameReader, text: str, lang: str, variables=(), events=()):  # type: ignore[no-untyped-def]
        calls.append(text)
        return original(self, text, lang, variables, events)

    monkeypatch.setattr(FrameReader, "match", counting)
    no_shows = [{"first_name": f"Guest{i}", "last_name": "Nakamura", "Attended": "No"} for i in range(60)]
    template = _email("en", "You sat through all ninety minutes of the webinar on pricing yesterday, in the rain.")
    found = run_rules("FL301", template, no_shows)
    assert len(found) == 60
    assert 0 < len(calls) <= 5, "the frame is read per sentence of the template, not per recipient"
    assert reader is frame_reader()


def test_a_frame_needs_all_three_parts_and_no_unless_word() -> None:
    reader = FrameReader({"frame": {"en": {
        "inflected": True,
        "own": ["your"],
        "reader": ["you", "your"],
        "occasion": ["[=session|=booth]"],
        "past": ["yesterday", "*ed"],
        "unless": ["recording"],
    }}})
    assert reader.match("You joined the session.", "en") is not None
    assert reader.match("You join the session.", "en") is None  # no past
    assert reader.match("You stopped by yesterday.", "en") is None  # no occasion
    assert reader.match("The session ended yesterday.", "en") is None  # no reader
    assert reader.match("Indeed you like the session.", "en") is None  # "indeed" is not a past form
    assert reader.match("I visited your booth yesterday.", "en") is None  # the reader's own booth
    assert reader.match("You join the session. The booth was busy yesterday.", "en") is None  # not in one clause
    assert reader.match("You joined the session, so here is the recording.", "en") is not None  # "unless" elsewhere
    assert reader.match("You joined the session for the recording.", "en") is None
    assert reader.unless("You missed the session, so here is the recording.", "en") == "recording"
    assert reader.match("Vous avez rejoint la session.", "fr") is None  # no French frame in this reader


def test_an_english_campaign_reads_only_the_english_lemma_table() -> None:
    """The frames and cues of other languages are parsed when a sentence of theirs is read:
    parsing them all at start-up read every language's lemma table (80 MB and a third of a
    second more for every run)."""
    import subprocess
    import sys
    from pathlib import Path

    src = Path(__file__).resolve().parents[1] / "src"
    code = (
        "import followup_lint\n"
        "from followup_lint.content import lemmas\n"
        "followup_lint.lint('---\\nkind: follow-up\\n---\\nHi {{ first_name }},\\n\\nThanks for joining us yesterday. "
        "Here is the recording.\\n\\nBest,\\nDana', [{'first_name': 'Siobhán', 'attended': 'No'}])\n"
        "print(sorted(lemmas.lemma_table.loaded_keys()))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(src), "PATH": ""}, timeout=300)
    assert out.stdout.strip().splitlines()[-1] == "['en']"


def test_an_exact_form_is_not_matched_through_a_lemma_table() -> None:
    # the Spanish lemma table folds "nos" into "no": "=no" must still mean only "no"
    reader = FrameReader({"frame": {"es": {
        "reader": ["[te|tu]"],
        "occasion": ["[=taller]"],
        "past": ["*ó", "ayer"],
        "unless": ["[=no]"],
    }}})
    assert reader.match("Nos alegró que te animaras a subir al escenario en el taller.", "es") is not None
    assert reader.match("No te vimos en el taller de ayer.", "es") is None
    assert reader.unless("Nos alegró verte.", "es") == ""


def test_frames_are_structures_of_slots_and_any_one_of_them_will_do() -> None:
    reader = FrameReader({
        "frames": {"there": ["reader", "occasion", "past"], "thanked": ["thanks", "presence"],
                   "met": ["thanks|pleasure", "contact", "occasion|time"]},
        "frame": {"en": {
            "reader": ["[=you|=your]"], "occasion": ["[=session|=booth]"], "past": ["yesterday"],
            "thanks": ["[thanks|thank]"], "pleasure": ["[great|lovely]"],
            "presence": ["[tune|stop] [in|by]"], "contact": ["[see|meet] =you"], "time": ["today"],
            "unless": ["[next|website]"],
        }},
    })
    assert reader.match("Thanks for tuning in!", "en") is not None  # thanks + a way of being there
    assert reader.match("Thanks for stopping by our website.", "en") is None  # an unless word
    assert reader.match("Thanks for the slides.", "en") is None  # no way of being there
    assert reader.match("Great seeing you today.", "en") is not None  # either "thanks" or "pleasure"
    assert reader.match("Great seeing you.", "en") is None  # neither the occasion nor the time
    assert reader.match("Great to see you at the booth next week.", "en") is None  # a future
    found = reader.match("Lovely to meet you at the booth.", "en")
    assert found is not None and "contact 'meet you'" in found.describe()


def test_a_star_word_may_say_what_its_lemma_looks_like() -> None:
    # a Dutch weak past is a "-te"/"-de" form of a verb, not an adjective ("grote" -> "groot")
    reader = FrameReader({"frame": {"nl": {
        "reader": ["[=je|=jullie]"], "occasion": ["[=workshop|=poll]"], "past": ["*de < *en", "*den < *en"],
    }}})
    assert reader.match("Je leerde in de workshop hoe de koppeling werkt.", "nl") is not None
    assert reader.match("Jullie stemden in de poll voor optie B.", "nl") is not None
    assert reader.match("Je ziet in de workshop de grote lijnen.", "nl") is None
    # and a Spanish conditional or future is an unless word through its lemma ("encantaría" -> "encantar")
    spanish = FrameReader({"frame": {"es": {
        "reader": ["[=te|=contigo]"], "occasion": ["[=stand]"], "past": ["[=fue|=ayer]"],
        "unless": ["*ría < *r", "*rá < *r"],
    }}})
    assert spanish.match("Ayer fue un placer charlar contigo en el stand.", "es") is not None
    assert spanish.match("Nos encantaría charlar contigo en el stand, como ayer.", "es") is None
    assert spanish.unless("Será un placer verte en el stand.", "es") == "Será"
    assert spanish.unless("La consultoría fue un placer.", "es") == ""  # a noun, its own lemma


def test_spared_phrases_are_not_unless_words_and_ignored_words_only_escape_star_words() -> None:
    reader = FrameReader({"frame": {"de": {
        "reader": ["[=du|=dich]"], "occasion": ["*tag", "[=montag]"], "past": ["[=hast|=gestern]"],
        "unless": ["morgen"], "spare": ["[heute|gestern] morgen"], "ignore": ["montag", "dienstag"],
    }}})
    assert reader.match("Schön, dass du heute Morgen beim Kundentag warst, du hast viel gefragt.", "de") is not None
    assert reader.match("Du hast morgen beim Kundentag einen Platz.", "de") is None  # morgen: tomorrow
    assert reader.match("Du hast am Montag gefragt.", "de") is not None  # "Montag" written out still counts
    assert reader.match("Du hast am Dienstag gefragt.", "de") is None  # and no "*tag" reads a weekday
    assert reader.match("Du hast am Anwendertag gefragt.", "de") is not None


@pytest.mark.parametrize(
    ("lang", "export", "sentence", "fires"),
    [
        # an unless word before a cue governs it ...
        ("de", "teilgenommen", "Wir freuen uns auf Ihr Kommen am Donnerstag.", False),
        ("en", "zoom", "If you tuned in on Thursday, thanks for sticking with us through the audio glitches.", False),
        # ... one after it does not, and a memory is not a condition
        ("en", "zoom", "The masterclass you joined on Thursday is now on demand.", True),
        ("en", "zoom", "When you stopped by the booth on Wednesday you asked about offline mode.", True),
        ("en", "zoom", "Thanks for being one of the 300 people who showed up live!", True),
    ],
)
def test_unless_words_before_a_cue_keep_it_out(lang: str, export: str, sentence: str, fires: bool) -> None:
    assert codes(run_rules("FL301", _email(lang, sentence), EXPORTS[export])) == (["FL301"] if fires else []), sentence
