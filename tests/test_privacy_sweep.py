"""The privacy sweep (issue 12, item 8): hostile templates and plugins that push recipient
values into error messages, crash reports and plugin messages, in every form - upper-cased,
lower- and title-cased, the local part of an email, a phone number without spaces, a number,
one line of a multi-line note, accents stripped, spaces removed, one part of a name - run
through all five output formats. No form of any value may appear on stdout or stderr, and the
messages must stay readable."""

from __future__ import annotations

import html
import json
import re
import textwrap
import unicodedata
from pathlib import Path
from typing import Any, Iterator

import pytest

from _core_testing import reuse_full_registries
from followup_lint.cli import main

FORMATS = ["text", "json", "sarif", "github", "junit", "gitlab", "markdown", "html"]

PEOPLE: list[dict[str, Any]] = [
    {"first_name": "Parissa", "last_name": "Behnia", "email": "parissa.behnia@northwind.example",
     "phone": "+44 7700 900123", "company": "Northwind Traders", "employees": 4200, "attended": "no",
     "notes": "Met at the Berlin booth\nAsked about SSO pricing for forty seats"},
    {"first_name": "José María", "last_name": "de la Cruz-Ortega", "email": "jm.delacruz@solmar.example",
     "phone": "+1 (415) 555-0134", "company": "Solmar Fincas", "employees": 85, "attended": "yes",
     "notes": "Prefers Spanish\nFollow up after Easter"},
    {"first_name": "Siobhán", "last_name": "Ní Bhriain", "email": "siobhan.nibhriain@shannonsoft.example",
     "phone": "+353 87 123 4567", "company": "Shannonsoft", "employees": 31, "attended": "no",
     "notes": "Asked for the recording"},
    {"first_name": "小明", "last_name": "王", "email": "wang.xiaoming@lotusdata.example",
     "phone": "+86 138 0013 8000", "company": "莲花数据", "employees": 1200, "attended": "yes",
     "notes": "Wants the Mandarin deck"},
    {"first_name": "Mary-Jane", "last_name": "van der Berg", "email": "mj.vanderberg@tulpen.example",
     "phone": "+31 6 12345678", "company": "Tulpen Logistiek", "employees": 640, "attended": "yes",
     "notes": "Champion for the pilot\nBudget owner is Okonkwo"},
    {"first_name": "Li", "last_name": "Ng", "email": "li.ng@harbourcity.example",
     "phone": "+852 9123 4567", "company": "Harbour City Freight", "employees": 57, "attended": "no",
     "notes": ""},
    {"first_name": "Nguyễn Thị", "last_name": "Lan", "email": "lan.nguyen@saigonlogistics.example",
     "phone": "+84 90 123 45 67", "company": "Sài Gòn Logistics", "employees": 310, "attended": "yes",
     "notes": "Call after 3pm ICT"},
]

# one hostile expression per template: each makes the render fail with a value in the message
HOSTILE = {
    "upper.j2": "{{ {}[email|upper].x }}",
    "local-part.j2": "{{ {}[email.split('@')[0]].x }}",
    "phone-no-spaces.j2": "{{ {}[phone|replace(' ', '')|replace('(', '')|replace(')', '')|replace('-', '')].x }}",
    "lower.j2": "{{ {}[first_name|lower].x }}",
    "title.j2": "{{ {}[last_name|title].x }}",
    "number.j2": "{{ {}[employees].x }}",
    "number-as-text.j2": "{{ {}[employees|string].x }}",
    "multi-line.j2": "{{ {}[notes.splitlines()[-1] if notes else company].x }}",
    "no-spaces.j2": "{{ {}[(first_name ~ last_name)|replace(' ', '')].x }}",
    "family-part.j2": "{{ {}[last_name.split()[-1]].x }}",
    "company.j2": "{{ {}[company|upper].x }}",
    "int-of-name.j2": "{{ (first_name|int(-1)) + first_name }}",
    "attended.j2": "{{ {}[attended].x }}",  # "no": the message's own "has no attribute" must survive
    "include.j2": "{% include attended %}",  # the message's own "no loader ..." must survive
    "renders.j2": "We saw {{ company }} at the summit.",  # renders: the plugins' message check runs here
}

