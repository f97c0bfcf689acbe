"""The per-record pass: the record checks, then each template rendered for the record (in the
sandbox, through a per-template :class:`~followup_lint.render_memo.RenderMemo`) and its
message checks. The :class:`~followup_lint.engine.Linter` binds these functions as methods;
they are here so that the engine keeps to running a campaign.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from jinja2.exceptions import SecurityError

from .check_memo import CheckMemo, record_shape, run_memoised
from .context import MessageContext, RecipientContext, RunContext
from .model import Diagnostic, Span
from .recipients import Recipient
from .render_locations import body_error_span, subject_error_span
from .sandbox import RenderLimitExceeded, render_limited
from .templates import TemplateInfo

if TYPE_CHECKING:
    from .engine import Linter, _ActiveCheck, _TemplateRun

# Codes reported here (their identity and docs live in rules/FL0-integrity.yml).
RENDER_ERROR = "FL002"
SANDBOX_VIOLATION = "FL004"
RENDER_LIMIT = "FL005"
MAX_RENDER_ERRORS_PER_TEMPLATE = 50


def process_record(
    linter: Linter,
    recipient: Recipient,
    recipient_checks: list[_ActiveCheck],
    renderable: list[_TemplateRun],
    run_context: RunContext,
    out: list[Diagnostic],
    *,
    render: bool = True,
) -> None:
    """Run the record checks, then render each template for this record and run the
    message checks. With ``render=False`` messages render only if a check reads them."""
    shape = record_shape(recipient.data) if render else None  # None: no memo for this record
    if recipient_checks:
        _run_checks(linter, recipient_checks, RecipientContext(recipient, run_context), None, recipient, shape, out)
    config = linter.config
    timeout = config.render_timeout
    max_chars = config.max_output_chars
    for run in renderable:
        if run.stopped or (not render and not run.message_checks):
            continue
        if render:
            text: Any = render_message(linter, run, recipient, timeout, max_chars, out)
            if not run.message_checks:
                if run.subject_template is not None and not run.subject_stopped:
                    render_message(linter, run, recipient, timeout, max_chars, out, subject=True)
                continue
            if text is None:  # the render failed (reported); data-only checks still run
                _run_data_only_checks(linter, run, recipient, out)
                continue
        else:
            text = functools.partial(_render_quietly, run, recipient, timeout, max_chars)
        subject: Any = run.context.info.subject
        if run.subject_template is not None:
            if render:  # rendered like the body, so its errors are reported like the body's
                subject = None if run.subject_stopped else render_message(linter, run, recipient, timeout, max_chars, out,
                                                                          subject=True)
            else:
                subject = functools.partial(_render_quietly, run, recipient, timeout, max_chars, subject=True, failed=None)
        _run_checks(linter, run.message_checks, MessageContext(run.context, recipient, text, subject), run, recipient,
                    shape, out)


def _run_checks(linter: Linter, checks: list[_ActiveCheck], target: Any, run: _TemplateRun | None,
                recipient: Recipient, shape: tuple[str, ...] | None, out: list[Diagnostic]) -> None:
    """Run ``checks`` on one record or message; a memoised check answers from its memo when
    the values it reads were seen before (check_memo.py)."""
    run_check = linter._run_check
    message = target if run is not None else None
    keys: dict[Any, tuple[Any, ...]] = {}  # memo key per key spec: shared by checks reading the same values
    for active in checks:
        if active.crashed:
            continue
        memo = active.memo
        if memo is None:
            memo = active.memo = CheckMemo() if active.check.record_memo and not active.foreign else False
        if shape is None or not memo or memo.off:
            run_check(active, target, run, out, recipient.ref)
            continue
        spec = memo.spec
        key = keys.get(spec)
        if key is None:
            key = keys[spec] = memo.key(shape, recipient.data, message)  # type: ignore[arg-type]
        found = memo.entries.get(key)
        if found is None:
            run_memoised(linter, active, memo, shape, recipient, target, run, out)
            continue
        memo.hits += 1
        memo.lookups += 1
        if found:
            named = linter._identified(recipient.ref, recipient)
            for finding in found:
                linter._emit_finding(out, active.spec, finding, run, named, None)


def _run_data_only_checks(linter: Linter, run: _TemplateRun, recipient: Recipient, out: list[Diagnostic]) -> None:
    data_only = [a for a in run.message_checks if not a.check.needs_rendering and not a.crashed]
    if data_only:
        message = MessageContext(run.context, recipient, "", run.context.info.subject)
        for active in data_only:
            linter._run_check(active, message, run, out, recipient.ref)


def _render_quietly(run: _TemplateRun, recipient: Recipient, timeout: float, max_chars: int, *,
                    subject: bool = False, failed: str | None = "") -> str | None:
    """Render for a check in the main process while workers report render problems; ``failed``
    when the render fails."""
    template = run.subject_template if subject else run.context.info.compiled
    assert template is not None
    memo = run.subject_memo if subject else run.body_memo
    key = memo.key(recipient.data) if memo is not None else None
    if memo is not None and (text := memo.get(key)) is not None:
        return text
    try:
        text = render_limited(template, recipient.data, max_output_chars=max_chars, timeout=timeout)
    except Exception:
        return failed
    if memo is not None:
        memo.put(key, text)
    return text


def render_message(linter: Linter, run: _TemplateRun, recipient: Recipient, timeout: float, max_chars: int,
                   out: list[Diagnostic], *, subject: bool = False) -> str | None:
    """Render the body (or the subject line) for one record; a failure is reported, located
    at the expression that caused it (see render_locations.py), and None is returned. A
    successful render is reused for the next record with the same values (render_memo.py)."""
    info = run.context.info
    template = run.subject_template if subject else info.compiled
    assert template is not None
    memo = run.subject_memo if subject else run.body_memo
    key = memo.key(recipient.data) if memo is not None else None
    if memo is not None and (text := memo.get(key)) is not None:
        return text
    where = "the subject line" if subject else "the template"
    try:
        text = render_limited(template, recipient.data, max_output_chars=max_chars, timeout=timeout)
        if memo is not None:
            memo.put(key, text)
        return text
    except SecurityError as exc:
        _stop(run, subject)
        if info.unsafe_accesses and not subject:  # already reported with exact locations by the static check
            return None
        linter.emit_problem(
            out, SANDBOX_VIOLATION, f"{where} tried an unsafe operation and was stopped: {linter._scrub(str(exc), recipient)}",
            info.path, _error_span(info, exc, subject), run=run,
        )
    except RenderLimitExceeded as exc:  # output size or, as RenderTimeout, time
        _stop(run, subject)
        prefix = "rendering the subject line was stopped" if subject else "rendering was stopped"
        linter.emit_problem(out, RENDER_LIMIT, f"{prefix}: {exc}", info.path, _error_span(info, exc, subject), run=run)
    except Exception as exc:  # anything else from untrusted template code: this recipient only
        run.render_errors += 1
        if run.render_errors <= MAX_RENDER_ERRORS_PER_TEMPLATE:
            span = subject_error_span(info, exc) if subject else Span.point(_traceback_line(exc, info))
            failed = "rendering the subject line failed" if subject else "rendering failed"
            linter.emit_problem(
                out, RENDER_ERROR, f"{failed} for this recipient: {type(exc).__name__}: {linter._scrub(str(exc), recipient)}",
                info.path, span, linter._identified(recipient.ref, recipient), run=run,
            )
    return None


def _stop(run: _TemplateRun, subject: bool) -> None:
    if subject:
        run.subject_stopped = True
    else:
        run.stopped = True


def _error_span(info: TemplateInfo, exc: BaseException, subject: bool) -> Span:
    return subject_error_span(info, exc) if subject else body_error_span(info, exc)


def _traceback_line(exc: BaseException, info: TemplateInfo) -> int:
    """The template line where a render error happened, from Jinja's rewritten traceback."""
    tb = exc.__traceback__
    line = getattr(exc, "template_line", None)  # a render worker's error says where it was raised
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in (info.path, "<template>"):
            line = tb.tb_lineno
        tb = tb.tb_next
    return (line or 1) + info.source.body_line_offset if line else 1
