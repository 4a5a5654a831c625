"""The house stays livable: no module of kamdesk/ over 600 lines, no function over 80.

A long module is a corridor and a long function a room nobody can furnish: split them along
their seams (architecture.md, Style). What may be long says so below, with the reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kamdesk"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80

# Long by nature, read top to bottom rather than followed: schema migrations list the tables
# they create one after another (Alembic scripts are never edited once released), and tables
# of data are data. Path -> the functions that may be long ("*" for the module's length).
# No data table is over the limits: kamdesk/demo/data/ holds the demo's word lists by topic.
ALLOWED: dict[str, tuple[str, ...]] = {
    "kamdesk/migrations/versions/0001_initial_schema.py": ("upgrade",),
    "kamdesk/migrations/versions/0002_dossier.py": ("upgrade",),
    "kamdesk/migrations/versions/0003_orders.py": ("upgrade",),
    "kamdesk/migrations/versions/0004_schedule.py": ("upgrade",),
}

# Modules being split by another engineer while this test was written: empty since that work
# landed. Not a licence: a module goes here only while its split is on a branch.
IN_PROGRESS: tuple[str, ...] = ()


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _in_progress(name: str) -> bool:
    return any(name == p or (p.endswith("/") and name.startswith(p)) for p in IN_PROGRESS)


def _functions(tree: ast.AST) -> list[tuple[str, int, int]]:
    """(qualified name, first line, length) of every function, nested ones too."""
    out: list[tuple[str, int, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                name = f"{prefix}{child.name}"
                end = child.end_lineno or child.lineno
                out.append((name, child.lineno, end - child.lineno + 1))
                visit(child, f"{name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def test_no_module_is_over_600_lines() -> None:
    long = []
    for path in _modules():
        name = _name(path)
        lines = len(path.read_text(encoding="utf-8").splitlines())
        allowed = "*" in ALLOWED.get(name, ()) or _in_progress(name)
        if lines > MAX_MODULE_LINES and not allowed:
            long.append(f"{name}: {lines} lines")
    assert long == [], "split these modules along their seams"


def test_no_function_is_over_80_lines() -> None:
    long = []
    for path in _modules():
        name = _name(path)
        if _in_progress(name):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = ALLOWED.get(name, ())
        for function, line, length in _functions(tree):
            if length > MAX_FUNCTION_LINES and function not in allowed:
                long.append(f"{name}:{line} {function}: {length} lines")
    assert long == [], "split these functions into steps with names"


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_every_allowance_is_still_needed(name: str) -> None:
    """An allowance that nothing uses any more goes, so that the list stays the truth."""
    path = ROOT / name
    assert path.exists(), f"{name} is gone: remove it from ALLOWED"
    text = path.read_text(encoding="utf-8")
    lengths = {f: n for f, _, n in _functions(ast.parse(text))}
    for function in ALLOWED[name]:
        if function == "*":
            assert len(text.splitlines()) > MAX_MODULE_LINES, f"{name} is short now"
        else:
            assert lengths.get(function, 0) > MAX_FUNCTION_LINES, f"{name}: {function} is short"
