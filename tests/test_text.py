"""Tests for followup_lint.text: email segmentation and HTML text extraction."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup_lint.text import (
    DEFAULT_GREETINGS,
    DEFAULT_SIGNOFFS,
    MAX_NLP_CHARS,
    SCOPES,
    EmailSegments,
    Span,
    _line_col,
    _segment,
    html_to_text,
    looks_like_html,
    nlp,
    segment_email,
)

SRC = str(Path(__file__).resolve().parents[1] / "src")


def texts(segments: EmailSegments) -> dict[str, str]:
    return {name: span.text for name, span in segments.segments().items()}


# --------------------------------------------------------------------------- the cases

WEBINAR = """Hi Alex,

Thanks for joining Tuesday's session on retention metrics. I've attached the slides, and the recording is here: https://example.com/rec

One thing that came up: cohort curves flatten after week 6 for most B2B tools. If that matches what you see, I'd love to hear how you handle it.

Would a 20-minute call next week be useful? Let me know.

Best,
Sam Lee
Customer Success, Acme
+1 555 0100

P.S. The Q&A transcript is attached too."""

COLD = """Dear Dr. Smith,

Congratulations on the launch of the new clinic in Leeds.
We help practices like yours cut no-shows by sending reminders that patients answer.

Could we find 15 minutes next week?

