"""The house rules of ../shared/architecture.md, checked on every run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "kamdesk"


def test_core_layers_do_not_load_qt() -> None:
    code = (
        "import sys, kamdesk.services.clients, kamdesk.services.company, kamdesk.services.check,"
        " kamdesk.services.digest, kamdesk.services.listing, kamdesk.reports, kamdesk.sync,"
        " kamdesk.domain.money, kamdesk.domain.company, kamdesk.db, kamdesk.models, kamdesk.cli;"
        " bad = sorted(m for m in sys.modules if m.startswith('PySide6'));"
        " print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path, *, skip_type_checking: bool) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    if skip_type_checking:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(n) for n in ast.walk(node))
    names: list[str] = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def _modules(sub: str) -> list[Path]:
    return sorted((ROOT / sub).rglob("*.py")) if sub else sorted(ROOT.rglob("*.py"))


# layer -> module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "kamdesk.models",
        "kamdesk.services",
        "kamdesk.db",
        "kamdesk.reports",
        "kamdesk.sync",
        "kamdesk.ui",
    ),
    "models": ("PySide6", "kamdesk.services", "kamdesk.reports", "kamdesk.sync", "kamdesk.ui"),
    "services": ("PySide6", "kamdesk.ui", "kamdesk.reports"),
    "reports": (
        "PySide6",
        "sqlalchemy",
        "kamdesk.models",
        "kamdesk.services",
        "kamdesk.db",
        "kamdesk.ui",
    ),
    "sync": ("PySide6", "kamdesk.ui"),
    "ui": ("kamdesk.models", "kamdesk.db", "sqlalchemy"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_point_downward_only(layer: str) -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _modules(layer)
        for name in _imports(path, skip_type_checking=True)
        if name.startswith(FORBIDDEN[layer])
    ]
    assert offenders == []


def test_qt_lives_only_in_ui_and_the_gui_wiring() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _modules("")
        if "ui" not in path.relative_to(ROOT).parts[:1]
        and path.name != "app.py"
        and any(n.startswith("PySide6") for n in _imports(path, skip_type_checking=False))
    ]
    assert offenders == []


def test_nothing_imports_ui_but_the_gui_wiring() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _modules("")
        if "ui" not in path.relative_to(ROOT).parts[:1]
        and path.name != "app.py"
        and any(n.startswith("kamdesk.ui") for n in _imports(path, skip_type_checking=False))
    ]
    assert offenders == []
