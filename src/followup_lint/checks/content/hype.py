"""FL210: too many hype words ("revolutionary, game-changing, best-in-class")."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ...model import Finding
from .base import MESSAGE_SEGMENTS, RoleCheck, quote


class HypeDensity(RoleCheck):
    """Counts hype cues in the subject and the message; reports when there are more than
    ``max_hype`` (option, default 2), at the first hype word past the limit."""

    def validate_options(self, options: Mapping[str, Any]) -> None:
        self.int_option("max_hype", 2)

    def findings(self, target, roles, position) -> Iterable[Finding]:  # type: ignore[no-untyped-def]
        limit = self.int_option("max_hype", 2)
        words: list[tuple[Any, Any]] = []
        for sentence in roles.in_segment(*MESSAGE_SEGMENTS, "subject"):
            seen: set[tuple[int, int]] = set()
            for evidence in sentence.evidence_for("hype"):
                key = (evidence.start, evidence.end)
                # a cue, or a service's hype word (content/service_claims.py); not the classifier
                if evidence.source in ("cue", "structure") and key not in seen:
                    seen.add(key)
                    words.append((sentence, evidence))
        if len(words) <= limit:
            return
        sentence, evidence = words[limit]
        listed = ", ".join(quote(e.text, 30) for _, e in words[:6])
        yield Finding(
            f"{len(words)} hype words ({listed}); claims like these read as a sales blast, "
            "so say what the product does, with a number or an example",
            span=self.span_of(target, sentence, evidence),
        )