PLUGINS = textwrap.dedent("""\
    rules:
      - code: ACME201
        name: acme-leaks-in-check
        summary: Crashes with recipient values in its exception.
        scope: message
        check: "_hostile_plugins:LeaksInCheck"
      - code: ACME202
        name: acme-leaks-in-message
        summary: Puts raw recipient values in its own message.
        scope: recipient
        check: "_hostile_plugins:LeaksInMessage"
      - code: ACME203
        name: acme-leaks-in-finish
        summary: Reports and crashes in finish() with every email seen.
        scope: recipient
        check: "_hostile_plugins:LeaksInFinish"
    """)

# words every message is made of; a value that is one of them ("no") is masked where it stands
# as a value, and the message keeps its own (asserted in test_messages_stay_readable)
FUNCTION_WORDS = {"no", "yes", "the", "at", "for", "about", "after", "is", "de", "la", "van", "der"}


def _stand_in(person: dict[str, Any], number: int) -> dict[str, Any]:
    """A record of the same shape with made-up values (same email domain, same number of lines):
    what the output says for it is the tool's own wording, the baseline of the search."""
    letters = "qxzvkjwy"
    word = lambda n: "".join(letters[(number + n + k) % 8] for k in range(5))  # noqa: E731
    return {
        "first_name": word(1).title(), "last_name": word(2).title(),
        "email": f"{word(3)}@{person['email'].rpartition('@')[2]}", "phone": "+99 1111 222333",
        "company": word(4).title(), "employees": 7 + number, "attended": person["attended"],
        "notes": "\n".join(word(5 + n) for n, _ in enumerate(person["notes"].splitlines())),
    }


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, expression in HOSTILE.items():
        (folder / name).write_text(f"Hi {{{{ first_name }}}},\n\n{expression}\n\nThanks for joining us.\n", encoding="utf-8")
    (folder / "people.json").write_text(json.dumps(PEOPLE, ensure_ascii=False, indent=1), encoding="utf-8")
    stand_ins = [_stand_in(person, n) for n, person in enumerate(PEOPLE)]
    (folder / "stand-ins.json").write_text(json.dumps(stand_ins, ensure_ascii=False, indent=1), encoding="utf-8")
    (folder / "acme.yml").write_text(PLUGINS, encoding="utf-8")
    (folder / "followup-lint.toml").write_text('rule-files = ["acme.yml"]\njobs = 1\n', encoding="utf-8")
    return folder


def _run(campaign: Path, fmt: str, capsys: pytest.CaptureFixture[str], *flags: str,
         people: str = "people.json") -> tuple[str, str]:
    status = main(["check", "--config", str(campaign / "followup-lint.toml"), "--no-progress", "--format", fmt,
                   "-r", str(campaign / people), *flags, *(str(campaign / name) for name in HOSTILE)])
    captured = capsys.readouterr()
    assert status == 1, captured.err
    out = captured.out
    if fmt == "sarif":  # the rules' own docs are static text; everything about this run is checked
        run = json.loads(out)["runs"][0]
        run["tool"]["driver"].pop("rules", None)
        out = json.dumps(run, ensure_ascii=False)
    elif fmt in ("json", "gitlab"):
        out = json.dumps(json.loads(out), ensure_ascii=False)  # \\u escapes back to characters
    return html.unescape(out), captured.err


# ------------------------------------------------------------------ the normalised search


def normalised(text: str) -> str:
    """Case-folded, accents stripped (NFKD), letters and digits only."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum() and not unicodedata.combining(ch))


def normalised_words(text: str) -> list[str]:
    return [w for w in (normalised(part) for part in re.split(r"[\W_]+", text)) if w]


def forms(value: Any) -> Iterator[str]:
    """The forms of a value a reader could recognise: all of it, each line, each word, an
    email's mailbox and its parts (not its domain: the masked identity keeps that), a phone
    number's digits and its longer groups."""
    if isinstance(value, int):
        yield str(value)
        return
    text = str(value).strip()
    if not text:
        return
    if "@" in text:
        mailbox = text.rpartition("@")[0]
        yield normalised(mailbox)
        yield from normalised_words(mailbox)
        yield normalised(text)
        return
    if text.startswith("+"):
        yield normalised(text)
        yield from (g for g in normalised_words(text) if len(g) >= 4)
        return
    yield normalised(text)
    for line in text.splitlines():
        yield normalised(line)
        yield from normalised_words(line)


