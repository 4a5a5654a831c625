"""Issue 16: the interface's translations are kept up to date with the sources, each language
offered is complete with its placeholders, and a missing translation file never stops the app."""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from kamdesk.ui import i18n
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[1]


translations: Any = load_script("translations")


def test_every_ts_holds_exactly_the_messages_of_the_sources() -> None:
    wanted = {
        translations.key(m.context, m.source, m.comment) for m in translations.source_messages()
    }
    for language in translations.LANGUAGES:
        have = set(translations.read_ts(language))
        assert have == wanted, (
            f"kamdesk_{language}.ts is not up to date with the sources: "
            "run `.venv/bin/python scripts/translations.py update`"
        )


def test_every_language_offered_is_complete_with_its_placeholders() -> None:
    assert set(i18n.SHIPPED) <= set(translations.LANGUAGES)
    assert translations.check(list(i18n.SHIPPED)) == []


def test_each_qm_is_compiled_from_its_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in translations.LANGUAGES:
        ts = translations.ts_path(language)
        fresh = tmp_path / f"{language}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"kamdesk_{language}.qm is older than its .ts: run scripts/translations.py update"
        )


def test_a_dropped_placeholder_or_a_missing_plural_form_is_found() -> None:
    assert translations.problems_of("ru", "{name} was saved", "сохранено") != []
    assert translations.problems_of("ru", "%n client(s)", ["%n клиент", "%n клиента"]) != []
    assert translations.problems_of("ru", "%1 of %2", "%1 из %2") == []


def test_a_count_is_a_plural_message_never_a_guessed_s() -> None:
    """ "(s)" belongs only in a %n message, whose forms each language writes; anywhere else it
    reaches the user as "(s)", and no language but English can say it that way."""
    guessed = sorted(
        (m.context, m.source)
        for m in translations.source_messages()
        if not m.plural and ("(s)" in m.source or "(es)" in m.source)
    )
    assert guessed == [], f"make these %n plurals: self.tr(text, '', n): {guessed}"


# a spin box's suffix is a piece by nature: it follows the number the box shows
PIECES = {("DetailsPage", " min")}


def test_no_message_is_a_piece_glued_to_another() -> None:
    """A message that starts or ends with a space or a comma is half a sentence: whatever it is
    glued to, a translator cannot see it, nor put the words in the order the language needs."""
    pieces = sorted(
        (m.context, m.source)
        for m in translations.source_messages()
        if (m.source[:1] in " ,;" or m.source[-1:] in " ,") and (m.context, m.source) not in PIECES
    )
    assert pieces == [], f"make these whole sentences with placeholders: {pieces}"


def test_one_text_with_two_meanings_is_two_messages_told_apart_by_a_comment(
    tmp_path: Path,
) -> None:
    source = tmp_path / "x.py"
    source.write_text(
        "class View:\n"
        "    def a(self):\n"
        '        return [self.tr("Made on", "of the value shown"),\n'
        '                self.tr("Made on", "of the other"), self.tr("%n day(s)", "", 3),\n'
        '                QT_TRANSLATE_NOOP3("V", "to", "between dates")]\n',
        encoding="utf-8",
    )
    found = translations.messages_of(source)
    assert found == {
        translations.Message("View", "Made on", False, "of the value shown"),
        translations.Message("View", "Made on", False, "of the other"),
        translations.Message("View", "%n day(s)", True),
        translations.Message("V", "to", False, "between dates"),
    }
    ru = translations.read_ts("ru")
    made_on = [
        ru[translations.key("ConflictsView", "Made on", c)]
        for c in (
            "the laptop the value shown now was made on",
            "the laptop the other value was made on",
        )
    ]
    assert all(made_on), made_on


def test_the_chosen_language_is_kept_per_laptop_and_offered_only_when_shipped(
    tmp_path: Path,
) -> None:
    settings = QSettings(str(tmp_path / "k.ini"), QSettings.Format.IniFormat)
    assert i18n.interface_language(settings, QLocale("fr_FR")) == "en"
    i18n.set_language(settings, "en")
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.LANGUAGE_KEY, "xx")  # not a language kamdesk has: the system's
    assert i18n.chosen_language(settings) == ""
    i18n.set_language(settings, "")
    assert settings.value(i18n.LANGUAGE_KEY) is None


def test_a_missing_translation_file_leaves_english_and_is_logged(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)  # no .qm there at all
    with caplog.at_level(logging.WARNING, logger="kamdesk.ui.i18n"):
        installed = i18n.install_translations(qapp, QLocale("en_GB"))
    assert installed == []
    assert "could not be loaded" in caplog.text
    assert QCoreApplication.translate("ClientsSection", "Clients") == "Clients"


# --- labels kept in constants and translated through a variable --------------------------------

UI = ROOT / "kamdesk" / "ui"
MARKERS = ("QT_TRANSLATE_NOOP", "QT_TR_NOOP")
DOMAIN = "kamdesk.domain"  # the domain's own messages: their catalogue is not this check's
# (file, text argument) -> why it may stay unmarked; keep it short
UNMARKED = {
    ("kamdesk/ui/clients/history_words.py", "e.event"): (
        "a payment's method: payment_dialog.METHODS marks the four it offers; one an import "
        "brought stays as typed"
    ),
}
# every wrapper around QCoreApplication.translate in kamdesk/ui (`_tr`, `tr_map`…) -> context
WRAPPERS = {
    name: context
    for path in sorted(UI.rglob("*.py"))
    for name, context in translations._wrappers(ast.parse(path.read_text(encoding="utf-8"))).items()
}


