"""The shipped sentence-role classifier: it loads, explains itself, matches its corpus, reads
template variables like words, and gets typical sentences of every role right.

The typical sentences here were written for this test, separately from corpus/roles/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from followup_lint.content.features import describe, extract, normalise
from followup_lint.content.lemmas import lemma
from followup_lint.content.model import RoleModel, RoleScore, decision_margin, load_model, model_path
from followup_lint.content.structure import DESCRIPTIONS
from followup_lint.content.training import Settings, corpus_files, corpus_hash, cue_findings, fit, neutral_text, read_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "roles"
ROLES = list(yaml.safe_load((ROOT / "rules" / "roles.yml").read_text(encoding="utf-8"))["roles"])


def classify(model: RoleModel, sentence: str) -> tuple[RoleScore, ...]:
    """What the linter asks the model: the neutral text and the cue lexicons' findings."""
    return model.classify(neutral_text(sentence), "en", cue_findings(sentence, "en"))


def assigned(model: RoleModel, sentence: str) -> set[str]:
    return {s.role for s in model.assigned(neutral_text(sentence), "en", cue_findings(sentence, "en"))}


@pytest.fixture(scope="module")
def model() -> RoleModel:
    loaded = load_model()
    assert loaded is not None, "rules/models/roles.json is missing: run python scripts/train_roles.py"
    return loaded


def test_model_loads_with_every_role_and_a_threshold(model: RoleModel) -> None:
    assert list(model.roles) == ROLES
    assert set(model.thresholds) == set(ROLES)
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())
    assert model.weights.shape == (len(model.features), len(ROLES))
    assert load_model() is model  # cached


def test_shipped_model_was_trained_on_this_corpus() -> None:
    """A corpus edit without `python scripts/train_roles.py` fails here."""
    shipped = json.loads(model_path().read_text(encoding="utf-8"))
    assert shipped["corpus_sha256"] == corpus_hash(corpus_files(CORPUS)), "retrain: python scripts/train_roles.py"
    assert shipped["trained"] and shipped["sentences"] >= 1500


def test_retraining_reproduces_the_shipped_weights(model: RoleModel) -> None:
    """The fit is deterministic: the final fit on the whole corpus gives the shipped weights
    (the JSON rounds them to 4 decimals). The thresholds' cross-validation is left to
    benchmarks/bench_roles.py, which runs the same code."""
    examples = read_corpus(corpus_files(CORPUS), ROLES)
    names, weights, bias, vector_weights = fit(examples, ROLES, Settings())
    assert names == sorted(model.features, key=model.features.__getitem__)
    assert np.allclose(weights, model.weights, atol=2e-4)
    assert np.allclose(bias, model.bias, atol=2e-4)
    assert model.vector_weights is not None and np.allclose(vector_weights, model.vector_weights, atol=2e-4)


def test_classify_gives_every_role_with_evidence(model: RoleModel) -> None:
    scores = classify(model, "Can we get 20 minutes on your calendar this Thursday at 3pm?")
    assert {s.role for s in scores} == set(ROLES)
    assert all(isinstance(s, RoleScore) and 0.0 <= s.probability <= 1.0 for s in scores)
    assert [s.probability for s in scores] == sorted((s.probability for s in scores), reverse=True)
    top = scores[0]
    assert top.role == "ask" and top.evidence
    assert len(top.evidence) <= 4 and len(set(top.evidence)) == len(top.evidence)


def test_evidence_is_words_of_the_sentence_or_a_named_shape(model: RoleModel) -> None:
    sentence = "Our award-winning platform is the most advanced on the market."
    (pitch,) = [s for s in classify(model, sentence) if s.role == "pitch"]
    shapes = {"a question", "second person", "first person plural", "first person", "a number",
              "an amount of money", "a percentage", "a time expression", "a link", "a name or variable",
              *DESCRIPTIONS.values()}
    words = set(re.findall(r"[\w-]+", sentence.lower()))
    forms = words | {lemma(word, "en") for word in words}
    found = cue_findings(sentence, "en")
    cues = {f"cue '{f.partition(':')[2]}'" for f in found if ":" in f} | {f"{'an' if f[0] in 'aeiou' else 'a'} {f} cue" for f in found if ":" not in f}
    assert pitch.evidence
    for item in pitch.evidence:
        parts = [part.rstrip("…") for part in item.split() if part != "…"]
        assert item in shapes or item in cues or all(any(f.startswith(p) for f in forms) for p in parts), item


