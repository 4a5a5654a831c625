"""Issue 16: the command line speaks the language the environment asks for (LANG=ru_RU.UTF-8),
its errors, summaries and progress through the catalogue; machine output stays as it is."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from kamdesk import messages
from kamdesk.cli import main

MISSING = "{path} does not exist."
RUSSIAN = "{path} не существует."


def _russian_catalogue(folder: Path) -> None:
    """A Russian catalogue holding one translated message, where messages looks for it."""
    catalog = Catalog(locale="ru")
    catalog.add(MISSING, RUSSIAN)
    catalog.add(("{n} order", "{n} orders"), ("{n} заказ", "{n} заказа", "{n} заказов"))
    out = io.BytesIO()
    write_mo(out, catalog)
    target = folder / "ru" / "LC_MESSAGES"
    target.mkdir(parents=True)
    (target / "kamdesk.mo").write_bytes(out.getvalue())


@pytest.fixture
def russian(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A person whose laptop speaks Russian: LANG only, as a desktop session sets it."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    _russian_catalogue(tmp_path / "locale")
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path / "locale")


@pytest.mark.usefixtures("russian")
def test_lang_ru_gives_the_error_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    assert capsys.readouterr().err == f"kamdesk: {missing} не существует.\n"
    assert messages.language() == "ru"
    # counted messages take the Russian forms
    assert messages.ngettext("{n} order", "{n} orders", 5).format(n=5) == "5 заказов"
    assert messages.ngettext("{n} order", "{n} orders", 2).format(n=2) == "2 заказа"


@pytest.mark.usefixtures("russian")
def test_language_says_english_when_the_environment_asks_for_none_we_speak(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    missing = tmp_path / "nope.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    assert capsys.readouterr().err == f"kamdesk: {missing} does not exist.\n"
    assert messages.language() == "en"


def test_without_a_catalogue_the_command_line_stays_english(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("LANGUAGE", "hu")
    monkeypatch.setattr(messages, "CATALOGUES", tmp_path / "nowhere")
    missing = tmp_path / "nope.sqlite"
    assert main(["check", "--db", str(missing)]) == 2
    assert capsys.readouterr().err == f"kamdesk: {missing} does not exist.\n"
    assert "hu messages could not be loaded" in caplog.text