Kind regards,
Jan de Vries"""

# (id, email, expected segment texts; a segment missing from the dict must be absent)
CASES = [
    (
        "webinar-follow-up",
        WEBINAR,
        {
            "greeting": "Hi Alex,",
            "opener": "Thanks for joining Tuesday's session on retention metrics.",
            "call_to_action": "Would a 20-minute call next week be useful? Let me know.",
            "signoff": "Best,",
            "signature": "Sam Lee\nCustomer Success, Acme\n+1 555 0100",
            "ps": "P.S. The Q&A transcript is attached too.",
        },
    ),
    (
        "cold-outreach",
        COLD,
        {
            "greeting": "Dear Dr. Smith,",
            "opener": "Congratulations on the launch of the new clinic in Leeds.",
            "call_to_action": "Could we find 15 minutes next week?",
            "signoff": "Kind regards,",
            "signature": "Jan de Vries",
        },
    ),
    (
        "german",
        "Hallo Anna,\n\nvielen Dank für Ihre Teilnahme am Webinar. Hier ist die Aufzeichnung."
        "\nLassen Sie mich wissen, ob Sie Fragen haben.\n\nMit freundlichen Grüßen\nJan Müller",
        {
            "greeting": "Hallo Anna,",
            "opener": "vielen Dank für Ihre Teilnahme am Webinar.",
            "call_to_action": "Lassen Sie mich wissen, ob Sie Fragen haben.",
            "signoff": "Mit freundlichen Grüßen",
            "signature": "Jan Müller",
        },
    ),
    (
        "german-formal",
        "Sehr geehrte Frau Müller,\n\ndanke für das Gespräch gestern.\n\nViele Grüße,\nTom",
        {
            "greeting": "Sehr geehrte Frau Müller,",
            "opener": "danke für das Gespräch gestern.",
            "signoff": "Viele Grüße,",
            "signature": "Tom",
        },
    ),
    (
        "french",
        "Bonjour Claire,\n\nMerci d'avoir participé à notre webinaire. N'hésitez pas à me "
        "contacter.\n\nCordialement,\nPierre",
        {
            "greeting": "Bonjour Claire,",
            "opener": "Merci d'avoir participé à notre webinaire.",
            "call_to_action": "N'hésitez pas à me contacter.",
            "signoff": "Cordialement,",
            "signature": "Pierre",
        },
    ),
    (
        "spanish",
        "Hola Ana:\n\nGracias por asistir. ¿Te viene bien el martes?\n\nSaludos,\nLuis",
        {
            "greeting": "Hola Ana:",
            "opener": "Gracias por asistir.",
            "call_to_action": "¿Te viene bien el martes?",
            "signoff": "Saludos,",
            "signature": "Luis",
        },
    ),
    (
        "dutch",
        "Beste Jan,\n\nBedankt voor je deelname. Laat me weten of je vragen hebt.\n\n"
        "Met vriendelijke groet,\nEva",
        {
            "greeting": "Beste Jan,",
            "opener": "Bedankt voor je deelname.",
            "call_to_action": "Laat me weten of je vragen hebt.",
            "signoff": "Met vriendelijke groet,",
            "signature": "Eva",
        },
    ),
    (
        "greeting-and-opener-on-one-line",
        "Good morning Priya, thanks for coming yesterday. Here is the deck.\n\nCheers,\nTom",
        {
            "greeting": "Good morning Priya,",
            "opener": "thanks for coming yesterday.",
            "signoff": "Cheers,",
            "signature": "Tom",
        },
    ),
    (
        "greeting-without-comma",
        "Hi Alex\n\nHere is the recording you asked for.\n\nThanks\nSam",
        {
            "greeting": "Hi Alex",
            "opener": "Here is the recording you asked for.",
            "signoff": "Thanks",
            "signature": "Sam",
        },
    ),
    (
        "greeting-without-punctuation-on-one-line",
        "Hi Alex thanks for joining the session yesterday",
        {"greeting": "Hi Alex", "opener": "thanks for joining the session yesterday"},
    ),
    (
        "comma-after-greeting-word",
        "Hi, Alex!\nGreat session.\n--\nSam\nAcme",
        {"greeting": "Hi, Alex!", "opener": "Great session.", "signature": "Sam\nAcme"},
    ),
    (
        "name-only-greeting",
        "Alex,\n\nQuick follow-up on the demo. Are you free Thursday?\n\nThanks!\n\nSam",
        {
            "greeting": "Alex,",
            "opener": "Quick follow-up on the demo.",
            "call_to_action": "Are you free Thursday?",
            "signoff": "Thanks!",
            "signature": "Sam",
        },
    ),
    (
        "no-greeting",
        "Congratulations on the launch! Happy to share what worked for others.\n\n— Anna",
        {
            "opener": "Congratulations on the launch!",
            "call_to_action": "Happy to share what worked for others.",
            "signature": "— Anna",
        },
    ),
    (
        "one-line",
        "Thanks for the great chat today! Let me know if Tuesday works.",
        {
            "opener": "Thanks for the great chat today!",
            "call_to_action": "Let me know if Tuesday works.",
        },
    ),
    (
        "greeting-only",
        "Hi Alex,",
        {"greeting": "Hi Alex,"},
    ),
    (
        "thanks-opener-is-not-a-signoff",
        "Hi Alex,\n\nThanks for joining us!\nThe slides are attached.\n\nBest regards,\nSam",
        {
            "greeting": "Hi Alex,",
            "opener": "Thanks for joining us!",
            "signoff": "Best regards,",
            "signature": "Sam",
        },
    ),
    (
        "closing-line-ending-in-comma",
        "Hi Alex,\n\nHere is the deck.\n\nThanks again for your time,\nSam\nAcme Corp",
        {
            "greeting": "Hi Alex,",
            "opener": "Here is the deck.",
            "signoff": "Thanks again for your time,",
            "signature": "Sam\nAcme Corp",
        },
    ),
    (
        "signoff-with-name-on-one-line",
        "Hey there!\n\nDid you get a chance to review the proposal?\n\nThanks, Anna",
        {
            "greeting": "Hey there!",
            "opener": "Did you get a chance to review the proposal?",
            "call_to_action": "Did you get a chance to review the proposal?",
            "signoff": "Thanks, Anna",
        },
    ),
    (
        "bare-name-signature",
        "Hi Alex,\n\nThanks for joining yesterday.\nBook a time: https://cal.com/sam\n\nSam Lee",
        {
            "greeting": "Hi Alex,",
            "opener": "Thanks for joining yesterday.",
            "call_to_action": "Book a time: https://cal.com/sam",
            "signature": "Sam Lee",
        },
    ),
    (
        "ps-before-signoff-and-pps",
        "Hi Alex,\n\nThanks for joining!\n\nPS: slides attached.\nPPS: recording too.\n\n"
        "Best,\nSam",
        {
            "greeting": "Hi Alex,",
            "opener": "Thanks for joining!",
            "ps": "PS: slides attached.\nPPS: recording too.",
            "signoff": "Best,",
            "signature": "Sam",
        },
    ),
    (
        "windows-newlines",
        "Dear Dr. Smith,\r\n\r\nI hope the conference went well.\r\nCould we find a time?"
        "\r\n\r\nKind regards,\r\nJan",
        {
            "greeting": "Dear Dr. Smith,",
            "opener": "I hope the conference went well.",
            "call_to_action": "Could we find a time?",
            "signoff": "Kind regards,",
            "signature": "Jan",
        },
    ),
    (
        "bullets-are-sentences",
        "Hi Alex,\n\nHere is what we covered:\n- churn cohorts\n- activation metrics\n\n"
        "Best,\nSam",
        {
            "greeting": "Hi Alex,",
            "opener": "Here is what we covered:",
            "signoff": "Best,",
            "signature": "Sam",
        },
    ),
    (
        "sentence-wrapped-over-lines",
        "Hi Alex,\n\nthe recording of yesterday's session is\nnow online for everyone.\n\nBest,\nSam",
        {
            "greeting": "Hi Alex,",
            "opener": "the recording of yesterday's session is\nnow online for everyone.",
            "signoff": "Best,",
            "signature": "Sam",
        },
    ),
    (
        "good-morning-alone",
        "Good morning!\nCongrats on the Series A.",
        {"greeting": "Good morning!", "opener": "Congrats on the Series A."},
    ),
    (
        "word-that-starts-like-a-greeting",
        "Hiring is hard. Here are three ideas from the panel.",
        {"opener": "Hiring is hard."},
    ),
]


@pytest.mark.parametrize(("email", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_segments(email, expected):
    segments = segment_email(email)
    got = texts(segments)
    for name in ("greeting", "opener", "call_to_action", "signoff", "signature", "ps"):
        assert got.get(name) == expected.get(name), name
    # Plain input: spans are offsets into the input and agree with the segment text.
    for span in segments.segments().values():
        assert email[span.start : span.end] == span.text
    if segments.opener is not None:
        assert segments.sentences[0] == segments.opener


def test_webinar_body_and_sentences():
    segments = segment_email(WEBINAR)
    assert segments.body is not None
    assert segments.body.text.startswith("Thanks for joining")
    assert segments.body.text.endswith("Let me know.")
    assert [s.text for s in segments.sentences] == [
        "Thanks for joining Tuesday's session on retention metrics.",
        "I've attached the slides, and the recording is here: https://example.com/rec",
        "One thing that came up: cohort curves flatten after week 6 for most B2B tools.",
        "If that matches what you see, I'd love to hear how you handle it.",
        "Would a 20-minute call next week be useful?",
        "Let me know.",
    ]
    assert not segments.is_html
    assert segments.text == segments.source == WEBINAR


def test_segments_are_in_document_order():
    segments = segment_email(WEBINAR)
    order = [segments.greeting, segments.body, segments.signoff, segments.signature, segments.ps]
    assert all(span is not None for span in order)
    for before, after in zip(order, order[1:]):
        assert before.end <= after.start  # type: ignore[union-attr]
    body = segments.body
    assert body is not None
    for span in (segments.opener, segments.call_to_action, *segments.sentences):
        assert span is not None
        assert body.start <= span.start < span.end <= body.end


def test_abbreviations_do_not_split_sentences():
    segments = segment_email("Hi Alex,\n\nDr. Smith and e.g. Mr. Jones joined. It went well.")
    assert [s.text for s in segments.sentences] == [
        "Dr. Smith and e.g. Mr. Jones joined.",
        "It went well.",
    ]


# ----------------------------------------------------------------------- words as data


def test_custom_greeting_and_signoff_words():
    email = "Yo, great demo today!\n\nPeace out,\nSam"
    default = segment_email(email)
    assert default.greeting is None and default.signoff is None
    custom = segment_email(email, greetings=["yo"], signoffs=["peace out"])
    assert texts(custom) == {
        "greeting": "Yo,",
        "opener": "great demo today!",
        "body": "great demo today!",
        "signoff": "Peace out,",
        "signature": "Sam",
    }


def test_custom_cta_phrases():
    email = "Hi Alex,\n\nGreat demo today. Grab the slides from the portal.\n\nBest,\nSam"
    assert segment_email(email).call_to_action is None
    custom = segment_email(email, cta_phrases=["grab the slides"])
    assert custom.call_to_action is not None
    assert custom.call_to_action.text == "Grab the slides from the portal."


def test_defaults_cover_the_locales():
    for word in ("hi", "dear", "hallo", "bonjour", "hola", "beste", "good morning"):
        assert word in DEFAULT_GREETINGS
    for word in ("best", "kind regards", "mit freundlichen grüßen", "cordialement",
                 "saludos", "met vriendelijke groet", "cheers", "thanks"):
        assert word in DEFAULT_SIGNOFFS


# --------------------------------------------------------------------------------- HTML

HTML_EMAIL = (
    "<html><head><style>p { color: red; }</style></head><body>\n"
    "<p>Hi Alex,</p>\n"
    "<p>Thanks for joining&nbsp;Tuesday&#39;s session on\n   retention metrics.<br>"
    "Here is the <a href=\"https://x.io/rec\">recording</a>.</p>\n"
    "<!-- tracking pixel -->\n"
    "<p>Best,<br>\nSam<br>Acme</p>\n"
    "</body></html>"
)


def test_html_email_segments_map_to_source():
    segments = segment_email(HTML_EMAIL)
    assert segments.is_html
    assert texts(segments) == {
        "greeting": "Hi Alex,",
        "opener": "Thanks for joining Tuesday's session on retention metrics.",
        "body": "Thanks for joining Tuesday's session on retention metrics.\nHere is the recording.",
        "call_to_action": "Here is the recording.",  # a linked sentence
        "signoff": "Best,",
        "signature": "Sam\nAcme",
    }
    source = segments.source
    greeting, opener, cta = segments.greeting, segments.opener, segments.call_to_action
    assert greeting is not None and opener is not None and cta is not None
    assert source[greeting.start : greeting.end] == "Hi Alex,"
    assert source[opener.start : opener.end] == (
        "Thanks for joining&nbsp;Tuesday&#39;s session on\n   retention metrics."
    )
    assert source[cta.start : cta.end] == 'Here is the <a href="https://x.io/rec">recording</a>.'
    # A match found in a segment's plain text maps back into the source.
    start = opener.text.index("Tuesday's")
    s, e = opener.source_span(start, start + len("Tuesday's"))
    assert source[s:e] == "Tuesday&#39;s"
    s, e = segments.source_span(opener.plain_start, opener.plain_end)
    assert (s, e) == (opener.start, opener.end)


def test_html_with_divs_and_br_like_gmail():
    html = "<div>Hallo Anna,</div><div><br></div><div>danke f&uuml;r Ihre Zeit.</div>" \
           "<div><br></div><div>Viele Gr&uuml;&szlig;e</div><div>Jan</div>"
    segments = segment_email(html)
    assert texts(segments) == {
        "greeting": "Hallo Anna,",
        "opener": "danke für Ihre Zeit.",
        "body": "danke für Ihre Zeit.",
        "signoff": "Viele Grüße",
        "signature": "Jan",
    }
    signoff = segments.signoff
    assert signoff is not None
    assert segments.source[signoff.start : signoff.end] == "Viele Gr&uuml;&szlig;e"


def test_html_flag_overrides_detection():
    text = "Hi Alex,\n\n<b>Thanks</b> for joining."
    assert segment_email(text, html=False).opener.text == "<b>Thanks</b> for joining."  # type: ignore[union-attr]
    assert segment_email(text, html=True).opener.text == "Thanks for joining."  # type: ignore[union-attr]
    assert segment_email(text).is_html


HTML_TEXT_CASES = [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("One<br>Two<br/><br />Three", "One\nTwo\n\nThree"),
    ("<div>One</div><div>Two</div>", "One\nTwo"),
    ("<ul><li>a</li><li>b</li></ul>", "a\nb"),
    ("<table><tr><td>a</td><td>b</td></tr></table>", "a\nb"),
    ("<h1>Title</h1>Text", "Title\n\nText"),
    ("a  \n\t b", "a b"),
    ("Fish &amp; chips &lt;3 &eacute;t&eacute; &#8217; &#x1F600; &bogus; & more", "Fish & chips <3 été ’ 😀 &bogus; & more"),
    ("<script>alert('x')</script><style>p{}</style>Visible", "Visible"),
    ("Before<!-- hidden <p> -->After", "BeforeAfter"),
    ("<!DOCTYPE html><p>x</p>", "x"),
    ("<a title=\"a>b\" href='#'>link</a>", "link"),
    ("a < b and c > d", "a < b and c > d"),
    ("<P CLASS=x>Upper</P>", "Upper"),
    ("", ""),
    ("<p></p><br><br>", ""),
    ("a&nbsp;&nbsp;b", "a b"),
]


@pytest.mark.parametrize(("html", "expected"), HTML_TEXT_CASES)
def test_html_to_text(html, expected):
    text, offsets = html_to_text(html)
    assert text == expected
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(html)


def test_html_to_text_offsets_point_at_the_source():
    html = "<p>Hi &amp; welcome,</p>\n<p>caf&eacute; <b>time</b></p>"
    text, offsets = html_to_text(html)
    assert text == "Hi & welcome,\n\ncafé time"
    assert html[offsets[text.index("&")] :].startswith("&amp;")
    assert html[offsets[text.index("é")] :].startswith("&eacute;")
    assert html[offsets[text.index("\n")] :].startswith("</p>")
    assert html[offsets[text.index("time")] :].startswith("time</b>")


def test_looks_like_html():
    assert looks_like_html("<p>Hi</p>")
    assert looks_like_html("Hi<br>there")
    assert looks_like_html("a&nbsp;b")
    assert not looks_like_html("Hi Alex, a < b and see <https://example.com>")
    assert not looks_like_html("")


# ---------------------------------------------------------------------------- edge cases


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n \t\r\n", "<p></p>", "<br><br>"])
def test_empty_input_finds_nothing(text):
    segments = segment_email(text)
    assert segments.segments() == {}
    assert segments.sentences == ()


@pytest.mark.parametrize("value", [None, b"Hi Alex,\n\nThanks!", 42])
def test_non_str_input_does_not_raise(value):
    assert isinstance(segment_email(value), EmailSegments)  # type: ignore[arg-type]


def test_very_long_body_is_capped_for_spacy():
    email = "Hi Alex,\n\n" + "We shipped a thing. " * 10_000 + "\n\nBest,\nSam"
    segments = segment_email(email)
    assert segments.truncated
    assert segments.greeting is not None and segments.signoff is not None
    assert segments.sentences[-1].end <= segments.greeting.end + 2 + MAX_NLP_CHARS


def test_get_and_segments():
    segments = segment_email(WEBINAR)
    assert tuple(segments.segments()) == SCOPES
    assert segments.get("signoff") == segments.signoff
    with pytest.raises(KeyError):
        segments.get("footer")


def test_spans_are_frozen():
    span = segment_email("Hi Alex,\n\nThanks!").greeting
    assert isinstance(span, Span)
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]


def test_line_col():
    text = "ab\r\ncd\nef"
    assert _line_col(text, 0) == (1, 1)
    assert _line_col(text, 4) == (2, 1)
    assert _line_col(text, 5) == (2, 2)
    assert _line_col(text, 7) == (3, 1)
    assert _line_col(text, 99) == (3, 3)


# ---------------------------------------------------------------------------- lazy spaCy


def test_importing_text_does_not_import_spacy():
    code = "import followup_lint.text, sys; assert 'spacy' not in sys.modules"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PYTHONPATH": SRC},
    )
    assert result.returncode == 0, result.stderr


def test_pipeline_is_built_once():
    assert nlp() is nlp()
    assert nlp().pipe_names == [
        "followup_lint_line_breaks",
        "sentencizer",
        "followup_lint_abbreviation_stops",
        "followup_lint_inverted_marks",
    ]


# ---------------------------------------------------------------------------- properties

EMAILISH = st.lists(
    st.one_of(
        st.sampled_from(
            ["Hi Alex,", "Best,", "P.S.", "PS:", "--", "— Anna", "Thanks!", "\n", "\r\n",
             "<p>", "</p>", "<br>", "&amp;", "&nbsp;", "¿", "!", "?", "Dear Dr. Smith,", " "]
        ),
        st.text(max_size=30),
    ),
    max_size=30,
).map("".join)


def _check_segments(text: str, segments: EmailSegments) -> None:
    source = segments.source
    for span in (*segments.segments().values(), *segments.sentences):
        assert 0 <= span.start <= span.end <= len(source)
        assert 0 <= span.plain_start <= span.plain_end <= len(segments.text)
        assert segments.text[span.plain_start : span.plain_end] == span.text
        if not segments.is_html:
            assert source[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EMAILISH, st.sampled_from([None, True, False]))
def test_segment_email_never_raises(text, html):
    # The strict inner function: the public one also has a last-resort guard.
    _check_segments(text, _segment(text, None, None, None, html))
    _check_segments(text, segment_email(text, html=html))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    _check_segments(text, _segment(text, None, None, None, None))


@settings(max_examples=300, deadline=None)
@given(EMAILISH)
def test_html_to_text_never_raises_and_maps_every_character(html):
    text, offsets = html_to_text(html)
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(html)
    assert all(0 <= o < len(html) for o in offsets[:-1])
    assert offsets[:-1] == sorted(offsets[:-1])
    for char, offset in zip(text, offsets):
        if not char.isspace() and html[offset] != "&":
            assert html[offset] == char