# Typical sentences per role, written for this test (not in the corpus).
TYPICAL = [
    ("value", "Here are the slides and the recording from this morning: {{ replay_url }}"),
    ("value", "I've attached the free onboarding checklist we talked through in the session."),
    ("value", "The quick answer: yes, you can export every report as a CSV."),
    ("personal", "You asked during the Q&A whether {{ company }} could import its old tickets."),
    ("personal", "I saw that {{ company }} opened a new clinic in Portland last month."),
    ("pitch", "We help {{ segment }} companies cut their invoice processing time by 60%."),
    ("pitch", "Our team has rolled this out for over 200 restaurants."),
    ("pitch", "Moving to our Business plan would give your team unlimited projects."),
    ("ask", "Would you be open to a quick call next week?"),
    ("ask", "Happy to show you a demo if that would be useful."),
    ("pushy", "I'll call you on Wednesday at 9am to go through the contract."),
    ("pushy", "Does Tuesday at 4pm work for a 45-minute demo?"),
    ("qualify", "Who else would be involved in signing off on this?"),
    ("qualify", "What's your budget for this project this year?"),
    ("pressure", "The discount ends this Friday at midnight."),
    ("pressure", "Only two onboarding spots are left this month."),
    ("loss", "Every day without automated reminders costs your clinic missed appointments."),
    ("loss", "Your competitors are already answering leads in minutes while you fall behind."),
    ("hype", "Our revolutionary, best-in-class platform is a true game-changer."),
    ("filler", "I hope this message finds you well."),
    ("filler", "Hope you're having a great week!"),
    ("bump", "Just following up on my previous email."),
    ("bump", "Bumping this back to the top of your inbox."),
    ("flattery", "I've been really impressed by everything {{ company }} is doing."),
    ("flattery", "You're clearly a leader in your industry."),
    ("familiarity", "Great chatting with you last week!"),
    ("familiarity", "As we discussed on the phone, here are the next steps."),
    ("attendance", "Thanks for attending {{ webinar_title }} yesterday."),
    ("attendance", "Hope you enjoyed the workshop!"),
]


@pytest.mark.parametrize(("role", "sentence"), TYPICAL, ids=[f"{r}:{s[:30]}" for r, s in TYPICAL])
def test_typical_sentence_ranks_its_role_first(model: RoleModel, role: str, sentence: str) -> None:
    scores = classify(model, sentence)
    top = [s.role for s in scores[:2]] if role == "pushy" else [scores[0].role]  # pushy comes with ask
    assert role in top, (role, sentence, scores[:3])


def test_most_typical_sentences_reach_their_threshold(model: RoleModel) -> None:
    """The thresholds are chosen for precision 0.95, so a typical sentence may fall short of one."""
    found = [role in assigned(model, text) for role, text in TYPICAL]
    assert sum(found) / len(found) >= 0.9, [t for (r, t), ok in zip(TYPICAL, found) if not ok]


PLAIN = [
    "The session starts at 2pm Eastern and runs for an hour.",
    "Your invoice for October is attached.",
    "Best regards, {{ sender_name }}",
    "We moved the webinar to Thursday because of the holiday.",
    "Parking is free in the garage next to the venue.",
    "Thanks for registering for {{ webinar_title }}.",
]


@pytest.mark.parametrize("sentence", PLAIN)
def test_plain_sentence_gets_no_role(model: RoleModel, sentence: str) -> None:
    assert assigned(model, sentence) == set()


