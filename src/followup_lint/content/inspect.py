"""Print a template's sentences with their roles: ``followup-lint roles TEMPLATE`` and
:func:`followup_lint.sentence_roles`."""

from __future__ import annotations

from typing import Any

from .email_roles import EmailRoles, roles_of_context
from .roles import DEFAULT

__all__ = ["format_roles", "sentence_roles"]


def sentence_roles(template: str, *, subject: str | None = None, locale: str | None = None, model: Any = DEFAULT) -> EmailRoles:
    """Every sentence of ``template`` (Jinja text, front matter allowed) with its segment, roles
    and evidence, read once on the neutral text.

    >>> roles = sentence_roles("Hi {{ first_name }},\\n\\nWe help {{ segment }} teams cut churn.\\n\\nBest,\\nSam")
    >>> [(s.segment, sorted(s.roles)) for s in roles if s.roles]
    [('opener', ['pitch'])]
    """
    from ..context import TemplateContext
    from ..locales import builtin_locales
    from ..sandbox import LintSandbox
    from ..templates import analyse_template, read_template_source

    source = read_template_source(template, "<template>")
    locales = builtin_locales()
    info = analyse_template(source, LintSandbox(), locales, subject=subject, default_locale=locale)
    return roles_of_context(TemplateContext(info, locales), model=model)


def format_roles(roles: EmailRoles, *, color: bool = False) -> str:
    """One block per sentence: segment, roles (with ask strength) and the evidence."""
    from .ask_strength import optional_asks

    lines: list[str] = []
    optional = optional_asks(roles.body_sentences)
    for sentence in roles:
        shown = " ".join(sentence.text.split())
        tags = []
        for role in sorted(sentence.roles):
            if role == "ask":
                strength = "optional" if sentence.index in optional else sentence.ask_strength
                tags.append(f"ask ({strength})")
            elif role != "pushy":
                tags.append(role)
        label = ", ".join(tags) if tags else "-"
        head = f"[{sentence.segment}] {shown}"
        lines.append(f"\033[1m{head}\033[0m" if color else head)
        lines.append(f"    roles: {label}")
        seen: set[tuple[str, str]] = set()
        for evidence in sentence.evidence:
            key = (evidence.role, evidence.describe())
            if key in seen:
                continue
            seen.add(key)
            lines.append(f"    {evidence.role}: {evidence.describe()}")
    if not lines:
        return "no sentences found\n"
    return "\n".join(lines) + "\n"
