"""The package's layers, checked on the source: a lower layer never imports a higher one.

Every import counts, also one inside a function (a lazy import is still a
dependency); only imports under ``if TYPE_CHECKING:`` are exempt, since they do
not run. The layers, lowest first, are those of ``docs/architecture.md``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "careermap"

#: Layer of each top-level part of the package, lowest first.
LAYERS: dict[str, int] = {
    "_version": 0,
    "base": 0,
    "taxonomy": 1,
    "resolve": 2,
    "results": 3,
    "scoring": 4,
    "exploration": 5,
    "contract": 6,
    "importers": 6,
    "__init__": 7,  # the public API: ``careermap`` itself
    "plot": 7,
    "explorer": 7,
    "dask": 7,
    "cli": 8,
    "__main__": 8,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(path: Path, *, top_level_only: bool = False, source: str | None = None) -> set[str]:
    """The careermap modules *path* (or *source* in its place) imports at run time."""
    module = module_name(path)
    is_package = path.name == "__init__.py"
    found: set[str] = set()

    def visit(node: ast.AST, nested: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for sub in child.orelse:
                    visit(sub, nested)
                continue
            inner = nested or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if top_level_only and inner:
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("careermap"))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = module.split(".")
                    anchor = anchor[: len(anchor) - child.level + (1 if is_package else 0)]
                    base = ".".join([*anchor, base] if base else anchor)
                if base.startswith("careermap"):
                    for alias in child.names:
                        candidate = f"{base}.{alias.name}"
                        found.add(candidate if candidate in MODULES else base)
            visit(child, inner)

    text = path.read_text(encoding="utf-8") if source is None else source
    visit(ast.parse(text), False)
    found.discard(module)
    return found


SOURCES = sorted(PACKAGE.rglob("*.py"))
MODULES = {module_name(p) for p in SOURCES}


def test_every_part_has_a_layer() -> None:
    assert {part_of(m) for m in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_no_lower_layer_imports_a_higher_one(path: Path) -> None:
    module = module_name(path)
    layer = LAYERS[part_of(module)]
    wrong = sorted(i for i in imports(path) if LAYERS[part_of(i)] > layer)
    assert not wrong, f"{module} (layer {layer}) imports a higher layer: {wrong}"


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_siblings_of_one_layer_stay_apart(path: Path) -> None:
    module = module_name(path)
    part = part_of(module)
    if part in {"__init__", "cli", "__main__"}:
        return
    same = sorted(
        i
        for i in imports(path)
        if LAYERS[part_of(i)] == LAYERS[part] and part_of(i) not in {part, "_version", "base"}
    )
    assert not same, f"{module} imports a sibling part of its own layer: {same}"


def test_no_import_cycle_at_run_time() -> None:
    graph = nx.DiGraph()
    for path in SOURCES:
        for target in imports(path, top_level_only=True):
            if target in MODULES:
                graph.add_edge(module_name(path), target)
    cycles = [c for c in nx.simple_cycles(graph) if not _package_init_cycle(c)]
    assert not cycles, f"import cycles: {cycles[:5]}"


def _package_init_cycle(cycle: list[str]) -> bool:
    # A package's __init__ re-exporting its own modules is not a cycle Python trips on.
    return len(cycle) == 2 and (
        cycle[0].startswith(cycle[1] + ".") or cycle[1].startswith(cycle[0] + ".")
    )


def test_the_check_catches_a_violation() -> None:
    # The checks above must be able to fail: base importing scoring lazily, and
    # a TYPE_CHECKING import that must stay exempt.
    path = PACKAGE / "base" / "errors.py"
    source = path.read_text(encoding="utf-8") + (
        "\nif TYPE_CHECKING:\n    from careermap.results import matches\n"
        "\ndef late():\n    from careermap.scoring import match\n"
    )
    found = imports(path, source=source)
    assert "careermap.scoring.match" in found
    assert "careermap.results.matches" not in found
    assert "careermap.scoring.match" not in imports(path, source=source, top_level_only=True)


@pytest.mark.parametrize("path", SOURCES, ids=module_name)
def test_modules_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{module_name(path)} has {lines} lines; split it (STYLE: ~600 at most)"