def _name_of(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def _text_argument(call: ast.Call) -> ast.AST | None:
    """The text a tr()/translate() call translates, or None when the call is not one."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
        return call.args[0]
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and _name_of(func.value) == "QCoreApplication"
        and len(call.args) > 1
        and not (isinstance(call.args[0], ast.Constant) and call.args[0].value == DOMAIN)
    ):
        return call.args[1]
    if (
        isinstance(func, ast.Name)
        and func.id in WRAPPERS
        and WRAPPERS[func.id] != DOMAIN
        and call.args
    ):
        return call.args[0]
    return None


def _has_marker(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and _name_of(n.func) in MARKERS for n in ast.walk(node))


def _names(node: ast.AST) -> set[str]:
    """Names an expression reads: `x`, and `self.X` / `cls.X` as `X`."""
    out = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    out |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    return out


def _bindings(tree: ast.Module) -> dict[str, list[ast.AST]]:
    """Every name bound in a module -> the expressions it is bound to (a loop's: what it runs
    over). Scopes are not told apart: a best-effort check."""
    out: dict[str, list[ast.AST]] = {}

    def bind(target: ast.AST, value: ast.AST) -> None:
        for n in ast.walk(target):
            if isinstance(n, ast.Name | ast.Attribute):
                out.setdefault(n.id if isinstance(n, ast.Name) else n.attr, []).append(value)

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                bind(target, node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            bind(node.target, node.value)
        elif isinstance(node, ast.For | ast.comprehension):
            bind(node.target, node.iter)
    return out


def _unmarked_sites(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bound = _bindings(tree)

    def marked(node: ast.AST, depth: int = 0) -> bool:
        if _has_marker(node):
            return True
        if depth > 3:
            return False
        return any(
            marked(value, depth + 1) for name in _names(node) for value in bound.get(name, [])
        )

    own = translations._wrappers(tree)
    wrappers = [f for f in tree.body if isinstance(f, ast.FunctionDef) and f.name in own]
    in_wrapper = {id(n) for f in wrappers for n in ast.walk(f)}
    rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
    out = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or id(call) in in_wrapper:
            continue
        text = _text_argument(call)
        if text is None or (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        if (rel, ast.unparse(text)) in UNMARKED or marked(text):
            continue
        out.append((rel, ast.unparse(text), call.lineno))
    return out


def test_every_label_translated_through_a_variable_is_marked_where_it_is_defined() -> None:
    """A tr()/translate() of a variable finds its text at run time only: unless its values are
    marked with QT_TRANSLATE_NOOP, the .ts never gets them and they stay English everywhere."""
    unmarked = [site for path in sorted(UI.rglob("*.py")) for site in _unmarked_sites(path)]
    assert unmarked == [], (
        "mark these labels with QT_TRANSLATE_NOOP(context, text) where they are defined, or "
        "show a domain constant through forms.domain_text and list it in ui/domain_labels.py: "
        f"{unmarked}"
    )


def test_the_guard_finds_an_unmarked_label(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text(
        'HEADERS = ("Name", "City")\n'
        'MARKED = (QT_TRANSLATE_NOOP("X", "Name"),)\n'
        "class X:\n"
        "    def a(self):\n"
        "        return [self.tr(h) for h in HEADERS] + [self.tr(m) for m in MARKED]\n",
        encoding="utf-8",
    )
    assert [(text, line) for _f, text, line in _unmarked_sites(source)] == [("h", 5)]


def test_the_domain_labels_the_interface_shows_are_all_marked() -> None:
    from kamdesk.domain import client, client_requisites, orders, pricing
    from kamdesk.ui import domain_labels as marked

    shown = {
        marked.CLIENT_STATUSES: [s.capitalize() for s in client.STATUSES],
        marked.BUYING_ROLES: client.BUYING_ROLES,
        marked.ATTITUDES: client.ATTITUDES,
        marked.INFLUENCES: client.INFLUENCES,
        marked.FAMILIARITY: client.FAMILIARITY,
        marked.ORDER_STATUSES: orders.STATUS_LABELS.values(),
        marked.REFUSAL_REASONS: orders.REASON_LABELS.values(),
        marked.PRICE_RULES: pricing.RULE_LABELS.values(),
        marked.VAT_REGIMES: client_requisites.REGIME_NAMES.values(),
    }
    for labels, values in shown.items():
        assert set(values) <= set(labels), set(values) - set(labels)


def test_labels_translated_through_a_variable_reach_the_ts() -> None:
    english = translations.read_ts("en")
    for key in (
        ("ClientTableModel", "Key client"),  # a column header
        ("ClientTableModel", "Dormant"),  # a status label
        ("OrderLinesModel", "Price from"),
        ("FulfilmentDialogs", "Ship now"),
        ("FulfilmentDialogs", "Refused on %n line(s), worth {value}"),
        ("PlanProgressModel", "Forecast"),
        ("kamdesk.domain", "Cancelled"),  # an order status, kept by the domain
        ("kamdesk.domain", "Wrong item"),  # a refusal reason
        ("RelationshipMap", "Champion"),  # through a wrapper imported from another module
    ):
        assert key in english, key


def test_a_header_kept_in_a_constant_is_shown_translated(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTranslator
    from PySide6.QtWidgets import QTableView

    from kamdesk.ui.plans.progress_model import PlanProgressModel

    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU">'
        "<context><name>PlanProgressModel</name><message><source>Forecast</source>"
        "<translation>Прогноз</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    view = QTableView()
    view.setModel(PlanProgressModel())
    column = [f for f, _ in PlanProgressModel.COLUMNS].index("forecast")
    header = view.horizontalHeader()
    assert header.model().headerData(column, Qt.Orientation.Horizontal) == "Forecast"
    qapp.installTranslator(translator)
    try:
        shown = header.model().headerData(column, Qt.Orientation.Horizontal)
    finally:
        qapp.removeTranslator(translator)
    assert shown == "Прогноз"
