"""The decision margin: the tone roles' thresholds raised for whole-email use.

The margin lives in the model's JSON (``decision_margin``, written by the trainer from
``Settings.decision_margin``), so the shipped operating point is data, retrained by the one
documented command, and a model without the key behaves as before."""

from __future__ import annotations

import copy

import pytest

from followup_lint.content.model import RoleModel, decision_margin, load_model
from followup_lint.content.roles import _threshold
from followup_lint.content.training import MARGIN_ROLES, Settings


@pytest.fixture(scope="module")
def shipped() -> RoleModel:
    model = load_model()
    assert model is not None
    return model


def _with_margin(model: RoleModel, margin: float) -> RoleModel:
    data = copy.deepcopy(model.to_json())
    data["decision_margin"] = {role: margin for role in model.roles if role in MARGIN_ROLES}
    return RoleModel.from_json(data)


def _base(model: RoleModel, role: str, lang: str) -> float:
    return model.language_thresholds.get(lang, {}).get(role, model.thresholds[role])


def test_margin_raises_only_the_tone_roles(shipped: RoleModel) -> None:
    raised = _with_margin(shipped, 0.1)
    for role in shipped.roles:
        for lang in ("en", "de", "it"):
            expected = min(0.99, _base(shipped, role, lang) + (0.1 if role in MARGIN_ROLES else 0.0))
            assert raised.threshold(role, lang) == pytest.approx(expected)
            assert _threshold(raised, role, lang) == pytest.approx(expected)
    assert {"value", "personal", "bump", "attendance"}.isdisjoint(MARGIN_ROLES)


def test_margin_never_pushes_a_threshold_past_certainty(shipped: RoleModel) -> None:
    raised = _with_margin(shipped, 5.0)
    assert all(raised.threshold(role, "en") <= 0.99 for role in MARGIN_ROLES)


def test_margin_survives_the_json_round_trip(shipped: RoleModel) -> None:
    raised = _with_margin(shipped, 0.07)
    again = RoleModel.from_json(raised.to_json())
    assert again.threshold("pitch", "en") == pytest.approx(raised.threshold("pitch", "en"))
    assert again.threshold("value", "en") == pytest.approx(shipped.threshold("value", "en"))


@pytest.mark.parametrize("meta", [{}, {"decision_margin": None}, {"decision_margin": "bad"}, {"decision_margin": {"pitch": "x"}}])
def test_a_missing_or_broken_margin_is_no_margin(meta: dict) -> None:
    assert decision_margin(meta, "pitch") == 0.0


def test_a_sentence_near_its_threshold_loses_a_role_only_from_the_model(shipped: RoleModel) -> None:
    """A model-only reading just above the threshold goes; a cue's reading stays."""
    from followup_lint.content.roles import assign_roles

    cue_sentence = "Only three seats are left at this price, so reply today."
    before = assign_roles(cue_sentence, "en", model=shipped)
    after = assign_roles(cue_sentence, "en", model=_with_margin(shipped, 0.98))
    cue_roles = {e.role for e in before.evidence if e.source == "cue"}
    assert cue_roles and cue_roles <= set(after.roles)
    assert not any(e.source == "model" and e.role in MARGIN_ROLES for e in after.evidence)


def test_settings_default_matches_the_shipped_model(shipped: RoleModel) -> None:
    """Retraining with the default settings writes the margin the shipped model carries."""
    margin = Settings().decision_margin
    for role in shipped.roles:
        assert decision_margin(shipped.meta, role) == pytest.approx(margin if role in MARGIN_ROLES and margin else 0.0)
