"""The layers only point down (README: The data flow): no two modules import each other, at the
top of a file or inside a function, and the store knows nothing of how contradictions are found."""

import ast
from pathlib import Path

import factcheck

PACKAGE = Path(factcheck.__file__).parent


def imports() -> dict[str, set[str]]:
    """Each module of the package with the modules of the package it imports, anywhere in it."""
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    found: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("factcheck."):
                names.add(node.module.split(".")[1])
        found[path.stem] = names & modules - {path.stem}
    return found


def test_no_module_imports_one_that_imports_it():
    graph = imports()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            module = todo.pop()
            if module == goal:
                return True
            if module not in seen:
                seen.add(module)
                todo += graph.get(module, ())
        return False

    circles = sorted((a, b) for a in graph for b in graph[a] if a < b and reaches(b, a))
    assert not circles


def test_the_store_knows_nothing_of_the_pipeline():
    assert imports()["db"] <= {"errors", "models"}
    assert "db" not in imports()["contradict"]