def shown_domain(person: dict[str, Any]) -> str:
    """The email's domain, normalised: the masked identity shows it on purpose ("P. B.,
    p***@northwind.example": the company, to tell recipients apart)."""
    return normalised(str(person["email"]).rpartition("@")[2])


def _count(form: str, flat: str, words: list[str]) -> int:
    if len(form) >= 5 or any(ord(ch) > 0x2E80 for ch in form):
        return flat.count(form)  # long forms and CJK: anywhere, also glued to other text
    return words.count(form)  # short forms: as whole words ("li" is no leak in "list")


def leaks(output: str, baseline: str = "") -> list[tuple[str, str]]:
    """Forms of the records' values found in ``output`` that ``baseline`` does not show at all
    (the same run with stand-in records: there, a form can only be the tool's own word, such as
    "follow" in "empty-follow-up" or the SARIF key "followupLint/v1"; how often it shows
    depends on how many findings the real names draw, so only its presence is compared)."""
    flat, words = normalised(output), normalised_words(output)
    base_flat, base_words = normalised(baseline), normalised_words(baseline)
    found = []
    for person in PEOPLE:
        domain = shown_domain(person)
        for field, value in person.items():
            for form in set(forms(value)):
                if len(form) < 2 or form in FUNCTION_WORDS or form in domain:
                    continue
                if _count(form, flat, words) and not _count(form, base_flat, base_words):
                    found.append((field, form))
    return found


def test_the_search_finds_every_form_when_personal_data_is_shown(campaign: Path, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The sweep's own check: with --show-pii the same run shows the values, and the search
    finds them in their altered forms (so an empty result below means something)."""
    reuse_full_registries(monkeypatch)
    out, _ = _run(campaign, "text", capsys, "--show-pii")
    found = {form for _, form in leaks(out)}
    for form in ("parissabehnia", "447700900123", "4200", "parissa", "delacruzortega", "ortega",
                 "forty", "seats", "小明", "莲花数据", "okonkwo", "northwindtraders", "harbourcityfreight"):
        assert form in found, form


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_form_of_any_value_in_any_format(fmt: str, campaign: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    out, err = _run(campaign, fmt, capsys)
    base_out, base_err = _run(campaign, fmt, capsys, people="stand-ins.json")
    assert "Traceback" not in err
    assert leaks(out, base_out) == []
    assert leaks(err, base_err) == []


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "markdown"])  # markdown is a summary
def test_messages_stay_readable(fmt: str, campaign: Path, capsys: pytest.CaptureFixture[str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    out, _ = _run(campaign, fmt, capsys)
    for words in ("rendering failed for this recipient", "has no attribute", "no loader for this environment specified",
                  "crashed on ", "possible duplicates", "ACME202"):
        assert words in out, (fmt, words)
    assert "n… loader" not in out and "has n… attribute" not in out
    # the reports are there: a render error for every hostile template, the plugins' crashes
    for name in HOSTILE:
        assert name in out, (fmt, name)


# every value rendered into the message, in altered forms, with a mistake for each person who did
# not attend ("Thanks for joining"): the HTML page previews these messages (issue 16)
PREVIEWED = (
    "Hi {{ first_name|upper }},\n\nThanks for joining us. We saw {{ company|lower }} ({{ employees }} people) "
    "at the summit.\nYour notes: {{ notes }}\nCall {{ phone|replace(' ', '') }} or write to {{ email }} "
    "({{ email.split('@')[0]|title }}).\nAlso known as {{ (first_name ~ last_name)|replace(' ', '') }} "
    "and {{ last_name|lower }}.\n"
)


def test_html_previews_mask_every_form_of_the_rendered_values(campaign: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reuse_full_registries(monkeypatch)
    (campaign / "previewed.j2").write_text(PREVIEWED, encoding="utf-8")

    def run(people: str, *flags: str) -> str:
        main(["check", "--config", str(campaign / "followup-lint.toml"), "--no-progress", "--format", "html",
              "-r", str(campaign / people), *flags, str(campaign / "previewed.j2")])
        return html.unescape(capsys.readouterr().out)

    out, base = run("people.json"), run("stand-ins.json")
    assert out.count('class="preview"') >= 3  # the messages are there, masked
    assert leaks(out, base) == []
    shown = {form for _, form in leaks(run("people.json", "--show-pii"), base)}
    assert {"parissa", "northwindtraders", "447700900123", "seats", "delacruzortega"} <= shown
