"""The house rules of ../shared/architecture.md, checked on every run.

Every import form counts: `import kamdesk.x`, `from kamdesk.x import y`, `from kamdesk import x`,
relative `from ..x import y`, imports inside functions, `if`/`else` and `try` blocks (a
TYPE_CHECKING block included: a type-only arrow is still an arrow), and `importlib.import_module`
or `__import__` with a literal name. A dynamic import of a computed name is refused outright.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kamdesk"

# The allowed arrows between kamdesk's layers, and nothing else (../shared/architecture.md).
# A layer is a top-level package or module of kamdesk. `errors`, `paths`, `messages` (the
# catalogue of what services and the domain say) and the package's own `__init__` (the version)
# sit under everything and may be imported by anyone.
BASE = frozenset({"errors", "paths", "messages", "__init__"})
ALLOWED: dict[str, frozenset[str]] = {
    "__main__": frozenset({"cli"}),
    "app": frozenset({"ui", "db"}),
    "cli": frozenset({"app", "services", "sync", "reports", "domain", "db", "demo"}),
    "ui": frozenset({"services", "domain", "reports", "db"}),
    "demo": frozenset({"services", "models", "domain", "db"}),
    # services -> migrations: the schema's head revision, for the client list's first page read
    # at start-up before the database layer loads (services.clients.first_page)
    "services": frozenset({"sync", "models", "domain", "db", "migrations"}),
    "sync": frozenset({"models", "domain", "db"}),
    "reports": frozenset({"domain"}),
    "db": frozenset({"migrations"}),
    "migrations": frozenset({"db", "models", "domain"}),
    "models": frozenset({"domain"}),
    "domain": frozenset(),
    "errors": frozenset(),
    "paths": frozenset(),
    "messages": frozenset(),
    "__init__": frozenset(),
}
# ui may hold the Database handle, nothing else of db (sessions come through run_op/read_op).
UI_FROM_DB = frozenset({"Database"})
# Third-party packages a layer must never import.
FORBIDDEN_LIBS: dict[str, tuple[str, ...]] = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab"),
    "models": ("PySide6", "reportlab"),
    "services": ("PySide6", "reportlab"),
    "demo": ("PySide6", "reportlab"),
    "sync": ("PySide6", "reportlab"),
    "reports": ("PySide6", "sqlalchemy", "alembic"),
    "db": ("PySide6",),
    "cli": ("PySide6",),
    "ui": ("sqlalchemy", "alembic"),
}


@dataclass(frozen=True)
class Arrow:
    source: str  # dotted module that imports
    target: str  # dotted module imported (resolved to a kamdesk module where it is one)
    names: tuple[str, ...] = ()  # what `from target import ...` took
    dynamic: bool = False
    type_only: bool = False  # in the body (not the else) of `if TYPE_CHECKING:`


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_package(module: str) -> bool:
    rel = Path(*module.split("."))
    return (PACKAGE.parent / rel / "__init__.py").exists()


def _exists(module: str) -> bool:
    rel = Path(*module.split("."))
    return _is_package(module) or (PACKAGE.parent / rel).with_suffix(".py").exists()


def arrows_of(module: str, source: str, *, is_package: bool = False) -> list[Arrow]:
    """Every import in `source` (the text of `module`), resolved to absolute module names."""
    tree = ast.parse(source)
    package = module if is_package else module.rpartition(".")[0]
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    found: list[Arrow] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(Arrow(module, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = tuple(a.name for a in node.names)
            typed = id(node) in type_only
            # `from kamdesk import models, db` imports the modules models and db
            subs = [n for n in names if target.startswith("kamdesk") and _exists(f"{target}.{n}")]
            found.extend(Arrow(module, f"{target}.{n}", type_only=typed) for n in subs)
            rest = tuple(n for n in names if n not in subs)
            if rest or not subs:
                found.append(Arrow(module, target, rest, type_only=typed))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in {"import_module", "__import__"} and node.args:
                first = node.args[0]
                literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                target = first.value if literal else "<computed>"  # type: ignore[union-attr]
                found.append(Arrow(module, str(target), dynamic=True))
    return found


def layer_of(module: str) -> str:
    parts = module.split(".")
    return "__init__" if len(parts) == 1 else parts[1]


def violations(arrow: Arrow) -> list[str]:
    """What is wrong with one arrow, in words (empty when it is allowed)."""
    src_layer, target = layer_of(arrow.source), arrow.target
    where = f"{arrow.source} imports {target}"
    if target == "<computed>":
        return [f"{arrow.source} imports a computed module name: name it literally"]
    problems: list[str] = []
    if target == "kamdesk" or target.startswith("kamdesk."):
        dst_layer = layer_of(target)
        allowed = ALLOWED.get(src_layer)
        if allowed is None:
            problems.append(f"{where}: {src_layer} is not a known layer")
        elif dst_layer != src_layer and dst_layer not in allowed | BASE:
            problems.append(f"{where}: {src_layer} -> {dst_layer} is not an allowed arrow")
        if (
            src_layer == "ui"
            and dst_layer == "db"
            and (not arrow.names or set(arrow.names) - UI_FROM_DB)
        ):
            problems.append(f"{where}: ui may take only {sorted(UI_FROM_DB)} from db")
    elif src_layer == "ui" and arrow.type_only and target == "sqlalchemy.orm":
        # the unit of work a ui function hands to run_op/read_op, named for the type checker
        if set(arrow.names) - {"Session"}:
            problems.append(f"{where}: ui may name only Session from sqlalchemy.orm")
    else:
        banned = FORBIDDEN_LIBS.get(src_layer, ())
        if target.split(".")[0] in banned:
            problems.append(f"{where}: {src_layer} must not use {target.split('.')[0]}")
    if src_layer not in {"ui", "app"} and target.split(".")[0] == "PySide6":
        problems.append(f"{where}: Qt lives in ui only")
    return problems


def _all_modules() -> list[tuple[str, Path]]:
    return [(_module_name(p), p) for p in sorted(PACKAGE.rglob("*.py"))]


def test_every_import_follows_the_allowed_arrows() -> None:
    offenders = [
        problem
        for module, path in _all_modules()
        for arrow in arrows_of(
            module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py"
        )
        for problem in violations(arrow)
    ]
    assert offenders == []


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in _all_modules():
        graph.setdefault(module, set())
        for arrow in arrows_of(
            module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py"
        ):
            target = arrow.target
            while target and not _exists(target):  # `from a.b import Name`: the module a.b
                target = target.rpartition(".")[0]
            if target.startswith("kamdesk") and target != module and not _is_package(target):
                graph[module].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_import_graph_has_no_circle() -> None:
    assert _cycles(_graph()) == []


def test_every_module_below_ui_imports_without_qt() -> None:
    below = [
        m for m, p in _all_modules() if layer_of(m) not in {"ui", "app", "migrations", "__main__"}
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {below!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(below) > 60  # every service, model, domain and report module, not a sample


def test_the_table_is_the_architecture_page() -> None:
    """The arrows above are the ones ../shared/architecture.md states (where it is here)."""
    page = PACKAGE.parent.parent / "shared" / "architecture.md"
    if not page.exists():
        pytest.skip("shared/architecture.md is not beside this checkout")
    text = " ".join(page.read_text(encoding="utf-8").split())
    stated = {
        "ui": "ui -> services, domain, reports",
        "cli": "cli -> services, sync, reports, domain, db",
        "services": "services -> sync, models, domain, db",
        "sync": "sync -> models, domain, db",
        "reports": "reports -> domain",
        "models": "models -> domain",
    }
    for layer, sentence in stated.items():
        assert sentence in text, layer
        named = {w.strip(" ,;") for w in sentence.split("->")[1].split(",")}
        assert named <= ALLOWED[layer], layer


# --- the checker itself: each way around it that once slipped through is caught ----------------

PROBES = {
    "sqlalchemy in ui at run time": ("kamdesk.ui.x", "from sqlalchemy.orm import Session"),
    "a layer taken from the package for types": (
        "kamdesk.reports.x",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kamdesk import models\n",
    ),
    "a whole layer taken from the package": ("kamdesk.domain.x", "from kamdesk import models, db"),
    "a relative import": ("kamdesk.domain.x", "from ..models import Client"),
    "the else of TYPE_CHECKING": (
        "kamdesk.reports.x",
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    pass\nelse:\n    from kamdesk.services import orders\n",
    ),
    "a dynamic import": (
        "kamdesk.services.x",
        "import importlib\nui = importlib.import_module('kamdesk.ui.mainwindow')\n",
    ),
    "a computed dynamic import": (
        "kamdesk.domain.x",
        "import importlib\nm = importlib.import_module('kamdesk.' + 'db')\n",
    ),
    "models reaching for db": ("kamdesk.models.x", "from kamdesk.db import raw_rows"),
    "ui taking more than the Database handle": ("kamdesk.ui.x", "from kamdesk.db import raw_rows"),
    "services reaching for reports": ("kamdesk.services.x", "import kamdesk.reports.pdf"),
    "Qt below ui": ("kamdesk.services.x", "from PySide6.QtCore import QObject"),
}


@pytest.mark.parametrize("probe", sorted(PROBES))
def test_the_checker_catches(probe: str) -> None:
    module, source = PROBES[probe]
    problems = [p for a in arrows_of(module, source) for p in violations(a)]
    assert problems, probe


def test_the_checker_lets_allowed_arrows_pass() -> None:
    fine = {
        "kamdesk.ui.x": "from kamdesk.db import Database\nfrom kamdesk.reports import pdf\n",
        "kamdesk.services.x": "from kamdesk import db\nfrom ..domain import money\n",
        "kamdesk.domain.x": "from kamdesk.errors import UserError\nfrom . import money\n",
    }
    for module, source in fine.items():
        assert [p for a in arrows_of(module, source) for p in violations(a)] == [], module


def test_relative_imports_resolve_against_the_package() -> None:
    arrows = arrows_of("kamdesk.ui.orders.order_window", "from ..widgets import forms\n")
    assert [a.target for a in arrows] == ["kamdesk.ui.widgets.forms"]
    arrows = arrows_of("kamdesk.ui.orders", "from . import order_window\n", is_package=True)
    assert [a.target for a in arrows] == ["kamdesk.ui.orders.order_window"]


def test_the_main_window_module_loads_without_the_database_layer() -> None:
    """The window paints first and opens the database after (start-up speed): importing it
    must not pull in SQLAlchemy or the models (the Change enum views import included)."""
    code = (
        "import sys, kamdesk.ui.mainwindow\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'kamdesk.models')))\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