@pytest.mark.parametrize(
    ("role", "with_variable", "with_words"),
    [
        ("pitch", "We help {{ segment }} teams with {{ service }}.", "We help SaaS teams with Outbound."),
        ("attendance", "Thanks for attending {{ webinar_title }}.", "Thanks for attending Pipeline Math Live."),
        ("flattery", "I noticed {{ company }} is growing fast.", "I noticed Brightwater is growing fast."),
        ("bump", "Just following up on my last email about {{ topic }}.", "Just following up on my last email about Cohorts."),
    ],
)
def test_a_variable_reads_like_the_words_it_stands_for(model: RoleModel, role: str, with_variable: str, with_words: str) -> None:
    as_template = classify(model, with_variable)
    as_words = classify(model, with_words)
    assert as_template[0].role == as_words[0].role == role
    # the classifier's own features are the same; only the cue findings may differ (a cue can
    # name a variable slot, "{var} is growing", that a written-out name does not fill)
    assert extract(neutral_text(with_variable), "en") == extract(with_words, "en")


@pytest.mark.parametrize(
    "template",
    ["We help {{ segment }} teams.", "Hi {{ first_name }}, thanks.", "Meet {{ contact.full_name }} from {{ company | upper }}.",
     "Join {{ sender_name }} at {{ event_name }}.", "See {{ replay_url }}"],
)
def test_written_expressions_and_analyser_stand_ins_give_the_same_features(template: str) -> None:
    """The combiner may pass a sentence with its {{ expressions }} or the neutral text: the model
    must see the same thing (the name test mirrors template_text.NAME_HINT)."""
    assert extract(template) == extract(neutral_text(template))


def test_placeholders_are_typed() -> None:
    assert "<name>" in normalise("Hi {{ first_name }}") and "<var>" in normalise("at {{ company }}")
    assert describe("b:<s> who") == "who" and describe("s:question") == "a question"
    assert describe("w:<num>") == "a number"


def test_a_language_with_enough_examples_has_thresholds_of_its_own(model: RoleModel) -> None:
    """Thresholds per language where the corpus has enough examples of a role in it; the pooled
    threshold elsewhere (an unknown language, or a role too rare in a language)."""
    assert set(model.language_thresholds) == {"de", "en", "es", "fr", "nl"}
    own = model.language_thresholds["en"]
    margin = decision_margin(model.meta, "pitch")  # the tone roles' decision margin (test_role_decision_margin)
    assert "pitch" in own and model.threshold("pitch", "en") == pytest.approx(min(0.99, own["pitch"] + margin))
    assert model.threshold("pitch", "it") == pytest.approx(min(0.99, model.thresholds["pitch"] + margin))
    data = model.to_json()
    assert data["language_thresholds"]["en"]["pitch"] == round(own["pitch"], 4)
    del data["language_thresholds"]
    older = RoleModel.from_json(data)
    assert older.threshold("pitch", "en") == pytest.approx(min(0.99, model.thresholds["pitch"] + margin))


def test_the_roles_layer_applies_the_language_threshold(model: RoleModel) -> None:
    from followup_lint.content.roles import _threshold

    margin = decision_margin(model.meta, "qualify")
    assert _threshold(model, "qualify", "en") == pytest.approx(min(0.99, model.language_thresholds["en"]["qualify"] + margin))
    assert _threshold(model, "qualify", "it") == pytest.approx(min(0.99, model.thresholds["qualify"] + margin))
    assert _threshold(model, "value", "en") == model.language_thresholds["en"]["value"]  # no margin on value

    class OnlyMapping:
        thresholds = {"qualify": 0.7}

    assert _threshold(OnlyMapping(), "qualify", "en") == 0.7 and _threshold(OnlyMapping(), "pitch", "en") == 0.5


