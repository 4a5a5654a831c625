"""Issue 16: what the services say reaches the user in the language chosen (kamdesk.messages):
a refusal, a counted summary with the language's plural forms, a date and an amount inside a
message; and every message the services fill names exactly the placeholders its text holds."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from kamdesk import messages
from kamdesk.db import Database
from kamdesk.domain.fx import Quote
from kamdesk.errors import UserError
from kamdesk.models import Client
from kamdesk.services.prices.rate_import import RatePlan
from kamdesk.services.queries import get_live
from kamdesk.services.receivables.dunning import add_step
from kamdesk.services.sales.line_checks import OrderLinesError
from tests.factories import add_client

ROOT = Path(__file__).resolve().parents[3]
SERVICES = ROOT / "kamdesk" / "services"
TODAY = date(2026, 11, 24)

RUSSIAN = {
    "That client no longer exists (it may have been deleted).": (
        "Этого контрагента больше нет (возможно, он удалён)."
    ),
    # a Russian date ends in "г.": the sentence takes no second full stop
    "Supplies to {client} are already blocked since {day}.": (
        "Отгрузки контрагенту {client} уже заблокированы с {day}"
    ),
    ("{n} exchange rate to record ({currencies})", "{n} exchange rates to record ({currencies})"): (
        "{n} курс валюты к записи ({currencies})",
        "{n} курса валют к записи ({currencies})",
        "{n} курсов валют к записи ({currencies})",
    ),
    (
        "Line {line}: {problem} ({more} more line to fix)",
        "Line {line}: {problem} ({more} more lines to fix)",
    ): (
        "Строка {line}: {problem} (исправить ещё {more} строку)",
        "Строка {line}: {problem} (исправить ещё {more} строки)",
        "Строка {line}: {problem} (исправить ещё {more} строк)",
    ),
}


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Russian messages from a catalogue holding the few translations above."""
    catalog = Catalog(locale="ru", domain=messages.DOMAIN)
    for source, translation in RUSSIAN.items():
        catalog.add(source, translation)
    folder = tmp_path / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{messages.DOMAIN}.mo").open("wb") as out:
        write_mo(out, catalog)
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path)
    assert messages.use("ru") == "ru"
    yield
    messages.use("en")


def test_a_record_deleted_meanwhile_is_refused_in_russian(db: Database, russian: None) -> None:
    with db.unit_of_work() as s:
        client = add_client(s, "ООО «Ромашка»")
        client.deleted_at = datetime.now(UTC)
        cid = client.id
    with db.reading() as s, pytest.raises(UserError) as refused:
        get_live(s, Client, cid)
    assert str(refused.value) == "Этого контрагента больше нет (возможно, он удалён)."


def test_a_date_in_a_refusal_is_written_as_russian_writes_it(db: Database, russian: None) -> None:
    with db.unit_of_work() as s:
        cid = add_client(s, "ООО «Ромашка»").id
        add_step(s, cid, "blocked", date(2026, 11, 19), done_by="Анна", today=TODAY)
    with db.unit_of_work() as s, pytest.raises(UserError) as refused:
        add_step(s, cid, "blocked", TODAY, done_by="Анна", today=TODAY)
    assert str(refused.value) == (
        "Отгрузки контрагенту ООО «Ромашка» уже заблокированы с 19 нояб. 2026\u202fг."
    )


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (1, "1 курс валюты к записи (EUR)"),
        (3, "3 курса валют к записи (EUR)"),
        (5, "5 курсов валют к записи (EUR)"),
        (21, "21 курс валюты к записи (EUR)"),
    ],
)
def test_a_count_takes_the_russian_plural_form(count: int, said: str, russian: None) -> None:
    quotes = tuple(Quote("EUR", date(2026, 1, day), Decimal("100")) for day in range(1, count + 1))
    assert RatePlan(quotes).summary() == said


def test_lines_to_fix_are_counted_in_russian(russian: None) -> None:
    error = OrderLinesError({0: "нет цены", 1: "нет цены", 4: "нет цены"})
    assert str(error) == "Строка 1: нет цены (исправить ещё 2 строки)"


def test_english_stays_the_source_when_no_language_is_chosen(db: Database) -> None:
    quotes = (Quote("EUR", date(2026, 1, 1), Decimal("100")),)
    assert RatePlan(quotes).summary() == "1 exchange rate to record (EUR)"
    assert str(OrderLinesError({2: "no price"})) == "Line 3: no price"


# --- every message is filled with exactly its placeholders ------------------------------------

FIELD = re.compile(r"\{([a-z_0-9]*)(?:[!:][^}]*)?\}")
MARKERS = {"_", "N_", "ngettext"}


def _texts(call: ast.Call) -> list[str] | None:
    """The literal texts of a `_("…")` / `ngettext("…", "…", n)` call, None for other calls."""
    name = call.func.id if isinstance(call.func, ast.Name) else ""
    if name not in MARKERS:
        return None
    texts = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return texts or None


def _fillings() -> Iterator[tuple[str, set[str], set[str]]]:
    """Each `_("…").format(...)` in the services: where, the text's fields, the names given."""
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Call)
            ):
                continue
            texts = _texts(node.func.value)
            if texts is None or any(k.arg is None for k in node.keywords):  # **mapping
                continue
            fields = {name for text in texts for name in FIELD.findall(text)}
            given = {k.arg for k in node.keywords if k.arg is not None}
            yield f"{path.relative_to(ROOT)}:{node.lineno}", fields, given


def test_every_message_is_given_exactly_the_placeholders_it_names() -> None:
    found = list(_fillings())
    assert len(found) > 100  # the services' messages are found at all
    wrong = [
        f"{where}: names {fields}, given {given}"
        for where, fields, given in found
        if fields != given
    ]
    assert wrong == []


def test_no_message_leaves_a_placeholder_unnamed() -> None:
    unnamed = [where for where, fields, _given in _fillings() if "" in fields]
    assert unnamed == []


def _bound_outside_comprehensions(tree: ast.AST, names: set[str]) -> list[int]:
    """Lines where a statement binds one of `names` (a comprehension's own scope aside)."""
    found: list[int] = []
    comprehensions = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, comprehensions):
                continue
            stored = isinstance(child, ast.Name) and isinstance(child.ctx, ast.Store)
            if stored and child.id in names:  # type: ignore[attr-defined]
                found.append(child.lineno)
            visit(child)

    visit(tree)
    return found


def test_no_service_hides_the_translating_underscore_behind_a_variable() -> None:
    """`for x, _ in ...` in a module that writes `_("…")` makes `_` a number there: the message
    fails only on the path that says it (and ruff then drops the import as unused)."""
    hidden = []
    for path in sorted(SERVICES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "kamdesk.messages"
            for alias in node.names
        }
        hidden += [
            f"{path.relative_to(ROOT)}:{line}"
            for line in _bound_outside_comprehensions(tree, imported & {"_", "N_", "ngettext"})
        ]
    assert hidden == []
