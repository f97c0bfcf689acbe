"""Size checks for operations whose result grows with an argument, run *before* the operation
(a single C-level call such as ``'ab'.center(10**9)`` cannot be interrupted once started).

A mixin of :class:`~followup_lint.sandbox.LintSandbox`: it relies on the sandbox's ``_refuse``
(raise past a limit), ``_check_text`` (the text size of a value) and ``work_limit``.
"""

from __future__ import annotations

import re
import string
from typing import TYPE_CHECKING, Any, Mapping

from jinja2.sandbox import SandboxedFormatter

# ``%`` conversion specs: flags, then a width and/or precision ("%-1000000000s", "%.9999999f").
_PERCENT_SPEC = re.compile(r"%[-#0 +]*(\d*)(?:\.(\d*))?")
_NUMBER = re.compile(r"\d+")
# str methods whose result grows with an integer argument
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill"})


class GrowthChecks:
    """Refusals of filters, ``str`` methods and ``%`` formats that would build huge values."""

    work_limit: int

    if TYPE_CHECKING:  # provided by LintSandbox
        def _refuse(self, what: str, size: int, unit: str = "characters", limit: int | None = None) -> None: ...

        def _check_text(self, what: str, value: Any, factor: int = 1, extra: int = 0) -> None: ...

    def _check_percent_format(self, fmt: str, values: Any) -> None:
        """Widths and precisions in a ``%`` format string, ``*`` widths taken from values, and
        the text of the values themselves."""
        numbers = [int(n) for m in _PERCENT_SPEC.finditer(fmt) for n in m.groups() if n]
        items = values if isinstance(values, tuple) else (values,)
        if "*" in fmt:
            numbers += [v for v in items if isinstance(v, int) and not isinstance(v, bool)]
        self._refuse("a % format width", max(numbers, default=0))
        self._check_text("a % format", values, extra=len(fmt))

    def _check_str_format(self, fmt: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        """Widths and precisions in ``str.format`` specs, resolving nested ``{...}`` fields, and
        the text of the arguments."""
        self._check_text("format()", (args, dict(kwargs)), extra=len(fmt))
        try:
            parsed = list(string.Formatter().parse(fmt))
        except ValueError:
            return  # str.format raises the same error itself
        for _, field_name, spec, _ in parsed:
            if field_name is None or not spec:
                continue
            if "{" in spec:
                try:
                    spec = SandboxedFormatter(self).vformat(spec, args, kwargs)  # type: ignore[arg-type]  # self is the sandbox
                except Exception:  # an Exception only: a timeout interrupt is never swallowed
                    return  # let str.format report it
            self._refuse("a format width", max((int(n) for n in _NUMBER.findall(spec)), default=0))

    def _check_growth(self, name: str, value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        """Refuse, before it runs, a filter or str method whose result would be too large."""
        if name in _WIDTH_METHODS:
            width = args[0] if args else kwargs.get("width", 0)
            if isinstance(width, int):
                self._refuse(f"{name}()", width)
        elif name == "indent" and isinstance(value, str):
            width = args[0] if args else kwargs.get("width", 4)
            per_line = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
            self._refuse("indent()", len(value) + (value.count("\n") + 1) * max(per_line, 0))
        elif name == "expandtabs" and isinstance(value, str):
            size = args[0] if args else kwargs.get("tabsize", 8)
            if isinstance(size, int):
                self._refuse("expandtabs()", len(value) + value.count("\t") * max(size, 0))
        elif name == "replace" and isinstance(value, str) and len(args) >= 2:
            old, new = args[0], args[1]
            if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
                hits = len(value) + 1 if not old else value.count(old)
                self._refuse("replace()", len(value) + hits * (len(new) - len(old)))
        elif name == "join":
            self._check_join(value, args, kwargs)
        elif name == "format" and isinstance(value, str):
            self._check_percent_format(value, args or tuple(kwargs.values()))
        elif name == "wordwrap" and isinstance(value, str):
            width = args[0] if args else kwargs.get("width", 79)
            wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring")
            if isinstance(width, int) and isinstance(wrap, str):
                lines = len(value) // max(width, 1) + value.count("\n") + 1
                self._refuse("wordwrap()", len(value) + lines * len(wrap))
        elif name == "tojson":
            indent = args[0] if args else kwargs.get("indent")
            self._refuse("tojson()", indent if isinstance(indent, int) else 0)
            self._check_text("tojson()", value, factor=6)
        elif name == "sum" and isinstance(value, (list, tuple)):
            # sum() of lists builds a new list per term inside one C call: quadratic and uninterruptible
            start = kwargs.get("start", args[1] if len(args) > 1 else 0)
            if isinstance(start, (list, tuple)):
                total = len(start) + sum(len(v) for v in value if isinstance(v, (list, tuple)))
                self._refuse("sum()", total, "items")
                self._refuse("sum()", total * len(value), "item copies", limit=self.work_limit)
        elif name in ("batch", "slice"):
            count = args[0] if args else kwargs.get("linecount" if name == "batch" else "slices")
            if isinstance(count, int):
                self._refuse(f"{name}()", count, "items")
        elif name == "translate" and isinstance(value, str) and args and isinstance(args[0], Mapping):
            longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
            self._refuse("translate()", len(value) * longest)

    def _check_join(self, value: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
        # the str method: sep.join(items); the filter: items|join(sep)
        items: Any
        if isinstance(value, str):
            sep, items = value, args[0] if args else None
        else:
            sep, items = args[0] if args else kwargs.get("d", ""), value
        if not isinstance(sep, str) or not hasattr(items, "__len__"):
            return
        count = len(items)
        self._refuse("join()", len(sep) * max(count - 1, 0))
        if isinstance(items, str):  # joining the characters of a string
            self._refuse("join()", count + len(sep) * max(count - 1, 0))
        elif not isinstance(items, range):
            self._check_text("join()", list(items) if not isinstance(items, (list, tuple)) else items,
                             extra=len(sep) * max(count - 1, 0) - 2 - 2 * count)