def test_model_files_round_trip_and_refuse_a_foreign_weights_file(tmp_path: Path) -> None:
    """The shipped model is two files: the JSON (features, thresholds, hashes) and its weights as
    an array beside it, which loads in milliseconds where parsing them from JSON took a sixth of
    the start-up. Written and read back, it classifies exactly as before (to float32)."""
    import numpy as np

    from followup_lint.content.model import read_model, weights_path, write_model

    shipped = load_model()
    assert shipped is not None
    write_model(shipped, tmp_path / "roles.json")
    assert weights_path(tmp_path / "roles.json").name == "roles.weights.npy"
    again = read_model(tmp_path / "roles.json")
    assert again.features == shipped.features and again.thresholds == shipped.thresholds
    assert np.allclose(again.weights, shipped.weights, atol=1e-6)
    for text in ("Can I get 15 minutes on Thursday?", "We are the leading platform for churn analytics.",
                 "Thanks for joining the webinar yesterday!"):
        assert [s.role for s in again.assigned(text, "en")] == [s.role for s in shipped.assigned(text, "en")]
    np.save(weights_path(tmp_path / "roles.json"), np.zeros((3, len(shipped.roles)), dtype=np.float32))
    with pytest.raises(ValueError, match="does not match"):
        read_model(tmp_path / "roles.json")


def test_letter_ngrams_are_named_by_the_word_they_come_from() -> None:
    """A word's letter n-grams weigh together and the evidence names the word ("Rabattcode"),
    never a piece of it; other features keep their own share."""
    from followup_lint.content.features import FEATURE_CONFIG, letter_ngrams, ngram_words
    from followup_lint.content.model import _by_word

    size = int(FEATURE_CONFIG["char_ngrams"]) or 4
    pieces = [f"n:{'^rabattcode$'[i:i + size]}" for i in range(len("^rabattcode$") - size + 1)]
    if FEATURE_CONFIG["char_ngrams"]:
        assert letter_ngrams("rabattcode") == pieces
        assert set(pieces) <= set(ngram_words("Mit dem Rabattcode sparen Sie.", "de"))
        assert ngram_words("Mit dem Rabattcode sparen Sie.", "de")[pieces[1]] == "rabattcode"
    owners = {feature: "rabattcode" for feature in pieces}
    found = ["g:deadline", *pieces, "w:sparen"]
    column = np.array([0.5, *([0.25] * len(pieces)), -0.3])
    weighed = dict((text, share) for share, text in _by_word(found, column, owners))
    assert weighed["rabattcode"] == pytest.approx(0.25 * len(pieces))
    assert weighed["a deadline"] == 0.5 and weighed["sparen"] == -0.3
    assert not any(text.startswith("…") or text.startswith("^") for text in weighed)


@pytest.mark.parametrize(
    ("lang", "sentence", "role"),
    [
        ("de", "Buchen Sie Ihren Termin bis Freitag, danach ist der Rabattcode ungültig.", "pressure"),
        ("fr", "Réservez votre démonstration avant vendredi midi.", "pushy"),
        ("es", "Nuestra plataforma reduce un 40 % los costes de reparto.", "pitch"),
        ("nl", "Wie beslist er bij jullie over de aankoop van software?", "qualify"),
    ],
)
def test_evidence_in_other_languages_names_words_or_facts(model: RoleModel, lang: str, sentence: str, role: str) -> None:
    """The evidence of any role is readable: words of the sentence (a compound named whole),
    a cue, a shape or a structural fact, or a word weighed by meaning."""
    (score,) = [s for s in model.classify(neutral_text(sentence), lang, cue_findings(sentence, lang)) if s.role == role]
    assert score.evidence
    words = {w.lower().strip(".,?") for w in sentence.split()}
    shapes = {"a question", "second person", "first person plural", "first person", "a number",
              "an amount of money", "a percentage", "a time expression", "a link", "a name or variable",
              *DESCRIPTIONS.values()}
    for item in score.evidence:
        plain = item.removesuffix(" (by meaning)")
        parts = [part.rstrip("…") for part in plain.split() if part != "…"]
        assert (
            plain in shapes
            or item.startswith(("cue '", "a ", "an "))
            or all(any(w.startswith(p) or lemma(w, lang).startswith(p) or p == lemma(w, lang) for w in words) for p in parts)
        ), item
