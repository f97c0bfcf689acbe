"""FL202: the opener talks about the sender (a self-introduction, company boilerplate)."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ...content.ask_strength import optional_asks
from ...content.roles import SentenceRoles
from ...model import Finding
from .base import RoleCheck, shown
from .introduction import introduces_sender, only_small_optional_asks
from .value_given import gives_value_in

#: A short courtesy sentence (a thank-you, a compliment) that the real opener may follow.
_COURTESY_ROLES = frozenset({"attendance", "personal", "flattery", "familiarity"})
_MAX_COURTESY_WORDS = 8


class SelfCentredOpener(RoleCheck):
    """Reports the opener when it is about the sender: a pitch whose cue is in the ``self``
    group (``rules/cues/pitch-self.yml``: "My name is ...", "We are the leading provider of
    ...", "Founded in 2012, ..."). The opener is the first sentence of the message, or the one
    after up to two lines of filler ("Hope you're well.") or a short courtesy in the same
    paragraph ("Thanks for attending!").

    A short introduction spoken as a person ("Je m'appelle ... et je travaille chez ...", "Ich
    heiße ...", "Ik ben ... van ...") followed at once by a real reference to the reader, in an
    email whose asks are all optional and name no sales object or meeting, is not reported: the
    reader comes second by one sentence (:mod:`.introduction`)."""

    def validate_options(self, options: Mapping[str, Any]) -> None:
        self.int_option("max_findings", 1)

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        limit = self.int_option("max_findings", 1)
        count = 0
        body = roles.body_sentences
        for sentence in _opening(body):
            if _introduction_then_reader(sentence, body):
                continue
            for evidence in sentence.evidence:
                if evidence.role != "pitch" or evidence.group != "self":
                    continue
                yield Finding(
                    f"the opener is about you ('{shown(sentence, evidence)}'), not the reader; lead with "
                    "their question, their event or their problem",
                    span=self.span_of(target, sentence, evidence),
                )
                count += 1
                if count == limit:
                    return
                break


def _opening(sentences: list[SentenceRoles]) -> list[SentenceRoles]:
    if not sentences:
        return []
    chosen = [sentences[0]]
    index = 0
    while index < min(2, len(sentences) - 1):
        current, following = sentences[index], sentences[index + 1]
        filler = "filler" in current.roles and not current.has("value", "pitch", "ask")
        courtesy = (
            bool(current.roles)
            and current.roles <= _COURTESY_ROLES
            and len(current.text.split()) <= _MAX_COURTESY_WORDS
            and following.paragraph == current.paragraph
        )
        if not (filler or courtesy):
            break
        index += 1
        chosen.append(following)
    return chosen


def _introduction_then_reader(sentence: SentenceRoles, body: list[SentenceRoles]) -> bool:
    """A person's one-line introduction in an email that then turns to the reader and asks at
    most for something small and optional (:func:`.introduction.only_small_optional_asks`); a
    resource the sender made and gives, or other value given, turns to the reader too
    (:mod:`.value_given`), as in FL201."""
    if not any(s.index > sentence.index for s in body) or not introduces_sender(sentence):
        return False
    optional = optional_asks(body)
    return only_small_optional_asks(body, optional, gives_value=gives_value_in(body, optional))
