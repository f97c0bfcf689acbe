"""The layout rules of the code base: no import cycles among the package's modules (counting
``from . import name`` of a package attribute as an import of the package), and no module far
past 500 lines (one job per module)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "followup_lint"
MAX_LINES = 600  # "about 500" as a hard ceiling


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(["followup_lint", *parts]), is_package


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports at module level (imports inside functions and
    under ``TYPE_CHECKING`` are not run at import time and do not make cycles)."""
    names = {_module_name(p)[0]: p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in names.items():
        is_package = _module_name(path)[1]
        package = module if is_package else module.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in _run_at_import(ast.parse(path.read_text(encoding="utf-8")).body):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    child = f"{target}.{alias.name}"
                    found.add(child if child in names else target)  # a submodule, else the module's attribute
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
        graph[module] = {m for m in found if m in names and m != module}
    return graph


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _run_at_import(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements of ``body`` that run when the module is imported: also those inside
    ``try``/``if``/``with`` blocks and class bodies at module level, not function bodies nor
    ``if TYPE_CHECKING:`` blocks."""
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        yield node
        if isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _run_at_import(node.body)
            yield from _run_at_import(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse, node.finalbody):
                yield from _run_at_import(block)
        elif isinstance(node, (ast.With, ast.ClassDef, ast.For, ast.While)):
            yield from _run_at_import(node.body)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert _cycles(_import_graph()) == []


def test_the_graph_covers_every_module_of_the_package() -> None:
    graph = _import_graph()
    modules = {_module_name(p)[0] for p in PACKAGE.rglob("*.py")}
    assert set(graph) == modules
    assert {"followup_lint.checks.content.hard_sell", "followup_lint.recipients.csv_rows",
            "followup_lint.formats"} <= modules  # sub-packages and their modules are read too


def test_imports_in_blocks_that_run_at_import_count() -> None:
    body = ast.parse(
        "import a\n"
        "try:\n    import b\nexcept ImportError:\n    import c\n"
        "if TYPE_CHECKING:\n    import d\nelse:\n    import e\n"
        "class K:\n    import f\n"
        "def g():\n    import h\n"
    ).body
    imported = {alias.name for node in _run_at_import(body) if isinstance(node, ast.Import) for alias in node.names}
    assert imported == {"a", "b", "c", "e", "f"}


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    # reading the package's own __init__ counts: "from . import __version__" in a module the
    # package imports was such a cycle
    graph = _import_graph()
    assert "followup_lint._version" in graph["followup_lint"]


def test_no_module_is_past_600_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
