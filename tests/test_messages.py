"""Issue 16: what services, the domain and the command line say has its own catalogue
(kamdesk/messages.py, gettext): kept up to date with the sources, complete with its placeholders
in every language the interface offers, and a missing catalogue never stops anything."""

from __future__ import annotations

import ast
import logging
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk import messages
from kamdesk.domain.money import parse_decimal
from kamdesk.ui import i18n
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kamdesk"


script: Any = load_script("messages")


def _ids(catalog) -> set[object]:  # type: ignore[no-untyped-def]
    return {m.id for m in catalog if m.id}


def test_every_catalogue_holds_exactly_the_messages_of_the_sources() -> None:
    wanted = _ids(script.extract())
    for language in script.LANGUAGES:
        assert _ids(script.read(language)) == wanted, (
            f"resources/locale/{language} is not up to date with the sources: "
            "run `.venv/bin/python scripts/messages.py update`"
        )


def test_each_mo_is_compiled_from_its_po() -> None:
    for language in script.LANGUAGES:
        po = script.po_path(language)
        assert po.with_suffix(".mo").read_bytes() == script.mo_bytes(script.read(language)), (
            f"{po.with_suffix('.mo')} is older than its .po: run scripts/messages.py update"
        )


def test_every_language_the_interface_offers_speaks_its_messages_too() -> None:
    offered = [language for language in i18n.SHIPPED if language != "en"]
    assert set(offered) <= set(script.LANGUAGES)
    problems = [p for p in script.check() if p.split(":")[0] in offered]
    assert problems == []


def test_a_translation_that_drops_a_placeholder_is_found() -> None:
    catalog = script.new_catalog("ru")
    catalog.add("The payment date {day} is too far back.", "Дата платежа слишком давняя.")
    assert script.placeholder_problems(catalog) != []


def _user_errors() -> set[str]:
    """The names of every error class shown to the user as it is (UserError and its kin)."""
    names = {"UserError", "InvalidFields"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


def _bare_text(node: ast.AST) -> bool:
    """A message written in English in place: a literal, an f-string or such glued together."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value.strip() != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    return False


def test_every_message_raised_below_the_interface_goes_through_the_catalogue() -> None:
    errors = _user_errors()
    bare = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = (
                node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            )
            if name in errors and _bare_text(node.args[0]):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bare == [], "messages raised in English only (wrap them in _()):\n" + "\n".join(bare)


def _validator(name: str) -> bool:
    return name.startswith("validate_") or name.endswith(("_problem", "problems"))


def _bare_problems(tree: ast.AST) -> list[int]:
    """Lines storing an English-only message as a problem: `problems[...] = "..."` anywhere,
    any `x[...] = "..."` or `return {...: "..."}` in a function named validate_*, *_problem or
    *problems."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _bare_text(node.value):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "problems"
                ):
                    lines.append(node.lineno)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _validator(node.name):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Assign)
                    and _bare_text(inner.value)
                    and any(isinstance(t, ast.Subscript) for t in inner.targets)
                ):
                    lines.append(inner.lineno)
                if (
                    isinstance(inner, ast.Return)
                    and isinstance(inner.value, ast.Dict)
                    and any(v is not None and _bare_text(v) for v in inner.value.values)
                ):
                    lines.append(inner.lineno)
    return sorted(set(lines))


def test_every_problem_a_validator_reports_goes_through_the_catalogue() -> None:
    bare = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bare += [f"{path.relative_to(ROOT)}:{line}" for line in _bare_problems(tree)]
    assert bare == [], "problems stored in English only (wrap them in _()):\n" + "\n".join(bare)


def test_the_validator_guard_finds_a_bare_problem() -> None:
    source = (
        "def validate_x(p):\n"
        "    problems = {}\n"
        "    problems['a'] = 'Type it.'\n"
        "    problems['b'] = _('Type it.')\n"
        "    return problems\n"
        "def limit_problems(n):\n"
        "    found = {}\n"
        "    found['n'] = f'At most {n}.'\n"
        "    return {'m': 'Too long.', 'k': _('Fine.')}\n"
    )
    assert _bare_problems(ast.parse(source)) == [3, 8, 9]


def test_a_language_speaks_its_messages_and_english_comes_back() -> None:
    assert messages.use("ru_RU") == "ru"
    assert messages.language() == "ru"
    assert messages.use("") == "en"
    assert (
        messages._("Choose the client the payment is from.")
        == "Choose the client the payment is from."
    )


def test_a_missing_catalogue_leaves_english_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "hu" / "LC_MESSAGES"
    broken.mkdir(parents=True)
    (broken / "kamdesk.mo").write_bytes(b"not a catalogue")
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path)
    with caplog.at_level(logging.WARNING, logger="kamdesk.messages"):
        assert messages.use("hu") == "en"
        assert messages.use("it") == "en"  # no file at all
    assert "hu messages could not be loaded" in caplog.text
    assert "it messages could not be loaded" in caplog.text
    assert messages._("A text") == "A text"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANGUAGE": "de:hu", "LANG": "de_DE.UTF-8"}, "hu"),
        ({"LANGUAGE": "de", "LANG": "it_IT.UTF-8"}, "it"),
        ({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"LC_MESSAGES": "az_AZ.UTF-8"}, "az"),
        ({}, "en"),
    ],
)
def test_the_command_line_speaks_what_the_environment_asks(
    environ: dict[str, str], language: str
) -> None:
    assert messages.from_environment(environ) == language


@given(
    value=st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2),
    language=st.sampled_from(messages.LANGUAGES),
)
def test_a_figure_in_a_message_reads_back_as_the_same_amount(value: Decimal, language: str) -> None:
    messages._language = language  # the figures only: no catalogue needed
    try:
        assert parse_decimal(messages.figure(value)) == value
    finally:
        messages.use("en")


def test_figures_and_dates_are_written_as_each_language_writes_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written = {}
    for language in messages.LANGUAGES:
        monkeypatch.setattr(messages, "_language", language)
        written[language] = (
            messages.figure(Decimal("-1234567.125")),
            messages.day(date(2026, 12, 5)),
        )
    assert written["en"] == ("-1,234,567.13", "5 Dec 2026")
    assert written["ru"][0] == "-1\u00a0234\u00a0567,13"
    assert written["it"][0] == "-1.234.567,13"
    assert written["hu"][1] == "2026. dec. 5."
